#include "QuarantineListCommand.h"

#include "storage/QuarantineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

// Raw bytes for a terminal or JSON: the text when it is valid UTF-8, else base64 (said so).
std::pair<QString, QString> rawText(const QByteArray& raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(raw);
    if (!decoder.hasError())
        return { text, u"utf-8"_s };
    return { QString::fromLatin1(raw.toBase64()), u"base64"_s };
}

// Untrusted bytes on a terminal: control characters (an escape sequence could repaint the
// screen) are shown as \uXXXX.
QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace

void QuarantineListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON (one array)."_s));
}

int QuarantineListCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                           const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    auto items = QuarantineStore(database).list();
    if (!items)
        return reportError(io, items.error());
    const bool json = parser.isSet(u"json"_s);
    QJsonArray array;
    for (const QuarantinedItem& item : *items) {
        const auto [raw, encoding] = rawText(item.raw);
        if (json) {
            array.append(QJsonObject { { u"id"_s, item.id },
                                       { u"platform"_s, toString(item.platform) },
                                       { u"account_id"_s, item.accountId ? QJsonValue(*item.accountId) : QJsonValue() },
                                       { u"origin"_s, item.origin },
                                       { u"reason"_s, item.reason },
                                       { u"received_at"_s, item.receivedAt.toString(Qt::ISODate) },
                                       { u"raw"_s, raw },
                                       { u"raw_encoding"_s, encoding } });
            continue;
        }
        io.out << item.id << '\t' << item.receivedAt.toString(Qt::ISODate) << '\t' << toString(item.platform) << '\t'
               << printable(item.origin) << '\n'
               << "  reason: " << printable(item.reason) << '\n'
               << "  raw (" << encoding << "): " << printable(raw) << '\n';
    }
    if (json)
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    else if (items->isEmpty())
        io.out << "quarantine is empty\n";
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
