#include "audit/AuditChain.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

// A chain of `count` events linked as AuditStore links them, without any storage.
QList<AuditEvent> chain(int count)
{
    QList<AuditEvent> events;
    AuditHead head;
    for (int i = 0; i < count; ++i) {
        AuditEvent e;
        e.at = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).addSecs(i);
        e.actor = u"agent.ana"_s;
        e.action = u"case.touched"_s;
        e.entityType = u"case"_s;
        e.entityId = QString::number(i);
        e.details.insert(u"note"_s, u"step %1 — ünïcödé"_s.arg(i));
        AuditChain::link(e, head);
        head = { e.seq, e.hash };
        events.append(e);
    }
    return events;
}

AuditVerification verify(const QList<AuditEvent>& events)
{
    AuditVerifier verifier;
    for (const AuditEvent& e : events) {
        if (!verifier.add(e, AuditChain::detailsText(e.details)))
            break;
    }
    return verifier.result();
}

} // namespace

TEST(AuditChain, LinkedEventsVerifyAndTheHeadIsTheLastRow)
{
    const QList<AuditEvent> events = chain(5);
    EXPECT_EQ(events.first().seq, 1);
    EXPECT_EQ(events.first().prevHash, QString::fromUtf16(AuditChain::kGenesisHash));
    const AuditVerification result = verify(events);
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 5);
    EXPECT_EQ(result.head, (AuditHead { 5, events.last().hash }));
}

TEST(AuditChain, EachRowHashesThePreviousHashAndItsContent)
{
    const QList<AuditEvent> events = chain(3);
    for (qsizetype i = 1; i < events.size(); ++i) {
        EXPECT_EQ(events[i].prevHash, events[i - 1].hash);
        EXPECT_EQ(events[i].hash, AuditChain::computeHash(events[i - 1].hash, events[i]));
        EXPECT_EQ(events[i].hash.size(), 64);
    }
}

TEST(AuditChain, AlteredContentIsFoundAtItsRow)
{
    QList<AuditEvent> events = chain(5);
    events[2].actor = u"someone.else"_s;
    const AuditVerification result = verify(events);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadSeq, 3);
    EXPECT_EQ(result.head.seq, 2); // the last row that checked out
}

// The attacker who edits a row and recomputes its hash passes that row's own check; the next
// row no longer links to it.
TEST(AuditChain, AlteredRowWithARecomputedHashIsFoundAtTheNextRow)
{
    QList<AuditEvent> events = chain(5);
    events[2].details.insert(u"note"_s, u"nothing happened here"_s);
    events[2].hash = AuditChain::computeHash(events[2].prevHash, events[2]);
    const AuditVerification result = verify(events);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadSeq, 4);
    EXPECT_TRUE(result.problem.contains(u"does not link"_s)) << result.problem.toStdString();
}

TEST(AuditChain, MissingRowIsASequenceGap)
{
    QList<AuditEvent> events = chain(5);
    events.removeAt(1);
    const AuditVerification result = verify(events);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadSeq, 2);
    EXPECT_TRUE(result.problem.contains(u"sequence gap"_s)) << result.problem.toStdString();
}

TEST(AuditChain, StoredDetailsThatDoNotRoundTripAreAnAlteration)
{
    const QList<AuditEvent> events = chain(2);
    AuditVerifier verifier;
    ASSERT_TRUE(verifier.add(events[0], AuditChain::detailsText(events[0].details)));
    // The same object, written with a space: hashes the same once parsed, but was edited.
    QString edited = AuditChain::detailsText(events[1].details);
    edited.replace(u"\":\""_s, u"\": \""_s);
    EXPECT_FALSE(verifier.add(events[1], edited));
    EXPECT_EQ(verifier.result().firstBadSeq, 2);
}

TEST(AuditChain, TimesHashAtMillisecondPrecision)
{
    AuditEvent e;
    e.at = QDateTime(QDate(2026, 12, 7), QTime(9, 0, 0, 123), Qt::UTC).addMSecs(0);
    e.actor = u"system"_s;
    AuditChain::link(e, {});
    const QString hash = e.hash;
    // Read back from a store that keeps milliseconds: the same hash.
    e.at = QDateTime::fromString(e.at.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    EXPECT_EQ(AuditChain::computeHash(e.prevHash, e), hash);
}

TEST(AuditAnchor, ParsesSeqColonHash)
{
    const QString hash(64, u'a');
    auto parsed = AuditAnchor::parse(u"42:"_s + hash);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(*parsed, (AuditHead { 42, hash }));
    EXPECT_EQ(parsed->toString(), u"42:"_s + hash);
    EXPECT_EQ(AuditAnchor::parse(u" 7:"_s + QString(64, u'F') + u" "_s)->hash, QString(64, u'f'));
    for (const QString& bad : QStringList { QString(), u"42"_s, u"42:"_s, u"-1:"_s + hash, u"0:"_s + hash, u"1:"_s + hash + u'a',
                                u"1:"_s + QString(64, u'g'), u"99999999999999999999:"_s + hash }) {
        auto refused = AuditAnchor::parse(bad);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().code(), Error::Code::InvalidInput);
    }
}

TEST(AuditAnchor, HoldsOnlyWhileItsRowIsThereUnchanged)
{
    const QList<AuditEvent> events = chain(5);
    const AuditHead head { 5, events.at(4).hash };
    const AuditHead anchor { 3, events.at(2).hash };
    EXPECT_EQ(AuditAnchor::check(anchor, events.at(2).hash, head), QString());
    EXPECT_EQ(AuditAnchor::check(head, events.at(4).hash, head), QString());
    EXPECT_TRUE(AuditAnchor::check(anchor, events.at(1).hash, head).contains(u"rewritten"_s));
    EXPECT_TRUE(AuditAnchor::check(anchor, std::nullopt, head).contains(u"gone"_s));
    EXPECT_TRUE(AuditAnchor::check(anchor, std::nullopt, AuditHead { 2, events.at(1).hash }).contains(u"beyond"_s));
    EXPECT_TRUE(AuditAnchor::check(anchor, std::nullopt, AuditHead {}).contains(u"beyond"_s));
}
