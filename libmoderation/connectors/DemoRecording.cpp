#include "connectors/DemoRecording.h"

#include "connectors/FacebookPayload.h"
#include "connectors/PayloadReader.h"
#include "connectors/TwitterPayload.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Need = PayloadReader::Need;

const QString kFormat = u"moderation-desk-demo/1"_s;

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

Result<DemoManifest> readManifestAt(const QString& folder)
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

    DemoManifest manifest;
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

// The demo set loads comments to answer: the accounts' own posts are not among them.
QList<Comment> withoutOurs(const QList<Comment>& comments)
{
    QList<Comment> kept;
    for (const Comment& comment : comments) {
        if (!comment.ours)
            kept.append(comment);
    }
    return kept;
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
        return withoutOurs(parsed->comments);
    }
    FacebookReadContext context;
    context.postId = page.postId;
    context.pageId = account.externalId;
    context.accountName = account.name;
    context.origin = origin;
    auto parsed = FacebookPayload::parseCommentsPage(body, context);
    if (!parsed)
        return parsed.error();
    return withoutOurs(parsed->comments);
}

} // namespace

const Account* DemoManifest::account(const QString& name) const
{
    for (const Account& candidate : accounts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Result<DemoManifest> DemoRecording::readManifest(const QString& folder)
{
    return readManifestAt(folder);
}

Result<QList<Comment>> DemoRecording::readPage(const QString& folder, const DemoManifest& manifest,
                                               const DemoPage& page)
{
    const QString path = QDir(folder).filePath(page.file);
    const Account* account = manifest.account(page.account);
    if (!account)
        return Error(Error::Code::InvalidInput, u"no account named \"%1\" in the manifest"_s.arg(page.account)).at(path);
    auto body = readFile(path);
    if (!body)
        return body.error();
    return parsePage(page, *body, path, *account);
}

} // namespace moderation
