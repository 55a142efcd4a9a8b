#include "WebhookServeCommand.h"

#include "StopSignals.h"

#include "credentials/CredentialNames.h"
#include "credentials/KeychainCredentialStore.h"
#include "storage/AccountStore.h"
#include "sync/Triage.h"
#include "sync/WebhookIngest.h"
#include "webhook/WebhookReceiver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>


using namespace Qt::StringLiterals;

namespace moderation::ctl {

void WebhookServeCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"account"_s, u"The Facebook page account whose deliveries these are."_s,
                                        u"NAME"_s));
    parser.addOption(QCommandLineOption(u"port"_s, u"The port (default 8080; 0 picks a free one)."_s, u"N"_s));
    parser.addOption(QCommandLineOption(u"bind"_s,
                                        u"The address to listen on (default 127.0.0.1: put a TLS proxy in front)."_s,
                                        u"ADDRESS"_s));
}

int WebhookServeCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                         const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    if (!parser.isSet(u"account"_s))
        return usageError(u"--account is required"_s, io);
    bool ok = true;
    const int port = parser.isSet(u"port"_s) ? parser.value(u"port"_s).toInt(&ok) : 8080;
    if (!ok || port < 0 || port > 65535)
        return usageError(u"--port takes 0 to 65535"_s, io);
    const QHostAddress address(parser.isSet(u"bind"_s) ? parser.value(u"bind"_s) : u"127.0.0.1"_s);
    if (address.isNull())
        return usageError(u"--bind \"%1\" is not an IP address"_s.arg(parser.value(u"bind"_s)), io);
    auto account = AccountStore(database).byName(parser.value(u"account"_s));
    if (!account)
        return reportError(io, account.error());
    if (account->platform != Platform::Facebook)
        return usageError(u"%1 is an X account: only a Facebook page has a webhook"_s.arg(account->name), io);

    const QString identity = CredentialNames::storeIdentity(database.url().identity());
    KeychainCredentialStore keychain;
    auto secret = keychain.read(CredentialNames::webhookAppSecret(identity, account->name));
    auto verifyToken = keychain.read(CredentialNames::webhookVerifyToken(identity, account->name));
    if (!secret || !verifyToken) {
        const Error& missing = !secret ? secret.error() : verifyToken.error();
        if (missing.code() == Error::Code::NotFound)
            return reportError(io, Error(Error::Code::CredentialsMissing,
                                         u"the webhook secrets of %1 are not in this machine's keychain (moderationctl "
                                         "account set %1 --webhook-secrets-stdin)"_s.arg(account->name)));
        return reportError(io, missing);
    }

    WebhookReceiver receiver(*secret, QString::fromUtf8(*verifyToken));
    receiver.setHandler([&](const QList<WebhookChange>& changes) {
        auto stored = ingestWebhookChanges(database, *account, changes);
        if (!stored) {
            io.err << "webhook: a delivery could not be stored: " << stored.error().message() << '\n';
            io.err.flush();
            return;
        }
        // Decided at once, so a case opens while the comment is fresh.
        if (auto active = Triage::loadActive(database); active) {
            auto triaged = Triage(database, active->engine, active->versionId).decidePending();
            if (!triaged)
                io.err << "webhook: applying the policy: " << triaged.error().message() << '\n';
        }
        io.err << "webhook: " << stored->stored.inserted << " new, " << stored->stored.edited << " edited, "
               << stored->stored.removed << " removed, " << stored->ignored << " ignored\n";
        io.err.flush();
    });
    const quint16 listening = receiver.listen(address, quint16(port));
    if (listening == 0)
        return reportError(io, Error(Error::Code::Network, u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port)));
    io.out << "listening on " << address.toString() << ':' << listening << '\n';
    io.out.flush();

    const StopSignals stop;
    QEventLoop loop;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&loop, &stop] {
        if (stop.requested())
            loop.quit();
    });
    watch.start(100);
    loop.exec();
    io.err << "webhook: stopped; " << receiver.deliveriesAccepted() << " deliveries stored, "
           << receiver.deliveriesRejected() << " refused (bad signature)\n";
    io.err.flush();
    return ExitOk;
}

} // namespace moderation::ctl
