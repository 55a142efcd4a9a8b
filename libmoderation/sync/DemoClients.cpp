#include "sync/DemoClients.h"

#include "model/Clock.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

bool sameAccount(const Account& a, const Account& b)
{
    return a.name == b.name && a.platform == b.platform && a.externalId == b.externalId;
}

} // namespace

DemoClients::DemoClients(const Clock& clock, double speed, QString folder)
    : m_clock(clock)
    , m_speed(speed)
    , m_folder(std::move(folder))
    , m_startedAt(clock.now().toUTC())
    , m_record(std::make_shared<DemoRecord>())
{
}

DemoClients::~DemoClients() = default;

Result<PlatformClient*> DemoClients::clientFor(const Account& account)
{
    auto connector = connectorFor(account);
    if (!connector)
        return connector.error();
    return static_cast<PlatformClient*>(*connector);
}

Result<DemoConnector*> DemoClients::connectorFor(const Account& account)
{
    if (const auto found = m_connectors.constFind(account.name); found != m_connectors.cend())
        return found->get();
    if (!m_manifest) {
        auto manifest = DemoRecording::readManifest(m_folder);
        if (!manifest)
            return manifest.error();
        m_manifest = *manifest;
    }
    const Account* demo = m_manifest->account(account.name);
    if (!demo || !sameAccount(*demo, account))
        return Error(Error::Code::NotFound,
                     u"%1 is not an account of the demo recording: a demo store reaches no platform"_s.arg(account.name));
    auto connector = DemoConnector::create(m_folder, *m_manifest, account.name, m_speed, m_clock, m_record);
    if (!connector)
        return connector.error();
    (*connector)->setStartedAt(m_startedAt);
    std::shared_ptr<DemoConnector> shared = std::move(*connector);
    m_connectors.insert(account.name, shared);
    return shared.get();
}

Result<bool> DemoClients::isDemoStore(Database& database)
{
    auto accounts = AccountStore(database).list();
    if (!accounts)
        return accounts.error();
    if (accounts->isEmpty())
        return false;
    auto manifest = DemoRecording::readManifest(QString::fromUtf16(DemoRecording::kBundledFolder));
    if (!manifest)
        return manifest.error();
    for (const Account& account : *accounts) {
        const Account* demo = manifest->account(account.name);
        if (!demo || !sameAccount(*demo, account))
            return false;
    }
    return true;
}

} // namespace moderation
