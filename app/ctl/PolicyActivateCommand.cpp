#include "PolicyActivateCommand.h"

#include "PolicyFile.h"

#include "policy/PolicySnapshot.h"
#include "storage/PolicyStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString PolicyActivateCommand::name() const
{
    return u"policy activate"_s;
}

QString PolicyActivateCommand::summary() const
{
    return u"Store a policy file as a new version and make it the active policy (audited)"_s;
}

void PolicyActivateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"FILE"_s, u"The policy file (JSON). Its lexicon files are stored with it."_s);
    parser.addOption(QCommandLineOption(
        u"as"_s, u"Who activates it, for the audit log: on a single-seat store any login (default: the system user); "
                 "on a shared site only your own database role (the default)."_s,
        u"LOGIN"_s));
}

int PolicyActivateCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                  CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(u"expected one FILE"_s, io);
    // Checked and compiled first: a policy the engine cannot run is never stored.
    const std::optional<LoadedPolicy> policy = loadPolicyFile(files.first(), io);
    if (!policy)
        return ExitBadInput;

    auto acting = DatabaseCommand::actor(database, parser.value(u"as"_s));
    if (!acting)
        return reportError(io, acting.error());
    const QString actor = *acting;

    bool changed = false;
    PolicyStore store(database);
    auto version = store.storeAndActivate(policy->document.name, policy->document.version,
                                          PolicySnapshot::selfContained(policy->document), actor, &changed);
    if (!version)
        return reportError(io, version.error());
    if (!changed) {
        io.out << "\"" << version->name << "\" version " << version->version << " is already the active policy"
               << " (stored version " << version->id << "); nothing changed.\n";
    } else {
        io.out << "Activated \"" << version->name << "\" version " << version->version << " as stored version "
               << version->id << " (sha256 " << version->sha256.left(12) << "…), by " << actor << ".\n";
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
