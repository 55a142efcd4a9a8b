#include "policy/Explanation.h"

#include "text/TextFeatures.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QString plural(qint64 n, const QString& one, const QString& many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

QString quoted(const QString& text)
{
    return u'"' + text + u'"';
}

// "a, b or c" (or "and"), at most `limit` items then "…".
QString joined(const QStringList& items, const QString& last, int limit = 0)
{
    QStringList list = items;
    bool cut = false;
    if (limit > 0 && list.size() > limit) {
        list = list.mid(0, limit);
        cut = true;
    }
    if (cut)
        return list.join(u", "_s) + u", …"_s;
    if (list.size() <= 1)
        return list.join(QString());
    return list.mid(0, list.size() - 1).join(u", "_s) + u' ' + last + u' ' + list.constLast();
}

QString platformName(Platform platform)
{
    return platform == Platform::Twitter ? u"X"_s : u"Facebook"_s;
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Mention: return u"a mention"_s;
    case Source::Reply: return u"a reply"_s;
    case Source::Search: return u"a search result"_s;
    case Source::PageComment: return u"a page comment"_s;
    }
    return {};
}

QString dayName(int day)
{
    static const char16_t* names[] = { u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun" };
    return day >= 1 && day <= 7 ? QString::fromUtf16(names[day - 1]) : QString();
}

QString rangeText(const CountRange& range, const QString& one, const QString& many)
{
    if (range.min && range.max) {
        if (*range.min == *range.max)
            return plural(*range.min, one, many);
        return u"%1 to %2 %3"_s.arg(*range.min).arg(*range.max).arg(many);
    }
    if (range.min)
        return u"%1 or more %2"_s.arg(*range.min).arg(*range.min == 1 ? one : many);
    if (range.max)
        return u"at most %1 %2"_s.arg(*range.max).arg(*range.max == 1 ? one : many);
    return u"any number of %1"_s.arg(many);
}

QString timeText(const QTime& time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

QString windowText(const Condition& c)
{
    QString text = u"between %1 and %2"_s.arg(c.from.isValid() ? timeText(c.from) : u"00:00"_s,
                                              c.to.isValid() ? timeText(c.to) : u"24:00"_s);
    if (!c.days.isEmpty()) {
        QStringList days;
        for (int d : c.days)
            days << dayName(d);
        text += u" on "_s + days.join(u", "_s);
    }
    return text;
}

QString piiList(const QList<PiiKind>& kinds, const QString& conjunction)
{
    QStringList names;
    for (PiiKind kind : kinds)
        names << describe(kind);
    return joined(names, conjunction);
}

QString actionPhrase(const PolicyRule& rule)
{
    switch (rule.then.action) {
    case Action::Hide:
        return rule.then.hide == HideMode::Automatic ? u"Hidden"_s : u"Proposed for hiding"_s;
    case Action::Respond: return u"Queued for a response"_s;
    case Action::Escalate: return u"Escalated"_s;
    case Action::Ignore: return u"Ignored"_s;
    }
    return {};
}

// What a reason says about the comment that held the predicate.
QString reasonText(const Reason& reason)
{
    const Condition& c = *reason.condition;
    if (reason.negated)
        return Explanation::describe(c, true);
    switch (c.kind) {
    case Condition::Kind::Always: return u"no earlier rule applied"_s;
    case Condition::Kind::Platform: return u"is on "_s + platformName(reason.platform);
    case Condition::Kind::Source: return u"is "_s + sourceName(reason.source);
    case Condition::Kind::Terms: return u"contains "_s + quoted(reason.term);
    case Condition::Kind::Lexicon:
        return u"contains "_s + quoted(reason.term) + u" from the lexicon "_s + reason.lexicon;
    case Condition::Kind::Regex: return u"matches the pattern "_s + quoted(c.regex);
    case Condition::Kind::Pii: return u"contains "_s + piiList(reason.piiKinds, u"and"_s);
    case Condition::Kind::Links:
        return reason.count == 0 ? u"has no links"_s : u"has "_s + plural(reason.count, u"link"_s, u"links"_s);
    case Condition::Kind::Mentions:
        return reason.count == 0 ? u"mentions no account"_s
                                 : u"mentions "_s + plural(reason.count, u"account"_s, u"accounts"_s);
    case Condition::Kind::Hashtags:
        return reason.count == 0 ? u"has no hashtags"_s
                                 : u"has "_s + plural(reason.count, u"hashtag"_s, u"hashtags"_s);
    case Condition::Kind::Length:
        return u"is "_s + plural(reason.count, u"character"_s, u"characters"_s) + u" long"_s;
    case Condition::Kind::Authors:
        if (c.authorList.isEmpty())
            return u"is by "_s + reason.author;
        return u"is by "_s + reason.author + u", on the list "_s + c.authorList;
    case Condition::Kind::Lang:
        return (reason.languageGuessed ? u"appears to be in "_s : u"is in "_s)
            + TextFeatures::languageName(reason.language);
    case Condition::Kind::Question: return c.flag ? u"is a question"_s : u"is not a question"_s;
    case Condition::Kind::Repeat:
        return u"its author posted "_s + plural(reason.count, u"comment"_s, u"comments"_s) + u" within "_s
            + Explanation::duration(c.repeatWithinSeconds);
    case Condition::Kind::Time:
        return u"was posted on %1 at %2 (%3), %4"_s.arg(dayName(reason.localTime.date().dayOfWeek()),
                                                         timeText(reason.localTime.time()),
                                                         reason.localTime.timeZone().id().isEmpty()
                                                             ? u"UTC"_s
                                                             : QString::fromUtf8(reason.localTime.timeZone().id()),
                                                         windowText(c));
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not: return Explanation::describe(c);
    }
    return {};
}

} // namespace

QString Explanation::duration(qint64 seconds)
{
    if (seconds <= 0)
        return u"0 seconds"_s;
    QStringList parts;
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days)
        parts << plural(days, u"day"_s, u"days"_s);
    if (hours)
        parts << plural(hours, u"hour"_s, u"hours"_s);
    if (minutes)
        parts << plural(minutes, u"minute"_s, u"minutes"_s);
    if (secs)
        parts << plural(secs, u"second"_s, u"seconds"_s);
    return parts.join(u' ');
}

QString Explanation::describe(const Condition& c, bool negated)
{
    const auto wrap = [&](const QString& positive) { return negated ? u"not ("_s + positive + u')' : positive; };
    switch (c.kind) {
    case Condition::Kind::Always: return negated ? u"never"_s : u"always"_s;
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        QStringList parts;
        for (const Condition& child : c.children)
            parts << Explanation::describe(child);
        return wrap(parts.join(c.kind == Condition::Kind::All ? u" and "_s : u" or "_s));
    }
    case Condition::Kind::Not:
        return c.children.isEmpty() ? QString() : Explanation::describe(c.children.constFirst(), !negated);
    case Condition::Kind::Platform: {
        QStringList names;
        for (Platform p : c.platforms)
            names << platformName(p);
        return (negated ? u"is not on "_s : u"is on "_s) + joined(names, u"or"_s);
    }
    case Condition::Kind::Source: {
        QStringList names;
        for (Source s : c.sources)
            names << sourceName(s);
        return (negated ? u"is not "_s : u"is "_s) + joined(names, u"or"_s);
    }
    case Condition::Kind::Terms: {
        QStringList terms;
        for (const QString& t : c.terms)
            terms << quoted(t);
        return (negated ? u"does not contain "_s : u"contains "_s) + joined(terms, u"or"_s, 3);
    }
    case Condition::Kind::Lexicon: {
        const QString lists = (c.lexicons.size() == 1 ? u"the lexicon "_s : u"the lexicons "_s)
            + joined(c.lexicons, u"or"_s);
        return (negated ? u"contains no term of "_s : u"contains a term of "_s) + lists;
    }
    case Condition::Kind::Regex:
        return (negated ? u"does not match the pattern "_s : u"matches the pattern "_s) + quoted(c.regex);
    case Condition::Kind::Pii:
        if (c.piiKinds.isEmpty())
            return negated ? u"contains no personal information"_s : u"contains personal information"_s;
        return (negated ? u"does not contain "_s : u"contains "_s) + piiList(c.piiKinds, u"or"_s);
    case Condition::Kind::Links: return wrap(u"has "_s + rangeText(c.range, u"link"_s, u"links"_s));
    case Condition::Kind::Mentions: return wrap(u"mentions "_s + rangeText(c.range, u"account"_s, u"accounts"_s));
    case Condition::Kind::Hashtags: return wrap(u"has "_s + rangeText(c.range, u"hashtag"_s, u"hashtags"_s));
    case Condition::Kind::Length:
        return wrap(u"is "_s + rangeText(c.range, u"character"_s, u"characters"_s) + u" long"_s);
    case Condition::Kind::Authors:
        if (!c.authorList.isEmpty())
            return wrap(u"is by an author on the list "_s + c.authorList);
        return wrap(u"is by "_s + joined(c.authors, u"or"_s, 3));
    case Condition::Kind::Lang: {
        QStringList names;
        for (const QString& l : c.langs)
            names << TextFeatures::languageName(l);
        return (negated ? u"is not in "_s : u"is in "_s) + joined(names, u"or"_s);
    }
    case Condition::Kind::Question: return (c.flag != negated) ? u"is a question"_s : u"is not a question"_s;
    case Condition::Kind::Repeat:
        return wrap(u"its author posted "_s + plural(c.repeatCount, u"comment"_s, u"comments"_s)
                    + u" or more within "_s + duration(c.repeatWithinSeconds));
    case Condition::Kind::Time: return wrap(u"was posted "_s + windowText(c));
    }
    return {};
}

QString Explanation::sentence(const PolicyRule* rule, const QList<Reason>& reasons)
{
    if (!rule)
        return u"Ignored: no rule of the policy applied."_s;
    // One string, grown once: a sentence is built for most comments.
    QString text;
    text.reserve(160);
    text += actionPhrase(*rule);
    text += u" by rule "_s;
    text += rule->id;
    QVarLengthArray<const Reason*, 8> shown;
    for (const Reason& reason : reasons) {
        // "no earlier rule applied" says something only when nothing else does.
        if (reason.condition->kind == Condition::Kind::Always && !reason.negated && reasons.size() > 1)
            continue;
        shown.append(&reason);
    }
    const qsizetype listed = shown.size() > 5 ? 4 : shown.size();
    for (qsizetype i = 0; i < listed; ++i) {
        text += i == 0 ? u": "_s : (i + 1 == shown.size() ? u" and "_s : u", "_s);
        text += reasonText(*shown[i]);
    }
    if (shown.size() > 5)
        text += u" and "_s + plural(shown.size() - 4, u"more condition"_s, u"more conditions"_s);
    text += u'.';
    return text;
}

} // namespace moderation
