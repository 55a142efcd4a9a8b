#include "ClassifyCommand.h"

#include "JsonText.h"
#include "PolicyFile.h"

#include "json/InputFile.h"
#include "model/Clock.h"
#include "policy/AuthorActivity.h"
#include "policy/PolicyEngine.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

// A comment line longer than this is a bad line like any other (a comment on X or Facebook is a
// few kilobytes at most); the reader never holds more of it than this.
constexpr qint64 kMaxLineBytes = 1024 * 1024;
// Ids written as JSON numbers are exact up to 2^53 - 1 (2^53 + 1 already reads as 2^53); larger
// ones must come as strings.
constexpr double kMaxExactId = 9007199254740991.0;

// The next line of `device` (newline included) of at most kMaxLineBytes; a longer one is read to
// its end and dropped, and `tooLong` says so. Empty at the end of the input.
QByteArray readBoundedLine(QIODevice& device, bool& tooLong)
{
    tooLong = false;
    // Room for the limit, the newline and one byte more (readLine keeps one for a terminator).
    QByteArray line = device.readLine(kMaxLineBytes + 3);
    if (line.endsWith('\n') || line.size() <= kMaxLineBytes)
        return line;
    tooLong = true;
    for (;;) {
        const QByteArray rest = device.readLine(64 * 1024);
        if (rest.isEmpty() || rest.endsWith('\n'))
            break;
    }
    return QByteArray("x"); // a placeholder: the caller reports the line, never reads it
}

// The offset of the first byte that is not valid UTF-8 (overlongs, surrogates and code points
// past U+10FFFF included), or -1.
qsizetype invalidUtf8At(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) {
            extra = 1;
            cp = b & 0x1F;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            cp = b & 0x0F;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            cp = b & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// One input line as a Comment, or why not.
Result<Comment> commentFrom(const QByteArray& line)
{
    if (const qsizetype bad = invalidUtf8At(line); bad >= 0)
        return Error(Error::Code::InvalidInput, u"invalid UTF-8 at byte %1"_s.arg(bad + 1));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidInput,
                     u"bad JSON at byte %1: %2"_s.arg(parseError.offset + 1).arg(parseError.errorString()));
    if (!json.isObject())
        return Error(Error::Code::InvalidInput, u"a comment must be a JSON object"_s);
    const QJsonObject o = json.object();
    const auto bad = [](const QString& message) { return Error(Error::Code::InvalidInput, message); };

    Comment c;
    const QJsonValue id = o.value(u"id"_s);
    if (id.isString() && !id.toString().isEmpty()) {
        c.platformId = id.toString();
    } else if (id.isDouble()) {
        // A number is exact only up to 2^53: a larger X id as a number has already lost digits.
        const double number = id.toDouble();
        if (!std::isfinite(number) || std::fabs(number) > kMaxExactId || number != std::floor(number))
            return bad(u"\"id\" as a number must be a whole number below 2^53 (at most 9007199254740991); "
                       "write larger ids as strings"_s);
        c.platformId = QString::number(qint64(number));
    } else {
        return bad(id.isUndefined() ? u"missing \"id\""_s : u"\"id\" must be a non-empty string"_s);
    }

    const QJsonValue text = o.value(u"text"_s);
    if (!text.isString())
        return bad(text.isUndefined() ? u"missing \"text\""_s : u"\"text\" must be a string"_s);
    c.text = text.toString();

    const QJsonValue platform = o.value(u"platform"_s);
    const auto parsedPlatform = platformFromString(platform.toString());
    if (!platform.isString() || !parsedPlatform)
        return bad(platform.isUndefined() ? u"missing \"platform\""_s
                                          : u"\"platform\" must be \"twitter\" or \"facebook\""_s);
    c.platform = *parsedPlatform;

    const QJsonValue source = o.value(u"source"_s);
    const auto parsedSource = sourceFromString(source.toString());
    if (!source.isString() || !parsedSource)
        return bad(source.isUndefined()
                       ? u"missing \"source\""_s
                       : u"\"source\" must be \"mention\", \"reply\", \"search\" or \"page_comment\""_s);
    c.source = *parsedSource;

    const QJsonValue author = o.value(u"author"_s);
    if (author.isString()) {
        // "@name" is a handle; anything else the platform's user id.
        const QString value = author.toString();
        if (value.startsWith(u'@'))
            c.author.handle = value.mid(1);
        else
            c.author.id = value;
    } else if (author.isObject()) {
        const QJsonObject a = author.toObject();
        c.author.id = a.value(u"id"_s).toString();
        c.author.handle = a.value(u"handle"_s).toString();
        if (c.author.handle.startsWith(u'@'))
            c.author.handle.remove(0, 1);
        c.author.name = a.value(u"name"_s).toString();
    } else if (!author.isUndefined() && !author.isNull()) {
        return bad(u"\"author\" must be a string (\"@handle\" or an id) or an object"_s);
    }

    const QJsonValue created = o.value(u"created_at"_s);
    if (created.isString()) {
        c.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (!c.createdAt.isValid() || created.toString().size() < 10)
            return bad(u"\"created_at\" must be an ISO 8601 date and time, e.g. 2026-11-02T15:04:05Z"_s);
        c.createdAt = c.createdAt.toUTC();
    } else if (created.isUndefined() || created.isNull()) {
        c.createdAt = Clock::system().now();
    } else {
        return bad(u"\"created_at\" must be a string"_s);
    }

    const QJsonValue lang = o.value(u"lang"_s);
    if (lang.isString())
        c.lang = lang.toString();
    else if (!lang.isUndefined() && !lang.isNull())
        return bad(u"\"lang\" must be a string"_s);
    return c;
}

QString decisionLine(const Comment& c, const Decision& d)
{
    QString pii;
    for (const PiiSpan& s : d.pii) {
        if (!pii.isEmpty())
            pii += u',';
        pii += u"{\"kind\":\"%1\",\"start\":%2,\"end\":%3}"_s.arg(toString(s.kind)).arg(s.start).arg(s.end);
    }
    QString matches;
    for (const TextSpan& s : d.matches) {
        if (!matches.isEmpty())
            matches += u',';
        matches += u"{\"start\":%1,\"end\":%2}"_s.arg(s.start).arg(s.end);
    }
    QString line = u"{\"id\":"_s + JsonText::string(c.platformId) + u",\"action\":\""_s + toString(d.action)
        + u"\",\"rule\":"_s + JsonText::stringOrNull(d.ruleId) + u",\"clause\":"_s + JsonText::stringOrNull(d.clause)
        + u",\"category\":"_s + JsonText::stringOrNull(d.category) + u",\"queue\":"_s
        + JsonText::stringOrNull(d.queue) + u",\"priority\":\""_s + toString(d.priority) + u"\",\"sla_seconds\":"_s
        + (d.slaSeconds ? QString::number(*d.slaSeconds) : u"null"_s) + u",\"pii\":["_s + pii
        + u"],\"explanation\":"_s + JsonText::string(d.explanation);
    // Extensions after the contract's keys.
    if (d.action == Action::Hide)
        line += u",\"hide\":\""_s + toString(d.hideMode) + u'"';
    if (!d.answerId.isEmpty())
        line += u",\"answer\":"_s + JsonText::string(d.answerId);
    line += u",\"matches\":["_s + matches + u"]}"_s;
    return line;
}

} // namespace

QString ClassifyCommand::name() const
{
    return u"classify"_s;
}

QString ClassifyCommand::summary() const
{
    return u"Classify comments (JSON lines on stdin) with a policy file: one decision line each"_s;
}

void ClassifyCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        u"Reads one comment a line on stdin:\n"
        "  {\"platform\":\"twitter\",\"id\":\"…\",\"text\":\"…\",\"author\":\"@name or id\",\"source\":\"mention\","
        "\"created_at\":\"2026-11-02T15:04:05Z\",\"lang\":\"en\"}\n"
        "and writes one decision a line on stdout, in the same order. A bad line is reported on stderr as\n"
        "{\"line\":N,\"error\":\"…\"}; the run goes on and exits 2 at the end. Offsets count code points.\n"
        "Touches no database."_s);
    parser.addOption(QCommandLineOption(u"policy"_s, u"The policy file (JSON)."_s, u"FILE"_s));
}

int ClassifyCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global) // reads a file and stdin only: never the database named by --db
    if (!parser.isSet(u"policy"_s) || !parser.positionalArguments().isEmpty())
        return usageError(u"expected --policy FILE"_s, io);
    const std::optional<LoadedPolicy> policy = loadPolicyFile(parser.value(u"policy"_s), io);
    if (!policy)
        return ExitBadInput;

    // Only as much activity as the policy's longest `repeat` looks back: bounded memory.
    InMemoryAuthorActivity activity(policy->engine->longestRepeatWindow());
    const bool repeat = policy->engine->usesRepeat();
    bool anyBad = false;
    Error stopped; // the engine could not evaluate at all: the run stops (exit 3)
    qint64 lineNumber = 0;
    const auto reportBad = [&](const QString& message) {
        anyBad = true;
        io.err << "{\"line\":" << lineNumber << ",\"error\":" << JsonText::string(message) << "}\n";
    };
    const QString tooLongMessage = u"the line is longer than the limit of %1"_s.arg(InputFile::describeSize(kMaxLineBytes));
    const auto handle = [&](QByteArray line, bool tooLong) {
        ++lineNumber;
        if (tooLong || line.size() > kMaxLineBytes + 2)
            return reportBad(tooLongMessage);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            return;
        auto comment = commentFrom(line);
        if (!comment)
            return reportBad(comment.error().message());
        if (repeat)
            activity.record(*comment);
        const Result<Decision> decision = policy->engine->evaluate(*comment, &activity);
        if (decision)
            io.out << decisionLine(*comment, *decision) << '\n';
        else if (decision.error().code() == Error::Code::InvalidInput)
            reportBad(decision.error().message()); // this comment's own problem
        else
            stopped = decision.error().prefixed(u"classify, line %1"_s.arg(lineNumber));
    };

    if (io.inDevice) {
        for (;;) {
            // Someone feeding one line at a time waits for each answer: flush when nothing is
            // buffered, not after every line of a large batch.
            if (io.inDevice->bytesAvailable() <= 0) {
                io.out.flush();
                io.err.flush();
            }
            bool tooLong = false;
            const QByteArray line = readBoundedLine(*io.inDevice, tooLong);
            if (line.isEmpty() || stopped.isError())
                break;
            handle(line, tooLong);
        }
    } else {
        while (!io.in.atEnd() && !stopped.isError())
            handle(io.in.readLine().toUtf8(), false);
    }
    io.out.flush();
    io.err.flush();
    if (stopped.isError())
        return reportError(io, stopped);
    return anyBad ? ExitBadInput : ExitOk;
}

} // namespace moderation::ctl
