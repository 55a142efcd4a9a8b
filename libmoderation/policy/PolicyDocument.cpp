#include "policy/PolicyDocument.h"

#include "policy/PolicyValidator.h"

#include "json/InputFile.h"

#include <QFile>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace moderation {

bool Condition::isCatchAll() const
{
    switch (kind) {
    case Kind::Always:
        return flag;
    case Kind::All:
        return std::all_of(children.cbegin(), children.cend(), [](const Condition& c) { return c.isCatchAll(); });
    case Kind::Any:
        return std::any_of(children.cbegin(), children.cend(), [](const Condition& c) { return c.isCatchAll(); });
    case Kind::Not:
        return children.size() == 1 && children.first().isNever();
    default:
        return false;
    }
}

bool Condition::isNever() const
{
    switch (kind) {
    case Kind::Always:
        return !flag;
    case Kind::All:
        return std::any_of(children.cbegin(), children.cend(), [](const Condition& c) { return c.isNever(); });
    case Kind::Any:
        return std::all_of(children.cbegin(), children.cend(), [](const Condition& c) { return c.isNever(); });
    case Kind::Not:
        return children.size() == 1 && children.first().isCatchAll();
    default:
        return false;
    }
}

PolicyDocument::CheckResult PolicyDocument::check(const QByteArray& json, const QString& fileName,
                                                  const QString& baseDir)
{
    return PolicyValidator(fileName, baseDir).validate(json);
}

PolicyDocument::CheckResult PolicyDocument::checkFile(const QString& path)
{
    auto bytes = InputFile::read(path, InputFile::kPolicyMaxBytes, u"the policy file"_s);
    if (!bytes) {
        CheckResult result;
        result.errors.append(bytes.error());
        return result;
    }
    return check(*bytes, path, QFileInfo(path).path());
}

Result<PolicyDocument> PolicyDocument::parse(const QByteArray& json, const QString& fileName, const QString& baseDir)
{
    CheckResult result = check(json, fileName, baseDir);
    if (!result.document)
        return result.errors.value(0, Error(Error::Code::Internal, u"the policy did not check"_s));
    return std::move(*result.document);
}

Result<PolicyDocument> PolicyDocument::load(const QString& path)
{
    CheckResult result = checkFile(path);
    if (!result.document)
        return result.errors.value(0, Error(Error::Code::Internal, u"the policy did not check"_s));
    return std::move(*result.document);
}

namespace {

QString describeRange(const QString& what, const CountRange& range)
{
    if (range.min && range.max)
        return *range.min == *range.max ? u"%1 = %2"_s.arg(what).arg(*range.min)
                                        : u"%1 %2..%3"_s.arg(what).arg(*range.min).arg(*range.max);
    if (range.min)
        return u"%1 >= %2"_s.arg(what).arg(*range.min);
    return u"%1 <= %2"_s.arg(what).arg(range.max.value_or(0));
}

// At most `shown` items, then "(+N more)".
QString listOf(const QStringList& items, int shown = 3)
{
    QString text = items.mid(0, shown).join(u", "_s);
    if (items.size() > shown)
        text += u" (+%1 more)"_s.arg(items.size() - shown);
    return text;
}

QString describeChild(const Condition& child)
{
    const bool compound = (child.kind == Condition::Kind::All || child.kind == Condition::Kind::Any)
        && child.children.size() > 1;
    return compound ? u"("_s + describe(child) + u")"_s : describe(child);
}

const char16_t* const kDays[] = { u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun" };

QString describeOutcome(const Outcome& outcome)
{
    QStringList parts;
    QString action = toString(outcome.action);
    if (outcome.action == Action::Hide)
        action += u" "_s + toString(outcome.hide);
    parts.append(action);
    if (!outcome.queue.isEmpty())
        parts.append(u"queue "_s + outcome.queue);
    if (outcome.priority != Priority::Normal)
        parts.append(toString(outcome.priority));
    if (outcome.slaSeconds)
        parts.append(u"SLA "_s + formatDuration(*outcome.slaSeconds));
    if (!outcome.category.isEmpty())
        parts.append(u"category "_s + outcome.category);
    if (!outcome.answer.isEmpty())
        parts.append(u"answer "_s + outcome.answer);
    return parts.join(u", "_s);
}

QString elide(const QString& text, qsizetype width)
{
    return text.size() <= width ? text : text.left(qMax<qsizetype>(0, width - 3)) + u"..."_s;
}

// "Label: a; b; c" wrapped at `width`, at most `maxLines` lines (then "...").
QString wrapped(const QString& label, const QStringList& parts, qsizetype width, int maxLines)
{
    QStringList lines { label };
    const QString indent(label.size(), u' ');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString piece = parts.at(i) + (i + 1 < parts.size() ? u"; "_s : QString());
        if (lines.last().size() + piece.size() > width && lines.last().size() > label.size()) {
            if (lines.size() == maxLines) {
                lines.last() += u"..."_s;
                break;
            }
            lines.append(indent);
        }
        lines.last() += piece;
    }
    for (QString& line : lines) {
        while (line.endsWith(u' '))
            line.chop(1);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

QString describe(const Condition& condition)
{
    using Kind = Condition::Kind;
    switch (condition.kind) {
    case Kind::Always:
        return condition.flag ? u"always"_s : u"never"_s;
    case Kind::All:
    case Kind::Any: {
        if (condition.children.isEmpty())
            return u"always"_s;
        QStringList parts;
        for (const Condition& child : condition.children)
            parts.append(describeChild(child));
        return parts.join(condition.kind == Kind::All ? u" and "_s : u" or "_s);
    }
    case Kind::Not:
        return u"not "_s + (condition.children.isEmpty() ? QString() : describeChild(condition.children.first()));
    case Kind::Platform: {
        QStringList names;
        for (Platform p : condition.platforms)
            names.append(toString(p));
        return u"platform "_s + names.join(u'/');
    }
    case Kind::Source: {
        QStringList names;
        for (Source s : condition.sources)
            names.append(toString(s));
        return u"source "_s + names.join(u'/');
    }
    case Kind::Terms: {
        QStringList terms;
        for (const QString& term : condition.terms)
            terms.append(u"\""_s + term + u"\""_s);
        return u"terms "_s + listOf(terms);
    }
    case Kind::Lexicon:
        return u"lexicon "_s + condition.lexicons.join(u'/');
    case Kind::Regex:
        return u"regex /"_s + condition.regex + u"/"_s;
    case Kind::Pii: {
        if (condition.piiKinds.isEmpty())
            return u"PII of any kind"_s;
        QStringList kinds;
        for (PiiKind kind : condition.piiKinds)
            kinds.append(toString(kind));
        return u"PII "_s + kinds.join(u", "_s);
    }
    case Kind::Links: return describeRange(u"links"_s, condition.range);
    case Kind::Mentions: return describeRange(u"mentions"_s, condition.range);
    case Kind::Hashtags: return describeRange(u"hashtags"_s, condition.range);
    case Kind::Length: return describeRange(u"length"_s, condition.range);
    case Kind::Authors:
        if (!condition.authorList.isEmpty())
            return u"author in list "_s + condition.authorList;
        return u"author "_s + listOf(condition.authors);
    case Kind::Lang:
        return u"lang "_s + condition.langs.join(u'/');
    case Kind::Question:
        return condition.flag ? u"a question"_s : u"not a question"_s;
    case Kind::Repeat:
        return u"author posted %1+ times within %2"_s.arg(condition.repeatCount).arg(
            formatDuration(condition.repeatWithinSeconds));
    case Kind::Time: {
        QStringList days;
        for (int day : condition.days) {
            if (day >= 1 && day <= 7)
                days.append(QString::fromUtf16(kDays[day - 1]));
        }
        QString text = u"time"_s;
        if (!days.isEmpty())
            text += u" "_s + days.join(u","_s);
        if (condition.from.isValid())
            text += u" %1-%2"_s.arg(condition.from.toString(u"HH:mm"_s), condition.to.toString(u"HH:mm"_s));
        return text;
    }
    }
    return {};
}

QString PolicyDocument::summary() const
{
    // One screen (about 50 lines): header, counts, lexicons, then two lines per rule, eliding
    // the middle of long policies but always showing the default rule.
    constexpr int maxRulesShown = 20;
    constexpr qsizetype width = 110;
    QString text;
    text += u"Policy \"%1\", version %2, time zone %3\n"_s.arg(name.isEmpty() ? u"(unnamed)"_s : name,
                                                               version > 0 ? QString::number(version) : u"-"_s,
                                                               timezoneId);

    QMap<Action, int> byAction;
    for (const PolicyRule& rule : rules)
        ++byAction[rule.then.action];
    QStringList counts;
    for (Action action : { Action::Respond, Action::Escalate, Action::Hide, Action::Ignore }) {
        if (byAction.value(action) > 0)
            counts.append(u"%1 %2"_s.arg(byAction.value(action)).arg(toString(action)));
    }
    text += u"%1 rule%2, first match wins: %3\n"_s.arg(rules.size()).arg(rules.size() == 1 ? u""_s : u"s"_s,
                                                                         counts.join(u", "_s));

    if (!lexicons.isEmpty()) {
        QStringList parts;
        for (const Lexicon& lexicon : lexicons)
            parts.append(u"%1 %2 (%3)"_s.arg(lexicon.name).arg(lexicon.terms.size()).arg(lexicon.origin));
        text += wrapped(u"Lexicons, terms: "_s, parts, width, 4);
    }
    if (!authorLists.isEmpty()) {
        QStringList parts;
        for (auto it = authorLists.cbegin(); it != authorLists.cend(); ++it)
            parts.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value().size()));
        text += wrapped(u"Author lists: "_s, parts, width, 2);
    }

    text += u"Rules:\n"_s;
    const int numberWidth = int(QString::number(rules.size()).size());
    const QString indent(numberWidth + 4, u' ');
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (i == maxRulesShown - 1 && rules.size() > maxRulesShown) {
            text += u"%1... %2 more rules ...\n"_s.arg(indent).arg(rules.size() - maxRulesShown);
            i = rules.size() - 1; // still show the default rule
        }
        const PolicyRule& rule = rules.at(i);
        const QString head = u"  %1. %2 when "_s.arg(i + 1, numberWidth).arg(elide(rule.id, 32));
        text += head + elide(describe(rule.when), width - head.size()) + u"\n"_s;
        text += elide(indent + u"-> "_s + describeOutcome(rule.then), width) + u"\n"_s;
    }
    return text;
}

std::optional<qint64> parseDuration(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    static constexpr std::pair<char16_t, qint64> units[] = { { u'd', 86400 }, { u'h', 3600 }, { u'm', 60 },
                                                              { u's', 1 } };
    qint64 total = 0;
    qsizetype pos = 0;
    int nextUnit = 0; // units must come largest first, each once
    while (pos < text.size()) {
        qint64 number = 0;
        const qsizetype digitsStart = pos;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
            if (pos - digitsStart >= 9)
                return std::nullopt; // no SLA is a billion units long; keeps the sum far from overflow
            number = number * 10 + (text.at(pos).unicode() - u'0');
            ++pos;
        }
        if (pos == digitsStart || pos >= text.size())
            return std::nullopt;
        const char16_t unit = text.at(pos).unicode();
        int found = -1;
        for (int i = nextUnit; i < 4; ++i) {
            if (units[i].first == unit) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return std::nullopt;
        total += number * units[found].second;
        nextUnit = found + 1;
        ++pos;
    }
    return total;
}

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return u"0s"_s;
    QString text;
    for (const auto& [unit, size] : { std::pair(u'd', qint64(86400)), std::pair(u'h', qint64(3600)),
                                      std::pair(u'm', qint64(60)), std::pair(u's', qint64(1)) }) {
        if (seconds >= size) {
            text += QString::number(seconds / size) + QChar(unit);
            seconds %= size;
        }
    }
    return text;
}

} // namespace moderation
