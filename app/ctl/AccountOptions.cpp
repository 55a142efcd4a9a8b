#include "AccountOptions.h"

#include "credentials/CredentialNames.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl::AccountOptions {

void addQuotaOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(u"posts-per-day"_s,
                                        u"Replies, hides and deletes the outbox may send a UTC day (default: X 100, "
                                        "Facebook 1000)."_s,
                                        u"N"_s));
    parser.addOption(QCommandLineOption(u"reads-per-hour"_s,
                                        u"Requests the sync may make an hour (default: X 1200, Facebook 4800)."_s,
                                        u"N"_s));
}

Result<std::optional<int>> quota(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > 1000000)
        return Error(Error::Code::Usage,
                     u"--%1 takes a whole number from 1 to 1000000, not \"%2\""_s.arg(option, parser.value(option)));
    return std::optional<int>(value);
}

Result<QStringList> watches(Platform platform, const QStringList& given)
{
    if (given.isEmpty()) {
        return platform == Platform::Twitter ? QStringList { u"mentions"_s, u"replies"_s }
                                             : QStringList { u"page-comments"_s };
    }
    QStringList result;
    for (const QString& watch : given) {
        if (platform == Platform::Twitter) {
            if (watch == u"mentions"_s || watch == u"replies"_s) {
                result << watch;
                continue;
            }
            if (watch.startsWith(u"search:"_s)) {
                const QString query = watch.mid(7).trimmed();
                if (query.isEmpty() || query.size() > 512)
                    return Error(Error::Code::Usage,
                                 u"--watch search:QUERY needs a query of 1 to 512 characters, e.g. search:#AskUSCIS"_s);
                result << u"search:"_s + query;
                continue;
            }
            return Error(Error::Code::Usage,
                         u"--watch \"%1\": an X account watches mentions, replies or search:QUERY"_s.arg(watch));
        }
        if (watch != u"page-comments"_s)
            return Error(Error::Code::Usage, u"--watch \"%1\": a Facebook page watches page-comments"_s.arg(watch));
        result << watch;
    }
    result.removeDuplicates();
    return result;
}

Result<QByteArray> readToken(QTextStream& in)
{
    const QString line = in.readLine();
    const QByteArray token = line.trimmed().toUtf8();
    if (token.isEmpty())
        return Error(Error::Code::Usage, u"--token-stdin: no token on stdin (one line, the access token)"_s);
    if (token.size() > 8192)
        return Error(Error::Code::Usage, u"--token-stdin: the token is longer than 8192 bytes"_s);
    return token;
}

QString tokenName(const Database& database, const QString& accountName)
{
    return CredentialNames::accountToken(CredentialNames::storeIdentity(database.url().identity()), accountName);
}

} // namespace moderation::ctl::AccountOptions
