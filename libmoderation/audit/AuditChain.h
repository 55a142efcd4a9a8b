#pragma once

#include "model/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace moderation {

// One row of the audit log: who did what to which record, and the two hashes that chain it to
// the row before.
struct AuditEvent
{
    qint64 seq = 0; // assigned on append
    QDateTime at; // assigned on append from the database's clock when invalid
    QString actor; // a user's login, "system" or "policy"
    QString action; // "comment.ingested", "policy.activated", "outbox.sent", …
    QString entityType;
    QString entityId;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

// The last row of the log: what reports, records manifests and `audit verify --expect-head`
// anchor outside the database. seq 0 (and the genesis hash) for an empty log.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
    friend bool operator==(const AuditHead&, const AuditHead&) = default;

    // "SEQ:HASH", as `audit verify` prints it and `--expect-head` takes it.
    QString toString() const;
};

struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem; // what is wrong with that row
    AuditHead head; // the last row checked (the log's head when intact)
};

// The hash chain of the audit log, pure: no storage (storage/AuditStore reads and writes the
// rows). Each row stores SHA-256(previous row's hash + its own content), so altering, removing
// or reordering any row breaks every hash after it.
namespace AuditChain {

inline constexpr char16_t kGenesisHash[] = u"0000000000000000000000000000000000000000000000000000000000000000";

// The content string that is hashed for a row: stable across engines.
QByteArray canonicalContent(const AuditEvent& event);
QString computeHash(const QString& prevHash, const AuditEvent& event);
// The details as stored: compact JSON with sorted keys (QJsonObject keeps them sorted).
QString detailsText(const QJsonObject& details);
// Makes an event the row after `last` (seq 0: the first row): sets seq, the time at
// millisecond precision (so it hashes the same when read back from either engine), prevHash
// and hash.
void link(AuditEvent& event, const AuditHead& last);

} // namespace AuditChain

// An anchor kept outside the database (a report's or a records manifest's head, a signed
// checkpoint) held against the log as it is now. The tail of a log can be cut, or the whole log
// rewritten with hashes recomputed, and still verify as a chain: only an anchor catches that.
namespace AuditAnchor {

// "SEQ:HASH" (seq a positive number, hash 64 hex digits): the anchor, or an InvalidInput error.
Result<AuditHead> parse(const QString& text);

// What the log holds at the anchor's sequence number: `atAnchor` is that row's hash (none when
// there is no such row), `head` the log's last row. An empty string when the anchor holds,
// otherwise what is wrong, for a person.
QString check(const AuditHead& anchor, const std::optional<QString>& atAnchor, const AuditHead& head);

} // namespace AuditAnchor

// Checks rows fed in sequence order, one at a time, so a log of any size is verified in
// constant memory.
class AuditVerifier
{
public:
    // One stored row; storedDetails is the details column's text as stored (a hand-edited text
    // that does not round-trip is an alteration). Returns false once the chain is broken.
    bool add(const AuditEvent& event, const QString& storedDetails);
    const AuditVerification& result() const { return m_result; }

private:
    AuditVerification m_result;
    QString m_expectedPrev = QString::fromUtf16(AuditChain::kGenesisHash);
    qint64 m_expectedSeq = 1;
};

} // namespace moderation
