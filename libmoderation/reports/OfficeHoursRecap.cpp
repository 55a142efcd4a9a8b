#include "reports/OfficeHoursRecap.h"

#include "reports/ReportWriting.h"

#include "storage/Database.h"
#include "storage/RecapStore.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QString localTime(const QDateTime& at, const QTimeZone& zone)
{
    return at.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

// "2026-12-07, 14:00 to 15:00" within a day, both dates otherwise.
QString windowText(const OfficeHoursRecap& recap)
{
    const QDateTime from = recap.from.toTimeZone(recap.zone);
    const QDateTime to = recap.to.toTimeZone(recap.zone);
    if (from.date() == to.date())
        return u"%1, %2 to %3"_s.arg(from.toString(u"yyyy-MM-dd"_s), from.toString(u"HH:mm"_s),
                                     to.toString(u"HH:mm"_s));
    return u"%1 to %2"_s.arg(from.toString(u"yyyy-MM-dd HH:mm"_s), to.toString(u"yyyy-MM-dd HH:mm"_s));
}

QString platformName(Platform platform)
{
    return platform == Platform::Twitter ? u"X"_s : u"Facebook"_s;
}

QString plural(int count, const QString& one, const QString& many)
{
    return u"%1 %2"_s.arg(count).arg(count == 1 ? one : many);
}

// The counts in one sentence, the same in both formats (no untrusted text in it).
QString summaryText(const OfficeHoursRecap& recap)
{
    QString text = u"%1 under #%2: %3 answered, %4 not yet answered."_s.arg(
        plural(recap.asked(), u"question"_s, u"questions"_s), recap.hashtag)
                       .arg(recap.answered.size())
                       .arg(recap.unanswered.size());
    QStringList notShown;
    if (recap.hidden > 0)
        notShown << plural(recap.hidden, u"comment hidden under our comment policy"_s,
                           u"comments hidden under our comment policy"_s);
    if (recap.ignored > 0)
        notShown << plural(recap.ignored, u"comment that needed no reply"_s, u"comments that needed no reply"_s);
    if (recap.undecided > 0)
        notShown << plural(recap.undecided, u"comment not yet reviewed"_s, u"comments not yet reviewed"_s);
    if (!notShown.isEmpty())
        text += u" Not shown: "_s + notShown.join(u", "_s) + u'.';
    return text;
}

QString askedLine(const RecapQuestion& q, const QTimeZone& zone)
{
    return u"Asked on %1 at %2"_s.arg(platformName(q.platform), localTime(q.createdAt, zone));
}

QString html(const QString& text)
{
    return reportwriting::esc(text);
}

const char kCss[] = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
header img{max-height:4rem;max-width:12rem;display:block;margin-bottom:.5rem}
h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #dfe1e2;padding-bottom:.2rem}
h3{font-size:1rem;font-weight:600;color:#565c65;margin:1.5rem 0 .3rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0;padding:.5rem .8rem;border-left:4px solid #dfe1e2;background:#f7f7f7}
.answer{border-left-color:#00a398;background:#eefaf8}.label{font-weight:600;margin:.6rem 0 0}
footer{margin-top:2.5rem;color:#565c65;font-size:.85rem})";

QString htmlQuestion(const RecapQuestion& q, const QTimeZone& zone)
{
    QString out = u"<article>\n<h3>"_s + html(askedLine(q, zone)) + u"</h3>\n<blockquote class=\"text\">"_s
        + html(q.text) + u"</blockquote>\n"_s;
    if (q.answer)
        out += u"<p class=\"label\">Our answer</p>\n<blockquote class=\"text answer\">"_s + html(*q.answer)
            + u"</blockquote>\n"_s;
    return out + u"</article>\n"_s;
}

QString markdownQuote(const QString& text)
{
    QStringList lines = markdownEscaped(text).split(u'\n');
    for (QString& line : lines)
        line = line.isEmpty() ? u">"_s : u"> "_s + line + u"  "_s;
    if (!lines.isEmpty() && lines.last().endsWith(u"  "_s))
        lines.last().chop(2);
    return lines.join(u'\n') + u'\n';
}

QString markdownQuestion(const RecapQuestion& q, const QTimeZone& zone)
{
    QString out = u"### "_s + markdownEscaped(askedLine(q, zone)) + u"\n\n"_s + markdownQuote(q.text);
    if (q.answer)
        out += u"\n**Our answer:**\n\n"_s + markdownQuote(*q.answer);
    return out + u'\n';
}

} // namespace

QString markdownEscaped(const QString& text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n';
        // Leading blanks would start an indented code block.
        const QString line = lines.at(i);
        qsizetype start = 0;
        while (start < line.size() && (line.at(start) == u' ' || line.at(start) == u'\t'))
            ++start;
        for (qsizetype j = start; j < line.size(); ++j) {
            const QChar c = line.at(j);
            if (c.unicode() < 128 && c.isPunct()) {
                out += u'\\';
            } else if (c.unicode() < 128 && c.isSymbol()) { // $ + < = > ^ ` | ~
                out += u'\\';
            }
            out += c;
        }
    }
    return out;
}

Result<OfficeHoursRecap> OfficeHoursRecap::build(Database& database, const QString& hashtag, const QDateTime& from,
                                                 const QDateTime& to, const QTimeZone& zone)
{
    auto comments = RecapStore(database).read(hashtag, from, to);
    if (!comments)
        return comments.error();
    SettingsStore settings(database);
    auto name = settings.value(u"agency.name"_s);
    if (!name)
        return name.error();
    auto logo = settings.agencyLogo();
    if (!logo)
        return logo.error();
    OfficeHoursRecap recap;
    recap.hashtag = hashtag;
    recap.from = from.toUTC();
    recap.to = to.toUTC();
    recap.zone = zone;
    recap.agencyName = name->value_or(QString());
    recap.agencyLogo = *logo;
    recap.generatedAt = database.clock().now().toUTC();
    for (const RecapQuestion& q : comments->questions)
        (q.answer ? recap.answered : recap.unanswered).append(q);
    recap.hidden = comments->hidden;
    recap.ignored = comments->ignored;
    recap.undecided = comments->undecided;
    return recap;
}

QString OfficeHoursRecap::toHtml() const
{
    const QString title = u"Office Hours recap: #"_s + hashtag;
    QString out = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s
                  u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                  "style-src 'unsafe-inline'; img-src data:\">\n"_s
                  u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + html(title) + u"</title>\n<style>\n"_s + QString::fromUtf8(kCss) + u"\n</style>\n</head>\n<body>\n<header>\n"_s;
    if (!agencyLogo.isEmpty()) {
        const QString mime = reportwriting::imageMimeType(agencyLogo);
        out += u"<img src=\"data:%1;base64,%2\" alt=\"\">\n"_s.arg(mime, QString::fromLatin1(agencyLogo.toBase64()));
    }
    if (!agencyName.isEmpty())
        out += u"<p>"_s + html(agencyName) + u"</p>\n"_s;
    out += u"<h1>"_s + html(title) + u"</h1>\n<p>"_s + html(windowText(*this)) + u" (times in "_s + html(QString::fromUtf8(zone.id()))
        + u")</p>\n</header>\n<main>\n<p>"_s + html(summaryText(*this)) + u"</p>\n"_s;
    out += u"<section>\n<h2>Answered questions (%1)</h2>\n"_s.arg(answered.size());
    if (answered.isEmpty())
        out += u"<p>None yet.</p>\n"_s;
    for (const RecapQuestion& q : answered)
        out += htmlQuestion(q, zone);
    out += u"</section>\n<section>\n<h2>Questions not yet answered (%1)</h2>\n"_s.arg(unanswered.size());
    if (unanswered.isEmpty())
        out += u"<p>None: every question has an answer.</p>\n"_s;
    for (const RecapQuestion& q : unanswered)
        out += htmlQuestion(q, zone);
    out += u"</section>\n</main>\n<footer>\n<p>Prepared "_s + html(localTime(generatedAt, zone))
        + u". Questions are shown as they were asked, without their authors' names.</p>\n</footer>\n</body>\n</html>\n"_s;
    return out;
}

QString OfficeHoursRecap::toMarkdown() const
{
    QString out = u"# "_s + markdownEscaped(u"Office Hours recap: #"_s + hashtag) + u"\n\n"_s;
    if (!agencyName.isEmpty())
        out += markdownEscaped(agencyName) + u"\n\n"_s;
    out += markdownEscaped(windowText(*this) + u" (times in "_s + QString::fromUtf8(zone.id()) + u')') + u"\n\n"_s
        + markdownEscaped(summaryText(*this)) + u"\n\n"_s;
    out += u"## Answered questions (%1)\n\n"_s.arg(answered.size());
    if (answered.isEmpty())
        out += u"None yet\\.\n\n"_s;
    for (const RecapQuestion& q : answered)
        out += markdownQuestion(q, zone);
    out += u"## Questions not yet answered (%1)\n\n"_s.arg(unanswered.size());
    if (unanswered.isEmpty())
        out += u"None: every question has an answer\\.\n\n"_s;
    for (const RecapQuestion& q : unanswered)
        out += markdownQuestion(q, zone);
    out += markdownEscaped(u"Prepared "_s + localTime(generatedAt, zone)
                           + u". Questions are shown as they were asked, without their authors' names."_s)
        + u'\n';
    return out;
}

Error OfficeHoursRecap::write(Format format, const QString& path) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(Error::Code::ReadOnly, u"cannot write %1: its folder %2 cannot be created"_s.arg(
                                                path, QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::ReadOnly, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = (format == Format::Html ? toHtml() : toMarkdown()).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Code::ReadOnly, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

std::optional<OfficeHoursRecap::Format> OfficeHoursRecap::formatFrom(const QString& text)
{
    if (text == u"html"_s)
        return Format::Html;
    if (text == u"md"_s)
        return Format::Markdown;
    return std::nullopt;
}

Result<QDateTime> parseRecapTime(const QString& text, const QString& what, const QTimeZone& zone)
{
    static const QRegularExpression shape(
        u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return Error(Error::Code::InvalidInput,
                     u"%1 \"%2\" is not a date and time: write 2026-12-07T14:00:00-05:00, ...Z, or a time in the "
                     "report's zone without an offset"_s.arg(what, text));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return Error(Error::Code::InvalidInput, u"%1 \"%2\" is not a real day and time"_s.arg(what, text));
    const QString offset = m.captured(7);
    if (offset.isEmpty()) {
        const QDateTime local(date, time, zone);
        if (!local.isValid() || local.time() != time || local.date() != date)
            return Error(Error::Code::InvalidInput, u"%1 \"%2\" does not exist in %3 (daylight saving time skips it)"_s.arg(
                                                        what, text, QString::fromUtf8(zone.id())));
        return local.toUTC();
    }
    int seconds = 0;
    if (offset != u"Z"_s) {
        const int hours = offset.mid(1, 2).toInt();
        const int minutes = offset.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return Error(Error::Code::InvalidInput, u"%1 \"%2\": the offset %3 is not one a clock uses"_s.arg(what, text, offset));
        seconds = (hours * 3600 + minutes * 60) * (offset.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, seconds).toUTC();
}

} // namespace moderation
