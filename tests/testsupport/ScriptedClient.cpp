#include "ScriptedClient.h"

using namespace Qt::StringLiterals;

namespace moderation::test {

QStringList ScriptedClient::callNames() const
{
    QStringList names;
    for (const Call& call : calls)
        names << call.what;
    return names;
}

PlatformResult<WatchPage> ScriptedClient::fetch(const QString& watch, const QString& cursor, const QString& pageToken,
                                                const QDateTime&)
{
    calls.append({ u"fetch"_s, watch, pageToken, cursor });
    if (pages.empty())
        return {};
    PlatformResult<WatchPage> next = pages.front();
    pages.pop_front();
    return next;
}

PlatformResult<SendReceipt> ScriptedClient::act(const QString& what, const QString& target, const QString& text)
{
    calls.append({ what, target, text, {} });
    PlatformResult<SendReceipt> result;
    if (!sends.empty()) {
        result = sends.front();
        sends.pop_front();
    }
    const bool happened = result.outcome.ok() || !result.value.platformId.isEmpty();
    if (happened && what == u"reply"_s) {
        const QString id = result.value.platformId.isEmpty() ? u"posted-%1"_s.arg(m_nextId++) : result.value.platformId;
        posted[target].append({ id, text });
        if (result.outcome.ok())
            result.value.platformId = id;
    }
    return result;
}

PlatformResult<SendReceipt> ScriptedClient::reply(const QString& target, const QString&, const QString& text)
{
    return act(u"reply"_s, target, text);
}

PlatformResult<SendReceipt> ScriptedClient::setHidden(const QString& target, bool hidden)
{
    return act(hidden ? u"hide"_s : u"unhide"_s, target, {});
}

PlatformResult<SendReceipt> ScriptedClient::remove(const QString& target)
{
    return act(u"delete"_s, target, {});
}

PlatformResult<std::optional<FoundReply>> ScriptedClient::findReply(const QString& target, const QString&,
                                                                    const QString& text)
{
    calls.append({ u"find"_s, target, text, {} });
    if (!finds.empty()) {
        auto next = finds.front();
        finds.pop_front();
        return next;
    }
    PlatformResult<std::optional<FoundReply>> result;
    for (const FoundReply& reply : posted.value(target)) {
        if (reply.text == text)
            result.value = reply;
    }
    return result;
}

PlatformOutcome ScriptedClient::outcome(PlatformOutcome::Status status, const QString& message, const QDateTime& retryAt)
{
    PlatformOutcome outcome;
    outcome.status = status;
    outcome.message = message;
    outcome.retryAt = retryAt;
    return outcome;
}

PlatformResult<WatchPage> ScriptedClient::page(QList<Comment> comments, const QString& nextPageToken,
                                               const QString& nextCursor)
{
    PlatformResult<WatchPage> result;
    result.value.comments = std::move(comments);
    result.value.nextPageToken = nextPageToken;
    result.value.nextCursor = nextCursor;
    return result;
}

PlatformResult<WatchPage> ScriptedClient::pageFailure(PlatformOutcome::Status status, const QString& message,
                                                      const QDateTime& retryAt)
{
    PlatformResult<WatchPage> result;
    result.outcome = outcome(status, message, retryAt);
    return result;
}

PlatformResult<SendReceipt> ScriptedClient::sendFailure(PlatformOutcome::Status status, const QString& message,
                                                        PlatformFailure::Kind kind)
{
    PlatformResult<SendReceipt> result;
    result.outcome = outcome(status, message);
    result.outcome.failure.kind = kind;
    return result;
}

ScriptedClient& ScriptedClients::of(const QString& accountName, Platform platform)
{
    auto& slot = m_clients[accountName];
    if (!slot)
        slot = std::make_unique<ScriptedClient>(platform);
    return *slot;
}

Result<PlatformClient*> ScriptedClients::clientFor(const Account& account)
{
    if (missing.contains(account.name))
        return Error(Error::Code::CredentialsMissing, u"the token of %1 is not in the keychain"_s.arg(account.name));
    return static_cast<PlatformClient*>(&of(account.name, account.platform));
}

} // namespace moderation::test
