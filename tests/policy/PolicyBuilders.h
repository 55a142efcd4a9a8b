#pragma once

// Builds policy ASTs in code, for tests that must not depend on the JSON parser.

#include "CommentBuilders.h"

#include "model/Comment.h"
#include "policy/PolicyDocument.h"

#include <QTimeZone>

#include <initializer_list>

namespace moderation::test {

inline Condition leaf(Condition::Kind kind)
{
    Condition c;
    c.kind = kind;
    return c;
}

inline Condition always()
{
    return leaf(Condition::Kind::Always);
}

inline Condition terms(const QStringList& list)
{
    Condition c = leaf(Condition::Kind::Terms);
    c.terms = list;
    return c;
}

inline Condition lexicon(const QStringList& names)
{
    Condition c = leaf(Condition::Kind::Lexicon);
    c.lexicons = names;
    return c;
}

inline Condition regex(const QString& pattern)
{
    Condition c = leaf(Condition::Kind::Regex);
    c.regex = pattern;
    return c;
}

inline Condition pii(const QList<PiiKind>& kinds = {})
{
    Condition c = leaf(Condition::Kind::Pii);
    c.piiKinds = kinds;
    return c;
}

inline Condition counted(Condition::Kind kind, std::optional<int> min, std::optional<int> max = std::nullopt)
{
    Condition c = leaf(kind);
    c.range.min = min;
    c.range.max = max;
    return c;
}

inline Condition platform(const QList<Platform>& platforms)
{
    Condition c = leaf(Condition::Kind::Platform);
    c.platforms = platforms;
    return c;
}

inline Condition source(const QList<Source>& sources)
{
    Condition c = leaf(Condition::Kind::Source);
    c.sources = sources;
    return c;
}

inline Condition authors(const QStringList& list)
{
    Condition c = leaf(Condition::Kind::Authors);
    c.authors = list;
    return c;
}

inline Condition authorList(const QString& name)
{
    Condition c = leaf(Condition::Kind::Authors);
    c.authorList = name;
    return c;
}

inline Condition lang(const QStringList& tags)
{
    Condition c = leaf(Condition::Kind::Lang);
    c.langs = tags;
    return c;
}

inline Condition question(bool flag = true)
{
    Condition c = leaf(Condition::Kind::Question);
    c.flag = flag;
    return c;
}

inline Condition repeat(int count, qint64 withinSeconds)
{
    Condition c = leaf(Condition::Kind::Repeat);
    c.repeatCount = count;
    c.repeatWithinSeconds = withinSeconds;
    return c;
}

inline Condition timeWindow(const QList<int>& days, QTime from, QTime to)
{
    Condition c = leaf(Condition::Kind::Time);
    c.days = days;
    c.from = from;
    c.to = to;
    return c;
}

inline Condition group(Condition::Kind kind, std::initializer_list<Condition> children)
{
    Condition c = leaf(kind);
    for (const Condition& child : children)
        c.children.append(child);
    return c;
}

inline Condition allOf(std::initializer_list<Condition> children)
{
    return group(Condition::Kind::All, children);
}

inline Condition anyOf(std::initializer_list<Condition> children)
{
    return group(Condition::Kind::Any, children);
}

inline Condition notOf(const Condition& child)
{
    Condition c = leaf(Condition::Kind::Not);
    c.children.append(child);
    return c;
}

inline Condition at(Condition c, int line, int column)
{
    c.position = { line, column };
    return c;
}

inline Outcome outcome(Action action, const QString& category = {}, HideMode hide = HideMode::Proposed)
{
    Outcome o;
    o.action = action;
    o.category = category;
    o.hide = hide;
    return o;
}

inline PolicyRule rule(const QString& id, const Condition& when, const Outcome& then, const QString& clause = {})
{
    PolicyRule r;
    r.id = id;
    r.when = when;
    r.then = then;
    r.clause = clause;
    return r;
}

inline PolicyDocument policy(std::initializer_list<PolicyRule> rules, const QString& timezone = QStringLiteral("UTC"))
{
    PolicyDocument doc;
    doc.name = QStringLiteral("Test policy");
    doc.version = 1;
    doc.timezoneId = timezone;
    doc.timezone = QTimeZone(timezone.toUtf8());
    doc.fileName = QStringLiteral("test-policy.json");
    for (const PolicyRule& r : rules)
        doc.rules.append(r);
    return doc;
}

inline void addLexicon(PolicyDocument& doc, const QString& name, const QStringList& terms)
{
    Lexicon lexicon;
    lexicon.name = name;
    lexicon.terms = terms;
    lexicon.origin = QStringLiteral("inline");
    doc.lexicons.insert(name, lexicon);
}

// Created on a Monday at 15:00 UTC.
inline Comment comment(const QString& text, Platform platform = Platform::Twitter, Source source = Source::Mention)
{
    Comment c = tweet(QStringLiteral("1"), text)
                    .by(QStringLiteral("42"), QStringLiteral("someone"))
                    .at(QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC));
    c.platform = platform;
    c.source = source;
    return c;
}

} // namespace moderation::test
