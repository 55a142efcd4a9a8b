#pragma once

#include "connectors/ClientProvider.h"
#include "connectors/DemoConnector.h"
#include "connectors/DemoRecording.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace moderation {

class Clock;
class Database;

// The clients of a demo store: a DemoConnector for each demo account of the recording (the
// accounts DemoLoader creates), replaying it "live" at `speed`, and one local record of what
// they sent. So a demo store runs the real SyncRunner, triage and outbox, with no network and
// no keychain. The replay starts when the provider is made.
class DemoClients final : public ClientProvider
{
public:
    // The bundled recording by default. `clock` is not owned and must outlive the provider.
    DemoClients(const Clock& clock, double speed, QString folder = QString::fromUtf16(DemoRecording::kBundledFolder));
    ~DemoClients() override;

    // Keeps the sends in a JSON-lines file too (DemoRecord::setFile).
    Error setRecordFile(const QString& path) { return m_record->setFile(path); }
    const DemoRecord& record() const { return *m_record; }
    QDateTime startedAt() const { return m_startedAt; }

    // A demo account's connector (made on first use); NotFound for an account the recording does
    // not have, or one that shares a demo name but not its platform and id.
    Result<PlatformClient*> clientFor(const Account& account) override;
    // The same, as the connector, for tests and the app's "replay finished" note.
    Result<DemoConnector*> connectorFor(const Account& account);

    // Whether the store is a demo store: it has accounts, and every one is an account of the
    // bundled recording (same name, platform and id). Such a store never reaches a platform.
    static Result<bool> isDemoStore(Database& database);

private:
    const Clock& m_clock;
    double m_speed;
    QString m_folder;
    QDateTime m_startedAt;
    std::shared_ptr<DemoRecord> m_record;
    std::optional<DemoManifest> m_manifest;
    QHash<QString, std::shared_ptr<DemoConnector>> m_connectors;
};

} // namespace moderation
