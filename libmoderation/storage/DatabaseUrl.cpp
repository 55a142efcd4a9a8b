#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QStringList kSslModes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s };

// Whether the text after "scheme://" names a password: "USER:SECRET@…". Looked for in the raw
// text, before any parser, since a password may hold characters (# / ? @) that make a URL
// parser cut it elsewhere and show it back in an error.
bool carriesPassword(const QString& text)
{
    const qsizetype scheme = text.indexOf(u"://"_s);
    if (scheme < 0)
        return false;
    const QString rest = text.mid(scheme + 3);
    const qsizetype at = rest.lastIndexOf(u'@');
    return at > 0 && rest.left(at).contains(u':');
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const auto bad = [&](const QString& why) {
        return Error(Error::Code::Usage,
                     u"bad database URL '%1': %2 (expected sqlite:PATH or postgresql://USER@HOST:PORT/DB)"_s.arg(
                         text, why));
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
        // Neither the URL nor any part of it is echoed: it holds a secret.
        if (carriesPassword(text))
            return Error(Error::Code::Usage,
                         u"a database URL must not carry a password (it is not shown here); give it in PGPASSWORD or "
                         "on stdin with --password-stdin"_s);
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return bad(parsed.errorString());
        if (parsed.hasFragment())
            return bad(u"a URL has no #fragment"_s);
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
        const QUrlQuery query(parsed);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"sslmode"_s) {
                if (!kSslModes.contains(value))
                    return bad(u"sslmode '%1' is not one of %2"_s.arg(value, kSslModes.join(u", "_s)));
                url.sslMode = value;
            } else if (key == u"sslrootcert"_s) {
                // Handed to libpq inside a quoted value: nothing that could end it.
                if (value.isEmpty() || value.contains(u'\'') || value.contains(u'\\') || value.contains(u';'))
                    return bad(u"sslrootcert must name a file (without quotes, backslashes or semicolons)"_s);
                url.sslRootCert = value;
            } else {
                return bad(u"unknown parameter '%1' (known: sslmode, sslrootcert)"_s.arg(key));
            }
        }
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
    QString text = u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
    QStringList parameters;
    if (!sslMode.isEmpty())
        parameters << u"sslmode="_s + sslMode;
    if (!sslRootCert.isEmpty())
        parameters << u"sslrootcert="_s + QString::fromUtf8(QUrl::toPercentEncoding(sslRootCert, "/"));
    if (!parameters.isEmpty())
        text += u'?' + parameters.join(u'&');
    return text;
}

QString DatabaseUrl::identity() const
{
    if (engine == DatabaseEngine::Sqlite)
        return u"sqlite:"_s + QFileInfo(path).absoluteFilePath();
    return u"postgresql://%1:%2/%3"_s.arg(host).arg(port).arg(database);
}

} // namespace moderation
