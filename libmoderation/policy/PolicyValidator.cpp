#include "policy/PolicyValidator.h"

#include "json/InputFile.h"
#include "json/JsonReader.h"
#include "policy/PatternChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QStringList kTopLevelKeys { u"policy"_s, u"version"_s, u"timezone"_s, u"lexicons"_s, u"author_lists"_s,
                                  u"rules"_s };
const QStringList kRuleKeys { u"id"_s, u"clause"_s, u"note"_s, u"when"_s, u"then"_s };
const QStringList kOutcomeKeys { u"action"_s, u"category"_s, u"queue"_s, u"priority"_s,
                                 u"sla"_s, u"hide"_s, u"answer"_s, u"reviews"_s };
const QStringList kLexiconKeys { u"terms"_s, u"file"_s, u"builtin"_s };
const QStringList kRangeKeys { u"min"_s, u"max"_s };
const QStringList kRepeatKeys { u"count"_s, u"within"_s };
const QStringList kTimeKeys { u"days"_s, u"from"_s, u"to"_s };
const QStringList kDayNames { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s };

struct PredicateInfo
{
    QString key;
    Condition::Kind kind;
};

const QList<PredicateInfo> kPredicates {
    { u"always"_s, Condition::Kind::Always },     { u"all"_s, Condition::Kind::All },
    { u"any"_s, Condition::Kind::Any },           { u"not"_s, Condition::Kind::Not },
    { u"platform"_s, Condition::Kind::Platform }, { u"source"_s, Condition::Kind::Source },
    { u"terms"_s, Condition::Kind::Terms },       { u"lexicon"_s, Condition::Kind::Lexicon },
    { u"regex"_s, Condition::Kind::Regex },       { u"pii"_s, Condition::Kind::Pii },
    { u"links"_s, Condition::Kind::Links },       { u"mentions"_s, Condition::Kind::Mentions },
    { u"hashtags"_s, Condition::Kind::Hashtags }, { u"length"_s, Condition::Kind::Length },
    { u"authors"_s, Condition::Kind::Authors },   { u"lang"_s, Condition::Kind::Lang },
    { u"question"_s, Condition::Kind::Question }, { u"repeat"_s, Condition::Kind::Repeat },
    { u"time"_s, Condition::Kind::Time },
};

QStringList predicateKeys()
{
    QStringList keys;
    for (const PredicateInfo& p : kPredicates)
        keys.append(p.key);
    return keys;
}

template<typename E>
QStringList wireNames(const QList<E>& values)
{
    QStringList names;
    for (E value : values)
        names.append(toString(value));
    return names;
}

const QStringList& actionNames()
{
    static const QStringList names { u"respond"_s, u"ignore"_s, u"escalate"_s, u"hide"_s };
    return names;
}

const QStringList& priorityNames()
{
    static const QStringList names { u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s };
    return names;
}

const QStringList& hideModeNames()
{
    static const QStringList names { u"automatic"_s, u"proposed"_s };
    return names;
}

// "a, b or c"
QString alternatives(const QStringList& names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(u", "_s) + u" or "_s + names.last();
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// `; did you mean "regex"?` when one candidate is close enough to be a likely typo.
QString suggestion(const QString& given, const QStringList& candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString& candidate : candidates) {
        // "automatically" for "automatic", "pii_kind" for "pii": a prefix is as telling as a typo.
        const bool prefix = given.size() >= 3 && candidate.size() >= 3
            && (given.startsWith(candidate, Qt::CaseInsensitive) || candidate.startsWith(given, Qt::CaseInsensitive));
        const int distance = prefix ? 1 : editDistance(given, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best.isEmpty() || bestDistance >= qMax<qsizetype>(2, given.size() / 2 + 1))
        return {};
    return u"; did you mean \"%1\"?"_s.arg(best);
}

QString quoted(const QString& text)
{
    return u"\""_s + text + u"\""_s;
}

std::optional<QTime> parseClock(const QString& text)
{
    static const QRegularExpression pattern(u"^([01][0-9]|2[0-3]):([0-5][0-9])$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

bool isLanguageTag(const QString& text)
{
    static const QRegularExpression pattern(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

PolicyValidator::PolicyValidator(QString fileName, QString baseDir)
    : m_fileName(std::move(fileName))
    , m_baseDir(std::move(baseDir))
{
}

PolicyDocument::CheckResult PolicyValidator::validate(const QByteArray& json)
{
    PolicyDocument::CheckResult result;
    JsonReader::Result read = JsonReader::read(json, m_fileName);
    for (const Error& error : read.errors)
        m_problems.append({ { error.line(), error.column() }, error });

    PolicyDocument document;
    document.fileName = m_fileName;
    document.source = json;
    if (read.root) {
        readTopLevel(*read.root, document);
        resolveReferences();
    }

    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem& a, const Problem& b) { return a.anchor < b.anchor; });
    for (const Problem& problem : std::as_const(m_problems))
        result.errors.append(problem.error);
    if (result.errors.isEmpty())
        result.document = std::move(document);
    return result;
}

void PolicyValidator::report(SourcePosition at, const QString& message)
{
    m_problems.append({ at, Error(Error::Code::InvalidInput, message).at(m_fileName, at.line, at.column) });
}

void PolicyValidator::reportElsewhere(SourcePosition anchor, Error error)
{
    m_problems.append({ anchor, std::move(error) });
}

QList<const JsonMember*> PolicyValidator::membersOf(const JsonNode& object)
{
    QList<const JsonMember*> members;
    QSet<QString> seen;
    for (const JsonMember& member : object.members) {
        if (seen.contains(member.key))
            continue;
        seen.insert(member.key);
        members.append(&member);
    }
    return members;
}

bool PolicyValidator::checkKeys(const JsonNode& object, const QStringList& known, const QString& where)
{
    bool ok = true;
    for (const JsonMember* member : membersOf(object)) {
        if (known.contains(member->key))
            continue;
        report(member->keyPosition, u"unknown key \"%1\" %2 (expected %3%4)"_s.arg(
                                        member->key, where, alternatives(known), suggestion(member->key, known)));
        ok = false;
    }
    return ok;
}

void PolicyValidator::wrongType(const JsonMember& member, const QString& expected)
{
    report(member.value.position, u"\"%1\" must be %2, not %3"_s.arg(member.key, expected, member.value.typeName()));
}

bool PolicyValidator::expectObject(const JsonMember& member, const QString& what)
{
    if (member.value.isObject())
        return true;
    wrongType(member, what);
    return false;
}

std::optional<QString> PolicyValidator::readString(const JsonMember& member, bool allowEmpty)
{
    if (!member.value.isString()) {
        wrongType(member, u"a string"_s);
        return std::nullopt;
    }
    if (!allowEmpty && member.value.string.trimmed().isEmpty()) {
        report(member.value.position, u"\"%1\" must not be empty"_s.arg(member.key));
        return std::nullopt;
    }
    return member.value.string;
}

std::optional<qint64> PolicyValidator::readInteger(const JsonMember& member, qint64 minimum, const QString& expected)
{
    const JsonNode& value = member.value;
    // 1e3 or 2.0 are not how anyone writes a count; an integer is written as one.
    if (!value.isNumber() || !value.integer || *value.integer < minimum || *value.integer > 2147483647) {
        if (value.isNumber())
            report(value.position, u"\"%1\" must be %2"_s.arg(member.key, expected));
        else
            wrongType(member, expected);
        return std::nullopt;
    }
    return *value.integer;
}

std::optional<bool> PolicyValidator::readBool(const JsonMember& member, const QString& expected)
{
    if (!member.value.isBool()) {
        wrongType(member, expected);
        return std::nullopt;
    }
    return member.value.boolean;
}

std::optional<qint64> PolicyValidator::readDuration(const JsonMember& member)
{
    if (!member.value.isString()) {
        wrongType(member, u"a duration such as \"15m\""_s);
        return std::nullopt;
    }
    const std::optional<qint64> seconds = parseDuration(member.value.string);
    if (!seconds) {
        report(member.value.position,
               u"bad duration \"%1\" for \"%2\": write number-unit pairs, largest unit first, with units s, m, h "
               "and d, such as \"15m\", \"1h30m\" or \"2d\""_s
                   .arg(member.value.string, member.key));
        return std::nullopt;
    }
    if (*seconds <= 0) {
        report(member.value.position, u"\"%1\" must be longer than zero"_s.arg(member.key));
        return std::nullopt;
    }
    return seconds;
}

bool PolicyValidator::readStringList(const JsonMember& member, bool allowSingle,
                                     QList<std::pair<QString, const JsonNode*>>& out, const QString& expected)
{
    const JsonNode& value = member.value;
    if (allowSingle && value.isString()) {
        if (value.string.trimmed().isEmpty()) {
            report(value.position, u"\"%1\" must not be empty"_s.arg(member.key));
            return false;
        }
        out.append({ value.string, &value });
        return true;
    }
    if (!value.isArray()) {
        wrongType(member, expected);
        return false;
    }
    if (value.items.empty()) {
        report(value.position, u"\"%1\" must not be an empty array"_s.arg(member.key));
        return false;
    }
    bool ok = true;
    for (const JsonNode& item : value.items) {
        if (!item.isString()) {
            report(item.position, u"each entry of \"%1\" must be a string, not %2"_s.arg(member.key, item.typeName()));
            ok = false;
        } else if (item.string.trimmed().isEmpty()) {
            report(item.position, u"an entry of \"%1\" is empty"_s.arg(member.key));
            ok = false;
        } else {
            out.append({ item.string, &item });
        }
    }
    return ok;
}

void PolicyValidator::readTopLevel(const JsonNode& root, PolicyDocument& document)
{
    if (!root.isObject()) {
        report(root.position, u"a policy must be a JSON object, not %1"_s.arg(root.typeName()));
        return;
    }
    checkKeys(root, kTopLevelKeys, u"at the top level"_s);

    document.timezoneId = u"UTC"_s;
    document.timezone = QTimeZone(Qt::UTC);

    // Lexicons and author lists first: rules refer to them, wherever they are written.
    if (const JsonMember* lexicons = root.member(u"lexicons"))
        readLexicons(lexicons->value, document);
    if (const JsonMember* lists = root.member(u"author_lists")) {
        if (expectObject(*lists, u"an object of named author lists"_s))
            readAuthorLists(lists->value, document);
    }

    if (const JsonMember* name = root.member(u"policy")) {
        if (auto text = readString(*name))
            document.name = *text;
    }
    if (const JsonMember* version = root.member(u"version")) {
        if (auto number = readInteger(*version, 1, u"an integer of at least 1"_s))
            document.version = int(*number);
    }
    if (const JsonMember* zone = root.member(u"timezone")) {
        if (auto id = readString(*zone)) {
            const QTimeZone timezone(id->toUtf8());
            if (!timezone.isValid()) {
                report(zone->value.position,
                       u"unknown time zone \"%1\" (use an IANA name such as \"America/New_York\" or \"UTC\")"_s.arg(
                           *id));
            } else {
                document.timezoneId = *id;
                document.timezone = timezone;
            }
        }
    }

    const JsonMember* rules = root.member(u"rules");
    if (!rules) {
        report(root.position, u"missing \"rules\": a policy needs at least one rule"_s);
        return;
    }
    if (!rules->value.isArray()) {
        wrongType(*rules, u"an array of rules"_s);
        return;
    }
    if (rules->value.items.empty()) {
        report(rules->value.position, u"\"rules\" is empty: a policy needs at least one rule"_s);
        return;
    }
    readRules(rules->value, document);
}

void PolicyValidator::readLexicons(const JsonNode& node, PolicyDocument& document)
{
    if (!node.isObject()) {
        report(node.position, u"\"lexicons\" must be an object of named lexicons, not %1"_s.arg(node.typeName()));
        return;
    }
    for (const JsonMember* entry : membersOf(node)) {
        m_declaredLexicons.insert(entry->key);
        readLexicon(*entry, document);
    }
}

void PolicyValidator::readLexicon(const JsonMember& entry, PolicyDocument& document)
{
    const QString& name = entry.key;
    if (name.trimmed().isEmpty()) {
        report(entry.keyPosition, u"a lexicon needs a name"_s);
        return;
    }
    if (!entry.value.isObject()) {
        report(entry.value.position,
               u"lexicon \"%1\" must be an object such as {\"terms\": [...]}, {\"file\": \"...\"} or "
               "{\"builtin\": \"...\"}, not %2"_s.arg(name, entry.value.typeName()));
        return;
    }
    checkKeys(entry.value, kLexiconKeys, u"in lexicon \"%1\""_s.arg(name));

    const JsonMember* source = nullptr;
    for (const JsonMember* member : membersOf(entry.value)) {
        if (!kLexiconKeys.contains(member->key))
            continue;
        if (source) {
            report(member->keyPosition, u"lexicon \"%1\" has both \"%2\" and \"%3\": give only one"_s.arg(
                                            name, source->key, member->key));
            return;
        }
        source = member;
    }
    if (!source) {
        report(entry.value.position, u"lexicon \"%1\" needs \"terms\", \"file\" or \"builtin\""_s.arg(name));
        return;
    }

    Lexicon lexicon;
    lexicon.name = name;
    lexicon.position = entry.keyPosition;
    if (source->key == u"terms") {
        QList<std::pair<QString, const JsonNode*>> terms;
        if (!readStringList(*source, false, terms, u"an array of strings"_s))
            return;
        for (const auto& term : std::as_const(terms))
            lexicon.terms.append(term.first.trimmed());
        lexicon.origin = u"inline"_s;
    } else if (source->key == u"file") {
        const auto file = readString(*source);
        if (!file)
            return;
        const std::optional<QString> path = lexiconPath(source->value, *file);
        if (!path)
            return;
        if (!loadLexiconFile(source->value, *path, *path, lexicon))
            return;
        lexicon.origin = *file;
    } else {
        const auto builtin = readString(*source);
        if (!builtin)
            return;
        static const QRegularExpression namePattern(u"^[a-z0-9][a-z0-9-]*$"_s);
        const QString path = u":/lexicons/%1.txt"_s.arg(*builtin);
        if (!namePattern.match(*builtin).hasMatch() || !QFileInfo(path).isFile()) {
            QStringList shipped = QDir(u":/lexicons"_s).entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
            for (QString& file : shipped)
                file.chop(4);
            report(source->value.position, u"no builtin lexicon \"%1\" (shipped: %2%3)"_s.arg(
                                               *builtin, shipped.join(u", "_s), suggestion(*builtin, shipped)));
            return;
        }
        if (!loadLexiconFile(source->value, path, path, lexicon))
            return;
        lexicon.origin = u"builtin:"_s + *builtin;
    }
    document.lexicons.insert(name, lexicon);
}

std::optional<QString> PolicyValidator::lexiconPath(const JsonNode& value, const QString& file)
{
    // A lexicon file lies in the policy file's folder or below it: a policy that names
    // "/etc/passwd" or "../../secrets.txt" would otherwise have that file read and, on
    // activation, copied into the database.
    const QString cleaned = QDir::cleanPath(QDir::fromNativeSeparators(file));
    if (m_baseDir.isEmpty()) {
        report(value.position, u"lexicon file \"%1\": a stored policy carries its lexicons' terms, not files"_s.arg(file));
        return std::nullopt;
    }
    if (QDir::isAbsolutePath(cleaned) || cleaned == u".."_s || cleaned.startsWith(u"../"_s) || cleaned.contains(u':')) {
        report(value.position, u"lexicon file \"%1\" is outside the policy file's folder (write a path relative to "
                               "it, without \"..\")"_s.arg(file));
        return std::nullopt;
    }
    const QString path = QDir(m_baseDir).filePath(cleaned);
    const QFileInfo info(path);
    if (!info.exists()) {
        report(value.position, u"lexicon file \"%1\" not found (a lexicon file is relative to the policy file's "
                               "folder; looked for %2)"_s.arg(file, QDir::toNativeSeparators(info.absoluteFilePath())));
        return std::nullopt;
    }
    // Through a symbolic link it must still end up inside the folder.
    const QString folder = QFileInfo(m_baseDir).canonicalFilePath();
    const QString target = info.canonicalFilePath();
    if (folder.isEmpty() || !target.startsWith(folder + u'/')) {
        report(value.position, u"lexicon file \"%1\" leads outside the policy file's folder (to %2)"_s.arg(
                                   file, QDir::toNativeSeparators(target)));
        return std::nullopt;
    }
    return path;
}

bool PolicyValidator::loadLexiconFile(const JsonNode& value, const QString& path, const QString& shownPath,
                                      Lexicon& lexicon)
{
    auto read = InputFile::read(path, InputFile::kPolicyMaxBytes, u"lexicon file \"%1\""_s.arg(shownPath));
    if (!read) {
        report(value.position, read.error().message());
        return false;
    }
    QByteArray bytes = std::move(read).value();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bool ok = true;
    int lineNumber = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        ++lineNumber;
        const qsizetype bad = JsonReader::invalidUtf8Offset(line);
        if (bad >= 0) {
            int column = 1;
            for (qsizetype i = 0; i < bad; ++i) {
                if ((uchar(line.at(i)) & 0xC0) != 0x80)
                    ++column;
            }
            reportElsewhere(value.position,
                            Error(Error::Code::InvalidInput, u"invalid UTF-8 in lexicon \"%1\" (a lexicon file is "
                                                             "UTF-8 text, one term per line)"_s.arg(lexicon.name))
                                .at(shownPath, lineNumber, column));
            ok = false;
            continue;
        }
        const QString term = QString::fromUtf8(line).trimmed();
        if (term.isEmpty() || term.startsWith(u'#'))
            continue;
        lexicon.terms.append(term);
    }
    if (ok && lexicon.terms.isEmpty()) {
        report(value.position, u"lexicon file \"%1\" has no terms (one term per line; '#' starts a comment)"_s.arg(
                                   shownPath));
        return false;
    }
    return ok;
}

void PolicyValidator::readAuthorLists(const JsonNode& node, PolicyDocument& document)
{
    for (const JsonMember* entry : membersOf(node)) {
        m_declaredAuthorLists.insert(entry->key);
        QList<std::pair<QString, const JsonNode*>> authors;
        if (!readStringList(*entry, false, authors, u"an array of handles (\"@name\") or ids"_s))
            continue;
        QStringList list;
        for (const auto& author : std::as_const(authors))
            list.append(author.first.trimmed());
        document.authorLists.insert(entry->key, list);
    }
}

void PolicyValidator::readRules(const JsonNode& node, PolicyDocument& document)
{
    QHash<QString, SourcePosition> ids;
    QList<bool> parsed;
    int index = 0;
    for (const JsonNode& item : node.items) {
        ++index;
        if (!item.isObject()) {
            report(item.position, u"each rule must be an object, not %1"_s.arg(item.typeName()));
            continue;
        }
        PolicyRule rule;
        const bool ok = readRule(item, index, rule);
        if (const JsonMember* id = item.member(u"id"); id && !rule.id.isEmpty()) {
            const auto first = ids.constFind(rule.id);
            if (first != ids.cend()) {
                report(id->value.position, u"duplicate rule id \"%1\" (first at line %2, column %3)"_s.arg(rule.id)
                                               .arg(first->line)
                                               .arg(first->column));
            } else {
                ids.insert(rule.id, id->value.position);
            }
        }
        document.rules.append(rule);
        parsed.append(ok);
    }
    checkReachability(document, parsed);
}

bool PolicyValidator::readRule(const JsonNode& node, int index, PolicyRule& rule)
{
    rule.position = node.position;
    checkKeys(node, kRuleKeys, u"in a rule"_s);
    bool ok = true; // whether the condition is known: reachability needs it

    QString name = u"#%1"_s.arg(index);
    if (const JsonMember* id = node.member(u"id")) {
        if (auto text = readString(*id)) {
            rule.id = *text;
            name = quoted(rule.id);
        }
    } else {
        report(node.position, u"rule %1 has no \"id\""_s.arg(name));
    }
    if (const JsonMember* clause = node.member(u"clause")) {
        if (auto text = readString(*clause))
            rule.clause = *text;
    }
    if (const JsonMember* note = node.member(u"note")) {
        if (auto text = readString(*note, true))
            rule.note = *text;
    }

    if (const JsonMember* when = node.member(u"when")) {
        if (!when->value.isObject()) {
            wrongType(*when, u"an object of predicates (such as {\"always\": true})"_s);
            ok = false;
        } else if (!readCondition(when->value, rule.when, 0)) {
            ok = false;
        }
    } else {
        report(node.position, u"rule %1 has no \"when\" (write {\"always\": true} for a rule that always holds)"_s.arg(
                                  name));
        ok = false;
    }

    if (const JsonMember* then = node.member(u"then")) {
        if (!then->value.isObject())
            wrongType(*then, u"an object such as {\"action\": \"ignore\"}"_s);
        else
            readOutcome(then->value, name, rule.then);
    } else {
        report(node.position, u"rule %1 has no \"then\""_s.arg(name));
    }
    return ok;
}

bool PolicyValidator::readCondition(const JsonNode& node, Condition& condition, int depth)
{
    const QList<const JsonMember*> members = membersOf(node);
    if (members.size() == 1)
        return readPredicate(*members.first(), condition, depth);

    // Several predicates (or none: holds always) in one object: all of them must hold.
    condition.kind = Condition::Kind::All;
    condition.position = node.position;
    condition.valuePosition = node.position;
    bool ok = true;
    for (const JsonMember* member : members) {
        Condition child;
        if (readPredicate(*member, child, depth))
            condition.children.append(child);
        else
            ok = false;
    }
    return ok;
}

bool PolicyValidator::readPredicate(const JsonMember& member, Condition& condition, int depth)
{
    const auto info = std::find_if(kPredicates.cbegin(), kPredicates.cend(),
                                   [&](const PredicateInfo& p) { return p.key == member.key; });
    if (info == kPredicates.cend()) {
        const QStringList keys = predicateKeys();
        const QString hint = suggestion(member.key, keys);
        report(member.keyPosition, hint.isEmpty()
                   ? u"unknown predicate \"%1\" (expected %2)"_s.arg(member.key, alternatives(keys))
                   : u"unknown predicate \"%1\" (%2)"_s.arg(member.key, hint.mid(2)));
        return false;
    }
    condition.kind = info->kind;
    condition.position = member.keyPosition;
    condition.valuePosition = member.value.position;
    const JsonNode& value = member.value;

    switch (info->kind) {
    case Condition::Kind::Always: {
        const auto flag = readBool(member, u"true"_s);
        if (flag)
            condition.flag = *flag;
        return flag.has_value();
    }
    case Condition::Kind::All:
    case Condition::Kind::Any:
        return readConditionList(member, condition, depth);
    case Condition::Kind::Not: {
        if (!expectObject(member, u"a condition object"_s))
            return false;
        Condition child;
        const bool ok = readCondition(value, child, depth + 1);
        condition.children.append(child);
        return ok;
    }
    case Condition::Kind::Platform:
    case Condition::Kind::Source: {
        const bool platform = info->kind == Condition::Kind::Platform;
        const QStringList names = platform ? wireNames(allPlatforms()) : wireNames(allSources());
        QList<std::pair<QString, const JsonNode*>> values;
        if (!readStringList(member, true, values, u"a %1 name or an array of them"_s.arg(member.key)))
            return false;
        bool ok = true;
        for (const auto& [text, node] : std::as_const(values)) {
            const auto platformValue = platformFromString(text);
            const auto sourceValue = sourceFromString(text);
            if (platform && platformValue) {
                condition.platforms.append(*platformValue);
            } else if (!platform && sourceValue) {
                condition.sources.append(*sourceValue);
            } else {
                report(node->position, u"unknown %1 \"%2\" (expected %3%4)"_s.arg(
                                           member.key, text, alternatives(names), suggestion(text, names)));
                ok = false;
            }
        }
        return ok;
    }
    case Condition::Kind::Terms: {
        QList<std::pair<QString, const JsonNode*>> values;
        if (!readStringList(member, false, values, u"an array of words or phrases"_s))
            return false;
        for (const auto& term : std::as_const(values))
            condition.terms.append(term.first.trimmed());
        return true;
    }
    case Condition::Kind::Lexicon: {
        QList<std::pair<QString, const JsonNode*>> values;
        if (!readStringList(member, true, values, u"a lexicon name or an array of them"_s))
            return false;
        for (const auto& [name, node] : std::as_const(values)) {
            condition.lexicons.append(name);
            m_lexiconReferences.append({ name, node->position });
        }
        return true;
    }
    case Condition::Kind::Regex:
        return readRegex(member, condition);
    case Condition::Kind::Pii: {
        const QStringList names = wireNames(allPiiKinds());
        if (value.isBool()) {
            if (value.boolean)
                return true; // any kind
            report(value.position, u"\"pii\" must be true or an array of PII kinds (%1)"_s.arg(alternatives(names)));
            return false;
        }
        QList<std::pair<QString, const JsonNode*>> values;
        if (!readStringList(member, false, values, u"true or an array of PII kinds"_s))
            return false;
        bool ok = true;
        for (const auto& [text, node] : std::as_const(values)) {
            if (const auto kind = piiKindFromString(text)) {
                condition.piiKinds.append(*kind);
            } else {
                report(node->position,
                       u"unknown PII kind \"%1\" (expected %2%3)"_s.arg(text, alternatives(names), suggestion(text, names)));
                ok = false;
            }
        }
        return ok;
    }
    case Condition::Kind::Links:
    case Condition::Kind::Mentions:
    case Condition::Kind::Hashtags:
    case Condition::Kind::Length:
        return readRange(member, condition.range);
    case Condition::Kind::Authors:
        return readAuthors(member, condition);
    case Condition::Kind::Lang: {
        QList<std::pair<QString, const JsonNode*>> values;
        if (!readStringList(member, true, values, u"a language tag or an array of them"_s))
            return false;
        bool ok = true;
        for (const auto& [tag, node] : std::as_const(values)) {
            if (!isLanguageTag(tag)) {
                report(node->position, u"\"%1\" is not a language tag (such as \"en\", \"es\" or \"es-MX\")"_s.arg(tag));
                ok = false;
            } else {
                condition.langs.append(tag);
            }
        }
        return ok;
    }
    case Condition::Kind::Question: {
        const auto flag = readBool(member, u"true or false"_s);
        if (flag)
            condition.flag = *flag;
        return flag.has_value();
    }
    case Condition::Kind::Repeat:
        return readRepeat(member, condition);
    case Condition::Kind::Time:
        return readTime(member, condition);
    }
    return false;
}

bool PolicyValidator::readConditionList(const JsonMember& member, Condition& condition, int depth)
{
    const JsonNode& value = member.value;
    if (!value.isArray()) {
        wrongType(member, u"an array of conditions"_s);
        return false;
    }
    if (value.items.empty()) {
        report(value.position, u"\"%1\" needs at least one condition"_s.arg(member.key));
        return false;
    }
    bool ok = true;
    for (const JsonNode& item : value.items) {
        if (!item.isObject()) {
            report(item.position, u"each entry of \"%1\" must be a condition object, not %2"_s.arg(member.key,
                                                                                                  item.typeName()));
            ok = false;
            continue;
        }
        Condition child;
        if (readCondition(item, child, depth + 1))
            condition.children.append(child);
        else
            ok = false;
    }
    return ok;
}

bool PolicyValidator::readRange(const JsonMember& member, CountRange& range)
{
    if (!expectObject(member, u"an object such as {\"min\": 1, \"max\": 3}"_s))
        return false;
    bool ok = checkKeys(member.value, kRangeKeys, u"in \"%1\""_s.arg(member.key));
    const JsonMember* min = member.value.member(u"min");
    const JsonMember* max = member.value.member(u"max");
    if (!min && !max) {
        report(member.value.position, u"\"%1\" needs \"min\", \"max\" or both"_s.arg(member.key));
        return false;
    }
    const QString expected = u"a whole number of at least 0"_s;
    if (min) {
        if (const auto value = readInteger(*min, 0, expected))
            range.min = int(*value);
        else
            ok = false;
    }
    if (max) {
        if (const auto value = readInteger(*max, 0, expected))
            range.max = int(*value);
        else
            ok = false;
    }
    if (range.min && range.max && *range.min > *range.max) {
        report(max->value.position, u"\"max\" (%1) is less than \"min\" (%2)"_s.arg(*range.max).arg(*range.min));
        ok = false;
    }
    return ok;
}

bool PolicyValidator::readAuthors(const JsonMember& member, Condition& condition)
{
    if (member.value.isObject()) {
        bool ok = checkKeys(member.value, { u"list"_s }, u"in \"authors\""_s);
        const JsonMember* list = member.value.member(u"list");
        if (!list) {
            report(member.value.position, u"\"authors\" needs an array of authors or {\"list\": NAME}"_s);
            return false;
        }
        const auto name = readString(*list);
        if (!name)
            return false;
        condition.authorList = *name;
        m_authorListReferences.append({ *name, list->value.position });
        return ok;
    }
    QList<std::pair<QString, const JsonNode*>> values;
    if (!readStringList(member, false, values, u"an array of handles (\"@name\") or ids, or {\"list\": NAME}"_s))
        return false;
    for (const auto& author : std::as_const(values))
        condition.authors.append(author.first.trimmed());
    return true;
}

bool PolicyValidator::readRepeat(const JsonMember& member, Condition& condition)
{
    if (!expectObject(member, u"an object such as {\"count\": 5, \"within\": \"10m\"}"_s))
        return false;
    bool ok = checkKeys(member.value, kRepeatKeys, u"in \"repeat\""_s);
    const JsonMember* count = member.value.member(u"count");
    const JsonMember* within = member.value.member(u"within");
    if (!count || !within) {
        report(member.value.position, u"\"repeat\" needs both \"count\" and \"within\""_s);
        return false;
    }
    // The comment being classified counts, so 1 would hold for every comment.
    if (const auto value = readInteger(*count, 2, u"a whole number of at least 2"_s))
        condition.repeatCount = int(*value);
    else
        ok = false;
    if (const auto seconds = readDuration(*within))
        condition.repeatWithinSeconds = *seconds;
    else
        ok = false;
    return ok;
}

bool PolicyValidator::readTime(const JsonMember& member, Condition& condition)
{
    if (!expectObject(member, u"an object such as {\"days\": [\"mon\"], \"from\": \"13:00\", \"to\": \"14:00\"}"_s))
        return false;
    bool ok = checkKeys(member.value, kTimeKeys, u"in \"time\""_s);
    const JsonMember* days = member.value.member(u"days");
    const JsonMember* from = member.value.member(u"from");
    const JsonMember* to = member.value.member(u"to");
    if (!days && !from && !to) {
        report(member.value.position, u"\"time\" needs \"days\", \"from\" and \"to\", or all three"_s);
        return false;
    }
    if (days) {
        QList<std::pair<QString, const JsonNode*>> values;
        if (!readStringList(*days, false, values, u"an array of day names (mon … sun)"_s)) {
            ok = false;
        } else {
            for (const auto& [text, node] : std::as_const(values)) {
                const qsizetype day = kDayNames.indexOf(text);
                if (day < 0) {
                    report(node->position, u"unknown day \"%1\" (expected %2)"_s.arg(text, alternatives(kDayNames)));
                    ok = false;
                } else if (condition.days.contains(int(day) + 1)) {
                    report(node->position, u"day \"%1\" is listed twice"_s.arg(text));
                    ok = false;
                } else {
                    condition.days.append(int(day) + 1);
                }
            }
        }
    }
    if (bool(from) != bool(to)) {
        report(member.value.position, u"\"time\" needs both \"from\" and \"to\", or neither"_s);
        return false;
    }
    for (const JsonMember* clock : { from, to }) {
        if (!clock)
            continue;
        const auto text = readString(*clock);
        if (!text) {
            ok = false;
            continue;
        }
        const auto time = parseClock(*text);
        if (!time) {
            report(clock->value.position, u"bad time \"%1\" for \"%2\": write HH:MM on a 24-hour clock, 00:00 to 23:59"_s.arg(
                                              *text, clock->key));
            ok = false;
            continue;
        }
        (clock == from ? condition.from : condition.to) = *time;
    }
    if (ok && from && condition.from == condition.to) {
        report(to->value.position, u"\"from\" and \"to\" are the same time: the window would be empty"_s);
        ok = false;
    }
    return ok;
}

bool PolicyValidator::readRegex(const JsonMember& member, Condition& condition)
{
    const auto pattern = readString(member, true);
    if (!pattern)
        return false;
    condition.regex = *pattern;
    const auto problem = PatternChecker::check(*pattern);
    if (!problem)
        return true;
    // Point inside the pattern when vectorscan says where; at the string otherwise.
    const SourcePosition at = problem->index ? member.value.positionOfUnit(*problem->index) : member.value.position;
    report(at, u"bad regular expression: %1"_s.arg(problem->message));
    return false;
}

bool PolicyValidator::readOutcome(const JsonNode& node, const QString& ruleName, Outcome& outcome)
{
    bool ok = checkKeys(node, kOutcomeKeys, u"in \"then\""_s);
    const JsonMember* action = node.member(u"action");
    if (!action) {
        report(node.position, u"rule %1: \"then\" needs an \"action\" (%2)"_s.arg(ruleName, alternatives(actionNames())));
        ok = false;
    } else if (const auto text = readString(*action)) {
        if (const auto parsed = actionFromString(*text)) {
            outcome.action = *parsed;
        } else {
            report(action->value.position, u"unknown action \"%1\" (expected %2%3)"_s.arg(
                                               *text, alternatives(actionNames()), suggestion(*text, actionNames())));
            ok = false;
        }
    } else {
        ok = false;
    }

    for (const auto& [key, target] : { std::pair(u"category"_s, &outcome.category),
                                       std::pair(u"queue"_s, &outcome.queue), std::pair(u"answer"_s, &outcome.answer) }) {
        if (const JsonMember* member = node.member(key)) {
            if (const auto text = readString(*member))
                *target = *text;
            else
                ok = false;
        }
    }
    if (const JsonMember* priority = node.member(u"priority")) {
        if (const auto text = readString(*priority)) {
            if (const auto parsed = priorityFromString(*text)) {
                outcome.priority = *parsed;
            } else {
                report(priority->value.position, u"unknown priority \"%1\" (expected %2%3)"_s.arg(
                                                     *text, alternatives(priorityNames()), suggestion(*text, priorityNames())));
                ok = false;
            }
        } else {
            ok = false;
        }
    }
    if (const JsonMember* sla = node.member(u"sla")) {
        const auto seconds = readDuration(*sla);
        if (seconds && *seconds > PolicyDocument::kMaxSlaSeconds) {
            // A deadline is stored as a time: one past year 9999 cannot be, and no reply to the
            // public waits a year.
            report(sla->value.position, u"an \"sla\" is at most %1 (%2 days); \"%3\" is longer"_s.arg(
                                            formatDuration(PolicyDocument::kMaxSlaSeconds))
                                            .arg(PolicyDocument::kMaxSlaSeconds / 86400)
                                            .arg(sla->value.string));
            ok = false;
        } else if (seconds) {
            outcome.slaSeconds = *seconds;
        } else {
            ok = false;
        }
    }
    if (const JsonMember* reviews = node.member(u"reviews")) {
        // How many distinct reviewers approve a reply: one, or two for a sensitive category.
        if (const auto count = readInteger(*reviews, 1, u"1 or 2 (how many reviewers approve a reply)"_s);
            count && *count <= 2) {
            outcome.reviews = int(*count);
        } else {
            if (count)
                report(reviews->value.position, u"\"reviews\" must be 1 or 2 (how many reviewers approve a reply)"_s);
            ok = false;
        }
    }
    if (const JsonMember* hide = node.member(u"hide")) {
        if (const auto text = readString(*hide)) {
            if (const auto parsed = hideModeFromString(*text)) {
                outcome.hide = *parsed;
                if (action && action->value.isString() && outcome.action != Action::Hide
                    && actionFromString(action->value.string)) {
                    report(hide->keyPosition, u"\"hide\" applies only to \"action\": \"hide\" (this rule's action is %1)"_s.arg(
                                                  toString(outcome.action)));
                    ok = false;
                }
            } else {
                report(hide->value.position, u"unknown hide mode \"%1\" (expected %2%3)"_s.arg(
                                                 *text, alternatives(hideModeNames()), suggestion(*text, hideModeNames())));
                ok = false;
            }
        } else {
            ok = false;
        }
    }
    return ok;
}

void PolicyValidator::checkReachability(const PolicyDocument& document, const QList<bool>& ruleParsed)
{
    // Like a firewall, the first rule that holds decides: a rule after one that always holds can
    // never fire, and without a last rule that always holds some comment gets no decision.
    // Rules with errors are left out: their condition is not known.
    const PolicyRule* catchAll = nullptr;
    for (qsizetype i = 0; i < document.rules.size(); ++i) {
        const PolicyRule& rule = document.rules.at(i);
        if (catchAll) {
            report(rule.position, u"rule %1 is never reached: rule \"%2\" at line %3 holds for every comment"_s.arg(
                                      rule.id.isEmpty() ? u"#%1"_s.arg(i + 1) : quoted(rule.id), catchAll->id)
                                      .arg(catchAll->position.line));
            continue;
        }
        if (ruleParsed.at(i) && rule.when.isCatchAll())
            catchAll = &rule;
    }
    if (!catchAll && !document.rules.isEmpty() && ruleParsed.last()) {
        const PolicyRule& last = document.rules.last();
        report(last.position, u"no default rule: the last rule must hold for every comment (\"when\": "
                              "{\"always\": true}), so that every comment gets a decision"_s);
    }
}

void PolicyValidator::resolveReferences()
{
    QStringList lexicons(m_declaredLexicons.cbegin(), m_declaredLexicons.cend());
    lexicons.sort();
    for (const auto& [name, position] : std::as_const(m_lexiconReferences)) {
        if (m_declaredLexicons.contains(name))
            continue;
        report(position, lexicons.isEmpty()
                   ? u"unknown lexicon \"%1\" (the policy declares no \"lexicons\")"_s.arg(name)
                   : u"unknown lexicon \"%1\" (declared: %2%3)"_s.arg(name, lexicons.join(u", "_s),
                                                                     suggestion(name, lexicons)));
    }
    QStringList lists(m_declaredAuthorLists.cbegin(), m_declaredAuthorLists.cend());
    lists.sort();
    for (const auto& [name, position] : std::as_const(m_authorListReferences)) {
        if (m_declaredAuthorLists.contains(name))
            continue;
        report(position, lists.isEmpty()
                   ? u"unknown author list \"%1\" (the policy declares no \"author_lists\")"_s.arg(name)
                   : u"unknown author list \"%1\" (declared: %2%3)"_s.arg(name, lists.join(u", "_s),
                                                                         suggestion(name, lists)));
    }
}

} // namespace moderation
