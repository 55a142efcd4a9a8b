#include "audit/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation {

QByteArray AuditChain::canonicalContent(const AuditEvent& event)
{
    QByteArray content;
    content += QByteArray::number(event.seq) + '\n';
    content += (event.at.isValid() ? event.at.toUTC().toString(Qt::ISODateWithMs) : QString()).toUtf8() + '\n';
    content += event.actor.toUtf8() + '\n';
    content += event.action.toUtf8() + '\n';
    content += event.entityType.toUtf8() + '\n';
    content += event.entityId.toUtf8() + '\n';
    content += QJsonDocument(event.details).toJson(QJsonDocument::Compact);
    return content;
}

QString AuditChain::computeHash(const QString& prevHash, const AuditEvent& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonicalContent(event));
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditChain::detailsText(const QJsonObject& details)
{
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

void AuditChain::link(AuditEvent& event, const AuditHead& last)
{
    event.at = QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), Qt::UTC);
    event.seq = last.seq + 1;
    event.prevHash = last.seq == 0 ? QString::fromUtf16(kGenesisHash) : last.hash;
    event.hash = computeHash(event.prevHash, event);
}

QString AuditHead::toString() const
{
    return u"%1:%2"_s.arg(seq).arg(hash);
}

Result<AuditHead> AuditAnchor::parse(const QString& text)
{
    static const QRegularExpression form(u"^([1-9][0-9]{0,18}):([0-9a-f]{64})$"_s);
    const QRegularExpressionMatch match = form.match(text.trimmed().toLower());
    bool ok = false;
    const qint64 seq = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
    if (!ok)
        return Error(Error::Code::InvalidInput,
                     u"an audit head is SEQ:HASH (a sequence number, a colon and 64 hex digits), not \"%1\""_s.arg(
                         text.left(100)));
    return AuditHead { seq, match.captured(2) };
}

QString AuditAnchor::check(const AuditHead& anchor, const std::optional<QString>& atAnchor, const AuditHead& head)
{
    if (/*or*/ anchor.seq > head.seq /*end*/)
        return u"the expected head %1 is beyond the log's end (its last row is %2): rows were removed from its "
               "tail, or the head is from another log"_s.arg(anchor.seq).arg(head.seq);
    if (/*or*/ !atAnchor /*end*/)
        return u"row %1, the expected head, is gone"_s.arg(anchor.seq);
    if (/*or*/ *atAnchor != anchor.hash /*end*/)
        return u"row %1 has hash %2, not the expected %3: the log was rewritten up to it"_s.arg(anchor.seq).arg(
            *atAnchor, anchor.hash);
    return {};
}

bool AuditVerifier::add(const AuditEvent& event, const QString& storedDetails)
{
    if (!m_result.intact)
        return false;
    ++m_result.rowsChecked;
    // Each check is marked for tools/mutate-guards.sh, as the database's guards are.
    QString problem;
    if (/*or*/ event.seq != m_expectedSeq /*end*/)
        problem = u"sequence gap: expected %1, found %2"_s.arg(m_expectedSeq).arg(event.seq);
    else if (/*or*/ event.prevHash != m_expectedPrev /*end*/)
        problem = u"does not link to the previous row (prev_hash differs)"_s;
    else if (/*or*/ storedDetails != AuditChain::detailsText(event.details) /*end*/
             || /*or*/ AuditChain::computeHash(event.prevHash, event) != event.hash /*end*/)
        problem = u"content does not match its hash (the row was altered)"_s;
    if (!problem.isEmpty()) {
        m_result.intact = false;
        m_result.firstBadSeq = m_expectedSeq;
        m_result.problem = problem;
        return false;
    }
    m_result.head = { event.seq, event.hash };
    m_expectedPrev = event.hash;
    ++m_expectedSeq;
    return true;
}

} // namespace moderation
