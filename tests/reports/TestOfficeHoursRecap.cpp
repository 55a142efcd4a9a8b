// The Office Hours recap over a crafted window (hand-counted): which comments are questions, which
// are answered and with what text, what is only counted, and that untrusted text stays text in
// both formats.
#include "WorkFixture.h"

#include "reports/OfficeHoursRecap.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"
#include "storage/SettingsStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// The window: 7 December 2026, 14:00 to 15:00 in New York (EST, UTC-5).
const QDateTime kFrom(QDate(2026, 12, 7), QTime(19, 0), Qt::UTC);
const QDateTime kTo(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC);

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 12, 7), QTime(hour, minute, second), Qt::UTC);
}

const QString kSentAnswer = u"Cards are mailed within 30 days of approval: see uscis.gov/card."_s;
const QString kApprovedAnswer = u"Renew with form I-90, online at uscis.gov/i-90."_s;
const QString kHostile = u"<script>alert(\"x\")</script> [free money](https://evil.example) *now* #AskUSCIS?"_s;

} // namespace

class OfficeHoursRecapTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(21, 0), Qt::UTC));
        addUser(u"ana"_s, { Role::Agent });
        addUser(u"rui"_s, { Role::Reviewer });

        // In the window (the start included), asked, answered and sent.
        const qint64 sent = question(u"1"_s, u"#AskUSCIS when will my card arrive?"_s, at(19, 0), Action::Respond);
        reply(sent, kSentAnswer, true);
        // Approved, not yet sent; the tag in another case, the text on two lines.
        const qint64 approved =
            question(u"2"_s, u"How do I renew my green card?\nAsking for my mother #askuscis"_s, at(19, 10), Action::Escalate);
        reply(approved, kApprovedAnswer, false);
        // Unanswered: an escalation without a draft (markup in it), and a draft still in review.
        question(u"3"_s, kHostile, at(19, 20), Action::Escalate);
        const qint64 inReview = question(u"4"_s, u"Is the office open on Friday? #AskUSCIS"_s, at(19, 25), Action::Respond);
        submit(inReview, u"Yes, from 8 to 4."_s);
        // Counted, not shown.
        question(u"5"_s, u"#AskUSCIS my SSN is 123-45-6789, where is my case"_s, at(19, 30), Action::Hide);
        question(u"6"_s, u"Thanks for doing this #AskUSCIS"_s, at(19, 35), Action::Ignore);
        ingest(tweet(u"7"_s, u"#AskUSCIS hello, is this the right place?"_s).at(at(19, 40)));
        // Not under the tag, or not in the window, or not a person's comment: not counted at all.
        question(u"8"_s, u"#AskUSCISToday when?"_s, at(19, 45), Action::Respond);
        question(u"9"_s, u"#AskUSCIS too early?"_s, at(18, 59, 59), Action::Respond);
        question(u"10"_s, u"#AskUSCIS too late?"_s, at(20, 0), Action::Respond);
        Comment ours = tweet(u"11"_s, u"Office Hours start now! #AskUSCIS"_s).at(at(19, 1)).ours();
        record(ingest(ours), Action::Respond);
        Comment removed = tweet(u"12"_s, u"#AskUSCIS deleted question?"_s).at(at(19, 2));
        removed.removed = true;
        record(ingest(removed), Action::Respond);
        question(u"13"_s, u"no tag here, when?"_s, at(19, 50), Action::Respond);
    }

    qint64 ingest(const Comment& comment)
    {
        auto ingested = CommentStore(db()).ingest({ comment });
        EXPECT_TRUE(ingested.ok() && ingested->insertedIds.size() == 1) << ingested.error().toString().toStdString();
        return ingested.ok() && !ingested->insertedIds.isEmpty() ? ingested->insertedIds.first() : 0;
    }

    qint64 record(qint64 commentId, Action action)
    {
        Decision decision;
        decision.ruleId = u"office-hours"_s;
        decision.action = action;
        decision.explanation = u"test"_s;
        auto id = DecisionStore(db()).record(commentId, decision, std::nullopt);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? *id : 0;
    }

    // A comment by @citizen, its decision and, for a question, its case; the case's id.
    qint64 question(const QString& id, const QString& text, const QDateTime& createdAt, Action action)
    {
        const qint64 commentId = ingest(tweet(id, text).at(createdAt));
        const qint64 decisionId = record(commentId, action);
        if (action != Action::Respond && action != Action::Escalate)
            return 0;
        auto opened = CaseStore(db()).open(commentId, decisionId, u"general"_s, Priority::Normal, std::nullopt,
                                           u"policy"_s);
        EXPECT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        return opened.ok() ? opened->id : 0;
    }

    qint64 submit(qint64 caseId, const QString& text)
    {
        auto assigned = Router(db()).assign(caseId, u"ana"_s, u"ana"_s);
        EXPECT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
        auto draft = ReviewDesk(db()).submit(caseId, u"ana"_s, text, {}, u"ana"_s);
        EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        return draft.ok() ? draft->id : 0;
    }

    void reply(qint64 caseId, const QString& text, bool send)
    {
        const qint64 draftId = submit(caseId, text);
        auto approval = ReviewDesk(db()).approve(draftId, u"rui"_s, u"rui"_s);
        ASSERT_TRUE(approval.ok()) << approval.error().toString().toStdString();
        if (!send)
            return;
        OutboxStore outbox(db());
        auto entry = outbox.replyFor(draftId);
        ASSERT_TRUE(entry.ok() && entry->has_value()) << entry.error().toString().toStdString();
        ASSERT_FALSE(outbox.markSending((*entry)->id, u"sync"_s).isError());
        ASSERT_FALSE(outbox.markSent((*entry)->id, u"1869000000000000001"_s, u"sync"_s).isError());
    }

    OfficeHoursRecap built(const QString& tag = u"AskUSCIS"_s)
    {
        auto recap = OfficeHoursRecap::build(db(), tag, kFrom, kTo, QTimeZone("America/New_York"));
        EXPECT_TRUE(recap.ok()) << recap.error().toString().toStdString();
        return recap.ok() ? *recap : OfficeHoursRecap {};
    }
};

TEST_P(OfficeHoursRecapTest, CountsQuestionsInTheWindowUnderTheWholeHashtag)
{
    const OfficeHoursRecap recap = built();
    EXPECT_EQ(recap.asked(), 4);
    ASSERT_EQ(recap.answered.size(), 2);
    ASSERT_EQ(recap.unanswered.size(), 2);
    EXPECT_EQ(recap.hidden, 1);
    EXPECT_EQ(recap.ignored, 1);
    EXPECT_EQ(recap.undecided, 1);
    // Oldest first; the sent reply's text and the approving review's text.
    EXPECT_EQ(recap.answered.at(0).createdAt, at(19, 0));
    EXPECT_EQ(recap.answered.at(0).answer, kSentAnswer);
    EXPECT_TRUE(recap.answered.at(0).answerSent);
    EXPECT_EQ(recap.answered.at(1).answer, kApprovedAnswer);
    EXPECT_FALSE(recap.answered.at(1).answerSent);
    EXPECT_EQ(recap.answered.at(1).action, Action::Escalate);
    EXPECT_EQ(recap.unanswered.at(0).text, kHostile);
    EXPECT_EQ(recap.unanswered.at(1).text, u"Is the office open on Friday? #AskUSCIS"_s);
    EXPECT_FALSE(recap.unanswered.at(1).answer.has_value()) << "a draft in review is no answer";
}

TEST_P(OfficeHoursRecapTest, TheTagMatchesWithOrWithoutCaseAndTheLookAlikeIsItsOwn)
{
    EXPECT_EQ(built(u"askuscis"_s).asked(), 4);
    const OfficeHoursRecap today = built(u"AskUSCISToday"_s);
    EXPECT_EQ(today.asked(), 1);
    EXPECT_EQ(today.unanswered.value(0).text, u"#AskUSCISToday when?"_s);
    EXPECT_EQ(built(u"Ask"_s).asked(), 0);
}

TEST_P(OfficeHoursRecapTest, HtmlIsOneEscapedDocumentWithoutAuthorsOrHiddenText)
{
    ASSERT_FALSE(SettingsStore(db()).set(u"agency.name"_s, u"USCIS <Field Office> & Co"_s, u"admin"_s).isError());
    const QString html = built().toHtml();
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
    EXPECT_TRUE(html.contains(u"<h1>Office Hours recap: #AskUSCIS</h1>"_s));
    EXPECT_TRUE(html.contains(u"<h2>Answered questions (2)</h2>"_s));
    EXPECT_TRUE(html.contains(u"<h2>Questions not yet answered (2)</h2>"_s));
    EXPECT_TRUE(html.contains(u"USCIS &lt;Field Office&gt; &amp; Co"_s));
    EXPECT_TRUE(html.contains(u"2026-12-07, 14:00 to 15:00 (times in America/New_York)"_s));
    EXPECT_TRUE(html.contains(u"Asked on X at 2026-12-07 14:00"_s));
    EXPECT_TRUE(html.contains(u"Asked on X at 2026-12-07 14:20"_s));
    EXPECT_TRUE(html.contains(kSentAnswer.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(kApprovedAnswer.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s));
    EXPECT_FALSE(html.contains(u"<script"_s));
    EXPECT_FALSE(html.contains(u"href"_s));
    EXPECT_TRUE(html.contains(u"4 questions under #AskUSCIS: 2 answered, 2 not yet answered. Not shown: 1 comment hidden "
                              "under our comment policy, 1 comment that needed no reply, 1 comment not yet reviewed."_s));
    // Nothing of the hidden, ignored, undecided or unmatched comments, and no author.
    for (const QString& absent : { u"123-45-6789"_s, u"Thanks for doing this"_s, u"right place"_s, u"Today"_s,
                                   u"too early"_s, u"too late"_s, u"start now"_s, u"deleted"_s, u"no tag"_s,
                                   u"citizen"_s, u"A Citizen"_s, u"Yes, from 8 to 4"_s })
        EXPECT_FALSE(html.contains(absent)) << absent.toStdString();
}

TEST_P(OfficeHoursRecapTest, MarkdownNeutralisesLinksMarkupAndFormattingInComments)
{
    const QString md = built().toMarkdown();
    EXPECT_TRUE(md.startsWith(u"# Office Hours recap\\: \\#AskUSCIS\n"_s)) << md.toStdString();
    EXPECT_TRUE(md.contains(u"## Answered questions (2)\n"_s));
    EXPECT_TRUE(md.contains(u"> \\<script\\>alert\\(\\\"x\\\"\\)\\<\\/script\\> \\[free money\\]\\(https\\:\\/\\/evil\\.example\\) "
                            "\\*now\\* \\#AskUSCIS\\?"_s))
        << md.toStdString();
    // Every '<', '[', '*' and '_' of the comments is escaped (the recap's own "**Our answer:**" aside).
    QString comments = md;
    comments.remove(u"**Our answer:**"_s);
    EXPECT_FALSE(comments.contains(QRegularExpression(u"(^|[^\\\\])[<\\[*_]"_s))) << md.toStdString();
    EXPECT_FALSE(md.contains(u"]("_s));
    EXPECT_FALSE(md.contains(u"://"_s));
    // A two-line question stays two lines of one quote.
    EXPECT_TRUE(md.contains(u"> How do I renew my green card\\?  \n> Asking for my mother \\#askuscis\n"_s)) << md.toStdString();
    EXPECT_TRUE(md.contains(u"**Our answer:**\n\n> Renew with form I\\-90\\, online at uscis\\.gov\\/i\\-90\\.\n"_s))
        << md.toStdString();
    for (const QString& absent : { u"6789"_s, u"Thanks"_s, u"citizen"_s })
        EXPECT_FALSE(md.contains(absent)) << absent.toStdString();
}

TEST_P(OfficeHoursRecapTest, WritingCreatesMissingFoldersAndAnUnwritablePathIsAnEnvironmentError)
{
    QTemporaryDir dir;
    const OfficeHoursRecap recap = built();
    const QString path = dir.filePath(u"blog/2026/recap.md"_s);
    ASSERT_FALSE(recap.write(OfficeHoursRecap::Format::Markdown, path).isError());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), recap.toMarkdown());

    // A folder where the file should go, and a file where a folder should be.
    const Error onFolder = recap.write(OfficeHoursRecap::Format::Html, dir.filePath(u"blog"_s));
    EXPECT_EQ(onFolder.code(), Error::Code::ReadOnly) << onFolder.toString().toStdString();
    const Error underFile = recap.write(OfficeHoursRecap::Format::Html, path + u"/recap.html"_s);
    EXPECT_EQ(underFile.code(), Error::Code::ReadOnly) << underFile.toString().toStdString();
    EXPECT_TRUE(underFile.message().contains(path)) << underFile.toString().toStdString();
}

MODERATION_INSTANTIATE_ENGINES(OfficeHoursRecapTest);

TEST(RecapTime, OffsetsZAndLocalTimesInTheZone)
{
    const QTimeZone ny("America/New_York");
    EXPECT_EQ(parseRecapTime(u"2026-12-07T14:00:00-05:00"_s, u"--from"_s, ny).value(), kFrom);
    EXPECT_EQ(parseRecapTime(u"2026-12-07T19:00Z"_s, u"--from"_s, ny).value(), kFrom);
    EXPECT_EQ(parseRecapTime(u"2026-12-07T14:00"_s, u"--from"_s, ny).value(), kFrom);
    // Summer time: 14:00 EDT is 18:00 UTC.
    EXPECT_EQ(parseRecapTime(u"2026-07-07T14:00:00"_s, u"--from"_s, ny).value(),
              QDateTime(QDate(2026, 7, 7), QTime(18, 0), Qt::UTC));
}

TEST(RecapTime, BadTimesAreRefusedNamingTheOption)
{
    const QTimeZone ny("America/New_York");
    for (const QString& bad : { u"2026-12-07"_s, u"2026-02-30T10:00"_s, u"2026-12-07T25:00"_s, u"tomorrow"_s,
                                u"2026-12-07T14:00+15:00"_s, u"2026-03-08T02:30"_s /* skipped by DST */ }) {
        auto parsed = parseRecapTime(bad, u"--to"_s, ny);
        ASSERT_FALSE(parsed.ok()) << bad.toStdString();
        EXPECT_EQ(parsed.error().code(), Error::Code::InvalidInput);
        EXPECT_TRUE(parsed.error().message().startsWith(u"--to \""_s)) << parsed.error().toString().toStdString();
    }
}
