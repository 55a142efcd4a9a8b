#include "AccountSetCommand.h"

#include "AccountOptions.h"

#include "credentials/CredentialNames.h"
#include "credentials/KeychainCredentialStore.h"
#include "storage/AccountStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void AccountSetCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"NAME"_s, u"The account."_s);
    AccountOptions::addQuotaOptions(parser);
    parser.addOption(QCommandLineOption(u"token-stdin"_s,
                                        u"Replace the token with one read from stdin (after re-authenticating); the "
                                        "account reads ok again."_s));
    parser.addOption(QCommandLineOption(u"webhook-secrets-stdin"_s,
                                        u"Facebook: read the app secret (line 1) and the webhook's verify token (line 2) "
                                        "from stdin into the keychain, for `webhook serve`."_s));
    parser.addOption(QCommandLineOption(u"as"_s, u"Who changes it, for the audit log."_s, u"LOGIN"_s));
}

int AccountSetCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                       const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(u"account set takes one NAME"_s, io);
    auto posts = AccountOptions::quota(parser, u"posts-per-day"_s);
    if (!posts)
        return reportError(io, posts.error());
    auto reads = AccountOptions::quota(parser, u"reads-per-hour"_s);
    if (!reads)
        return reportError(io, reads.error());
    const bool newToken = parser.isSet(u"token-stdin"_s);
    const bool webhookSecrets = parser.isSet(u"webhook-secrets-stdin"_s);
    if (!*posts && !*reads && !newToken && !webhookSecrets)
        return usageError(
            u"account set needs --posts-per-day, --reads-per-hour, --token-stdin or --webhook-secrets-stdin"_s, io);
    if (newToken && webhookSecrets)
        return usageError(u"--token-stdin and --webhook-secrets-stdin both read stdin: one at a time"_s, io);
    auto actor = DatabaseCommand::actor(database, parser.value(u"as"_s));
    if (!actor)
        return reportError(io, actor.error());
    AccountStore accounts(database);
    auto account = accounts.byName(positional.first());
    if (!account)
        return reportError(io, account.error());
    if (*posts || *reads) {
        if (const Error error = accounts.setQuotas(account->name, *posts, *reads, *actor); error.isError())
            return reportError(io, error);
    }
    if (newToken) {
        auto token = AccountOptions::readToken(io.in);
        if (!token)
            return reportError(io, token.error());
        KeychainCredentialStore keychain;
        if (const Error error = keychain.write(AccountOptions::tokenName(database, account->name), *token);
            error.isError())
            return reportError(io, error);
        if (const Error error = accounts.setState(account->id, Account::State::Ok, {}, {}, *actor); error.isError())
            return reportError(io, error);
    }
    if (webhookSecrets) {
        if (account->platform != Platform::Facebook)
            return usageError(u"--webhook-secrets-stdin is for a Facebook page; %1 is on X"_s.arg(account->name), io);
        auto secret = AccountOptions::readToken(io.in);
        if (!secret)
            return reportError(io, secret.error().prefixed(u"the app secret (line 1)"_s));
        auto verifyToken = AccountOptions::readToken(io.in);
        if (!verifyToken)
            return reportError(io, verifyToken.error().prefixed(u"the verify token (line 2)"_s));
        const QString identity = CredentialNames::storeIdentity(database.url().identity());
        KeychainCredentialStore keychain;
        for (const auto& [name, value] : { std::pair { CredentialNames::webhookAppSecret(identity, account->name), *secret },
                                           std::pair { CredentialNames::webhookVerifyToken(identity, account->name),
                                                       *verifyToken } }) {
            if (const Error error = keychain.write(name, value); error.isError())
                return reportError(io, error);
        }
    }
    io.out << account->id << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
