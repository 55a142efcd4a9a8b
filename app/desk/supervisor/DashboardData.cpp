#include "DashboardData.h"

#include "reports/ReportBuilder.h"
#include "storage/AccountStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/UserStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

int severity(SlaStatus status)
{
    switch (status) {
    case SlaStatus::Breached:
        return 0;
    case SlaStatus::AtRisk:
        return 1;
    case SlaStatus::Ok:
        return 2;
    case SlaStatus::None:
        break;
    }
    return 3;
}

DashboardData::Tally tallyOf(const Report& report, const QString& chartId)
{
    DashboardData::Tally tally;
    for (const ReportChart& chart : report.charts) {
        if (chart.id == chartId) {
            tally.labels = chart.labels;
            tally.values = chart.values;
        }
    }
    return tally;
}

} // namespace

Result<DashboardData> DashboardData::read(Database& database)
{
    DashboardData data;
    data.now = database.clock().now();
    CaseStore cases(database);
    auto sizes = cases.openCountByQueue();
    if (!sizes)
        return sizes.error();
    data.queueSizes = *sizes;

    CaseFilter open;
    open.openOnly = true;
    auto openCases = cases.list(open, kCaseLimit);
    if (!openCases)
        return openCases.error();
    data.openCases = *openCases;
    for (const Case& c : std::as_const(data.openCases)) {
        const SlaStatus status = slaStatus(c, data.now);
        data.atRisk += status == SlaStatus::AtRisk;
        data.breached += status == SlaStatus::Breached;
    }
    std::stable_sort(data.openCases.begin(), data.openCases.end(), [&](const Case& a, const Case& b) {
        const int x = severity(slaStatus(a, data.now)), y = severity(slaStatus(b, data.now));
        if (x != y)
            return x < y;
        return a.slaDueAt.isValid() && b.slaDueAt.isValid() && a.slaDueAt < b.slaDueAt;
    });

    auto users = UserStore(database).list();
    if (!users)
        return users.error();
    for (const User& user : std::as_const(*users)) {
        data.logins.insert(user.id, user.login);
        if (!user.hasRole(Role::Agent) || !user.active)
            continue;
        auto held = cases.heldBy(user.id);
        if (!held)
            return held.error();
        data.agents.append(AgentLoad { user, *held });
    }

    AccountStore accountStore(database);
    auto accounts = accountStore.list();
    if (!accounts)
        return accounts.error();
    for (const Account& account : std::as_const(*accounts)) {
        AccountRow row { account, {}, {} };
        auto posts = accountStore.quota(account.id, AccountQuota::Kind::Post, data.now);
        if (!posts)
            return posts.error();
        row.posts = *posts;
        auto reads = accountStore.quota(account.id, AccountQuota::Kind::Read, data.now);
        if (!reads)
            return reads.error();
        row.reads = *reads;
        data.accounts.append(row);
    }

    // The day's volumes come from the daily report's own builder, so that the dashboard and the
    // report a supervisor prints tonight count the same things the same way.
    auto zone = siteReportZone(database, {});
    if (!zone)
        return zone.error();
    const ReportPeriod today = ReportPeriod::day(data.now.toTimeZone(*zone).date(), *zone);
    auto report = buildReport(database, today);
    if (!report)
        return report.error();
    data.dayLabel = today.label();
    data.byAction = tallyOf(*report, u"volume_by_action"_s);
    data.byHour = tallyOf(*report, u"volume_by_hour"_s);
    data.byCategory = tallyOf(*report, u"volume_by_category"_s);
    return data;
}

} // namespace moderation
