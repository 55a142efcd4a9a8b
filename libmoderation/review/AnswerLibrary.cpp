#include "review/AnswerLibrary.h"

#include "json/JsonReader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QStringList kColumns { u"key"_s, u"title"_s, u"body"_s, u"lang"_s, u"category"_s };
const QRegularExpression& variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    return pattern;
}

Error checkAnswer(const Answer& answer, const QString& where)
{
    static const QRegularExpression keyForm(u"^[a-z0-9][a-z0-9._-]{0,99}$"_s);
    if (!keyForm.match(answer.key).hasMatch())
        return Error(Error::Code::InvalidInput,
                     u"%1: the key \"%2\" is not lower-case letters, digits, '.', '_' or '-' (at most 100)"_s.arg(
                         where, answer.key.left(100)));
    if (answer.title.trimmed().isEmpty() || answer.body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"%1: answer %2 needs a title and a body"_s.arg(where, answer.key));
    for (auto it = variablePattern().globalMatch(answer.body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!AnswerLibrary::variables().contains(name))
            return Error(Error::Code::InvalidInput, u"%1: answer %2 uses {{%3}}, which is not a variable (known: %4)"_s.arg(
                                                        where, answer.key, name, AnswerLibrary::variables().join(u", "_s)));
    }
    return {};
}

Result<QList<Answer>> readJson(const QByteArray& bytes, const QString& fileName)
{
    JsonReader::Result read = JsonReader::read(bytes, fileName);
    if (!read.errors.isEmpty())
        return read.errors.first();
    const JsonNode* array = &*read.root;
    if (read.root->isObject()) {
        const JsonMember* answers = read.root->member(u"answers");
        if (!answers || !answers->value.isArray())
            return Error(Error::Code::InvalidInput, u"expected \"answers\": an array of answers"_s)
                .at(fileName, read.root->position.line, read.root->position.column);
        array = &answers->value;
    } else if (!read.root->isArray()) {
        return Error(Error::Code::InvalidInput, u"expected an array of answers, or {\"answers\": [...]}"_s)
            .at(fileName, read.root->position.line, read.root->position.column);
    }
    QList<Answer> answers;
    for (const JsonNode& item : array->items) {
        const auto at = [&](const SourcePosition& p) { return u"%1:%2:%3"_s.arg(fileName).arg(p.line).arg(p.column); };
        if (!item.isObject())
            return Error(Error::Code::InvalidInput, u"an answer is an object, not %1"_s.arg(item.typeName()))
                .at(fileName, item.position.line, item.position.column);
        Answer answer;
        for (const QString& column : kColumns + QStringList { u"link"_s }) {
            const JsonMember* member = item.member(column);
            if (!member) {
                if (column == u"link"_s)
                    continue;
                return Error(Error::Code::InvalidInput, u"the answer has no \"%1\""_s.arg(column))
                    .at(fileName, item.position.line, item.position.column);
            }
            if (!member->value.isString())
                return Error(Error::Code::InvalidInput, u"\"%1\" must be a string, not %2"_s.arg(column, member->value.typeName()))
                    .at(fileName, member->value.position.line, member->value.position.column);
            const QString value = member->value.string;
            if (column == u"key"_s)
                answer.key = value;
            else if (column == u"title"_s)
                answer.title = value;
            else if (column == u"body"_s)
                answer.body = value;
            else if (column == u"lang"_s)
                answer.lang = value;
            else if (column == u"category"_s)
                answer.category = value;
            else
                answer.link = value;
        }
        if (Error error = checkAnswer(answer, at(item.position)); error.isError())
            return error;
        answers.append(answer);
    }
    return answers;
}

// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. `lines`
// gets the line each record starts on.
Result<QList<QStringList>> csvRecords(const QString& text, const QString& fileName, QList<int>& lines)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record << field;
            if (!(record.size() == 1 && record.first().isEmpty())) {
                records << record;
                lines << recordLine;
            }
            record.clear();
            field.clear();
            fieldStarted = false;
            ++line;
            recordLine = line;
        } else if (c == u'"') {
            return Error(Error::Code::InvalidInput, u"a quote inside an unquoted field"_s).at(fileName, line);
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error(Error::Code::InvalidInput, u"a quoted field is never closed"_s).at(fileName, recordLine);
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
        lines << recordLine;
    }
    return records;
}

Result<QList<Answer>> readCsv(const QByteArray& bytes, const QString& fileName)
{
    if (const qsizetype bad = JsonReader::invalidUtf8Offset(bytes); bad >= 0)
        return Error(Error::Code::InvalidInput, u"not UTF-8 text (byte %1)"_s.arg(bad + 1)).at(fileName);
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<int> lines;
    auto records = csvRecords(text, fileName, lines);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error(Error::Code::InvalidInput, u"no header row (key,title,body,lang,category)"_s).at(fileName, 1);
    const QStringList header = records->first();
    QList<qsizetype> index;
    for (const QString& column : kColumns) {
        const qsizetype at = header.indexOf(column);
        if (at < 0)
            return Error(Error::Code::InvalidInput, u"the header has no \"%1\" column (it needs key, title, body, lang, "
                                                    "category)"_s.arg(column))
                .at(fileName, 1);
        index << at;
    }
    const qsizetype linkAt = header.indexOf(u"link"_s);
    QList<Answer> answers;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList& fields = records->at(r);
        if (fields.size() != header.size())
            return Error(Error::Code::InvalidInput, u"%1 fields where the header has %2"_s.arg(fields.size()).arg(
                                                        header.size()))
                .at(fileName, lines.at(r));
        Answer answer;
        answer.key = fields.at(index.at(0));
        answer.title = fields.at(index.at(1));
        answer.body = fields.at(index.at(2));
        answer.lang = fields.at(index.at(3));
        answer.category = fields.at(index.at(4));
        if (linkAt >= 0)
            answer.link = fields.at(linkAt);
        if (Error error = checkAnswer(answer, u"%1:%2"_s.arg(fileName).arg(lines.at(r))); error.isError())
            return error;
        answers.append(answer);
    }
    return answers;
}

QSet<QString> words(const QString& text)
{
    QSet<QString> set;
    static const QRegularExpression word(u"\\w{4,}"_s);
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        set.insert(it.next().captured());
    return set;
}

} // namespace

Error AnswerLibrary::check(const Answer& answer)
{
    return checkAnswer(answer, u"the answer"_s);
}

QStringList AnswerLibrary::variables()
{
    return { u"name"_s, u"handle"_s, u"link"_s };
}

Result<QList<Answer>> AnswerLibrary::read(const QByteArray& bytes, const QString& fileName)
{
    const QByteArray trimmed = bytes.trimmed();
    const bool json = fileName.endsWith(u".json"_s, Qt::CaseInsensitive) || trimmed.startsWith('{')
        || trimmed.startsWith('[') || trimmed.startsWith("\xEF\xBB\xBF{") || trimmed.startsWith("\xEF\xBB\xBF[");
    auto answers = json ? readJson(bytes, fileName) : readCsv(bytes, fileName);
    if (!answers)
        return answers;
    QSet<QString> keys;
    for (const Answer& answer : *answers) {
        if (keys.contains(answer.key))
            return Error(Error::Code::InvalidInput, u"the key %1 is there twice"_s.arg(answer.key)).at(fileName);
        keys.insert(answer.key);
    }
    return answers;
}

QList<Answer> AnswerLibrary::suggest(const QList<Answer>& library, const Comment& comment, const Decision& decision,
                                     int limit)
{
    const QSet<QString> commentWords = words(comment.text);
    const QString lang = comment.lang.left(2).toLower();
    struct Scored
    {
        const Answer* answer;
        int score;
    };
    std::vector<Scored> scored;
    for (const Answer& answer : library) {
        if (!answer.active)
            continue;
        int score = 0;
        const bool suggested = !decision.answerId.isEmpty()
            && (answer.key == decision.answerId || answer.key == decision.answerId + u'-' + lang);
        if (suggested)
            score += 100000;
        if (!decision.category.isEmpty() && answer.category == decision.category)
            score += 10000;
        if (!lang.isEmpty() && answer.lang.left(2).toLower() == lang)
            score += 1000;
        score += int((words(answer.title + u' ' + answer.body) & commentWords).size());
        scored.push_back({ &answer, score });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    QList<Answer> best;
    for (const Scored& s : scored) {
        if (best.size() >= limit)
            break;
        best.append(*s.answer);
    }
    return best;
}

QString AnswerLibrary::fill(const Answer& answer, const Comment& comment)
{
    const QString handle = comment.author.handle.isEmpty() ? QString() : u"@"_s + comment.author.handle;
    const QString name = !comment.author.name.isEmpty() ? comment.author.name
        : !handle.isEmpty()                             ? handle
                                                        : (answer.lang.startsWith(u"es"_s) ? u"estimado/a"_s : u"there"_s);
    QString body = answer.body;
    QString out;
    qsizetype last = 0;
    for (auto it = variablePattern().globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(body).mid(last, m.capturedStart() - last);
        const QString variable = m.captured(1);
        if (variable == u"name"_s)
            out += name;
        else if (variable == u"handle"_s)
            out += handle.isEmpty() ? name : handle;
        else if (variable == u"link"_s)
            out += answer.link;
        last = m.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

} // namespace moderation
