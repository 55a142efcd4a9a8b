#include "AccountListCommand.h"

#include "storage/AccountStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

// What a person reads: "ok", "needs re-authentication", "rate limited until …", "removed".
QString stateText(const Account& account, const QDateTime& now)
{
    switch (account.state) {
    case Account::State::Ok:
        return u"ok"_s;
    case Account::State::NeedsReauth:
        return u"needs re-authentication"_s;
    case Account::State::RateLimited:
        if (account.rateLimitedUntil.isValid() && account.rateLimitedUntil > now)
            return u"rate limited until %1"_s.arg(account.rateLimitedUntil.toString(Qt::ISODate));
        return u"ok"_s; // the limit has passed
    case Account::State::Disabled:
        return u"removed"_s;
    }
    return {};
}

QJsonObject quotaJson(const AccountStore::Quota& quota)
{
    return QJsonObject { { u"limit"_s, quota.limit },
                         { u"used"_s, quota.used },
                         { u"left"_s, quota.left() },
                         { u"resets_at"_s, quota.resetsAt.toString(Qt::ISODate) } };
}

} // namespace

void AccountListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON (one array)."_s));
}

int AccountListCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                        const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    AccountStore store(database);
    auto accounts = store.list();
    if (!accounts)
        return reportError(io, accounts.error());
    const QDateTime now = database.clock().now();
    const bool json = parser.isSet(u"json"_s);
    QJsonArray array;
    for (const Account& account : *accounts) {
        auto posts = store.quota(account.id, AccountStore::UsageKind::Post, now);
        if (!posts)
            return reportError(io, posts.error());
        auto reads = store.quota(account.id, AccountStore::UsageKind::Read, now);
        if (!reads)
            return reportError(io, reads.error());
        const QString state = stateText(account, now);
        if (json) {
            array.append(QJsonObject {
                { u"name"_s, account.name },
                { u"platform"_s, toString(account.platform) },
                { u"external_id"_s, account.externalId },
                { u"base_url"_s, account.baseUrl },
                { u"watches"_s, QJsonArray::fromStringList(account.watches) },
                { u"state"_s, toString(account.state) },
                { u"state_text"_s, state },
                { u"state_reason"_s, account.stateReason },
                { u"rate_limited_until"_s,
                  account.rateLimitedUntil.isValid() ? QJsonValue(account.rateLimitedUntil.toString(Qt::ISODate))
                                                     : QJsonValue() },
                { u"posts"_s, quotaJson(*posts) },
                { u"reads"_s, quotaJson(*reads) },
            });
            continue;
        }
        io.out << account.name << '\t' << toString(account.platform) << '\t' << account.externalId << '\t' << state
               << '\t'
               << u"posts %1/%2 left until %3"_s.arg(posts->left())
                      .arg(posts->limit)
                      .arg(posts->resetsAt.toString(Qt::ISODate))
               << '\t'
               << u"reads %1/%2 left until %3"_s.arg(reads->left())
                      .arg(reads->limit)
                      .arg(reads->resetsAt.toString(Qt::ISODate))
               << '\t' << account.watches.join(u',') << '\n';
        if (!account.stateReason.isEmpty() && account.state != Account::State::Ok)
            io.out << "  why: " << account.stateReason.simplified() << '\n';
    }
    if (json)
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
