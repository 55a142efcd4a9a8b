#pragma once

#include <QStringList>

namespace moderation::MigrationSite {

// Migration 5, PostgreSQL only (a SQLite store is a single seat): the shared site. Each person
// signs in as their own LOGIN role, a member of the NOLOGIN groups md_agent, md_reviewer,
// md_supervisor and md_admin (cluster-wide, created when missing); grants, row-level security and
// triggers decide what each group may write, so that a modified client holds no more power than
// the person using it. The role that runs `db migrate` owns the tables and is the site's set-up
// and sync role. Changes to cases, drafts, reviews, outbox and comments NOTIFY the channel
// md_changes with the table's name (storage/ChangeFeed). docs/SECURITY.md "Shared site" lists
// which guard refuses what and the test that attacks it.
const QStringList& postgres();

// The groups, by app role: "md_" + the role's wire name.
QString groupOf(const QString& role);

} // namespace moderation::MigrationSite
