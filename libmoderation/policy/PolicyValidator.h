#pragma once

#include "json/JsonNode.h"
#include "policy/PolicyDocument.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace moderation {

// Turns the JSON tree of a policy file into a PolicyDocument, collecting every problem it finds
// (not only the first) as an Error with the file, line and column it is about. Used by
// PolicyDocument::check; one validator checks one document.
class PolicyValidator
{
public:
    PolicyValidator(QString fileName, QString baseDir);

    PolicyDocument::CheckResult validate(const QByteArray& json);

private:
    struct Problem
    {
        SourcePosition anchor; // where in the policy file it belongs, for ordering
        Error error;
    };

    void report(SourcePosition at, const QString& message);
    // An error located in another file (a lexicon), listed where the policy refers to it.
    void reportElsewhere(SourcePosition anchor, Error error);

    void readTopLevel(const JsonNode& root, PolicyDocument& document);
    void readLexicons(const JsonNode& node, PolicyDocument& document);
    void readLexicon(const JsonMember& entry, PolicyDocument& document);
    // The path of a lexicon `file` inside the policy's folder, or nothing (reported).
    std::optional<QString> lexiconPath(const JsonNode& value, const QString& file);
    bool loadLexiconFile(const JsonNode& value, const QString& path, const QString& shownPath, Lexicon& lexicon);
    void readAuthorLists(const JsonNode& node, PolicyDocument& document);
    void readRules(const JsonNode& node, PolicyDocument& document);
    bool readRule(const JsonNode& node, int index, PolicyRule& rule);
    bool readCondition(const JsonNode& node, Condition& condition, int depth);
    bool readPredicate(const JsonMember& member, Condition& condition, int depth);
    bool readOutcome(const JsonNode& node, const QString& ruleName, Outcome& outcome);
    void checkReachability(const PolicyDocument& document, const QList<bool>& ruleParsed);
    void resolveReferences();

    // Predicates, one each.
    bool readConditionList(const JsonMember& member, Condition& condition, int depth);
    bool readRange(const JsonMember& member, CountRange& range);
    bool readAuthors(const JsonMember& member, Condition& condition);
    bool readRepeat(const JsonMember& member, Condition& condition);
    bool readTime(const JsonMember& member, Condition& condition);
    bool readRegex(const JsonMember& member, Condition& condition);

    // Shapes.
    bool expectObject(const JsonMember& member, const QString& what);
    // The members of an object, first occurrence of each key only (JsonReader reports the rest).
    static QList<const JsonMember*> membersOf(const JsonNode& object);
    // `unknown key "x" in <where> (expected a, b or c; did you mean "b"?)`; true when all known.
    bool checkKeys(const JsonNode& object, const QStringList& known, const QString& where);
    std::optional<QString> readString(const JsonMember& member, bool allowEmpty = false);
    std::optional<qint64> readInteger(const JsonMember& member, qint64 minimum, const QString& expected);
    std::optional<bool> readBool(const JsonMember& member, const QString& expected);
    std::optional<qint64> readDuration(const JsonMember& member);
    // A string or an array of strings (non-empty, each non-empty), with their nodes.
    bool readStringList(const JsonMember& member, bool allowSingle, QList<std::pair<QString, const JsonNode*>>& out,
                        const QString& expected);
    void wrongType(const JsonMember& member, const QString& expected);

    QString m_fileName;
    QString m_baseDir;
    QList<Problem> m_problems;
    QSet<QString> m_declaredLexicons;
    QSet<QString> m_declaredAuthorLists;
    QList<std::pair<QString, SourcePosition>> m_lexiconReferences;
    QList<std::pair<QString, SourcePosition>> m_authorListReferences;
};

} // namespace moderation
