#include "storage/StoreAuthorActivity.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace moderation {

int StoreAuthorActivity::countWithin(const Comment& comment, qint64 seconds) const
{
    if (!comment.createdAt.isValid())
        return 0;
    const QString until = sqlTimestamp(comment.createdAt);
    const QString since = sqlTimestamp(comment.createdAt.addSecs(-seconds));
    Result<QSqlQuery> q = comment.author.id.isEmpty()
        ? m_database.exec(u"SELECT COUNT(*) FROM comments WHERE platform = ? AND LOWER(author_handle) = ? "
                          "AND created_at >= ? AND created_at <= ?"_s,
                          { toString(comment.platform), comment.author.handle.toLower(), since, until })
        : m_database.exec(u"SELECT COUNT(*) FROM comments WHERE platform = ? AND author_id = ? "
                          "AND created_at >= ? AND created_at <= ?"_s,
                          { toString(comment.platform), comment.author.id, since, until });
    if (!q || !q->next()) {
        if (!m_error.isError())
            m_error = (q ? Error(Error::Code::Internal, u"the count returned no row"_s) : q.error())
                          .prefixed(u"counting the author's recent comments for a repeat rule"_s);
        return 0;
    }
    return q->value(0).toInt();
}

Error StoreAuthorActivity::takeError()
{
    return std::exchange(m_error, Error());
}

} // namespace moderation
