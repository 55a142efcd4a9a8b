#pragma once

#include "connectors/DemoData.h"

#include <QCoreApplication>
#include <optional>

namespace moderation {

class Database;

// What the app does the first time it starts on a store: an empty single-seat store gets the
// demo data, so a new user sees a working inbox rather than an empty table.
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(moderation::FirstStart)

public:
    // The demo load's result when the store was empty and got the demo; std::nullopt when the
    // store already held comments or accounts.
    static Result<std::optional<DemoLoadResult>> loadDemoIfEmpty(Database& database);
    // "Loaded 312 demo comments" for the status bar.
    static QString summary(const DemoLoadResult& result);
};

} // namespace moderation
