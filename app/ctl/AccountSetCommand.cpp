#include "AccountSetCommand.h"

#include "AccountOptions.h"

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
    if (!*posts && !*reads && !newToken)
        return usageError(u"account set needs --posts-per-day, --reads-per-hour or --token-stdin"_s, io);
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
    io.out << account->id << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
