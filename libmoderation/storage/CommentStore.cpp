#include "storage/CommentStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kColumns = u"c.id, c.platform, c.platform_id, c.source, c.author_id, c.author_handle, c.author_name, "
                         "c.text, c.lang, c.created_at, c.conversation_id, c.parent_platform_id, c.raw_json, c.removed, "
                         "COALESCE(a.name, ''), c.ours "_s;
const QString kFrom = u"FROM comments c LEFT JOIN accounts a ON a.id = c.account_id "_s;

Result<Comment> commentFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"comments");
    Comment c;
    c.id = q.value(0).toLongLong();
    c.platform = row.decoded<Platform>(1, u"platform", platformFromString);
    c.platformId = q.value(2).toString();
    c.source = row.decoded<Source>(3, u"source", sourceFromString);
    c.author.id = q.value(4).toString();
    c.author.handle = q.value(5).toString();
    c.author.name = q.value(6).toString();
    c.text = q.value(7).toString();
    c.lang = q.value(8).toString();
    c.createdAt = timestampFrom(q.value(9));
    c.conversationId = q.value(10).toString();
    c.parentId = q.value(11).toString();
    c.rawJson = q.value(12).toString().toUtf8();
    c.removed = q.value(13).toBool();
    c.accountName = q.value(14).toString();
    c.ours = q.value(15).toBool();
    if (!row.ok())
        return row.error();
    return c;
}

// Every comment of a query that selected kColumns, or its error.
Result<QList<Comment>> commentsFrom(Result<QSqlQuery>& q)
{
    if (!q)
        return q.error();
    QList<Comment> comments;
    while (q->next()) {
        Result<Comment> comment = commentFrom(*q);
        if (!comment)
            return comment.error();
        comments.append(std::move(comment).value());
    }
    return comments;
}

// WHERE clause and values for a filter: fixed SQL, user text only ever bound.
QString whereFor(const CommentFilter& filter, QVariantList& values)
{
    QStringList parts;
    if (filter.platform) {
        parts << u"c.platform = ?"_s;
        values << toString(*filter.platform);
    }
    if (!filter.textContains.isEmpty()) {
        parts << u"(LOWER(c.text) LIKE ? OR LOWER(c.author_name) LIKE ? OR LOWER(c.author_handle) LIKE ?)"_s;
        QString needle = filter.textContains.toLower();
        needle.replace(u'%', u' ').replace(u'_', u' ');
        needle = u'%' + needle + u'%';
        values << needle << needle << needle;
    }
    if (!filter.includeRemoved) {
        parts << u"c.removed = ?"_s;
        values << false;
    }
    return parts.isEmpty() ? QString() : u"WHERE "_s + parts.join(u" AND "_s) + u' ';
}

constexpr int kInsertColumnCount = 17;
constexpr int kMaxInsertBatch = 128;

// Rows per multi-row INSERT: the largest power of two that fits, so any page is stored with a
// few statements of at most eight shapes, each prepared once per connection. 128 rows bind
// 2,176 values, within SQLite's limit (32,766 since 3.32; RETURNING already needs 3.35).
int batchSizeFor(int remaining)
{
    int rows = kMaxInsertBatch;
    while (rows > remaining)
        rows /= 2;
    return rows;
}

// Fixed SQL text: only the number of rows varies, every value is bound.
QString buildInsertSql(int rows)
{
    QString sql = u"INSERT INTO comments (platform, platform_id, account_id, source, author_id, author_handle, "
                  "author_name, text, lang, created_at, conversation_id, parent_platform_id, raw_json, ingested_at, "
                  "updated_at, removed, ours) VALUES "_s;
    for (int r = 0; r < rows; ++r)
        sql += (r > 0 ? u", "_s : QString()) + u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    return sql + u" ON CONFLICT (platform, platform_id) DO NOTHING RETURNING id, platform, platform_id"_s;
}

// The texts for 1, 2, 4 … kMaxInsertBatch rows, built once (thread-safe static initialisation).
const QString& insertSql(int rows)
{
    static const QList<QString> texts = [] {
        QList<QString> built;
        for (int rows = 1; rows <= kMaxInsertBatch; rows *= 2)
            built.append(buildInsertSql(rows));
        return built;
    }();
    Q_ASSERT(rows > 0 && rows <= kMaxInsertBatch && (rows & (rows - 1)) == 0);
    int index = 0;
    while ((1 << index) < rows)
        ++index;
    return texts.at(index);
}

CommentKey keyOf(const Comment& comment)
{
    return { toString(comment.platform), comment.platformId };
}

} // namespace

Result<IngestResult> CommentStore::ingest(const QList<Comment>& page, const QString& actor, const QString& origin)
{
    // A page that cannot be stored whole is refused before it takes the write lock.
    for (const Comment& comment : page) {
        if (comment.platformId.isEmpty())
            return Error(Error::Code::InvalidInput, u"a comment without a platform id"_s);
        if (!comment.createdAt.isValid())
            return Error(Error::Code::InvalidInput, u"comment without a valid created_at"_s)
                .forRecord(comment.platformId);
    }

    bool batchFailed = false;
    auto stored = storePage(page, actor, origin, InsertMode::Batched, batchFailed);
    if (!stored && batchFailed) {
        // Nothing of the page was kept. Row by row, the refusal names the comment it is about.
        return storePage(page, actor, origin, InsertMode::RowByRow, batchFailed);
    }
    return stored;
}

Result<IngestResult> CommentStore::storePage(const QList<Comment>& page, const QString& actor, const QString& origin,
                                             InsertMode mode, bool& batchFailed)
{
    IngestResult result;
    const QString now = sqlTimestamp(m_database.clock().now());
    const Error error = m_database.transaction([&]() -> Error {
        // Each account a page names is looked up once (a page usually names one).
        QHash<QString, QVariant> accountIds;
        for (const Comment& comment : page) {
            if (comment.accountName.isEmpty() || accountIds.contains(comment.accountName))
                continue;
            auto account = m_database.execCached(u"SELECT id FROM accounts WHERE name = ?"_s, { comment.accountName });
            if (!account)
                return account.error();
            accountIds.insert(comment.accountName, account->next() ? account->value(0) : QVariant());
        }

        // The first comment of each (platform, platform id) is offered for insert; a repeat in the
        // same page is compared with it afterwards, in page order, as if it came in a later page.
        // An X edit whose earlier version is stored (under its id or an alias) is that comment, not a
        // new one: it is never offered for insert.
        auto stored = storedVersions(page);
        if (!stored)
            return stored.error();
        QHash<CommentKey, qint64> editsOf = std::move(stored).value();
        // An edit of a post earlier in this same page waits until that post is stored.
        QSet<QString> pageIds;
        for (const Comment& comment : page)
            pageIds.insert(comment.platformId);
        QList<int> offered;
        QList<Comment> deferred;
        QSet<CommentKey> seen;
        for (int i = 0; i < page.size(); ++i) {
            const Comment& comment = page.at(i);
            const CommentKey key = keyOf(comment);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (editsOf.contains(key))
                continue;
            const bool editOfThisPage = std::any_of(comment.editHistoryIds.cbegin(), comment.editHistoryIds.cend(),
                                                    [&](const QString& id) {
                                                        return id != comment.platformId && pageIds.contains(id);
                                                    });
            if (editOfThisPage)
                deferred.append(comment);
            else
                offered.append(i);
        }
        auto inserted = insertNew(page, offered, accountIds, now, mode, batchFailed);
        if (!inserted)
            return inserted.error();
        if (!deferred.isEmpty()) {
            auto found = storedVersions(deferred);
            if (!found)
                return found.error();
            editsOf.insert(*found);
        }

        QList<bool> isNew(page.size(), false);
        for (const int i : std::as_const(offered)) {
            const auto id = inserted->constFind(keyOf(page.at(i)));
            if (id == inserted->cend())
                continue;
            isNew[i] = true;
            ++result.inserted;
            result.insertedIds.append(id.value());
        }
        for (int i = 0; i < page.size(); ++i) {
            if (isNew.at(i))
                continue;
            const auto target = editsOf.constFind(keyOf(page.at(i)));
            const std::optional<qint64> storedId = target == editsOf.cend() ? std::nullopt
                                                                             : std::optional<qint64>(target.value());
            if (Error error = applyToStored(page.at(i), storedId, now, result); error.isError())
                return error;
        }

        if (result.inserted + result.edited + result.removed == 0)
            return {};
        AuditEvent event;
        event.actor = actor;
        event.action = u"comments.ingested"_s;
        event.entityType = u"comment_page"_s;
        event.entityId = origin.isEmpty() ? u"-"_s : origin;
        event.details.insert(u"inserted"_s, result.inserted);
        event.details.insert(u"edited"_s, result.edited);
        event.details.insert(u"removed"_s, result.removed);
        event.details.insert(u"unchanged"_s, result.unchanged);
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return result;
}

Result<QHash<CommentKey, qint64>> CommentStore::insertNew(const QList<Comment>& page, const QList<int>& offered,
                                                           const QHash<QString, QVariant>& accountIds,
                                                           const QString& now, InsertMode mode, bool& batchFailed)
{
    QHash<CommentKey, qint64> ids;
    ids.reserve(offered.size());
    for (int done = 0; done < offered.size();) {
        const int rows = mode == InsertMode::Batched ? batchSizeFor(int(offered.size()) - done) : 1;
        QVariantList values;
        values.reserve(rows * kInsertColumnCount);
        for (int r = 0; r < rows; ++r) {
            const Comment& comment = page.at(offered.at(done + r));
            values << toString(comment.platform) << comment.platformId << accountIds.value(comment.accountName)
                   << toString(comment.source) << comment.author.id << comment.author.handle << comment.author.name
                   << comment.text << comment.lang << sqlTimestamp(comment.createdAt) << comment.conversationId
                   << comment.parentId << QString::fromUtf8(comment.rawJson) << now << now << comment.removed
                   << comment.ours;
        }
        auto query = m_database.execCached(insertSql(rows), values);
        if (!query) {
            if (mode == InsertMode::RowByRow)
                return query.error().forRecord(page.at(offered.at(done)).platformId);
            batchFailed = true;
            return query.error();
        }
        while (query->next())
            ids.insert({ query->value(1).toString(), query->value(2).toString() }, query->value(0).toLongLong());
        done += rows;
    }
    return ids;
}

Result<QHash<CommentKey, qint64>> CommentStore::storedVersions(const QList<Comment>& page) const
{
    QHash<CommentKey, qint64> found;
    for (const Comment& comment : page) {
        const CommentKey key = keyOf(comment);
        if (found.contains(key))
            continue;
        bool edited = false;
        for (const QString& id : comment.editHistoryIds)
            edited = edited || id != comment.platformId;
        if (!edited)
            continue;
        // Stored under its own id: the ordinary path (an edit of it changes its text).
        {
            auto own = m_database.execCached(u"SELECT id FROM comments WHERE platform = ? AND platform_id = ?"_s,
                                             { key.first, key.second });
            if (!own)
                return own.error();
            if (own->next())
                continue;
        }
        // The newest stored version wins: its own id as an alias first, then the earlier ids.
        for (auto id = comment.editHistoryIds.crbegin(); id != comment.editHistoryIds.crend(); ++id) {
            auto stored = m_database.execCached(
                u"SELECT id FROM comments WHERE platform = ? AND platform_id = ? "
                "UNION ALL SELECT comment_id FROM comment_aliases WHERE platform = ? AND platform_id = ?"_s,
                { key.first, *id, key.first, *id });
            if (!stored)
                return stored.error();
            if (stored->next()) {
                found.insert(key, stored->value(0).toLongLong());
                break;
            }
        }
    }
    return found;
}

Error CommentStore::applyToStored(const Comment& comment, std::optional<qint64> storedId, const QString& now,
                                  IngestResult& result)
{
    // Already stored: only an edit or a removal changes anything.
    qint64 id = 0;
    QString oldText;
    QString oldRaw;
    bool wasRemoved = false;
    {
        auto existing = storedId
            ? m_database.execCached(u"SELECT id, text, raw_json, removed FROM comments WHERE id = ?"_s, { *storedId })
            : m_database.execCached(
                u"SELECT id, text, raw_json, removed FROM comments WHERE platform = ? AND platform_id = ?"_s,
                { toString(comment.platform), comment.platformId });
        if (!existing)
            return existing.error();
        if (!existing->next())
            return Error(Error::Code::Internal, u"comment vanished during ingest"_s).forRecord(comment.platformId);
        id = existing->value(0).toLongLong();
        oldText = existing->value(1).toString();
        oldRaw = existing->value(2).toString();
        wasRemoved = existing->value(3).toBool();
    }
    // An X edit under a new id: that id leads here from now on (a repeat finds it there already).
    bool newAlias = false;
    if (storedId) {
        auto alias = m_database.execCached(u"INSERT INTO comment_aliases (platform, platform_id, comment_id, created_at) "
                                           "VALUES (?, ?, ?, ?) ON CONFLICT (platform, platform_id) DO NOTHING"_s,
                                           { toString(comment.platform), comment.platformId, id, now });
        if (!alias)
            return alias.error();
        newAlias = alias->query().numRowsAffected() == 1;
    }
    if (comment.removed && !wasRemoved) {
        auto marked = m_database.execCached(u"UPDATE comments SET removed = ?, updated_at = ? WHERE id = ?"_s,
                                            { true, now, id });
        if (!marked)
            return marked.error();
        ++result.removed;
    } else if (!comment.removed && oldText != comment.text) {
        // A text this comment had before is a stale read (a page fetched before the edit,
        // replayed or delivered late), not a new edit: it must not undo the later text.
        // The price: an author who edits back to an earlier wording is not followed.
        {
            auto earlier = m_database.execCached(
                u"SELECT 1 FROM comment_history WHERE comment_id = ? AND text = ? LIMIT 1"_s, { id, comment.text });
            if (!earlier)
                return earlier.error();
            if (earlier->next()) {
                ++(newAlias ? result.edited : result.unchanged);
                return {};
            }
        }
        auto kept = m_database.execCached(
            u"INSERT INTO comment_history (comment_id, text, raw_json, replaced_at) VALUES (?, ?, ?, ?)"_s,
            { id, oldText, oldRaw, now });
        if (!kept)
            return kept.error();
        auto updated = m_database.execCached(u"UPDATE comments SET text = ?, raw_json = ?, updated_at = ? WHERE id = ?"_s,
                                             { comment.text, QString::fromUtf8(comment.rawJson), now, id });
        if (!updated)
            return updated.error();
        ++result.edited;
    } else if (newAlias) {
        // The same text under a new id (an edit of something else than the text): the platform's
        // newest object is kept, and the policy has nothing new to read.
        auto updated = m_database.execCached(u"UPDATE comments SET raw_json = ? WHERE id = ?"_s,
                                             { QString::fromUtf8(comment.rawJson), id });
        if (!updated)
            return updated.error();
        ++result.edited;
    } else {
        ++result.unchanged;
    }
    return {};
}

Result<Comment> CommentStore::byId(qint64 id) const
{
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom + u"WHERE c.id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no comment with id %1"_s.arg(id));
    return commentFrom(*q);
}

Result<Comment> CommentStore::byPlatformId(Platform platform, const QString& platformId) const
{
    // Its own id, or a later id an X edit gave it.
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom
                                 + u"WHERE c.id = (SELECT s.id FROM comments s WHERE s.platform = ? AND s.platform_id = ? "
                                   "UNION ALL SELECT l.comment_id FROM comment_aliases l WHERE l.platform = ? "
                                   "AND l.platform_id = ? LIMIT 1)"_s,
                             { toString(platform), platformId, toString(platform), platformId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no %1 comment %2"_s.arg(toString(platform), platformId));
    return commentFrom(*q);
}

Result<qint64> CommentStore::count(const CommentFilter& filter) const
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    auto q = m_database.exec(u"SELECT COUNT(*) "_s + kFrom + where, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> CommentStore::countUpTo(const CommentFilter& filter, qint64 cap) const
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    values << cap;
    auto q = m_database.exec(u"SELECT COUNT(*) FROM (SELECT 1 "_s + kFrom + where + u"LIMIT ?) AS capped"_s, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<Comment>> CommentStore::list(const CommentFilter& filter, const std::optional<CommentCursor>& after,
                                          int limit) const
{
    QVariantList values;
    QString where = whereFor(filter, values);
    if (after) {
        // A row value walks the (created_at, id) index from the cursor on both engines.
        where += (where.isEmpty() ? u"WHERE "_s : u"AND "_s) + u"(c.created_at, c.id) < (?, ?) "_s;
        values << sqlTimestamp(after->createdAt) << after->id;
    }
    values << limit;
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom + where + u"ORDER BY c.created_at DESC, c.id DESC LIMIT ?"_s,
                             values);
    return commentsFrom(q);
}

Result<QList<Comment>> CommentStore::createdBetween(const QDateTime& from, const QDateTime& until, qint64 afterId,
                                                    int limit) const
{
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom
                                 + u"WHERE c.created_at >= ? AND c.created_at < ? AND c.id > ? ORDER BY c.id LIMIT ?"_s,
                             { sqlTimestamp(from), sqlTimestamp(until), afterId, limit });
    return commentsFrom(q);
}

Result<QList<Comment>> CommentStore::undecided(int limit) const
{
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom
                                 + u"WHERE c.ours = ? AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.comment_id = c.id "
                                   "AND d.decided_at >= c.updated_at) "
                                   "ORDER BY c.created_at, c.id LIMIT ?"_s,
                             { false, limit });
    return commentsFrom(q);
}

Result<QList<Comment>> CommentStore::inConversation(Platform platform, const QString& conversationId,
                                                    int limit) const
{
    if (conversationId.isEmpty())
        return QList<Comment> {};
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom
                                 + u"WHERE c.platform = ? AND c.conversation_id = ? ORDER BY c.created_at, c.id LIMIT ?"_s,
                             { toString(platform), conversationId, limit });
    return commentsFrom(q);
}

Result<QList<Comment>> CommentStore::byAuthor(Platform platform, const QString& authorId, int limit) const
{
    if (authorId.isEmpty())
        return QList<Comment> {};
    // The comments_author index (platform, author_id, created_at) serves this order.
    auto q = m_database.exec(u"SELECT "_s + kColumns + kFrom
                                 + u"WHERE c.platform = ? AND c.author_id = ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?"_s,
                             { toString(platform), authorId, limit });
    return commentsFrom(q);
}

Result<QStringList> CommentStore::history(qint64 commentId) const
{
    auto q = m_database.exec(u"SELECT text FROM comment_history WHERE comment_id = ? ORDER BY id"_s, { commentId });
    if (!q)
        return q.error();
    QStringList texts;
    while (q->next())
        texts.append(q->value(0).toString());
    return texts;
}

} // namespace moderation
