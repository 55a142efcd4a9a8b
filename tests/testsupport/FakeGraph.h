#pragma once

#include "FakeFaults.h"
#include "FakeHttpServer.h"
#include "FakeX.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace moderation::test {

// A local Graph API v27.0 for one Page (PLATFORMS.md sections 4 to 6): the Page's feed, comments
// with cursor paging, replying, hiding and deleting, Graph error bodies and usage headers, and
// injectable faults. Paths are under /v27.0 (baseUrl() + "/v27.0" is the client's base URL).
class FakeGraph final : public FakeHttpServer
{
public:
    struct Post
    {
        QString id; // "{page-id}_{n}"
        QString message;
        QDateTime createdAt;
    };

    struct Comment
    {
        QString id; // opaque: "{n}_{m}"
        QString postId;
        QString parentId; // a comment's id for a reply; empty for a top-level comment
        QString message;
        QString fromId; // empty: no `from` (the token lacks pages_read_user_content)
        QString fromName;
        QDateTime createdAt;
        bool hidden = false;
        bool canHide = true;
        bool deleted = false;
    };

    using Write = FakeX::Write;

    FakeGraph(QString pageId, QByteArray pageToken, QObject* parent = nullptr);

    QString addPost(const QString& message, const QDateTime& at);
    QString addComment(const QString& postId, const QString& fromId, const QString& fromName, const QString& message,
        const QDateTime& at, const QString& parentId = {});
    void setCanHide(const QString& commentId, bool canHide);
    void deleteComment(const QString& commentId); // as its author would: it just disappears
    const Comment* comment(const QString& id) const;

    FakeFaults& faults() { return m_faults; }
    void setPageToken(const QByteArray& token) { m_token = token; }
    void setRegainAccessMinutes(int minutes) { m_regainMinutes = minutes; }

    const QMap<QString, Write>& replies() const { return m_replies; }
    const QMap<QString, Write>& hides() const { return m_hides; }
    const QMap<QString, Write>& deletions() const { return m_deletions; }
    int requestCount() const { return m_requests; }
    QList<FakeRequest> requests() const { return m_log; }
    QJsonObject stateJson() const;

    void seed(const QJsonObject& graph);

protected:
    FakeResponse serve(const FakeRequest& request) override;

private:
    FakeResponse route(const FakeRequest& request, const QString& path);
    FakeResponse feed(const FakeRequest& request);
    FakeResponse comments(const FakeRequest& request, const QString& objectId);
    FakeResponse createComment(const FakeRequest& request, const QString& objectId);
    FakeResponse setHidden(const FakeRequest& request, const QString& commentId);
    FakeResponse remove(const QString& commentId);
    FakeResponse error(int status, int code, const QString& message, const QString& type = QStringLiteral("OAuthException"),
        int subcode = 0) const;
    FakeResponse fault(const FakeFaults::Fault& fault) const;
    FakeResponse json(int status, const QJsonObject& body) const;
    QJsonObject commentJson(const Comment& comment) const;
    bool authorized(const FakeRequest& request) const;

    QString m_pageId;
    QByteArray m_token;
    QMap<QString, Post> m_posts;
    QMap<QString, Comment> m_comments;
    QMap<QString, Write> m_replies;
    QMap<QString, Write> m_hides;
    QMap<QString, Write> m_deletions;
    FakeFaults m_faults;
    int m_regainMinutes = 5;
    int m_requests = 0;
    qint64 m_lastPost = 122158977000111000LL;
    qint64 m_lastComment = 1061871819370000LL;
    QList<FakeRequest> m_log;
};

} // namespace moderation::test
