#pragma once

#include "model/Error.h"

namespace moderation {

class Database;

struct DemoLoadResult
{
    int comments = 0; // newly stored
    int alreadyStored = 0;
    int decisions = 0; // comments classified by the bundled office-hours policy
    int cases = 0; // cases opened for respond / escalate decisions
};

// The bundled synthetic data set: X API v2 mentions and search pages and Graph API comment
// pages, recorded in the platforms' own JSON (resources/demo/). Loading it twice stores nothing
// new.
namespace DemoData {

Result<DemoLoadResult> load(Database& database);

// Whether the store holds no comments and no accounts: the desktop app's cue to load the demo.
Result<bool> storeIsEmpty(Database& database);

} // namespace DemoData

} // namespace moderation
