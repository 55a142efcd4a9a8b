#pragma once

#include <QStringList>

namespace moderation::MigrationGuards {

// Migration 3: every guard trigger of the schema written anew, on both engines, so that the
// current guards live in one place (storage/MigrationGuards.cpp). docs/SECURITY.md lists the
// threat each one answers and the test that attacks it.
//
// Each condition of a guard is marked /*and*/ … /*end*/ (part of a chain of conditions that must
// all hold) or /*or*/ … /*end*/ (one of alternatives): tools/mutate-guards.sh removes each in turn
// (true for an /*and*/, false for an /*or*/), rebuilds and runs the storage and audit tests, and
// lists every removal no test noticed. Keep the markers when changing a guard.

// Tables and indexes, written once with SchemaText's tokens.
const QStringList& tables();
const QStringList& sqliteTriggers();
const QStringList& postgresTriggers();

} // namespace moderation::MigrationGuards
