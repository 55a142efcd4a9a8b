#include "AccountAddCommand.h"

#include "AccountOptions.h"

#include "credentials/KeychainCredentialStore.h"
#include "storage/AccountStore.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void AccountAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"platform"_s, u"twitter or facebook."_s, u"P"_s));
    parser.addOption(QCommandLineOption(u"name"_s, u"A name for the account, e.g. agency-x (letters, digits, . _ -)."_s,
                                        u"NAME"_s));
    parser.addOption(QCommandLineOption(u"user-id"_s, u"X: the account's numeric user id."_s, u"ID"_s));
    parser.addOption(QCommandLineOption(u"page-id"_s, u"Facebook: the page's numeric id."_s, u"ID"_s));
    parser.addOption(QCommandLineOption(
        u"base-url"_s,
        u"The platform's address (X: https://api.x.com; Facebook: https://graph.facebook.com/v27.0)."_s, u"URL"_s));
    parser.addOption(QCommandLineOption(
        u"watch"_s, u"What to read, repeatable: X mentions, replies, search:QUERY; Facebook page-comments."_s, u"W"_s));
    parser.addOption(QCommandLineOption(u"token-stdin"_s,
                                        u"Read the access token from stdin into the OS keychain (X: an OAuth 2.0 "
                                        "user-context bearer token; Facebook: a page access token)."_s));
    parser.addOption(QCommandLineOption(u"as"_s, u"Who adds it, for the audit log."_s, u"LOGIN"_s));
    AccountOptions::addQuotaOptions(parser);
}

int AccountAddCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                       const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    if (!parser.isSet(u"platform"_s) || !parser.isSet(u"name"_s))
        return usageError(u"--platform and --name are required"_s, io);
    if (!parser.isSet(u"token-stdin"_s))
        return usageError(u"--token-stdin is required: the token goes to the OS keychain, never on the command line"_s,
                          io);
    const auto platform = platformFromString(parser.value(u"platform"_s));
    if (!platform)
        return usageError(u"--platform must be twitter or facebook, not \"%1\""_s.arg(parser.value(u"platform"_s)), io);
    Account account;
    account.platform = *platform;
    account.name = parser.value(u"name"_s);
    static const QRegularExpression kName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!kName.match(account.name).hasMatch())
        return usageError(u"--name \"%1\": 1 to 64 letters, digits, dots, underscores or dashes"_s.arg(account.name), io);
    const QString idOption = *platform == Platform::Twitter ? u"user-id"_s : u"page-id"_s;
    const QString otherOption = *platform == Platform::Twitter ? u"page-id"_s : u"user-id"_s;
    if (parser.isSet(otherOption))
        return usageError(u"--%1 is for the other platform; this one takes --%2"_s.arg(otherOption, idOption), io);
    account.externalId = parser.value(idOption);
    static const QRegularExpression kId(u"^[0-9]{1,20}$"_s);
    if (!kId.match(account.externalId).hasMatch())
        return usageError(u"--%1 must be the platform's numeric id (1 to 20 digits)"_s.arg(idOption), io);
    if (parser.isSet(u"base-url"_s)) {
        const QUrl url(parser.value(u"base-url"_s), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            return usageError(u"--base-url \"%1\" is not an http(s) address"_s.arg(parser.value(u"base-url"_s)), io);
        account.baseUrl = url.toString(QUrl::StripTrailingSlash);
    }
    auto watches = AccountOptions::watches(*platform, parser.values(u"watch"_s));
    if (!watches)
        return reportError(io, watches.error());
    account.watches = *watches;
    auto posts = AccountOptions::quota(parser, u"posts-per-day"_s);
    if (!posts)
        return reportError(io, posts.error());
    auto reads = AccountOptions::quota(parser, u"reads-per-hour"_s);
    if (!reads)
        return reportError(io, reads.error());
    account.postsPerDay = *posts;
    account.readsPerHour = *reads;
    auto token = AccountOptions::readToken(io.in);
    if (!token)
        return reportError(io, token.error());
    auto actor = DatabaseCommand::actor(database, parser.value(u"as"_s));
    if (!actor)
        return reportError(io, actor.error());

    // The account first: a name already taken must not overwrite that account's token.
    AccountStore accounts(database);
    auto id = accounts.add(account, *actor);
    if (!id)
        return reportError(io, id.error());
    KeychainCredentialStore keychain;
    if (const Error written = keychain.write(AccountOptions::tokenName(database, account.name), *token);
        written.isError()) {
        const Error undone = accounts.remove(account.name, *actor);
        Error error = written;
        if (undone.isError())
            error.prefixed(u"(the account row stays, disabled: %1) "_s.arg(undone.message()));
        return reportError(io, error.prefixed(u"account %1 not added"_s.arg(account.name)));
    }
    io.out << *id << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
