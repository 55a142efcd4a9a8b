#pragma once

#include "FakeFaults.h"
#include "FakeHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace moderation::test {

// A local X API v2 (PLATFORMS.md sections 1 and 2): mentions, recent search, a user's posts,
// posting replies, hiding replies and deleting posts, with paging, since_id, includes.users,
// authors that no longer exist, edits and injectable faults. It keeps what was posted, hidden
// and deleted, with counts per target, so a test can assert "exactly once".
class FakeX final : public FakeHttpServer
{
public:
    struct Post
    {
        QString id;
        QString text;
        QString authorId;
        QDateTime createdAt;
        QString conversationId;
        QString inReplyToUserId;
        QString repliedTo; // referenced_tweets replied_to
        QString retweetOf; // referenced_tweets retweeted
        QStringList editHistory; // oldest first, itself last
        bool superseded = false; // edited: only the newest version is listed
        bool deleted = false;
        bool hidden = false;
    };

    struct Write
    {
        int count = 0; // successful
        int attempts = 0; // every request, refused ones too
        QStringList ids; // the replies created
        bool hidden = false;
    };

    FakeX(QString ownUserId, QString ownUsername, QByteArray bearerToken, QObject* parent = nullptr);

    // The state.
    void addUser(const QString& id, const QString& username, const QString& name);
    void removeUser(const QString& id); // the author is gone: errors[] beside data
    // Adds a post; an empty id takes the next one. Returns the id.
    QString addPost(Post post);
    QString addMention(const QString& authorId, const QString& text, const QDateTime& at);
    QString addReplyTo(const QString& parentId, const QString& authorId, const QString& text, const QDateTime& at);
    // Edits a post: a new post with a new id, its edit history the old one's plus itself.
    QString editPost(const QString& id, const QString& text);
    const Post* post(const QString& id) const;
    QList<Post> posts() const { return m_posts.values(); }

    FakeFaults& faults() { return m_faults; }
    void setRateLimitReset(const QDateTime& at) { m_reset = at; }
    void setBearerToken(const QByteArray& token) { m_token = token; }

    // What the clients did.
    const QMap<QString, Write>& replies() const { return m_replies; } // by target
    const QMap<QString, Write>& hides() const { return m_hides; } // by target
    const QMap<QString, Write>& deletions() const { return m_deletions; } // by target
    int requestCount() const { return m_requests; }
    QList<FakeRequest> requests() const { return m_log; }
    QJsonObject stateJson() const;

    // Reads posts, users and removed users from a seed object (see tests/fakeplatforms/).
    void seed(const QJsonObject& x);

protected:
    FakeResponse serve(const FakeRequest& request) override;

private:
    FakeResponse route(const FakeRequest& request);
    FakeResponse list(const FakeRequest& request, const QList<const Post*>& matching, bool mentions);
    FakeResponse createPost(const FakeRequest& request);
    FakeResponse setHidden(const FakeRequest& request, const QString& id);
    FakeResponse deletePost(const QString& id);
    FakeResponse fault(const FakeFaults::Fault& fault);
    FakeResponse json(int status, const QJsonObject& body) const;
    QJsonObject postJson(const Post& post) const;
    QString nextId();

    QString m_ownId;
    QString m_ownUsername;
    QByteArray m_token;
    QMap<QString, Post> m_posts; // by id
    QHash<QString, QPair<QString, QString>> m_users; // id → username, name
    QMap<QString, Write> m_replies;
    QMap<QString, Write> m_hides;
    QMap<QString, Write> m_deletions;
    FakeFaults m_faults;
    QDateTime m_reset;
    qint64 m_lastId = 1985000000000000000LL;
    int m_requests = 0;
    int m_duplicateRefusals = 0;
    QList<FakeRequest> m_log;
};

} // namespace moderation::test
