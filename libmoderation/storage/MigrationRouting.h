#pragma once

#include <QStringList>

namespace moderation::MigrationRouting {

// Migration 4: the work around the guards (issue 18): users' password hashes for a single seat,
// queues with office hours and a breach queue, why a case is in its state, and the indexes the
// router's claims use. Tables written once with SchemaText's tokens.
const QStringList& tables();
// The hide guard (an outbox hide comes from an automatic hide decision or a recorded confirmation
// of a proposed one), per engine, its conditions marked for tools/mutate-guards.sh.
const QStringList& sqliteTriggers();
const QStringList& postgresTriggers();

} // namespace moderation::MigrationRouting
