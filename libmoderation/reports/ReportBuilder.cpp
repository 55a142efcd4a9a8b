#include "reports/ReportBuilder.h"

#include "policy/PolicySnapshot.h"
#include "reports/TrendingTerms.h"
#include "storage/PolicyStore.h"
#include "storage/SettingsStore.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace moderation {

namespace ReportMath {

qint64 percentile(QList<qint64>& values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * double(values.size()))));
    return values.at(std::min(rank, values.size()) - 1);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return u"—"_s;
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    if (seconds < 86400)
        return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
    return u"%1 d %2 h"_s.arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"—"_s;
    return u"%1%"_s.arg(QString::number(100.0 * double(part) / double(whole), 'f', 1));
}

QString localTime(const QDateTime& at, const QTimeZone& zone)
{
    if (!at.isValid())
        return u"—"_s;
    const QDateTime local = at.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return u"%1 %2%3:%4"_s.arg(local.toString(u"yyyy-MM-dd HH:mm"_s), offset < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace ReportMath

namespace {

using namespace ReportMath;

QString orNone(const QString& text, const QString& none = u"(none)"_s)
{
    return text.isEmpty() ? none : text;
}

// One line of at most `limit` characters, for a table cell.
QString excerpt(const QString& text, int limit = 200)
{
    QString line = text.simplified();
    if (line.size() > limit)
        line = line.left(limit - 1) + u'…';
    return line;
}

// Counts by a key, shown largest first (then by key).
class Tally
{
public:
    void add(const QString& key, qint64 n = 1) { m_counts[key] += n; }
    // Largest first, then by key.
    QList<std::pair<QString, qint64>> sorted() const
    {
        QList<std::pair<QString, qint64>> out;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            out.append({ it.key(), it.value() });
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        return out;
    }
    qint64 total() const
    {
        qint64 sum = 0;
        for (const qint64 n : m_counts)
            sum += n;
        return sum;
    }

private:
    QHash<QString, qint64> m_counts;
};

ReportTable tallyTable(const QString& id, const QString& title, const QString& what, const Tally& tally)
{
    ReportTable table { id, title, {}, { what, u"Comments"_s, u"Share"_s }, { false, true, true }, {} };
    const qint64 total = tally.total();
    for (const auto& [key, n] : tally.sorted())
        table.rows.append({ key, QString::number(n), share(n, total) });
    if (table.rows.isEmpty())
        table.note = u"No comments in this period."_s;
    return table;
}

ReportChart chartOf(ReportChart::Kind kind, const QString& id, const QString& title, const ReportTable& table,
                    int limit = 10)
{
    ReportChart chart { kind, id, title, u"comments"_s, {}, {} };
    for (const QStringList& row : table.rows) {
        if (chart.labels.size() == limit)
            break;
        chart.labels.append(row.at(0));
        chart.values.append(row.at(1).toDouble());
    }
    return chart;
}

enum class Sla { None, Met, AtRisk, Breached, Running };

bool isOpen(const QString& state)
{
    return state != u"answered"_s && state != u"closed"_s;
}

Sla slaOf(const ReportComment& c, const ReportReply* reply, const QDateTime& now)
{
    if (c.caseId == 0 || !c.slaSeconds || !c.slaDueAt.isValid())
        return Sla::None;
    const QDateTime due = c.slaDueAt;
    if (reply)
        return reply->sentAt <= due ? Sla::Met : Sla::Breached;
    if (c.slaBreachedAt.isValid())
        return Sla::Breached;
    if (!isOpen(c.caseState)) {
        const QDateTime done = c.closedAt;
        return done.isValid() && done > due ? Sla::Breached : Sla::Met;
    }
    if (due <= now)
        return Sla::Breached;
    if (c.slaAtRiskAt.isValid() && c.slaAtRiskAt <= now)
        return Sla::AtRisk;
    return Sla::Running;
}

QString slaText(Sla sla)
{
    switch (sla) {
    case Sla::None:
        return u"no SLA"_s;
    case Sla::Met:
        return u"met"_s;
    case Sla::AtRisk:
        return u"at risk"_s;
    case Sla::Breached:
        return u"missed"_s;
    case Sla::Running:
        return u"running"_s;
    }
    return {};
}

struct Conversation
{
    QString platform;
    QDateTime startedAt;
    QString author;
    QString firstText;
    qint64 comments = 0;
    const ReportReply* reply = nullptr;
    QDateTime firstCommentAt; // of the comment the reply answered
    Sla sla = Sla::None;
};

struct HiddenCounts
{
    qint64 automatic = 0;
    qint64 confirmed = 0;
    qint64 awaiting = 0;
};

// The buckets of the volume chart: hours of a day (23, 24 or 25), or days of a longer period.
struct Buckets
{
    QStringList labels;
    QList<QDateTime> starts; // UTC
    QList<qint64> startMs; // the same, as milliseconds since the epoch
    QList<qint64> counts;

    explicit Buckets(const ReportPeriod& period)
    {
        if (period.first == period.last) {
            const bool unusual = period.seconds() != 24 * 3600;
            for (QDateTime at = period.start; at < period.end; at = at.addSecs(3600)) {
                starts.append(at);
                const QString local = at.toTimeZone(period.zone).toString(u"HH:mm"_s);
                labels.append(unusual ? localTime(at, period.zone).mid(11) : local);
            }
        } else {
            for (QDate day = period.first; day <= period.last; day = day.addDays(1)) {
                starts.append(startOfLocalDay(day, period.zone));
                labels.append(day.toString(u"MM-dd ddd"_s));
            }
        }
        counts.fill(0, starts.size());
        for (const QDateTime& start : starts)
            startMs.append(start.toMSecsSinceEpoch());
    }

    void add(const QDateTime& at)
    {
        const auto it = std::upper_bound(startMs.cbegin(), startMs.cend(), at.toMSecsSinceEpoch());
        if (it != startMs.cbegin())
            ++counts[int(it - startMs.cbegin()) - 1];
    }
};

} // namespace

Result<Report> buildReport(Database& database, const ReportPeriod& period, const ReportOptions& options)
{
    Report report;
    report.title = period.kind == ReportKind::Daily ? u"Daily report"_s
        : period.kind == ReportKind::Weekly         ? u"Weekly report"_s
                                                    : u"Monthly report"_s;
    report.agencyName = options.agencyName;
    report.agencyLogo = options.agencyLogo;
    report.period = period;
    report.generatedAt = database.clock().now().toUTC();
    const QDateTime now = report.generatedAt;

    // The head first: every row read below was written at or before it.
    auto head = AuditStore(database).head();
    if (!head)
        return head.error();
    report.auditHead = *head;

    const ReportStore store(database);
    auto replies = store.repliesSentSince(period.start);
    if (!replies)
        return replies.error();

    Tally byPlatform, bySource, byAction, byCategory;
    Buckets buckets(period);
    QList<qint64> firstReply;
    qint64 commentCount = 0, caseCount = 0, hiddenCount = 0, escalatedCount = 0;
    qint64 slaCounts[5] = { 0, 0, 0, 0, 0 };
    QMap<std::pair<QString, QString>, HiddenCounts> hidden;
    QMap<std::pair<QString, QString>, qint64> policyEscalations;
    QHash<QString, int> conversationIndex;
    QList<Conversation> conversations;
    TrendingTerms trending;

    Error read = store.forEachComment(period.start, period.end, [&](const ReportComment& c) {
        ++commentCount;
        byPlatform.add(c.platform);
        bySource.add(c.source);
        byAction.add(orNone(c.action, u"not decided yet"_s));
        byCategory.add(orNone(c.category));
        buckets.add(c.createdAt);
        // A hidden comment's words count, but it is never quoted: it may hold personal data.
        trending.add(c.text, c.action != u"hide"_s);
        const ReportReply* reply = nullptr;
        if (auto it = replies->constFind(c.id); it != replies->cend()) {
            reply = &*it;
            firstReply.append(c.createdAt.secsTo(reply->sentAt));
        }
        if (c.action == u"hide"_s) {
            ++hiddenCount;
            HiddenCounts& h = hidden[{ orNone(c.ruleId), c.clause }];
            if (c.hideMode == u"automatic"_s)
                ++h.automatic;
            else if (c.hideConfirmed)
                ++h.confirmed;
            else
                ++h.awaiting;
        } else if (c.action == u"escalate"_s) {
            ++escalatedCount;
            ++policyEscalations[{ orNone(c.ruleId), orNone(c.queue) }];
        }
        if (c.caseId == 0)
            return;
        ++caseCount;
        const Sla sla = slaOf(c, reply, now);
        ++slaCounts[int(sla)];
        const QString key = c.platform + u'\x1f' + (c.conversationId.isEmpty() ? c.platformId : c.conversationId)
            + u'\x1f' + c.authorId;
        auto found = conversationIndex.constFind(key);
        if (found == conversationIndex.cend()) {
            found = conversationIndex.insert(key, int(conversations.size()));
            conversations.append(Conversation { c.platform, c.createdAt,
                                                c.authorHandle.isEmpty() ? c.authorId : u"@"_s + c.authorHandle,
                                                c.action == u"hide"_s
                                                    ? u"(not shown: hidden under %1)"_s.arg(orNone(c.clause, c.ruleId))
                                                    : excerpt(c.text),
                                                0, nullptr, {}, sla });
        }
        Conversation& conversation = conversations[*found];
        ++conversation.comments;
        if (reply && (!conversation.reply || reply->sentAt < conversation.reply->sentAt)) {
            conversation.reply = reply;
            conversation.firstCommentAt = c.createdAt;
        }
    });
    if (read.isError())
        return read;

    // The baseline days before the period, for the trending terms.
    const ReportPeriod baseline = period.before(options.trendingBaselineDays);
    if (Error error = store.forEachText(baseline.start, baseline.end, [&](const QString& text) { trending.addBaseline(text); });
        error.isError())
        return error;

    auto drafts = store.draftsSubmitted(period.start, period.end);
    if (!drafts)
        return drafts.error();
    auto reviews = store.reviews(period.start, period.end);
    if (!reviews)
        return reviews.error();
    auto refusals = store.refusals(period.start, period.end);
    if (!refusals)
        return refusals.error();
    auto reauth = store.reauthentications(period.start, period.end);
    if (!reauth)
        return reauth.error();
    auto escalations = store.escalations(period.start, period.end);
    if (!escalations)
        return escalations.error();

    // Volume.
    report.tables.append(tallyTable(u"volume_by_platform"_s, u"Volume by platform"_s, u"Platform"_s, byPlatform));
    report.tables.append(tallyTable(u"volume_by_source"_s, u"Volume by source"_s, u"Source"_s, bySource));
    report.tables.append(tallyTable(u"volume_by_action"_s, u"Volume by action"_s, u"Action"_s, byAction));
    report.tables.append(tallyTable(u"volume_by_category"_s, u"Volume by category"_s, u"Category"_s, byCategory));
    {
        const bool daily = period.first == period.last;
        ReportTable table { daily ? u"volume_by_hour"_s : u"volume_by_day"_s,
                            daily ? u"Volume by hour"_s : u"Volume by day"_s,
                            daily && period.seconds() != 24 * 3600
                                ? u"This day has %1 hours: the clocks changed."_s.arg(period.seconds() / 3600)
                                : QString(),
                            { daily ? u"Hour (local)"_s : u"Day"_s, u"Comments"_s },
                            { false, true },
                            {} };
        for (int i = 0; i < buckets.labels.size(); ++i)
            table.rows.append({ buckets.labels.at(i), QString::number(buckets.counts.at(i)) });
        report.tables.append(table);
        ReportChart chart { ReportChart::Kind::Line, table.id, daily ? u"Comments by hour"_s : u"Comments by day"_s,
                            u"comments"_s, buckets.labels, {} };
        for (const qint64 n : buckets.counts)
            chart.values.append(double(n));
        report.charts.append(chart);
    }
    report.charts.append(chartOf(ReportChart::Kind::Bar, u"volume_by_action"_s, u"Comments by action"_s,
                                 report.tables.at(2)));
    report.charts.append(chartOf(ReportChart::Kind::Bar, u"volume_by_category"_s, u"Comments by category"_s,
                                 report.tables.at(3), 8));

    // Response times.
    QList<qint64> turnaround;
    for (const ReportReview& review : *reviews)
        turnaround.append(review.submittedAt.secsTo(review.reviewedAt));
    {
        ReportTable table { u"response_times"_s, u"Response times"_s,
                            u"Time to first reply: from the comment to the platform accepting our reply. "
                            "Review turnaround: from a draft's submission to its review. Nearest-rank percentiles."_s,
                            { u"Measure"_s, u"Count"_s, u"Median"_s, u"90th percentile"_s, u"Longest"_s },
                            { false, true, true, true, true },
                            {} };
        const auto row = [](const QString& what, QList<qint64> values) {
            const qsizetype n = values.size();
            if (n == 0)
                return QStringList { what, u"0"_s, u"—"_s, u"—"_s, u"—"_s };
            const qint64 median = percentile(values, 50);
            const qint64 p90 = percentile(values, 90);
            return QStringList { what, QString::number(n), duration(median), duration(p90), duration(values.last()) };
        };
        table.rows.append(row(u"Time to first reply"_s, firstReply));
        table.rows.append(row(u"Review turnaround"_s, turnaround));
        report.tables.append(table);
    }

    // SLAs.
    const qint64 withSla = caseCount - slaCounts[int(Sla::None)];
    {
        ReportTable table { u"sla"_s, u"Service levels"_s,
                            u"Cases opened for this period's comments that have a service level, as of the report's time."_s,
                            { u"State"_s, u"Cases"_s, u"Share"_s },
                            { false, true, true },
                            {} };
        for (const Sla sla : { Sla::Met, Sla::AtRisk, Sla::Breached, Sla::Running })
            table.rows.append({ slaText(sla), QString::number(slaCounts[int(sla)]), share(slaCounts[int(sla)], withSla) });
        table.rows.append({ slaText(Sla::None), QString::number(slaCounts[int(Sla::None)]), QString() });
        report.tables.append(table);
        report.charts.append(chartOf(ReportChart::Kind::Bar, u"sla"_s, u"Service levels"_s, table, 4));
        report.charts.last().valueLabel = u"cases"_s;
    }

    // People.
    {
        QMap<QString, QSet<qint64>> handled;
        QMap<QString, QList<qint64>> handling;
        for (const ReportDraft& draft : *drafts) {
            handled[draft.author].insert(draft.caseId);
            const QDateTime from = draft.assignedAt.isValid() && draft.assignedAt <= draft.submittedAt
                ? draft.assignedAt
                : draft.caseCreatedAt;
            handling[draft.author].append(from.secsTo(draft.submittedAt));
        }
        ReportTable table { u"agents"_s, u"Agents"_s,
                            u"Drafts submitted in this period; handling time runs from the case's assignment to the submission."_s,
                            { u"Agent"_s, u"Cases handled"_s, u"Drafts submitted"_s, u"Median handling time"_s },
                            { false, true, true, true },
                            {} };
        for (auto it = handled.cbegin(); it != handled.cend(); ++it) {
            QList<qint64> times = handling.value(it.key());
            const qsizetype submitted = times.size();
            table.rows.append({ it.key(), QString::number(it->size()), QString::number(submitted),
                                duration(percentile(times, 50)) });
        }
        if (table.rows.isEmpty())
            table.note = u"No drafts were submitted in this period."_s;
        report.tables.append(table);
    }
    {
        struct Tallies
        {
            qint64 approved = 0, returned = 0;
            QList<qint64> times;
        };
        QMap<QString, Tallies> byReviewer;
        for (const ReportReview& review : *reviews) {
            Tallies& t = byReviewer[review.reviewer];
            (review.verdict == u"approved"_s ? t.approved : t.returned) += 1;
            t.times.append(review.submittedAt.secsTo(review.reviewedAt));
        }
        ReportTable table { u"reviewers"_s, u"Reviewers"_s, {},
                            { u"Reviewer"_s, u"Approved"_s, u"Returned"_s, u"Median turnaround"_s },
                            { false, true, true, true },
                            {} };
        for (auto it = byReviewer.begin(); it != byReviewer.end(); ++it)
            table.rows.append({ it.key(), QString::number(it->approved), QString::number(it->returned),
                                duration(percentile(it->times, 50)) });
        if (table.rows.isEmpty())
            table.note = u"No reviews in this period."_s;
        report.tables.append(table);
    }

    // Hidden, escalated.
    {
        ReportTable table { u"hidden"_s, u"Hidden by rule and clause"_s,
                            u"Automatic: hidden by the policy at once. Confirmed: proposed by the policy and confirmed by an agent."_s,
                            { u"Rule"_s, u"Clause"_s, u"Automatic"_s, u"Confirmed"_s, u"Awaiting or rejected"_s, u"Total"_s },
                            { false, false, true, true, true, true },
                            {} };
        for (auto it = hidden.cbegin(); it != hidden.cend(); ++it)
            table.rows.append({ it.key().first, it.key().second, QString::number(it->automatic),
                                QString::number(it->confirmed), QString::number(it->awaiting),
                                QString::number(it->automatic + it->confirmed + it->awaiting) });
        if (table.rows.isEmpty())
            table.note = u"Nothing was hidden in this period."_s;
        report.tables.append(table);
    }
    {
        ReportTable table { u"escalations"_s, u"Escalations"_s,
                            u"By the policy (the comment's decision) and by people (a case sent to another queue)."_s,
                            { u"Escalated by"_s, u"Queue"_s, u"Cases"_s },
                            { false, false, true },
                            {} };
        for (auto it = policyEscalations.cbegin(); it != policyEscalations.cend(); ++it)
            table.rows.append({ u"policy rule "_s + it.key().first, it.key().second, QString::number(it.value()) });
        QMap<std::pair<QString, QString>, qint64> byPeople;
        for (const ReportEscalation& e : *escalations)
            ++byPeople[{ e.actor, orNone(e.queue) }];
        for (auto it = byPeople.cbegin(); it != byPeople.cend(); ++it)
            table.rows.append({ it.key().first, it.key().second, QString::number(it.value()) });
        if (table.rows.isEmpty())
            table.note = u"No escalations in this period."_s;
        report.tables.append(table);
    }

    // Answers.
    {
        Tally answers;
        for (const ReportDraft& draft : *drafts)
            if (!draft.answerKey.isEmpty())
                answers.add(draft.answerKey);
        ReportTable table { u"answers_used"_s, u"Answers used most"_s, u"Drafts submitted in this period that started from an approved answer."_s,
                            { u"Answer"_s, u"Drafts"_s }, { false, true }, {} };
        for (const auto& [key, n] : answers.sorted()) {
            if (table.rows.size() == 20)
                break;
            table.rows.append({ key, QString::number(n) });
        }
        report.tables.append(table);
    }

    // Platforms.
    {
        ReportTable table { u"refused_sends"_s, u"Sends the platform refused"_s, {},
                            { u"When"_s, u"Account"_s, u"Kind"_s, u"Comment"_s, u"Platform's reason"_s },
                            { false, false, false, true, false },
                            {} };
        for (const ReportRefusal& r : *refusals)
            table.rows.append({ localTime(r.at, period.zone), r.account, r.kind, QString::number(r.commentId),
                                excerpt(r.error) });
        if (table.rows.isEmpty())
            table.note = u"The platforms refused nothing in this period."_s;
        report.tables.append(table);
    }
    {
        ReportTable table { u"reauthentication"_s, u"Accounts that needed re-authentication"_s, {},
                            { u"When"_s, u"Account"_s, u"Platform"_s, u"Reason"_s },
                            { false, false, false, false },
                            {} };
        for (const ReportAccountEvent& e : *reauth)
            table.rows.append({ e.at.isValid() ? localTime(e.at, period.zone) : u"still now"_s, e.account, e.platform,
                                excerpt(e.reason) });
        if (table.rows.isEmpty())
            table.note = u"Every account stayed signed in."_s;
        report.tables.append(table);
    }

    // Trending terms.
    {
        const double periodDays = double(period.first.daysTo(period.last) + 1);
        ReportTable table { u"trending"_s, u"Trending terms"_s,
                            u"Against the %1 days before; a term counts once a comment."_s.arg(options.trendingBaselineDays),
                            { u"Term"_s, u"Comments"_s, u"Daily before"_s, u"Ratio"_s, u"Example"_s, u"Example"_s },
                            { false, true, true, true, false, false },
                            {} };
        for (const TrendingTerms::Term& term : trending.top(periodDays, options.trendingBaselineDays)) {
            table.rows.append({ term.term, QString::number(term.count), QString::number(term.baselinePerDay, 'f', 1),
                                QString::number(term.ratio, 'f', 1), excerpt(term.examples.value(0), 140),
                                excerpt(term.examples.value(1), 140) });
        }
        if (table.rows.isEmpty())
            table.note = u"No term stands out against the days before."_s;
        report.tables.append(table);
    }

    // Conversations.
    {
        ReportTable table { u"conversations"_s, u"Conversations"_s,
                            u"One row per person and thread with a case in this period."_s,
                            { u"Platform"_s, u"Started"_s, u"Author"_s, u"First comment"_s, u"Comments"_s,
                              u"First reply"_s, u"Written / approved by"_s, u"Time to reply"_s, u"SLA"_s },
                            { false, false, false, false, true, false, false, true, false },
                            {} };
        for (const Conversation& c : conversations) {
            table.rows.append({ c.platform, localTime(c.startedAt, period.zone), c.author, c.firstText,
                                QString::number(c.comments), c.reply ? localTime(c.reply->sentAt, period.zone) : u"—"_s,
                                c.reply ? u"%1 / %2"_s.arg(c.reply->author, c.reply->reviewer) : QString(),
                                c.reply ? duration(c.startedAt.secsTo(c.reply->sentAt)) : u"—"_s, slaText(c.sla) });
        }
        if (table.rows.isEmpty())
            table.note = u"No cases were opened for this period's comments."_s;
        report.tables.append(table);
    }

    // The summary page.
    qint64 repliesInPeriod = 0;
    for (const ReportReply& reply : *replies)
        repliesInPeriod += period.contains(reply.sentAt) ? 1 : 0;
    QList<qint64> medianReply = firstReply;
    report.summary = {
        { u"Comments"_s, QString::number(commentCount) },
        { u"Cases opened"_s, QString::number(caseCount) },
        { u"Replies sent"_s, QString::number(repliesInPeriod) },
        { u"Hidden"_s, QString::number(hiddenCount) },
        { u"Escalated"_s, QString::number(escalatedCount + escalations->size()) },
        { u"Median time to first reply"_s, firstReply.isEmpty() ? u"—"_s : duration(percentile(medianReply, 50)) },
        // Of the cases whose deadline is decided (met or missed): a day still running is not 0 %.
        { u"SLA met"_s, share(slaCounts[int(Sla::Met)], slaCounts[int(Sla::Met)] + slaCounts[int(Sla::Breached)]) },
        { u"Sends refused"_s, QString::number(refusals->size()) },
    };
    return report;
}

Result<QTimeZone> siteReportZone(Database& database, const QString& explicitTz)
{
    if (!explicitTz.isEmpty())
        return reportZone(explicitTz, {}, {});
    auto site = SettingsStore(database).value(u"timezone"_s);
    if (!site)
        return site.error();
    QString policyZone;
    if (!site->has_value()) {
        auto active = PolicyStore(database).active();
        if (!active)
            return active.error();
        if (active->has_value()) {
            auto document = PolicySnapshot::load((*active)->document, u"policy version %1"_s.arg((*active)->id));
            if (!document)
                return document.error();
            policyZone = document->timezoneId;
        }
    }
    return reportZone({}, site->value_or(QString()), policyZone);
}

Result<ReportOptions> siteReportOptions(Database& database)
{
    ReportOptions options;
    const SettingsStore settings(database);
    auto name = settings.value(u"agency.name"_s);
    if (!name)
        return name.error();
    options.agencyName = name->value_or(QString());
    auto logo = settings.agencyLogo();
    if (!logo)
        return logo.error();
    options.agencyLogo = *logo;
    return options;
}

} // namespace moderation
