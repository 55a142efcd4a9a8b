#include "connectors/DemoData.h"

#include "connectors/FacebookPayload.h"
#include "connectors/PayloadReader.h"
#include "connectors/TwitterPayload.h"
#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "sync/Triage.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Need = PayloadReader::Need;

const QString kFormat = u"moderation-desk-demo/1"_s;

struct DemoPage
{
    QString file;
    Platform platform = Platform::Twitter;
    Source source = Source::Mention;
    QString account;
    QString postId; // Facebook: the post whose comments the page holds
};

struct Manifest
{
    QList<Account> accounts;
    QList<DemoPage> pages;
};

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, u"cannot read the demo file: %1"_s.arg(file.errorString())).at(path);
    return file.readAll();
}

Result<Platform> platformAt(const PayloadReader& reader, const QJsonObject& object, const QString& path)
{
    auto text = reader.string(object, path, u"platform"_s, Need::Required);
    if (!text)
        return text.error();
    const auto platform = platformFromString(*text);
    if (!platform)
        return reader.error(PayloadReader::member(path, u"platform"_s),
            u"expected \"twitter\" or \"facebook\", found \"%1\""_s.arg(*text));
    return *platform;
}

Result<Manifest> readManifest(const QString& folder)
{
    const QString path = QDir(folder).filePath(u"manifest.json"_s);
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const PayloadReader reader(path);
    auto root = reader.parseObject(*bytes);
    if (!root)
        return root.error();
    auto format = reader.string(*root, u"$"_s, u"format"_s, Need::Required);
    if (!format)
        return format.error();
    if (*format != kFormat)
        return reader.error(u"$.format"_s, u"expected \"%1\", found \"%2\""_s.arg(kFormat, *format));

    Manifest manifest;
    auto accounts = reader.array(*root, u"$"_s, u"accounts"_s, Need::Required);
    if (!accounts)
        return accounts.error();
    for (qsizetype i = 0; i < accounts->size(); ++i) {
        const QString at = PayloadReader::index(u"$.accounts"_s, i);
        auto object = reader.element(*accounts, u"$.accounts"_s, i);
        if (!object)
            return object.error();
        Account account;
        auto platform = platformAt(reader, *object, at);
        auto name = reader.string(*object, at, u"name"_s, Need::Required);
        auto externalId = reader.string(*object, at, u"external_id"_s, Need::Required);
        auto baseUrl = reader.string(*object, at, u"base_url"_s, Need::Optional);
        auto watches = reader.array(*object, at, u"watches"_s, Need::Optional);
        for (const Error& error :
            { platform.error(), name.error(), externalId.error(), baseUrl.error(), watches.error() }) {
            if (error.isError())
                return error;
        }
        account.platform = *platform;
        account.name = *name;
        account.externalId = *externalId;
        account.baseUrl = *baseUrl;
        for (qsizetype w = 0; w < watches->size(); ++w) {
            if (!watches->at(w).isString())
                return reader.error(
                    PayloadReader::index(PayloadReader::member(at, u"watches"_s), w), u"expected a string"_s);
            account.watches.append(watches->at(w).toString());
        }
        manifest.accounts.append(account);
    }

    auto pages = reader.array(*root, u"$"_s, u"pages"_s, Need::Required);
    if (!pages)
        return pages.error();
    for (qsizetype i = 0; i < pages->size(); ++i) {
        const QString at = PayloadReader::index(u"$.pages"_s, i);
        auto object = reader.element(*pages, u"$.pages"_s, i);
        if (!object)
            return object.error();
        DemoPage page;
        auto file = reader.string(*object, at, u"file"_s, Need::Required);
        auto platform = platformAt(reader, *object, at);
        auto source = reader.string(*object, at, u"source"_s, Need::Required);
        auto account = reader.string(*object, at, u"account"_s, Need::Required);
        auto postId = reader.string(*object, at, u"post_id"_s, Need::Optional);
        for (const Error& error : { file.error(), platform.error(), source.error(), account.error(), postId.error() }) {
            if (error.isError())
                return error;
        }
        // A page is a file beside the manifest, never a path that leaves the folder.
        if (file->isEmpty() || file->contains(u'/') || file->contains(u'\\') || file->startsWith(u'.'))
            return reader.error(PayloadReader::member(at, u"file"_s), u"not a plain file name: \"%1\""_s.arg(*file));
        const auto parsedSource = sourceFromString(*source);
        if (!parsedSource)
            return reader.error(PayloadReader::member(at, u"source"_s), u"unknown source \"%1\""_s.arg(*source));
        const bool known = std::any_of(manifest.accounts.cbegin(), manifest.accounts.cend(),
            [&](const Account& a) { return a.name == *account && a.platform == *platform; });
        if (!known)
            return reader.error(PayloadReader::member(at, u"account"_s),
                u"no %1 account named \"%2\" in $.accounts"_s.arg(toString(*platform), *account));
        if (*platform == Platform::Facebook && postId->isEmpty())
            return reader.error(PayloadReader::member(at, u"post_id"_s), u"missing (a Facebook page needs it)"_s);
        page.file = *file;
        page.platform = *platform;
        page.source = *parsedSource;
        page.account = *account;
        page.postId = *postId;
        manifest.pages.append(page);
    }
    return manifest;
}

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

Result<QList<Comment>> parsePage(
    const DemoPage& page, const QByteArray& body, const QString& origin, const Account& account)
{
    if (page.platform == Platform::Twitter) {
        TwitterReadContext context;
        context.source = page.source;
        context.accountName = account.name;
        context.ownUserId = account.externalId;
        context.origin = origin;
        auto parsed = TwitterPayload::parsePage(body, context);
        if (!parsed)
            return parsed.error();
        return parsed->comments;
    }
    FacebookReadContext context;
    context.postId = page.postId;
    context.pageId = account.externalId;
    context.accountName = account.name;
    context.origin = origin;
    auto parsed = FacebookPayload::parseCommentsPage(body, context);
    if (!parsed)
        return parsed.error();
    return parsed->comments;
}

} // namespace

Result<DemoLoadResult> DemoData::load(Database& database)
{
    return load(database, QString::fromUtf16(kBundledFolder));
}

Result<DemoLoadResult> DemoData::load(Database& database, const QString& folder)
{
    auto manifest = readManifest(folder);
    if (!manifest)
        return manifest.error();

    DemoLoadResult result;
    auto added = ensureAccounts(database, manifest->accounts);
    if (!added)
        return added.error();
    result.accountsAdded = *added;

    QHash<QString, Account> accounts;
    for (const Account& account : manifest->accounts)
        accounts.insert(account.name, account);

    CommentStore comments(database);
    const QDir dir(folder);
    for (const DemoPage& page : manifest->pages) {
        const QString path = dir.filePath(page.file);
        auto body = readFile(path);
        if (!body)
            return body.error();
        auto parsed = parsePage(page, *body, path, accounts.value(page.account));
        if (!parsed)
            return parsed.error();
        // One transaction and one audit event per page, as a connector stores what it reads.
        auto ingested = comments.ingest(*parsed, u"system"_s, u"demo/"_s + page.file);
        if (!ingested)
            return ingested.error().prefixed(u"storing %1"_s.arg(path));
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

Result<bool> DemoData::storeIsEmpty(Database& database)
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
