#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace moderation {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const auto bad = [&](const QString& why) {
        // The URL is echoed back so the user sees what was parsed, but never a password in it.
        const QUrl asUrl(text);
        const QString shown = asUrl.password().isEmpty() ? text : asUrl.toString(QUrl::RemovePassword);
        return Error(Error::Code::Usage,
                     u"bad database URL '%1': %2 (expected sqlite:PATH or postgresql://USER@HOST:PORT/DB)"_s.arg(
                         shown, why));
    };

    DatabaseUrl url;
    if (text.startsWith(u"sqlite:"_s)) {
        url.engine = DatabaseEngine::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"_s))
            url.path = url.path.mid(2); // tolerate sqlite://PATH
        if (url.path.isEmpty())
            return bad(u"no file path"_s);
        return url;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return bad(parsed.errorString());
        if (!parsed.password().isEmpty())
            return bad(u"a password must not be part of the URL; use PGPASSWORD or --password-stdin"_s);
        url.engine = DatabaseEngine::Postgres;
        url.user = parsed.userName();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.database = parsed.path().mid(1);
        if (url.user.isEmpty())
            return bad(u"no user name"_s);
        if (url.host.isEmpty())
            return bad(u"no host"_s);
        if (url.database.isEmpty() || url.database.contains(u'/'))
            return bad(u"no database name"_s);
        if (url.port <= 0 || url.port > 65535)
            return bad(u"port out of range"_s);
        return url;
    }
    return bad(u"unknown scheme"_s);
}

DatabaseUrl DatabaseUrl::defaultLocal()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DatabaseUrl url;
    url.engine = DatabaseEngine::Sqlite;
    url.path = QDir(dir).filePath(u"moderation.sqlite"_s);
    return url;
}

QString DatabaseUrl::toString() const
{
    if (engine == DatabaseEngine::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

} // namespace moderation
