#include "policy/PlainEvaluator.h"

#include "policy/AuthorActivity.h"
#include "policy/Explanation.h"
#include "policy/PolicyEngine.h"
#include "text/PreparedText.h"
#include "text/TextFeatures.h"
#include "text/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kWord = u"[\\p{L}\\p{N}\\p{M}_]"_s;

QRegularExpression compiled(const QString& pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression re(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// A term as a regex: the escaped normalised term, with a word boundary on each side that
// starts or ends with a word character.
QString termPattern(const QString& normalized)
{
    QString pattern = QRegularExpression::escape(normalized);
    const auto wordAt = [&](qsizetype i) {
        const QChar c = normalized.at(i);
        if (c.isLowSurrogate() && i > 0)
            return TextFeatures::isWordChar(QChar::surrogateToUcs4(normalized.at(i - 1), c));
        if (c.isHighSurrogate() && i + 1 < normalized.size())
            return TextFeatures::isWordChar(QChar::surrogateToUcs4(c, normalized.at(i + 1)));
        return TextFeatures::isWordChar(c.unicode());
    };
    if (wordAt(0))
        pattern = u"(?<!"_s + kWord + u')' + pattern;
    if (wordAt(normalized.size() - 1))
        pattern += u"(?!"_s + kWord + u')';
    return pattern;
}

struct PlainTerm
{
    QString spelling;
    QString lexicon;
    QRegularExpression regex;
};

struct PlainLeaf
{
    QRegularExpression any; // every term in one alternation: does any occur?
    QList<PlainTerm> terms; // one by one, for the why and the spans
};

} // namespace

struct PlainEvaluator::Impl
{
    PolicyDocument document;
    QHash<const Condition*, PlainLeaf> leaves;
    QTimeZone timezone;
    QRegularExpression links { compiled(u"(?<!"_s + kWord + u")(?:https?://|www\\.)[^ ]*"_s) };
    QRegularExpression mentions { compiled(u"(?<!"_s + kWord + u")@[a-z0-9_]+"_s) };
    QRegularExpression hashtags { compiled(u"(?<!"_s + kWord + u")#"_s + kWord + u"+"_s) };
    QRegularExpression question;

    Error prepare(const Condition& c, const PolicyRule& rule)
    {
        for (const Condition& child : c.children) {
            if (Error error = prepare(child, rule); error.isError())
                return error;
        }
        if (c.kind != Condition::Kind::Terms && c.kind != Condition::Kind::Lexicon && c.kind != Condition::Kind::Regex)
            return {};
        PlainLeaf leaf;
        QStringList alternatives;
        const auto addTerm = [&](const QString& term, const QString& lexicon) {
            const QString normalized = TextNormalizer::normalize(term).text.trimmed();
            if (normalized.isEmpty())
                return;
            const QString pattern = termPattern(normalized);
            alternatives << pattern;
            leaf.terms.append({ term, lexicon, compiled(pattern) });
        };
        if (c.kind == Condition::Kind::Terms) {
            for (const QString& term : c.terms)
                addTerm(term, {});
        } else if (c.kind == Condition::Kind::Lexicon) {
            for (const QString& name : c.lexicons) {
                for (const QString& term : document.lexicons.value(name).terms)
                    addTerm(term, name);
            }
        } else {
            alternatives << c.regex;
            leaf.terms.append({ c.regex, {}, compiled(c.regex, QRegularExpression::CaseInsensitiveOption) });
        }
        leaf.any = compiled(alternatives.isEmpty() ? u"(?!)"_s : u"(?:"_s + alternatives.join(u")|(?:"_s) + u')',
                            c.kind == Condition::Kind::Regex ? QRegularExpression::CaseInsensitiveOption
                                                             : QRegularExpression::NoPatternOption);
        if (!leaf.any.isValid())
            return Error(Error::Code::InvalidInput,
                         u"rule %1: %2"_s.arg(rule.id, leaf.any.errorString()))
                .at(document.fileName, c.position.line, c.position.column);
        leaves.insert(&c, leaf);
        return {};
    }

    struct Context
    {
        const Impl& d;
        const Comment& comment;
        const PreparedText& text;
        const AuthorActivity* activity;

        const QString& normalized() const { return text.normalized().text; }

        int count(const QRegularExpression& re) const
        {
            int n = 0;
            auto it = re.globalMatch(normalized());
            while (it.hasNext()) {
                it.next();
                ++n;
            }
            return n;
        }

        QString language(bool* guessed) const
        {
            *guessed = TextFeatures::isUndeterminedLanguage(comment.lang);
            return *guessed ? TextFeatures::guessLanguage(normalized()) : comment.lang;
        }

        bool authorMatches(const Condition& c) const
        {
            QStringList entries = c.authors;
            if (!c.authorList.isEmpty())
                entries += d.document.authorLists.value(c.authorList);
            for (const QString& entry : entries) {
                if (entry.startsWith(u'@')) {
                    QString handle = comment.author.handle;
                    if (handle.startsWith(u'@'))
                        handle.remove(0, 1);
                    if (!handle.isEmpty() && entry.mid(1).compare(handle, Qt::CaseInsensitive) == 0)
                        return true;
                } else if (!comment.author.id.isEmpty() && entry == comment.author.id) {
                    return true;
                }
            }
            return false;
        }

        int repeatCount(qint64 within) const
        {
            return std::max(1, activity ? activity->countWithin(comment, within) : 0);
        }

        QDateTime local() const
        {
            return comment.createdAt.isValid() ? comment.createdAt.toTimeZone(d.timezone) : QDateTime();
        }

        bool holds(const Condition& c) const
        {
            switch (c.kind) {
            case Condition::Kind::Always: return c.flag;
            case Condition::Kind::All:
                return std::all_of(c.children.begin(), c.children.end(), [&](const Condition& x) { return holds(x); });
            case Condition::Kind::Any:
                return std::any_of(c.children.begin(), c.children.end(), [&](const Condition& x) { return holds(x); });
            case Condition::Kind::Not: return !holds(c.children.constFirst());
            case Condition::Kind::Platform: return c.platforms.contains(comment.platform);
            case Condition::Kind::Source: return c.sources.contains(comment.source);
            case Condition::Kind::Terms:
            case Condition::Kind::Lexicon:
            case Condition::Kind::Regex: return d.leaves.value(&c).any.match(normalized()).hasMatch();
            case Condition::Kind::Pii:
                return std::any_of(text.pii().begin(), text.pii().end(), [&](const PiiSpan& s) {
                    return c.piiKinds.isEmpty() || c.piiKinds.contains(s.kind);
                });
            case Condition::Kind::Links: return c.range.contains(count(d.links));
            case Condition::Kind::Mentions: return c.range.contains(count(d.mentions));
            case Condition::Kind::Hashtags: return c.range.contains(count(d.hashtags));
            case Condition::Kind::Length:
                return c.range.contains(TextNormalizer::codePointLength(comment.text));
            case Condition::Kind::Authors: return authorMatches(c);
            case Condition::Kind::Lang: {
                bool guessed = false;
                return TextFeatures::languageMatches(c.langs, language(&guessed));
            }
            case Condition::Kind::Question: return d.question.match(normalized()).hasMatch() == c.flag;
            case Condition::Kind::Repeat: return repeatCount(c.repeatWithinSeconds) >= c.repeatCount;
            case Condition::Kind::Time: {
                const QDateTime at = local();
                return at.isValid() && PolicyEngine::inTimeWindow(c, at);
            }
            }
            return false;
        }

        // Every occurrence, overlapping ones included, as original code-point spans.
        void occurrences(const QRegularExpression& re, QList<TextSpan>& spans, qsizetype* firstStart,
                         qsizetype* firstEnd) const
        {
            qsizetype from = 0;
            while (from <= normalized().size()) {
                const QRegularExpressionMatch m = re.match(normalized(), from);
                if (!m.hasMatch())
                    break;
                spans.append(text.originalSpanOfUnits(m.capturedStart(), m.capturedEnd()));
                if (*firstStart < 0 || m.capturedStart() < *firstStart
                    || (m.capturedStart() == *firstStart && m.capturedEnd() < *firstEnd)) {
                    *firstStart = m.capturedStart();
                    *firstEnd = m.capturedEnd();
                }
                from = m.capturedStart() + 1;
            }
        }

        void explain(const Condition& c, QList<Reason>& reasons, QList<TextSpan>& spans) const
        {
            Reason reason;
            reason.condition = &c;
            switch (c.kind) {
            case Condition::Kind::All:
                for (const Condition& child : c.children)
                    explain(child, reasons, spans);
                return;
            case Condition::Kind::Any:
                for (const Condition& child : c.children) {
                    if (holds(child)) {
                        explain(child, reasons, spans);
                        return;
                    }
                }
                return;
            case Condition::Kind::Not:
                reason.condition = &c.children.constFirst();
                reason.negated = true;
                break;
            case Condition::Kind::Platform: reason.platform = comment.platform; break;
            case Condition::Kind::Source: reason.source = comment.source; break;
            case Condition::Kind::Terms:
            case Condition::Kind::Lexicon:
            case Condition::Kind::Regex: {
                const PlainLeaf& leaf = d.leaves[&c];
                qsizetype bestStart = -1;
                qsizetype bestEnd = -1;
                for (const PlainTerm& term : leaf.terms) {
                    qsizetype start = -1;
                    qsizetype end = -1;
                    occurrences(term.regex, spans, &start, &end);
                    if (start >= 0 && (bestStart < 0 || start < bestStart || (start == bestStart && end < bestEnd))) {
                        bestStart = start;
                        bestEnd = end;
                        if (c.kind != Condition::Kind::Regex) {
                            reason.term = term.spelling;
                            reason.lexicon = term.lexicon;
                        }
                    }
                }
                break;
            }
            case Condition::Kind::Pii:
                for (const PiiSpan& span : text.pii()) {
                    if (!c.piiKinds.isEmpty() && !c.piiKinds.contains(span.kind))
                        continue;
                    spans.append({ span.start, span.end });
                    if (!reason.piiKinds.contains(span.kind))
                        reason.piiKinds.append(span.kind);
                }
                break;
            case Condition::Kind::Links: reason.count = count(d.links); break;
            case Condition::Kind::Mentions: reason.count = count(d.mentions); break;
            case Condition::Kind::Hashtags: reason.count = count(d.hashtags); break;
            case Condition::Kind::Length: reason.count = TextNormalizer::codePointLength(comment.text); break;
            case Condition::Kind::Authors: {
                QString handle = comment.author.handle.toLower();
                if (handle.startsWith(u'@'))
                    handle.remove(0, 1);
                reason.author = comment.author.handle.isEmpty() ? comment.author.id : u'@' + handle;
                break;
            }
            case Condition::Kind::Lang: reason.language = language(&reason.languageGuessed); break;
            case Condition::Kind::Repeat: reason.count = repeatCount(c.repeatWithinSeconds); break;
            case Condition::Kind::Time: reason.localTime = local(); break;
            case Condition::Kind::Always:
            case Condition::Kind::Question: break;
            }
            reasons.append(reason);
        }
    };
};

PlainEvaluator::PlainEvaluator(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

PlainEvaluator::~PlainEvaluator() = default;

Result<std::unique_ptr<const PlainEvaluator>> PlainEvaluator::build(const PolicyDocument& document)
{
    auto impl = std::make_unique<Impl>();
    impl->document = document;
    impl->timezone = document.timezone.isValid() ? document.timezone : QTimeZone::utc();
    QStringList openers;
    for (const QString& opener : TextFeatures::questionOpeners())
        openers << QRegularExpression::escape(opener);
    impl->question = compiled(u"[?\\x{00BF}]|(?:^|[.!;:]) ?(?:@[a-z0-9_]+ )*(?:"_s + openers.join(u'|') + u")(?!"_s
                              + kWord + u')');
    for (const PolicyRule& rule : std::as_const(impl->document.rules)) {
        if (Error error = impl->prepare(rule.when, rule); error.isError())
            return error;
    }
    return std::unique_ptr<const PlainEvaluator>(new PlainEvaluator(std::move(impl)));
}

Decision PlainEvaluator::evaluate(const Comment& comment, const AuthorActivity* activity) const
{
    const PreparedText text(comment.text);
    return evaluate(comment, text, activity);
}

Decision PlainEvaluator::evaluate(const Comment& comment, const PreparedText& text,
                                  const AuthorActivity* activity) const
{
    const Impl::Context context { *d, comment, text, activity };
    Decision decision;
    decision.pii = text.pii();
    for (const PolicyRule& rule : std::as_const(d->document.rules)) {
        if (!context.holds(rule.when))
            continue;
        decision.ruleId = rule.id;
        decision.clause = rule.clause;
        decision.action = rule.then.action;
        decision.category = rule.then.category;
        decision.queue = rule.then.queue;
        decision.priority = rule.then.priority;
        decision.slaSeconds = rule.then.slaSeconds;
        decision.hideMode = rule.then.hide;
        decision.answerId = rule.then.answer;
        decision.reviews = rule.then.reviews;
        QList<Reason> reasons;
        QList<TextSpan> spans;
        context.explain(rule.when, reasons, spans);
        std::sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        decision.matches = spans;
        decision.explanation = Explanation::sentence(&rule, reasons);
        return decision;
    }
    decision.explanation = Explanation::sentence(nullptr, {});
    return decision;
}

} // namespace moderation
