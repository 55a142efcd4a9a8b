#include "AccountRemoveCommand.h"

#include "AccountOptions.h"

#include "credentials/KeychainCredentialStore.h"
#include "storage/AccountStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void AccountRemoveCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"NAME"_s, u"The account."_s);
    parser.addOption(QCommandLineOption(u"as"_s, u"Who removes it, for the audit log."_s, u"LOGIN"_s));
}

int AccountRemoveCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                          const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(u"account remove takes one NAME"_s, io);
    auto actor = DatabaseCommand::actor(database, parser.value(u"as"_s));
    if (!actor)
        return reportError(io, actor.error());
    AccountStore accounts(database);
    auto account = accounts.byName(positional.first());
    if (!account)
        return reportError(io, account.error());
    if (const Error error = accounts.remove(account->name, *actor); error.isError())
        return reportError(io, error);
    // The store no longer syncs it; the token goes too (none there is not a failure).
    KeychainCredentialStore keychain;
    if (const Error error = keychain.remove(AccountOptions::tokenName(database, account->name)); error.isError())
        return reportError(io, error.prefixed(u"account %1 removed, but its token is still in the keychain"_s.arg(
                                   account->name)));
    io.out << account->id << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
