#include "SyncWorker.h"

#include "credentials/CredentialNames.h"
#include "credentials/KeychainCredentialStore.h"
#include "storage/Database.h"
#include "sync/DemoClients.h"
#include "sync/NetworkClients.h"
#include "sync/SyncRunner.h"
#include "sync/Waiter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QString clockTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

// The local record of a demo store's sends lives beside the store's file.
QString demoRecordPath(const DatabaseUrl& url)
{
    const QFileInfo store(url.path);
    return store.dir().filePath(store.completeBaseName() + u".demo-sends.jsonl"_s);
}

QStringList problemsOf(const SyncReport& report, const QDateTime& at)
{
    QStringList problems;
    for (const AccountSync& account : report.accounts) {
        switch (account.status) {
        case AccountSync::Status::CaughtUp:
        case AccountSync::Status::Skipped:
            break;
        case AccountSync::Status::RateLimited:
            if (account.until.isValid() && account.until.toLocalTime().date() != at.toLocalTime().date())
                problems << SyncWorker::tr("%1 rate limited until %2")
                                .arg(account.account,
                                     QLocale().toString(account.until.toLocalTime(), QLocale::ShortFormat));
            else if (account.until.isValid())
                problems << SyncWorker::tr("%1 rate limited until %2").arg(account.account, clockTime(account.until));
            else
                problems << SyncWorker::tr("%1 rate limited").arg(account.account);
            break;
        case AccountSync::Status::NeedsReauth:
            problems << SyncWorker::tr("%1 needs re-authentication").arg(account.account);
            break;
        case AccountSync::Status::Failed:
            problems << SyncWorker::tr("%1 could not be synced (tried again next round)").arg(account.account);
            break;
        }
    }
    return problems;
}

} // namespace

SyncWorker::SyncWorker(DatabaseUrl url, Options options, const std::atomic_bool* stop, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_options(options)
    , m_stop(stop)
{
}

SyncWorker::~SyncWorker() = default;

int SyncWorker::intervalSeconds() const
{
    if (m_options.intervalSeconds > 0)
        return m_options.intervalSeconds;
    return m_demo ? kDemoIntervalSeconds : kIntervalSeconds;
}

void SyncWorker::start()
{
    if (m_database || (m_stop && m_stop->load()))
        return;
    Database::OpenOptions openOptions;
    openOptions.migrate = false; // the window's connection migrated it
    auto database = Database::open(m_url, openOptions);
    if (!database) {
        Q_EMIT failed(tr("Sync is off: the store did not open for it: %1").arg(database.error().message()));
        return;
    }
    m_database = std::move(*database);
    if (m_options.clock)
        m_database->setClock(m_options.clock);

    auto demo = DemoClients::isDemoStore(*m_database);
    if (!demo) {
        Q_EMIT failed(tr("Sync is off: the store's accounts could not be read: %1").arg(demo.error().message()));
        m_database.reset();
        return;
    }
    m_demo = *demo;
    SyncRunner::Options runnerOptions;
    runnerOptions.storeIdentity = CredentialNames::storeIdentity(m_url.identity());
    if (m_demo) {
        // No network, no keychain: the demo connectors and a local record of their sends.
        auto clients = std::make_unique<DemoClients>(m_database->clock(), m_options.demoSpeed);
        if (const Error record = clients->setRecordFile(demoRecordPath(m_url)); record.isError())
            Q_EMIT failed(tr("The demo's sends are kept in memory only: %1").arg(record.toString()));
        m_clients = std::move(clients);
    } else {
        m_credentials = std::make_unique<KeychainCredentialStore>();
        m_clients = std::make_unique<NetworkClients>(*m_credentials, runnerOptions.storeIdentity);
    }
    m_waiter = std::make_unique<SleepingWaiter>(m_stop);
    m_runner = std::make_unique<SyncRunner>(*m_database, *m_clients, *m_waiter, runnerOptions);
    m_runner->setStopFlag(m_stop);
    if (m_credentials)
        m_runner->setCredentials(m_credentials.get());

    m_timer = new QTimer(this);
    m_timer->setInterval(intervalSeconds() * 1000);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runRoundNow);
    runRoundNow();
    m_timer->start();
}

void SyncWorker::runRoundNow()
{
    if (!m_runner || m_running || (m_stop && m_stop->load()))
        return;
    m_running = true;
    auto report = m_runner->runOnce();
    m_running = false;
    if (!report) {
        Q_EMIT failed(tr("Sync failed: %1").arg(report.error().message()));
        return;
    }
    if (report->stopped)
        return;
    const QDateTime at = m_database->clock().now();
    int stored = 0;
    for (const AccountSync& account : report->accounts)
        stored += account.inserted + account.edited + account.removed;
    const QStringList problems = problemsOf(*report, at);
    Q_EMIT roundFinished(statusText(*report, at), stored);
    if (problems != m_problems) {
        m_problems = problems;
        Q_EMIT accountStatesChanged(problems);
    }
}

QString SyncWorker::statusText(const SyncReport& report, const QDateTime& at)
{
    int inserted = 0;
    int edited = 0;
    for (const AccountSync& account : report.accounts) {
        inserted += account.inserted;
        edited += account.edited;
    }
    QStringList parts;
    parts << (inserted > 0 ? tr("%n new comment(s)", nullptr, inserted) : tr("no new comments"));
    if (edited > 0)
        parts << tr("%n edited", nullptr, edited);
    if (report.dispatch.sent > 0)
        parts << tr("%n sent", nullptr, report.dispatch.sent);
    if (report.dispatch.failed > 0)
        parts << tr("%n send(s) need attention", nullptr, report.dispatch.failed);
    parts += problemsOf(report, at);
    return tr("Synced %1: %2").arg(clockTime(at), parts.join(u"; "_s));
}

} // namespace moderation
