#pragma once

#include "model/Enums.h"
#include "model/Error.h"
#include "json/SourcePosition.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace moderation {

struct CountRange
{
    std::optional<int> min;
    std::optional<int> max;
    bool contains(int value) const { return (!min || value >= *min) && (!max || value <= *max); }
};

// One node of a rule's `when`. An object with several predicate keys parses into an All node
// whose children are the single predicates, in the order they were written.
struct Condition
{
    enum class Kind {
        Always, // "always": true
        All, // "all": [...], or several keys in one object
        Any, // "any": [...]
        Not, // "not": {...}; exactly one child
        Platform,
        Source,
        Terms,
        Lexicon,
        Regex,
        Pii,
        Links,
        Mentions,
        Hashtags,
        Length,
        Authors,
        Lang,
        Question,
        Repeat,
        Time,
    };

    Kind kind = Kind::Always;
    SourcePosition position; // of the predicate's key (or the object for All)
    SourcePosition valuePosition; // of the predicate's value (the object for All)

    QList<Condition> children; // All, Any, Not
    QList<Platform> platforms; // Platform
    QList<Source> sources; // Source
    QStringList terms; // Terms: as written in the file, trimmed
    QStringList lexicons; // Lexicon: names
    QString regex; // Regex: vectorscan syntax, matched case-insensitively on normalised text
    QList<PiiKind> piiKinds; // Pii: empty means any kind
    CountRange range; // Links, Mentions, Hashtags, Length
    QStringList authors; // Authors: "@handle" or a numeric/opaque id
    QString authorList; // Authors: {"list": NAME}
    QStringList langs; // Lang: tags, matched case-insensitively on the primary subtag too
    bool flag = true; // Always, Question
    int repeatCount = 0; // Repeat
    qint64 repeatWithinSeconds = 0; // Repeat
    QList<int> days; // Time: Qt::DayOfWeek values (1 = Monday); empty means every day
    // Time, in the policy's time zone: from inclusive, to exclusive; from > to wraps past
    // midnight (then `days` names the day the window starts). Both null: the whole day.
    QTime from;
    QTime to;

    // Holds for every comment: `always: true`, an empty object, or only such parts.
    bool isCatchAll() const;
    // Holds for no comment: `always: false`, or `not` of a catch-all.
    bool isNever() const;
};

struct Outcome
{
    Action action = Action::Ignore;
    QString category;
    QString queue;
    Priority priority = Priority::Normal;
    std::optional<qint64> slaSeconds;
    HideMode hide = HideMode::Proposed;
    QString answer; // answer-library id to suggest
    int reviews = 1; // distinct reviewers who approve a reply before it goes out: 1 or 2
};

struct PolicyRule
{
    QString id;
    QString clause;
    QString note;
    Condition when;
    Outcome then;
    SourcePosition position; // of the rule object
};

struct Lexicon
{
    QString name;
    QStringList terms;
    QString origin; // "inline", the file path, or "builtin:NAME"
    SourcePosition position;
};

// A parsed, validated policy document (DESIGN.md "Policy"). Keys are never renamed, only added.
class PolicyDocument
{
public:
    // The longest "sla" a rule may set: a year and a day. A deadline is stored as a time, and
    // one past year 9999 cannot be (SQLite would store none, PostgreSQL refuse the batch).
    static constexpr qint64 kMaxSlaSeconds = 366LL * 86400;

    QString name;
    int version = 0;
    QString timezoneId; // IANA, e.g. "America/New_York"; default "UTC"
    QTimeZone timezone;
    QMap<QString, Lexicon> lexicons;
    QMap<QString, QStringList> authorLists;
    QList<PolicyRule> rules;

    QString fileName; // as given, for messages
    QByteArray source; // the document's bytes, for storing a version and its hash

    // Every problem and the document if there were none (defined below: it holds a PolicyDocument).
    struct CheckResult;

    // baseDir resolves lexicon files; builtin lexicons come from the library's resources
    // (":/lexicons/NAME.txt").
    static CheckResult check(const QByteArray& json, const QString& fileName, const QString& baseDir);
    static CheckResult checkFile(const QString& path);

    // The first error only, for callers that only need go/no-go.
    static Result<PolicyDocument> parse(const QByteArray& json, const QString& fileName, const QString& baseDir);
    static Result<PolicyDocument> load(const QString& path);

    // A one-screen summary: name, version, time zone, rules with their actions, lexicon sizes.
    QString summary() const;
};

// Every problem, each an Error with file, line and column, in the order they appear in the file.
// The document is set only when there are no errors. Warnings do not stop a document (none are
// defined yet).
struct PolicyDocument::CheckResult
{
    std::optional<PolicyDocument> document;
    QList<Error> errors;
};

// "15m", "1h30m", "2d" -> seconds; std::nullopt when malformed. Units s, m, h, d, each at most
// once and largest first; no spaces, no signs. "0m" is well-formed (0): callers that need a
// positive duration say so themselves.
std::optional<qint64> parseDuration(const QString& text);
// The inverse, shortest form: 5400 -> "1h30m", 0 -> "0s".
QString formatDuration(qint64 seconds);

// A short reading of a condition for summaries: `a question and terms "green card", "I-485"`.
QString describe(const Condition& condition);

} // namespace moderation
