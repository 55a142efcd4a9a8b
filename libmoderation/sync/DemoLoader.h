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
    int slaBreached = 0; // cases the triage run's SLA sweep found overdue
    int usersAdded = 0; // the demo's agent, reviewer and supervisor
    int assigned = 0; // cases routed to the demo agent
    int answersAdded = 0; // the sample answer library
};

// Loads a demo recording (connectors/DemoRecording) into a store as sync would: the accounts,
// then each page ingested in its own transaction with one audit event, then the bundled
// office-hours policy (activated when the store has none) decides every comment and opens the
// cases. The demo's people come too: demo.agent, demo.reviewer and demo.supervisor (no
// password: a demo store needs none). Loading twice stores nothing new.
namespace DemoLoader {

// The bundled set.
Result<DemoLoadResult> load(Database& database);
// The same from another folder holding a manifest.json and its pages (tests, recordings). A bad
// page stops the load with an Error naming the file and the JSON path (or byte offset); the
// pages before it stay stored.
Result<DemoLoadResult> load(Database& database, const QString& folder);

// The demo store without its comments: the accounts, the people, the answers and the active
// office-hours policy, so that the comments come by sync (sync/DemoClients replays the recording
// "live"). Preparing twice adds nothing; `comments` and `pages` stay 0.
Result<DemoLoadResult> prepare(Database& database);
Result<DemoLoadResult> prepare(Database& database, const QString& folder);

// Whether the store holds no comments and no accounts: the desktop app's cue to load the demo.
Result<bool> storeIsEmpty(Database& database);

} // namespace DemoLoader

} // namespace moderation
