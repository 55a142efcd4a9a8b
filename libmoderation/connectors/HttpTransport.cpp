#include "connectors/HttpTransport.h"

#include <QUrlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace moderation {

QString describeRequest(const HttpRequest& request)
{
    QUrl url = request.url;
    url.setUserInfo({});
    if (url.hasQuery()) {
        QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery redacted;
        for (const auto& [key, value] : items) {
            const bool secret = key.compare(u"access_token"_s, Qt::CaseInsensitive) == 0
                || key.compare(u"appsecret_proof"_s, Qt::CaseInsensitive) == 0;
            redacted.addQueryItem(key, secret ? u"[redacted]"_s : value);
        }
        url.setQuery(redacted);
    }
    QString text = QString::fromLatin1(request.method) + u' ' + url.toString(QUrl::FullyEncoded);
    for (const auto& [name, value] : request.headers) {
        Q_UNUSED(value)
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            text += u" (Authorization: [redacted])"_s;
    }
    return text;
}

HttpRequest bearerRequest(const QByteArray& method, const QUrl& baseUrl, const QString& path, const QUrlQuery& query,
                          const QByteArray& token)
{
    HttpRequest request;
    request.method = method;
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    request.url = url;
    request.headers.append({ "Authorization", "Bearer " + token });
    return request;
}

QString redactToken(QString text, const QByteArray& token)
{
    if (token.size() >= 8)
        text.replace(QString::fromUtf8(token), QStringLiteral("[redacted]"));
    return text;
}

namespace {

std::atomic<QThread*> g_forbiddenThread { nullptr };
std::atomic_int g_forbiddenThreadCalls { 0 };

} // namespace

void HttpTransport::forbidThread(QThread* thread)
{
    g_forbiddenThread = thread;
    g_forbiddenThreadCalls = 0;
}

int HttpTransport::forbiddenThreadCalls()
{
    return g_forbiddenThreadCalls;
}

void HttpTransport::checkThread()
{
    QThread* forbidden = g_forbiddenThread.load(std::memory_order_relaxed);
    if (forbidden && QThread::currentThread() == forbidden) {
        ++g_forbiddenThreadCalls;
        qWarning("moderation: a platform request on the GUI thread (a wait that can freeze the window)");
    }
}

} // namespace moderation
