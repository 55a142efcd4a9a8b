#include "CommentBuilders.h"
#include "MockClock.h"
#include "PolicyBuilders.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "policy/PolicyEngine.h"
#include "policy/PolicySimulator.h"
#include "policy/PolicySnapshot.h"
#include "storage/CommentReplay.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/PolicyStore.h"
#include "storage/StoreAuthorActivity.h"
#include "sync/WhatIf.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

Comment stored(const QString& platformId, const QString& text, const QDateTime& at, const QString& authorId = u"7"_s)
{
    return tweet(platformId, text).at(at).by(authorId, u"user"_s + authorId, u"User"_s);
}

QList<AuditEvent> eventsNamed(Database& db, const QString& action)
{
    QList<AuditEvent> found;
    for (const AuditEvent& e : auditTail(db, 1000)) {
        if (e.action == action)
            found.prepend(e);
    }
    return found;
}

const QDateTime kMonday(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

} // namespace

class PolicyStoreTest : public ClockedEngineTest
{
};

TEST_P(PolicyStoreTest, NothingIsActiveAtFirst)
{
    auto active = PolicyStore(db()).active();
    ASSERT_TRUE(active.ok()) << active.error().toString().toStdString();
    EXPECT_FALSE(active->has_value());
}

TEST_P(PolicyStoreTest, StoringKeepsTheDocumentAndItsHash)
{
    PolicyStore store(db());
    const QByteArray document = R"({"policy":"P","version":2,"rules":[]})";
    auto version = store.store(u"P"_s, 2, document, u"alice"_s);
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    auto read = store.byId(version->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->document, QString::fromUtf8(document));
    EXPECT_EQ(read->sha256, u"%1"_s.arg(PolicyStore::sha256Of(document)));
    EXPECT_EQ(read->sha256.size(), 64);
    EXPECT_EQ(read->createdBy, u"alice"_s);
    EXPECT_EQ(read->createdAt, m_clock.now());
    EXPECT_FALSE(read->active);
    ASSERT_EQ(eventsNamed(db(), u"policy.stored"_s).size(), 1);
    EXPECT_EQ(eventsNamed(db(), u"policy.stored"_s).at(0).details.value(u"sha256"_s).toString(), read->sha256);
}

TEST_P(PolicyStoreTest, TheSameBytesAreStoredOnce)
{
    PolicyStore store(db());
    auto first = store.store(u"P"_s, 1, "{\"a\":1}", u"alice"_s);
    auto second = store.store(u"P"_s, 1, "{\"a\":1}", u"bob"_s);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(store.list()->size(), 1);
    EXPECT_EQ(eventsNamed(db(), u"policy.stored"_s).size(), 1);
}

TEST_P(PolicyStoreTest, ActivatingLeavesExactlyOneActiveAndSaysWhatItReplaced)
{
    PolicyStore store(db());
    auto v1 = store.store(u"P"_s, 1, "{\"v\":1}", u"alice"_s);
    auto v2 = store.store(u"P"_s, 2, "{\"v\":2}", u"alice"_s);
    ASSERT_TRUE(v1.ok() && v2.ok());
    ASSERT_FALSE(store.activate(v1->id, u"alice"_s).isError());
    m_clock.advance(60);
    ASSERT_FALSE(store.activate(v2->id, u"bob"_s).isError());

    auto active = store.active();
    ASSERT_TRUE(active.ok() && active->has_value());
    EXPECT_EQ((*active)->id, v2->id);
    EXPECT_EQ((*active)->activatedAt, m_clock.now());
    int activeCount = 0;
    const auto versions = store.list();
    ASSERT_TRUE(versions.ok());
    for (const PolicyVersion& v : *versions)
        activeCount += v.active ? 1 : 0;
    EXPECT_EQ(activeCount, 1);

    const QList<AuditEvent> activations = eventsNamed(db(), u"policy.activated"_s);
    ASSERT_EQ(activations.size(), 2);
    EXPECT_TRUE(activations.at(0).details.value(u"replaces"_s).isNull());
    EXPECT_EQ(activations.at(1).actor, u"bob"_s);
    EXPECT_EQ(activations.at(1).entityId, QString::number(v2->id));
    EXPECT_EQ(activations.at(1).details.value(u"replaces"_s).toString(), QString::number(v1->id));
    EXPECT_TRUE(auditVerification(db()).intact);
}

TEST_P(PolicyStoreTest, ActivatingTheActiveVersionChangesNothing)
{
    PolicyStore store(db());
    bool changed = false;
    auto first = store.storeAndActivate(u"P"_s, 1, "{\"v\":1}", u"alice"_s, &changed);
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(changed);
    auto again = store.storeAndActivate(u"P"_s, 1, "{\"v\":1}", u"alice"_s, &changed);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(changed);
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(eventsNamed(db(), u"policy.activated"_s).size(), 1);
}

TEST_P(PolicyStoreTest, ActivatingAnUnknownVersionIsRefusedAndLeavesTheActiveOne)
{
    PolicyStore store(db());
    auto v1 = store.storeAndActivate(u"P"_s, 1, "{\"v\":1}", u"alice"_s);
    ASSERT_TRUE(v1.ok());
    const Error error = store.activate(9999, u"alice"_s);
    EXPECT_EQ(error.code(), Error::Code::NotFound);
    EXPECT_EQ((*store.active())->id, v1->id);
}

TEST_P(PolicyStoreTest, DecisionIsRecordedWithEverythingThatExplainsItAndAudited)
{
    auto ingested = CommentStore(db()).ingest({ stored(u"c1"_s, u"my SSN 123-45-6789"_s, kMonday) });
    ASSERT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
    const qint64 commentId = ingested->insertedIds.at(0);
    auto version = PolicyStore(db()).storeAndActivate(u"P"_s, 1, "{}", u"alice"_s);
    ASSERT_TRUE(version.ok());

    Decision d;
    d.ruleId = u"pii"_s;
    d.clause = u"Personal information"_s;
    d.action = Action::Hide;
    d.hideMode = HideMode::Automatic;
    d.category = u"privacy"_s;
    d.queue = u"privacy"_s;
    d.priority = Priority::High;
    d.slaSeconds = 900;
    d.answerId = u"contact-us"_s;
    d.pii = { { PiiKind::Ssn, 7, 18 } };
    d.matches = { { 7, 18 } };
    d.explanation = u"Hidden by rule pii: contains a Social Security number."_s;
    DecisionStore decisions(db());
    auto id = decisions.record(commentId, d, version->id);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();

    auto latest = decisions.latestFor(commentId);
    ASSERT_TRUE(latest.ok() && latest->has_value());
    const StoredDecision& s = **latest;
    EXPECT_EQ(s.id, *id);
    EXPECT_EQ(s.policyVersionId, std::optional<qint64>(version->id));
    EXPECT_EQ(s.decision.ruleId, d.ruleId);
    EXPECT_EQ(s.decision.clause, d.clause);
    EXPECT_EQ(s.decision.action, d.action);
    EXPECT_EQ(s.decision.hideMode, d.hideMode);
    EXPECT_EQ(s.decision.category, d.category);
    EXPECT_EQ(s.decision.queue, d.queue);
    EXPECT_EQ(s.decision.priority, d.priority);
    EXPECT_EQ(s.decision.slaSeconds, d.slaSeconds);
    EXPECT_EQ(s.decision.answerId, d.answerId);
    EXPECT_EQ(s.decision.pii, d.pii);
    EXPECT_EQ(s.decision.matches, d.matches);
    EXPECT_EQ(s.decision.explanation, d.explanation);
    EXPECT_EQ(s.decidedAt, m_clock.now());

    const QList<AuditEvent> events = eventsNamed(db(), u"decision.recorded"_s);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).entityId, QString::number(commentId));
    EXPECT_EQ(events.at(0).details.value(u"rule"_s).toString(), u"pii"_s);
    EXPECT_EQ(events.at(0).details.value(u"clause"_s).toString(), u"Personal information"_s);
    EXPECT_EQ(events.at(0).details.value(u"hide"_s).toString(), u"automatic"_s);
}

TEST_P(PolicyStoreTest, DecisionForAnUnknownCommentIsRefusedWithoutAnAuditEvent)
{
    Decision d;
    d.ruleId = u"default"_s;
    d.explanation = u"Ignored."_s;
    auto id = DecisionStore(db()).record(424242, d, std::nullopt);
    EXPECT_FALSE(id.ok());
    EXPECT_TRUE(eventsNamed(db(), u"decision.recorded"_s).isEmpty());
}

TEST_P(PolicyStoreTest, LatestForCommentsGivesEachDecidedCommentsNewestDecisionAndSkipsUndecidedOnes)
{
    auto ingested = CommentStore(db()).ingest({ stored(u"c1"_s, u"one"_s, kMonday),
                                                stored(u"c2"_s, u"two"_s, kMonday.addSecs(1)),
                                                stored(u"c3"_s, u"three"_s, kMonday.addSecs(2)) });
    ASSERT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
    const qint64 first = ingested->insertedIds.at(0);
    const qint64 second = ingested->insertedIds.at(1);
    const qint64 undecided = ingested->insertedIds.at(2);
    DecisionStore decisions(db());
    Decision ignore;
    ignore.ruleId = u"default"_s;
    ignore.explanation = u"Ignored."_s;
    Decision escalate;
    escalate.ruleId = u"threat"_s;
    escalate.action = Action::Escalate;
    escalate.explanation = u"Escalated by rule threat."_s;
    ASSERT_TRUE(decisions.record(first, ignore, std::nullopt).ok());
    ASSERT_TRUE(decisions.record(second, ignore, std::nullopt).ok());
    ASSERT_TRUE(decisions.record(first, escalate, std::nullopt).ok()); // a later decision wins

    auto latest = decisions.latestForComments({ first, second, undecided });
    ASSERT_TRUE(latest.ok()) << latest.error().toString().toStdString();
    EXPECT_EQ(latest->size(), 2);
    EXPECT_FALSE(latest->contains(undecided));
    EXPECT_EQ(latest->value(first).decision.action, Action::Escalate);
    EXPECT_EQ(latest->value(first).decision.ruleId, u"threat"_s);
    EXPECT_EQ(latest->value(second).decision.action, Action::Ignore);

    auto none = decisions.latestForComments({});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(PolicyStoreTest, StoreAuthorActivityCountsTheAuthorsCommentsInTheWindow)
{
    QList<Comment> page;
    for (int minute : { 0, 3, 6, 30 })
        page << stored(u"a%1"_s.arg(minute), u"buy"_s, kMonday.addSecs(minute * 60));
    page << stored(u"other"_s, u"buy"_s, kMonday.addSecs(5 * 60), u"8"_s);
    ASSERT_TRUE(CommentStore(db()).ingest(page).ok());
    StoreAuthorActivity activity(db());
    EXPECT_EQ(activity.countWithin(stored(u"a6"_s, {}, kMonday.addSecs(6 * 60)), 600), 3);
    EXPECT_EQ(activity.countWithin(stored(u"a6"_s, {}, kMonday.addSecs(6 * 60)), 200), 2);
    EXPECT_EQ(activity.countWithin(stored(u"a30"_s, {}, kMonday.addSecs(30 * 60)), 600), 1);
}

// On SQLite the replay reads through SQLite's C API and refills the comment's buffers in place;
// it must give exactly what QtSql gives, whatever the text, and whatever the visitor keeps.
TEST_P(PolicyStoreTest, ReplayReadsTheSameThroughSqlitesApiAsThroughQtSql)
{
    QList<Comment> page;
    const QStringList texts { u"plain ascii"_s, u"¿Dónde está mi tarjeta? ÉTÉ"_s, u"emoji \U0001F600 and 中文"_s,
                              QString(3000, u'x'), QString(), u"x"_s, u"line\nbreak\ttab"_s };
    for (int i = 0; i < 40; ++i) {
        Comment c = stored(u"id-%1-é"_s.arg(i), texts.at(i % texts.size()), kMonday.addSecs(i * 37 % 900),
                           i % 5 == 0 ? QString() : u"author-%1"_s.arg(i % 3));
        c.platform = i % 2 ? Platform::Facebook : Platform::Twitter;
        c.source = i % 2 ? Source::PageComment : Source::Reply;
        c.author.handle = i % 4 == 0 ? QString() : u"Handle_ñ%1"_s.arg(i);
        c.lang = i % 3 == 0 ? QString() : u"es"_s;
        page << c;
    }
    ASSERT_TRUE(CommentStore(db()).ingest(page).ok());
    const auto read = [&](CommentReplay::Reader reader, bool keep) {
        QList<Comment> out;
        Comment recycled; // what a keeping visitor hands back: buffers of another comment
        recycled.text = QString(5000, u'z');
        recycled.author.id = u"someone else entirely"_s;
        const Error error = CommentReplay(db(), reader).forEach(kMonday.addSecs(60), {}, [&](Comment& c) {
            if (keep) {
                std::swap(recycled, c);
                out << recycled;
            } else {
                out << c;
            }
            return out.size() < 30;
        });
        EXPECT_FALSE(error.isError()) << error.toString().toStdString();
        return out;
    };
    const QList<Comment> viaQtSql = read(CommentReplay::Reader::QtSql, false);
    ASSERT_EQ(viaQtSql.size(), 30); // stopped early
    for (bool keep : { false, true }) {
        const QList<Comment> fastest = read(CommentReplay::Reader::Fastest, keep);
        ASSERT_EQ(fastest.size(), viaQtSql.size());
        for (qsizetype i = 0; i < fastest.size(); ++i) {
            const Comment& a = fastest.at(i);
            const Comment& b = viaQtSql.at(i);
            EXPECT_EQ(a.id, b.id);
            EXPECT_EQ(a.platform, b.platform);
            EXPECT_EQ(a.platformId, b.platformId);
            EXPECT_EQ(a.source, b.source);
            EXPECT_EQ(a.author.id, b.author.id);
            EXPECT_EQ(a.author.handle, b.author.handle);
            EXPECT_EQ(a.text, b.text);
            EXPECT_EQ(a.lang, b.lang);
            EXPECT_EQ(a.createdAt, b.createdAt);
        }
    }
    // And what was stored is what comes back.
    EXPECT_TRUE(viaQtSql.at(0).createdAt >= kMonday.addSecs(60));
    bool sawNonAscii = false;
    for (const Comment& c : viaQtSql)
        sawNonAscii |= c.text.contains(u"¿Dónde"_s);
    EXPECT_TRUE(sawNonAscii);

    const CommentReplay replay(db());
    if (db().engine() == DatabaseEngine::Sqlite) {
#ifdef Q_OS_LINUX
        // Debian's Qt runs its SQLite driver on the system library: the fast reader is built.
        EXPECT_TRUE(CommentReplay::directReadBuilt());
#endif
        EXPECT_EQ(replay.readsDirectly(), CommentReplay::directReadBuilt());
    } else {
        EXPECT_FALSE(replay.readsDirectly());
    }
    EXPECT_FALSE(CommentReplay(db(), CommentReplay::Reader::QtSql).readsDirectly());
}

TEST_P(PolicyStoreTest, ReplayStreamsCommentsInCreationOrderAcrossPages)
{
    QList<Comment> page;
    // Stored out of order, two at the same instant.
    for (int minute : { 9, 2, 5, 0, 7, 5, 1 })
        page << stored(u"p%1-%2"_s.arg(minute).arg(page.size()), u"t"_s, kMonday.addSecs(minute * 60));
    ASSERT_TRUE(CommentStore(db()).ingest(page).ok());
    CommentReplay replay(db(), CommentReplay::Reader::Fastest, 2);
    QList<QDateTime> seen;
    QList<qint64> ids;
    const Error error = replay.forEach(kMonday.addSecs(60), kMonday.addSecs(9 * 60), [&](const Comment& c) {
        seen << c.createdAt;
        ids << c.id;
        return true;
    });
    ASSERT_FALSE(error.isError()) << error.toString().toStdString();
    QList<QDateTime> expected;
    for (int minute : { 1, 2, 5, 5, 7 })
        expected << kMonday.addSecs(minute * 60);
    EXPECT_EQ(seen, expected);
    EXPECT_LT(ids.at(2), ids.at(3)); // equal times: by id
}

TEST_P(PolicyStoreTest, SimulationCountsTransitionsAndReportsEveryChange)
{
    QList<Comment> page;
    page << stored(u"1"_s, u"my visa is late"_s, kMonday) << stored(u"2"_s, u"my visa?"_s, kMonday.addSecs(60))
         << stored(u"3"_s, u"hello"_s, kMonday.addSecs(120)) << stored(u"4"_s, u"passport"_s, kMonday.addSecs(180));
    ASSERT_TRUE(CommentStore(db()).ingest(page).ok());
    auto active = PolicyEngine::compile(policy({ rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)),
                                                 rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    auto candidate = PolicyEngine::compile(
        policy({ rule(u"visa-question"_s, allOf({ terms({ u"visa"_s }), question() }), outcome(Action::Respond)),
                 rule(u"passport"_s, terms({ u"passport"_s }), outcome(Action::Escalate)),
                 rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    ASSERT_TRUE(active.ok() && candidate.ok());
    QStringList changes;
    auto summary = WhatIf::overStore(db(), **candidate, active->get(), {}, {}, [&](const SimulationChange& c) {
        changes << c.comment.platformId + u':' + (c.before ? c.before->ruleId : u"-"_s) + u"->"_s + c.after.ruleId;
    });
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->comments, 4);
    EXPECT_EQ(summary->changed, 3);
    EXPECT_EQ(changes, (QStringList { u"1:visa->default"_s, u"2:visa->visa-question"_s, u"4:default->passport"_s }));
    ASSERT_EQ(summary->transitions.size(), 4);
    const auto& ignoreToEscalate = summary->transitions.at(0);
    EXPECT_EQ(ignoreToEscalate.from, u"ignore"_s);
    EXPECT_EQ(ignoreToEscalate.to, u"escalate"_s);
    EXPECT_EQ(ignoreToEscalate.comments, 1);
    const auto& ignoreToIgnore = summary->transitions.at(1);
    EXPECT_EQ(ignoreToIgnore.comments, 1);
    EXPECT_EQ(ignoreToIgnore.changed, 0);
    EXPECT_TRUE(ignoreToIgnore.examples.isEmpty());
    const auto& respondToIgnore = summary->transitions.at(2);
    EXPECT_EQ(respondToIgnore.from, u"respond"_s);
    EXPECT_EQ(respondToIgnore.to, u"ignore"_s);
    EXPECT_EQ(respondToIgnore.changed, 1);
    // Same action, another rule: a change all the same.
    const auto& respondToRespond = summary->transitions.at(3);
    EXPECT_EQ(respondToRespond.to, u"respond"_s);
    EXPECT_EQ(respondToRespond.changed, 1);
    EXPECT_EQ(respondToRespond.examples.size(), 1);
}

TEST_P(PolicyStoreTest, SimulationCountsRepeatsFromBeforeItsRange)
{
    QList<Comment> page;
    for (int minute : { 0, 2, 4 })
        page << stored(u"r%1"_s.arg(minute), u"buy now"_s, kMonday.addSecs(minute * 60));
    ASSERT_TRUE(CommentStore(db()).ingest(page).ok());
    auto candidate = PolicyEngine::compile(policy({ rule(u"flood"_s, repeat(3, 600), outcome(Action::Hide)),
                                                    rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    ASSERT_TRUE(candidate.ok());
    QStringList rules;
    auto summary = WhatIf::overStore(db(), **candidate, nullptr, kMonday.addSecs(3 * 60), {},
                                        [&](const SimulationChange& c) { rules << c.after.ruleId; });
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->comments, 1);
    EXPECT_EQ(rules, QStringList { u"flood"_s });
    EXPECT_EQ(summary->transitions.at(0).from, u"none"_s);
}

// The simulator shares evaluating out among worker threads, by author when a policy counts
// repeats; what it reports must not depend on how many there are.
TEST_P(PolicyStoreTest, SimulationGivesTheSameWhateverTheNumberOfWorkers)
{
    QList<Comment> page;
    QRandomGenerator random(77);
    const QStringList words { u"visa"_s, u"passport"_s, u"buy"_s, u"now"_s, u"hello"_s, u"when"_s, u"card"_s };
    for (int i = 0; i < 5000; ++i) {
        QString text;
        for (int w = 0; w < 4; ++w)
            text += words.at(int(random.bounded(int(words.size())))) + u' ';
        if (random.bounded(3) == 0)
            text += u'?';
        page << stored(QString::number(i), text, kMonday.addSecs(i * 7), QString::number(random.bounded(40)));
    }
    ASSERT_TRUE(CommentStore(db()).ingest(page).ok());
    auto active = PolicyEngine::compile(policy({ rule(u"flood"_s, repeat(4, 120), outcome(Action::Hide)),
                                                 rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)),
                                                 rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    auto candidate = PolicyEngine::compile(
        policy({ rule(u"flood"_s, repeat(3, 60), outcome(Action::Hide)),
                 rule(u"visa-question"_s, allOf({ terms({ u"visa"_s }), question() }), outcome(Action::Respond)),
                 rule(u"passport"_s, terms({ u"passport"_s }), outcome(Action::Escalate)),
                 rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    ASSERT_TRUE(active.ok() && candidate.ok());

    struct Outcome
    {
        SimulationSummary summary;
        QStringList changes;
    };
    const auto simulate = [&](int workers, const QDateTime& from) {
        Outcome out;
        auto summary = WhatIf::overStore(
            db(), **candidate, active->get(), from, {},
            [&](const SimulationChange& c) {
                out.changes << c.comment.platformId + u':' + c.before->ruleId + u"->"_s + c.after.ruleId + u':'
                        + c.after.explanation;
            },
            workers);
        EXPECT_TRUE(summary.ok());
        if (summary.ok())
            out.summary = *summary;
        return out;
    };
    for (const QDateTime& from : { QDateTime(), kMonday.addSecs(2000 * 7) }) {
        const Outcome one = simulate(1, from);
        ASSERT_GT(one.summary.changed, 100);
        ASSERT_LT(one.summary.changed, one.summary.comments);
        EXPECT_EQ(one.changes.size(), one.summary.changed);
        for (int workers : { 2, 3, 8 }) {
            SCOPED_TRACE(workers);
            const Outcome many = simulate(workers, from);
            EXPECT_EQ(many.changes, one.changes);
            EXPECT_EQ(many.summary.comments, one.summary.comments);
            EXPECT_EQ(many.summary.changed, one.summary.changed);
            ASSERT_EQ(many.summary.transitions.size(), one.summary.transitions.size());
            for (qsizetype t = 0; t < one.summary.transitions.size(); ++t) {
                const auto& a = one.summary.transitions.at(t);
                const auto& b = many.summary.transitions.at(t);
                EXPECT_EQ(b.from, a.from);
                EXPECT_EQ(b.to, a.to);
                EXPECT_EQ(b.comments, a.comments);
                EXPECT_EQ(b.changed, a.changed);
                EXPECT_EQ(b.examples, a.examples);
            }
        }
    }
}

MODERATION_INSTANTIATE_ENGINES(PolicyStoreTest);

TEST(PolicySnapshot, FileAndBuiltinLexiconsAreInlinedAndDecideTheSame)
{
    QTemporaryDir dir;
    QFile lexicon(dir.filePath(u"words.txt"_s));
    ASSERT_TRUE(lexicon.open(QIODevice::WriteOnly));
    lexicon.write("# a comment\nburn it down\n");
    lexicon.close();
    QFile file(dir.filePath(u"p.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({ "policy": "P", "version": 3, "timezone": "UTC",
  "lexicons": { "words": { "file": "words.txt" }, "threats": { "builtin": "threats-en" } },
  "rules": [ { "id": "words", "when": { "lexicon": ["words", "threats"] }, "then": { "action": "escalate" } },
             { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } } ] })");
    file.close();
    auto original = PolicyDocument::load(file.fileName());
    ASSERT_TRUE(original.ok()) << original.error().toString().toStdString();

    const QByteArray snapshot = PolicySnapshot::selfContained(*original);
    EXPECT_FALSE(snapshot.contains("words.txt"));
    EXPECT_FALSE(snapshot.contains("builtin"));
    QFile::remove(lexicon.fileName()); // the stored version no longer needs it
    auto reloaded = PolicySnapshot::load(QString::fromUtf8(snapshot), u"stored"_s);
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().toString().toStdString();
    EXPECT_EQ(reloaded->lexicons.value(u"threats"_s).terms, original->lexicons.value(u"threats"_s).terms);

    auto before = PolicyEngine::compile(*original);
    auto after = PolicyEngine::compile(*reloaded);
    ASSERT_TRUE(before.ok() && after.ok());
    for (const QString& text : { u"we will burn it down"_s, u"I will kill everyone"_s, u"hello"_s })
        EXPECT_EQ((*after)->evaluate(comment(text)).value().ruleId, (*before)->evaluate(comment(text)).value().ruleId);
}

TEST(PolicySnapshot, AnInlineOnlyPolicyIsStoredAsWritten)
{
    PolicyDocument doc = policy({ rule(u"r"_s, always(), outcome(Action::Ignore)) });
    addLexicon(doc, u"x"_s, { u"a"_s });
    doc.source = "{ \"policy\": \"as written\" }\n";
    EXPECT_EQ(PolicySnapshot::selfContained(doc), doc.source);
}
