#include "storage/AnswerStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelect
    = u"SELECT id, key, title, body, lang, category, link, active, version, updated_at, updated_by FROM answers "_s;

Answer answerFrom(const QSqlQuery& q)
{
    Answer a;
    a.id = q.value(0).toLongLong();
    a.key = q.value(1).toString();
    a.title = q.value(2).toString();
    a.body = q.value(3).toString();
    a.lang = q.value(4).toString();
    a.category = q.value(5).toString();
    a.link = q.value(6).toString();
    a.active = q.value(7).toBool();
    a.version = q.value(8).toInt();
    a.updatedAt = timestampFrom(q.value(9));
    a.updatedBy = q.value(10).toString();
    return a;
}

bool sameText(const Answer& a, const Answer& b)
{
    return a.title == b.title && a.body == b.body && a.lang == b.lang && a.category == b.category && a.link == b.link;
}

} // namespace

Result<AnswerStore::ImportResult> AnswerStore::import(const QList<Answer>& answers, const QString& actor)
{
    ImportResult result;
    const Error error = m_database.transaction([&]() -> Error {
        const QString now = sqlTimestamp(m_database.clock().now());
        for (const Answer& answer : answers) {
            auto existing = byKey(answer.key);
            if (!existing && existing.error().code() != Error::Code::NotFound)
                return existing.error();
            AuditEvent event;
            event.actor = actor;
            event.entityType = u"answer"_s;
            event.entityId = answer.key;
            if (!existing) {
                auto inserted = m_database.exec(u"INSERT INTO answers (key, title, body, lang, category, link, active, "
                                                "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s,
                                                { answer.key, answer.title, answer.body, answer.lang, answer.category,
                                                  answer.link, true, now, actor });
                if (!inserted)
                    return inserted.error().prefixed(u"adding answer %1"_s.arg(answer.key));
                event.action = u"answer.added"_s;
                event.details.insert(u"version"_s, 1);
                ++result.added;
            } else if (sameText(*existing, answer)) {
                ++result.unchanged;
                continue;
            } else {
                auto kept = m_database.exec(u"INSERT INTO answer_versions (answer_id, version, title, body, lang, "
                                            "category, link, replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                            { existing->id, existing->version, existing->title, existing->body,
                                              existing->lang, existing->category, existing->link, now, actor });
                if (!kept)
                    return kept.error();
                auto updated = m_database.exec(u"UPDATE answers SET title = ?, body = ?, lang = ?, category = ?, link = ?, "
                                               "active = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                               "WHERE id = ?"_s,
                                               { answer.title, answer.body, answer.lang, answer.category, answer.link,
                                                 true, now, actor, existing->id });
                if (!updated)
                    return updated.error();
                event.action = u"answer.changed"_s;
                event.details.insert(u"version"_s, existing->version + 1);
                ++result.changed;
            }
            if (Error audit = AuditStore(m_database).append(event); audit.isError())
                return audit;
        }
        return {};
    });
    if (error.isError())
        return error;
    return result;
}

Result<QList<Answer>> AnswerStore::list(bool activeOnly) const
{
    auto q = m_database.exec(kSelect + (activeOnly ? u"WHERE active = ? "_s : u"WHERE active = active OR ? "_s)
                                 + u"ORDER BY key"_s,
                             { true });
    if (!q)
        return q.error();
    QList<Answer> answers;
    while (q->next())
        answers.append(answerFrom(*q));
    return answers;
}

Result<Answer> AnswerStore::byKey(const QString& key) const
{
    auto q = m_database.exec(kSelect + u"WHERE key = ?"_s, { key });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no answer \"%1\" in the library"_s.arg(key));
    return answerFrom(*q);
}

Result<QList<Answer>> AnswerStore::versionsOf(const QString& key) const
{
    auto current = byKey(key);
    if (!current)
        return current.error();
    auto q = m_database.exec(u"SELECT version, title, body, lang, category, link, replaced_at, replaced_by "
                             "FROM answer_versions WHERE answer_id = ? ORDER BY version"_s,
                             { current->id });
    if (!q)
        return q.error();
    QList<Answer> versions;
    while (q->next()) {
        Answer a = *current;
        a.version = q->value(0).toInt();
        a.title = q->value(1).toString();
        a.body = q->value(2).toString();
        a.lang = q->value(3).toString();
        a.category = q->value(4).toString();
        a.link = q->value(5).toString();
        a.updatedAt = timestampFrom(q->value(6));
        a.updatedBy = q->value(7).toString();
        versions.append(a);
    }
    return versions;
}

} // namespace moderation
