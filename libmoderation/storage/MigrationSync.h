#pragma once

#include <QStringList>

namespace moderation::MigrationSync {

// Migration 6: what sync and the outbox's dispatcher need, on both engines. Accounts get a state
// reason and quotas, with usage counted in fixed windows; comments know which are our own posts
// and which later ids an X edit gave them; payload items that cannot be read are quarantined;
// the audit chain gets signed daily checkpoints, append-only like the log. The outbox's states
// move only as DESIGN.md "Outbox states" draws them, a sent entry is final, and only our own
// post can be deleted. On PostgreSQL, the shared site's grants for the new tables.
//
// Guard conditions carry MigrationGuards' /*and*/ /*or*/ markers (tools/mutate-guards.sh).

// Tables and indexes, written once with SchemaText's tokens.
const QStringList& tables();
const QStringList& sqliteTriggers();
// The PostgreSQL triggers, then the shared site's grants and row-level security.
const QStringList& postgres();

} // namespace moderation::MigrationSync
