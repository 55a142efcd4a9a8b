#pragma once

#include "connectors/ClientProvider.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <deque>
#include <functional>

namespace moderation::test {

// A PlatformClient that answers from a script, for the sync's and the outbox's own logic (the
// wire formats are tested against local HTTP servers in tests/connectors). Every call is
// recorded; an empty script answers Ok with an empty page or a receipt "posted-N".
class ScriptedClient final : public PlatformClient
{
public:
    explicit ScriptedClient(Platform platform = Platform::Twitter)
        : m_platform(platform)
    { }

    struct Call
    {
        QString what; // "fetch", "reply", "hide", "unhide", "delete", "find"
        QString target; // the watch for fetch
        QString text; // reply text; the page token for fetch; the cursor in `cursor`
        QString cursor;
    };

    // Outcomes, consumed in order per kind of call.
    std::deque<PlatformResult<WatchPage>> pages;
    std::deque<PlatformResult<SendReceipt>> sends;
    std::deque<PlatformResult<std::optional<FoundReply>>> finds;
    // What the platform "has": replies that reached it, by target, so findReply can answer.
    QHash<QString, QList<FoundReply>> posted;
    // Whether a reply that is "not reached" was nevertheless posted (the answer was lost).
    QString hideRefusal; // cannotHideReason's answer
    QList<Call> calls;

    QStringList callNames() const;

    Platform platform() const override { return m_platform; }
    PlatformResult<WatchPage> fetch(const QString& watch, const QString& cursor, const QString& pageToken,
                                    const QDateTime& now) override;
    PlatformResult<SendReceipt> reply(const QString& target, const QString& conversationId,
                                      const QString& text) override;
    PlatformResult<SendReceipt> setHidden(const QString& target, bool hidden) override;
    PlatformResult<SendReceipt> remove(const QString& target) override;
    PlatformResult<std::optional<FoundReply>> findReply(const QString& target, const QString& conversationId,
                                                        const QString& text) override;
    QString cannotHideReason(const Comment&) const override { return hideRefusal; }

    // Outcome builders.
    static PlatformOutcome outcome(PlatformOutcome::Status status, const QString& message = {},
                                   const QDateTime& retryAt = {});
    static PlatformResult<WatchPage> page(QList<Comment> comments, const QString& nextPageToken = {},
                                          const QString& nextCursor = {});
    static PlatformResult<WatchPage> pageFailure(PlatformOutcome::Status status, const QString& message = {},
                                                 const QDateTime& retryAt = {});
    static PlatformResult<SendReceipt> sendFailure(PlatformOutcome::Status status, const QString& message = {},
                                                   PlatformFailure::Kind kind = PlatformFailure::Kind::Unknown);

private:
    PlatformResult<SendReceipt> act(const QString& what, const QString& target, const QString& text);

    Platform m_platform;
    int m_nextId = 1;
};

// One ScriptedClient per account name.
class ScriptedClients final : public ClientProvider
{
public:
    ScriptedClient& of(const QString& accountName, Platform platform = Platform::Twitter);
    Result<PlatformClient*> clientFor(const Account& account) override;
    QStringList missing; // accounts whose token is "not in the keychain"

private:
    std::map<QString, std::unique_ptr<ScriptedClient>> m_clients;
};

} // namespace moderation::test
