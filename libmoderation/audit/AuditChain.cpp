#include "audit/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonDocument>

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

bool AuditVerifier::add(const AuditEvent& event, const QString& storedDetails)
{
    if (!m_result.intact)
        return false;
    ++m_result.rowsChecked;
    QString problem;
    if (event.seq != m_expectedSeq)
        problem = u"sequence gap: expected %1, found %2"_s.arg(m_expectedSeq).arg(event.seq);
    else if (event.prevHash != m_expectedPrev)
        problem = u"does not link to the previous row (prev_hash differs)"_s;
    else if (storedDetails != AuditChain::detailsText(event.details)
             || AuditChain::computeHash(event.prevHash, event) != event.hash)
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
