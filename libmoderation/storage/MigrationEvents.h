#pragma once

#include <QStringList>

namespace moderation::MigrationEvents {

// Migration 8: Office Hours events (routing/OfficeHoursEvents), on both engines: the events
// table, read by start and by end. On PostgreSQL, the shared site's grants: everyone reads the
// events; supervisors and admins schedule them, and supervisors open the case of a question
// they triage as answerable during one (the office-hours triage in the desk); the change feed
// names the table.

// Tables and indexes, written once with SchemaText's tokens.
const QStringList& tables();
// The PostgreSQL grants and change-feed trigger.
const QStringList& postgres();

} // namespace moderation::MigrationEvents
