#pragma once

#include "model/Account.h"
#include "model/Case.h"
#include "model/Error.h"
#include "model/User.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace moderation {

class Database;

// What the supervisor's dashboard shows, read in one go on the store thread.
struct DashboardData
{
    struct AgentLoad
    {
        User user;
        int held = 0; // cases asking for their work (what capacity counts)
    };
    struct AccountRow
    {
        Account account;
        AccountQuota posts; // today's posts against the quota
        AccountQuota reads; // this hour's reads
    };
    // Label and count, in the order the report gives them.
    struct Tally
    {
        QStringList labels;
        QList<double> values;
    };

    QDateTime now; // the store's time when read
    QHash<QString, qint64> queueSizes; // open cases per queue
    QList<Case> openCases; // breached first, then at risk, then by deadline (at most kCaseLimit read)
    int atRisk = 0;
    int breached = 0;
    QList<AgentLoad> agents; // people with the agent role, by login
    QHash<qint64, QString> logins; // every user's login by id
    QList<AccountRow> accounts;
    // Today in the site's time zone, as the daily report counts it (reports/ReportBuilder): the
    // comments written today by what was decided for them, by hour and by category.
    QString dayLabel;
    Tally byAction;
    Tally byHour;
    Tally byCategory;

    static constexpr int kCaseLimit = 500;

    static Result<DashboardData> read(Database& database);
};

} // namespace moderation
