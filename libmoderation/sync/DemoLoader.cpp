#include "sync/DemoLoader.h"

#include "connectors/DemoRecording.h"
#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "sync/Triage.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// Creates the accounts that are missing; refuses to reuse a name that belongs to another account.
Result<int> ensureAccounts(Database& database, const QList<Account>& accounts)
{
    AccountStore store(database);
    int added = 0;
    for (const Account& account : accounts) {
        auto existing = store.byName(account.name);
        if (existing) {
            if (existing->platform != account.platform || existing->externalId != account.externalId)
                return Error(Error::Code::Conflict,
                             u"an account named %1 already exists and is not the demo account"_s.arg(account.name));
            continue;
        }
        if (existing.error().code() != Error::Code::NotFound)
            return existing.error();
        auto id = store.add(account, u"system"_s);
        if (!id)
            return id.error();
        ++added;
    }
    return added;
}

} // namespace

Result<DemoLoadResult> DemoLoader::load(Database& database)
{
    return load(database, QString::fromUtf16(DemoRecording::kBundledFolder));
}

Result<DemoLoadResult> DemoLoader::load(Database& database, const QString& folder)
{
    auto manifest = DemoRecording::readManifest(folder);
    if (!manifest)
        return manifest.error();

    DemoLoadResult result;
    auto added = ensureAccounts(database, manifest->accounts);
    if (!added)
        return added.error();
    result.accountsAdded = *added;

    CommentStore comments(database);
    for (const DemoPage& page : manifest->pages) {
        auto parsed = DemoRecording::readPage(folder, *manifest, page);
        if (!parsed)
            return parsed.error();
        // One transaction and one audit event per page, as a connector stores what it reads.
        auto ingested = comments.ingest(*parsed, u"system"_s, u"demo/"_s + page.file);
        if (!ingested)
            return ingested.error().prefixed(u"storing %1"_s.arg(QDir(folder).filePath(page.file)));
        result.comments += ingested->inserted;
        result.alreadyStored += ingested->unchanged;
        result.edited += ingested->edited;
        ++result.pages;
    }

    // The demo leaves a working inbox: the bundled office-hours policy (activated when the store
    // has none) decides every comment not yet decided, and routes the work (DESIGN.md).
    auto policy = Triage::ensureActive(database, u":/policies/office-hours.json"_s, u"demo"_s);
    if (!policy)
        return policy.error().prefixed(u"activating the demo policy"_s);
    auto triaged = Triage(database, policy->engine, policy->versionId).decidePending();
    if (!triaged)
        return triaged.error().prefixed(u"applying the demo policy"_s);
    result.decisions = triaged->decided;
    result.cases = triaged->casesOpened;
    return result;
}

Result<bool> DemoLoader::storeIsEmpty(Database& database)
{
    auto comments = CommentStore(database).count();
    if (!comments)
        return comments.error();
    auto accounts = AccountStore(database).count();
    if (!accounts)
        return accounts.error();
    return *comments == 0 && *accounts == 0;
}

} // namespace moderation
