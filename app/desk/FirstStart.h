#pragma once

#include "sync/DemoLoader.h"

#include <QCoreApplication>
#include <optional>

namespace moderation {

class Database;

// What the app does the first time it starts on a store: an empty single-seat (SQLite) store
// gets the demo data, so a new user sees a working inbox rather than an empty table. A shared
// PostgreSQL site never does (DESIGN.md): its first start is an administrator's, and demo
// comments there would mix with the agency's real ones (`moderationctl demo load` still loads
// them on purpose, on either engine).
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(moderation::FirstStart)

public:
    // The demo load's result when the store was an empty SQLite store and got the demo;
    // std::nullopt when it already held comments or accounts, or is a shared PostgreSQL site.
    static Result<std::optional<DemoLoadResult>> loadDemoIfEmpty(Database& database);
    // "Loaded 312 demo comments" for the status bar.
    static QString summary(const DemoLoadResult& result);
};

} // namespace moderation
