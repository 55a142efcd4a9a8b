#pragma once

#include "model/Answer.h"
#include "model/Error.h"

#include <QList>

namespace moderation {

class Database;

// The answer library: one row per key with its current text, every earlier version kept in
// answer_versions. Imports are audited, one event per answer added or changed.
class AnswerStore
{
public:
    explicit AnswerStore(Database& database)
        : m_database(database)
    {
    }

    struct ImportResult
    {
        int added = 0;
        int changed = 0; // a new version; the earlier one kept
        int unchanged = 0;
    };
    // Stores the answers in one transaction: a new key is added, a changed one gets a new
    // version, an identical one changes nothing.
    Result<ImportResult> import(const QList<Answer>& answers, const QString& actor);

    Result<QList<Answer>> list(bool activeOnly = true) const; // by key
    Result<Answer> byKey(const QString& key) const; // NotFound
    Result<QList<Answer>> versionsOf(const QString& key) const; // earlier versions, oldest first

private:
    Database& m_database;
};

} // namespace moderation
