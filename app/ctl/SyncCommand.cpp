#include "SyncCommand.h"

#include "StopSignals.h"

#include "credentials/CredentialNames.h"
#include "credentials/KeychainCredentialStore.h"
#include "sync/NetworkClients.h"
#include "sync/SyncRunner.h"
#include "sync/Waiter.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

QString statusText(const AccountSync& sync)
{
    switch (sync.status) {
    case AccountSync::Status::CaughtUp:
        return u"caught up"_s;
    case AccountSync::Status::RateLimited:
        return u"rate limited until %1"_s.arg(sync.until.toString(Qt::ISODate));
    case AccountSync::Status::NeedsReauth:
        return u"needs re-authentication"_s;
    case AccountSync::Status::Failed:
        return u"failed"_s;
    case AccountSync::Status::Skipped:
        return u"removed, skipped"_s;
    }
    return {};
}

} // namespace

void SyncCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"once"_s, u"Run one round until every account is caught up, then exit."_s));
    parser.addOption(QCommandLineOption(u"interval"_s,
                                        u"Without --once: seconds between rounds (default 60, at least 5)."_s,
                                        u"SECONDS"_s));
    parser.addOption(QCommandLineOption(u"timeout"_s, u"Seconds to wait for one platform answer (default 30)."_s,
                                        u"SECONDS"_s));
}

int SyncCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                 CommandIo& io) const
{
    Q_UNUSED(global)
    int interval = 60;
    if (parser.isSet(u"interval"_s)) {
        bool ok = false;
        interval = parser.value(u"interval"_s).toInt(&ok);
        if (!ok || interval < 5 || interval > 86400)
            return usageError(u"--interval takes 5 to 86400 seconds"_s, io);
    }
    int timeout = 30;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        timeout = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 600)
            return usageError(u"--timeout takes 1 to 600 seconds"_s, io);
    }
    const bool once = parser.isSet(u"once"_s);

    const StopSignals stop; // SIGINT/SIGTERM: the run finishes the transaction it is in and returns

    const QString identity = CredentialNames::storeIdentity(database.url().identity());
    KeychainCredentialStore keychain;
    NetworkClients clients(keychain, identity);
    clients.setTimeoutMs(timeout * 1000);
    SleepingWaiter waiter(stop.flag());
    SyncRunner::Options options;
    options.storeIdentity = identity;
    SyncRunner runner(database, clients, waiter, options);
    runner.setCredentials(&keychain);
    runner.setStopFlag(stop.flag());
    runner.setProgress([&io](const QString& line) {
        io.err << "sync: " << line << '\n';
        io.err.flush();
    });

    int exitCode = ExitOk;
    for (;;) {
        auto report = runner.runOnce();
        if (!report)
            return reportError(io, report.error().prefixed(u"sync"_s));
        exitCode = ExitOk;
        for (const AccountSync& account : report->accounts) {
            io.out << account.account << '\t' << statusText(account) << '\t' << account.pages << " pages\t"
                   << account.inserted << " new\t" << account.edited << " edited\t" << account.quarantined
                   << " quarantined";
            if (!account.message.isEmpty() && account.status != AccountSync::Status::CaughtUp)
                io.out << '\t' << account.message.simplified();
            io.out << '\n';
        }
        io.out << "outbox\t" << report->dispatch.sent << " sent\t" << report->dispatch.failed << " failed\t"
               << report->dispatch.rescheduled << " to retry\t" << report->dispatch.waiting << " waiting\n";
        io.out.flush();
        if (report->anyAccountFailed())
            exitCode = ExitEnvironment;
        if (once || report->stopped || stop.requested())
            break;
        if (!waiter.waitMs(qint64(interval) * 1000))
            break;
    }
    if (exitCode == ExitEnvironment)
        io.err << "moderationctl: sync: an account failed (see above); the others were synced\n";
    io.err.flush();
    return exitCode;
}

} // namespace moderation::ctl
