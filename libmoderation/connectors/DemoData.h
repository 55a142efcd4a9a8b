#pragma once

#include "model/Error.h"

#include <QString>

namespace moderation {

class Database;

struct DemoLoadResult
{
    int comments = 0; // newly stored
    int alreadyStored = 0; // read again: already stored with this text, or a stale earlier text
    int edited = 0; // stored before with another text: updated, the earlier text kept in history
    int pages = 0; // pages read
    int accountsAdded = 0;
    int decisions = 0; // comments classified by the bundled office-hours policy
    int cases = 0; // cases opened for respond / escalate decisions
};

// The bundled synthetic data set: X API v2 mentions and search pages and Graph API comment
// pages, recorded in the platforms' own JSON (resources/demo/, written by
// tools/make-demo-data.py). Loading it twice stores nothing new.
namespace DemoData {

// The folder of the bundled set, inside the library's resources.
inline constexpr char16_t kBundledFolder[] = u":/demo";

// Creates the demo accounts, then reads the manifest's pages in order and ingests each in its
// own transaction with one audit event. A bad page stops the load with an Error naming the file
// and the JSON path (or byte offset); the pages before it stay stored.
Result<DemoLoadResult> load(Database& database);
// The same from another folder holding a manifest.json and its pages (tests, recordings).
Result<DemoLoadResult> load(Database& database, const QString& folder);

// Whether the store holds no comments and no accounts: the desktop app's cue to load the demo.
Result<bool> storeIsEmpty(Database& database);

} // namespace DemoData

} // namespace moderation
