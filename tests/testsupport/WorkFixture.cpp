#include "WorkFixture.h"

#include "routing/SlaClock.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/UserStore.h"

namespace moderation::test {

qint64 WorkTest::addUser(const QString& login, const QList<Role>& roles, const QStringList& queues, int capacity,
                         User::Presence presence)
{
    User user;
    user.login = login;
    user.roles = roles;
    user.queues = queues;
    user.capacity = capacity;
    user.presence = presence;
    auto id = UserStore(db()).add(user, {}, {}, 0, QStringLiteral("admin"));
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    return id.ok() ? *id : 0;
}

Case WorkTest::openCase(const QString& platformId, const QString& queue, Priority priority,
                        std::optional<qint64> slaSeconds, const QString& conversation, Platform platform,
                        const QString& accountName)
{
    CommentBuilder builder = platform == Platform::Twitter ? tweet(platformId, QStringLiteral("When is my interview?"))
                                                           : pageComment(platformId, QStringLiteral("When is my interview?"));
    builder.at(m_clock.now());
    if (!conversation.isEmpty())
        builder.conversation(conversation);
    if (!accountName.isEmpty())
        builder.account(accountName);
    auto ingested = CommentStore(db()).ingest({ builder });
    EXPECT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
    if (!ingested.ok() || ingested->insertedIds.isEmpty())
        return {};
    auto sla = SlaClock(db()).deadline(queue, slaSeconds, m_clock.now());
    EXPECT_TRUE(sla.ok()) << sla.error().toString().toStdString();
    if (!sla.ok())
        return {};
    auto opened = CaseStore(db()).open(ingested->insertedIds.first(), std::nullopt, queue, priority, *sla,
                                       QStringLiteral("policy"));
    EXPECT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    return opened.ok() ? *opened : Case {};
}

Case WorkTest::reload(qint64 caseId)
{
    auto read = CaseStore(db()).byId(caseId);
    EXPECT_TRUE(read.ok()) << read.error().toString().toStdString();
    return read.ok() ? *read : Case {};
}

} // namespace moderation::test
