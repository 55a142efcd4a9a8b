#pragma once

#include "connectors/HttpTransport.h"
#include "connectors/PlatformClient.h"
#include "model/Clock.h"

#include <QUrl>
#include <QUrlQuery>

namespace moderation {

// One Facebook Page over the Graph API (PLATFORMS.md sections 4 to 6), with a Page token sent as
// an Authorization: Bearer header (never as a query item, so no URL holds it).
//
// The watch "page-comments" is a poll over the Page's posts of the last `windowDays` days
// (GET /{page-id}/feed with since) and, for each, all their comments (GET /{post-id}/comments
// with filter=stream, chronological), one page of comments per fetch(). The poll's position (the
// feed's cursor, the posts left of the feed page, the post being read and its comments' cursor)
// travels in the opaque page token as compact JSON. The cursor stored after a poll is the time
// it started (ISO 8601); the next poll asks comments since that time less one hour of overlap,
// as re-delivery is harmless. A comment that stopped being listed is not taken as removed: a
// removal arrives through the webhook (verb remove).
class FacebookClient final : public PlatformClient
{
public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://graph.facebook.com/v27.0")); }
    static constexpr int kDefaultWindowDays = 90;

    FacebookClient(HttpTransport& transport, QString pageId, QByteArray pageToken, QUrl baseUrl = defaultBaseUrl(),
        int windowDays = kDefaultWindowDays);

    void setAccountName(const QString& name) { m_accountName = name; }
    // The clock for retry times of actions (fetch() uses its `now`).
    void setClock(const Clock& clock) { m_clock = &clock; }

    Platform platform() const override { return Platform::Facebook; }
    PlatformResult<WatchPage> fetch(
        const QString& watch, const QString& cursor, const QString& pageToken, const QDateTime& now) override;
    PlatformResult<SendReceipt> reply(const QString& target, const QString& conversationId, const QString& text) override;
    PlatformResult<SendReceipt> setHidden(const QString& target, bool hidden) override;
    PlatformResult<SendReceipt> remove(const QString& target) override;
    PlatformResult<std::optional<FoundReply>> findReply(
        const QString& target, const QString& conversationId, const QString& text) override;
    QString cannotHideReason(const Comment& comment) const override;

private:
    struct Exchange
    {
        HttpRequest request;
        HttpResponse response;
        PlatformOutcome outcome;
    };
    struct Poll; // the position inside a poll, kept in the page token

    HttpRequest request(const QByteArray& method, const QString& path, const QUrlQuery& query = {}) const;
    HttpRequest formRequest(const QString& path, const QUrlQuery& form) const;
    Exchange exchange(const HttpRequest& request, const QString& what, const QDateTime& now);
    bool readFeedPage(Poll& poll, PlatformResult<WatchPage>& result, const QDateTime& now);
    QString redacted(QString text) const;

    HttpTransport& m_transport;
    QString m_pageId;
    QByteArray m_token;
    QUrl m_baseUrl;
    int m_windowDays;
    QString m_accountName;
    const Clock* m_clock = &Clock::system();
};

} // namespace moderation
