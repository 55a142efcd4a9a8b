#pragma once

#include "connectors/HttpTransport.h"
#include "connectors/PlatformClient.h"

#include <QUrl>
#include <QUrlQuery>

namespace moderation {

// One X account over X API v2 (PLATFORMS.md sections 1 and 2), app-only or user bearer token.
//
// Watches: "mentions" reads GET /2/users/:id/mentions; "search:QUERY" reads recent search for
// `QUERY -is:retweet`; "replies" reads recent search for `to:<user id> -is:retweet`, the replies
// to any of the account's posts (recent search reaches back 7 days; mentions already carry most
// replies, as X puts the replied-to handle first). Without a stored cursor every watch reads back
// 7 days only (start_time), so a first run never answers months-old posts; with one it asks
// since_id = cursor, fixed while following the page tokens.
class TwitterClient final : public PlatformClient
{
public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.x.com")); }

    TwitterClient(HttpTransport& transport, QString userId, QByteArray bearerToken, QString ownHandle = {},
        QUrl baseUrl = defaultBaseUrl());

    // The account name the comments are stored under (Comment::accountName).
    void setAccountName(const QString& name) { m_accountName = name; }

    Platform platform() const override { return Platform::Twitter; }
    PlatformResult<WatchPage> fetch(
        const QString& watch, const QString& cursor, const QString& pageToken, const QDateTime& now) override;
    PlatformResult<SendReceipt> reply(const QString& target, const QString& conversationId, const QString& text) override;
    PlatformResult<SendReceipt> setHidden(const QString& target, bool hidden) override;
    PlatformResult<SendReceipt> remove(const QString& target) override;
    PlatformResult<std::optional<FoundReply>> findReply(
        const QString& target, const QString& conversationId, const QString& text) override;
    QString cannotHideReason(const Comment& comment) const override;
    // X's hide rule for the account with `userId`: only replies in conversations it started
    // (a reply read by the replies watch, or one whose in_reply_to_user_id is the account).
    // Empty when the comment can be hidden. The demo connector applies it too.
    static QString hideRestriction(const Comment& comment, const QString& userId);

    // The message of a reply X refuses under its reply restriction (since 2026-02-23).
    static QString replyNotAllowedMessage();

private:
    struct Exchange
    {
        HttpRequest request;
        HttpResponse response;
        PlatformOutcome outcome;
    };

    HttpRequest request(const QByteArray& method, const QString& path, const QUrlQuery& query = {}) const;
    HttpRequest jsonRequest(const QByteArray& method, const QString& path, const QJsonObject& body) const;
    // Sends and classifies: outcome Ok for a 2xx, otherwise what the failure came to.
    Exchange exchange(const HttpRequest& request, const QString& what);
    QString redacted(QString text) const;

    HttpTransport& m_transport;
    QString m_userId;
    QByteArray m_token;
    QString m_ownHandle;
    QUrl m_baseUrl;
    QString m_accountName;
};

} // namespace moderation
