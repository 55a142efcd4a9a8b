#include "sync/DemoLoader.h"

#include "connectors/DemoRecording.h"
#include "json/InputFile.h"
#include "review/AnswerLibrary.h"
#include "storage/AnswerStore.h"
#include "routing/Router.h"
#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/UserStore.h"
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

// The demo's people, when the store has none of them yet.
Result<int> ensureUsers(Database& database)
{
    struct Person
    {
        const char16_t* login;
        const char16_t* name;
        Role role;
    };
    static const Person people[] = { { u"demo.agent", u"Dana Agent", Role::Agent },
                                     { u"demo.reviewer", u"Rafael Reviewer", Role::Reviewer },
                                     { u"demo.supervisor", u"Sam Supervisor", Role::Supervisor } };
    UserStore users(database);
    int added = 0;
    for (const Person& person : people) {
        auto existing = users.byLogin(QString::fromUtf16(person.login));
        if (existing)
            continue;
        if (existing.error().code() != Error::Code::NotFound)
            return existing.error();
        User user;
        user.login = QString::fromUtf16(person.login);
        user.displayName = QString::fromUtf16(person.name);
        user.roles = { person.role };
        user.capacity = 5;
        auto id = users.add(user, {}, {}, 0, u"demo"_s);
        if (!id)
            return id.error();
        ++added;
    }
    // The mark that lets the desk switch among these people without passwords (single seat).
    if (const Error marked = SettingsStore(database).markDemo(u"demo"_s); marked.isError())
        return marked;
    return added;
}

// The sample answer library, so the demo inbox can be answered from it.
Result<int> loadAnswers(Database& database)
{
    const QString path = u":/answers/answers.json"_s;
    auto bytes = InputFile::read(path, InputFile::kPolicyMaxBytes, u"the sample answers"_s);
    if (!bytes)
        return bytes.error();
    auto answers = AnswerLibrary::read(*bytes, path);
    if (!answers)
        return answers.error();
    auto imported = AnswerStore(database).import(*answers, u"demo"_s);
    if (!imported)
        return imported.error();
    return imported->added;
}

// What a demo store has besides its comments: accounts, people, answers.
Result<DemoLoadResult> prepareFrom(Database& database, const DemoManifest& manifest)
{
    DemoLoadResult result;
    auto added = ensureAccounts(database, manifest.accounts);
    if (!added)
        return added.error();
    result.accountsAdded = *added;
    auto people = ensureUsers(database);
    if (!people)
        return people.error();
    result.usersAdded = *people;
    auto answers = loadAnswers(database);
    if (!answers)
        return answers.error();
    result.answersAdded = *answers;
    return result;
}

const QString kDemoPolicy = u":/policies/office-hours.json"_s;

} // namespace

Result<DemoLoadResult> DemoLoader::prepare(Database& database)
{
    return prepare(database, QString::fromUtf16(DemoRecording::kBundledFolder));
}

Result<DemoLoadResult> DemoLoader::prepare(Database& database, const QString& folder)
{
    auto manifest = DemoRecording::readManifest(folder);
    if (!manifest)
        return manifest.error();
    auto prepared = prepareFrom(database, *manifest);
    if (!prepared)
        return prepared.error();
    auto policy = Triage::ensureActive(database, kDemoPolicy, u"demo"_s);
    if (!policy)
        return policy.error().prefixed(u"activating the demo policy"_s);
    return prepared;
}

Result<DemoLoadResult> DemoLoader::load(Database& database)
{
    return load(database, QString::fromUtf16(DemoRecording::kBundledFolder));
}

Result<DemoLoadResult> DemoLoader::load(Database& database, const QString& folder)
{
    auto manifest = DemoRecording::readManifest(folder);
    if (!manifest)
        return manifest.error();

    auto prepared = prepareFrom(database, *manifest);
    if (!prepared)
        return prepared.error();
    DemoLoadResult result = *prepared;

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
    auto policy = Triage::ensureActive(database, kDemoPolicy, u"demo"_s);
    if (!policy)
        return policy.error().prefixed(u"activating the demo policy"_s);
    auto triaged = Triage(database, policy->engine, policy->versionId).decidePending();
    if (!triaged)
        return triaged.error().prefixed(u"applying the demo policy"_s);
    result.decisions = triaged->decided;
    result.cases = triaged->casesOpened;
    result.slaBreached = triaged->slaBreached;
    // And routes the work, as a sync run does: the demo agent starts with cases in hand.
    auto assigned = Router(database).assignWaiting(u"system"_s);
    if (!assigned)
        return assigned.error().prefixed(u"routing the demo cases"_s);
    result.assigned = *assigned;
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
