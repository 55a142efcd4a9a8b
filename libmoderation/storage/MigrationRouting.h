#pragma once

#include <QStringList>

namespace moderation::MigrationRouting {

// Migration 4: the work around the guards (issue 18): users' password hashes for a single seat,
// queues with office hours and a breach queue, why a case is in its state, and the indexes the
// router's claims use. Tables written once with SchemaText's tokens.
const QStringList& tables();

} // namespace moderation::MigrationRouting
