#pragma once

#include <QStringList>

namespace moderation::MigrationReports {

// Migration 7: what the reports and the records export need, on both engines. The site's
// settings (`settings set`: the reports' time zone, the agency's name and logo), one row a key,
// and the audit log read by time (the records export and the reports take a stretch of it). On
// PostgreSQL, the shared site's grants for the new table: everyone reads the settings, only
// supervisors and admins write them.

// Tables and indexes, written once with SchemaText's tokens.
const QStringList& tables();
// The PostgreSQL grants.
const QStringList& postgres();

} // namespace moderation::MigrationReports
