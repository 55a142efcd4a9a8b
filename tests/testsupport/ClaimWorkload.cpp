#include "ClaimWorkload.h"

#include "CommentBuilders.h"

#include "model/User.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/UserStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {
const QStringList kQueues { u"general"_s, u"benefits"_s, u"security"_s };
// UserStore refuses a capacity above this (a typo guard for people, not a limit of the schema).
constexpr int kMostThroughUserStore = 1000;
} // namespace

QString agentLogin(int n)
{
    return u"agent%1"_s.arg(n);
}

Result<QList<qint64>> addAgents(Database& database, int count, int capacity)
{
    QList<qint64> ids;
    UserStore users(database);
    for (int n = 0; n < count; ++n) {
        User user;
        user.login = agentLogin(n);
        user.roles = { Role::Agent };
        user.queues = n % 2 == 0 ? QStringList() : kQueues;
        user.capacity = std::min(capacity, kMostThroughUserStore);
        auto id = users.add(user, {}, {}, 0, u"admin"_s);
        if (!id)
            return id.error().prefixed(u"adding "_s + user.login);
        ids << *id;
    }
    if (capacity > kMostThroughUserStore) {
        auto raised = database.exec(u"UPDATE users SET capacity = ?"_s, { capacity });
        if (!raised)
            return raised.error().prefixed(u"raising the agents' capacity"_s);
    }
    return ids;
}

Error addWaitingCases(Database& database, int count)
{
    const QList<Comment> comments = demoLikeComments(count);
    CommentStore store(database);
    for (qsizetype offset = 0; offset < comments.size(); offset += 1000) {
        auto stored = store.ingest(comments.mid(offset, 1000), u"test"_s);
        if (!stored)
            return stored.error().prefixed(u"storing the comments"_s);
    }
    // Columns copied from the comment, so the statement binds nothing and reads the same on both
    // engines (their timestamp types differ). The deadlines lie in the comments' past and are
    // marked breached already, as the SLA sweep would have: claims meet a sweep with nothing to do.
    auto opened = database.exec(
        u"INSERT INTO cases (comment_id, queue, priority, state, sla_due_at, sla_breached_at, created_at, updated_at) "
        "SELECT id, CASE id % 3 WHEN 0 THEN 'general' WHEN 1 THEN 'benefits' ELSE 'security' END, "
        "CASE id % 4 WHEN 0 THEN 'urgent' WHEN 1 THEN 'high' WHEN 2 THEN 'normal' ELSE 'low' END, 'new', "
        "CASE WHEN id % 3 = 0 THEN NULL ELSE created_at END, CASE WHEN id % 3 = 0 THEN NULL ELSE created_at END, "
        "created_at, created_at FROM comments"_s);
    if (!opened)
        return opened.error().prefixed(u"opening the cases"_s);
    if (opened->numRowsAffected() != count)
        return Error(Error::Code::Internal,
                     u"opened %1 cases for %2 comments"_s.arg(opened->numRowsAffected()).arg(count));
    return {};
}

} // namespace moderation::test
