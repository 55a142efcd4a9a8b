#include "routing/SlaClock.h"

#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/QueueStore.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// At risk once three quarters of the time have passed.
constexpr qint64 riskSeconds(qint64 seconds)
{
    return seconds * 3 / 4;
}

} // namespace

Result<Queue> SlaClock::settingsOf(const QString& queue)
{
    if (auto cached = m_queues.constFind(queue); cached != m_queues.cend())
        return *cached;
    auto stored = QueueStore(m_database).byName(queue);
    if (!stored)
        return stored.error();
    const Queue settings = stored->value_or(Queue { queue, {}, {}, {}, {} });
    m_queues.insert(queue, settings);
    return settings;
}

Result<OfficeHours> SlaClock::hoursOf(const QString& queue)
{
    if (auto cached = m_hours.constFind(queue); cached != m_hours.cend())
        return *cached;
    auto settings = settingsOf(queue);
    if (!settings)
        return settings.error();
    auto hours = OfficeHours::parse(settings->hours, settings->timeZone);
    if (!hours)
        return hours.error().prefixed(u"queue %1"_s.arg(queue));
    m_hours.insert(queue, *hours);
    return *hours;
}

Result<std::optional<SlaDeadline>> SlaClock::deadline(const QString& queue, std::optional<qint64> seconds,
                                                      const QDateTime& start)
{
    if (!seconds)
        return std::optional<SlaDeadline>();
    auto hours = hoursOf(queue);
    if (!hours)
        return hours.error();
    auto due = hours->addOpenSeconds(start, *seconds);
    if (!due)
        return due.error().prefixed(u"queue %1"_s.arg(queue));
    auto risk = hours->addOpenSeconds(start, riskSeconds(*seconds));
    if (!risk)
        return risk.error().prefixed(u"queue %1"_s.arg(queue));
    return std::optional<SlaDeadline>(SlaDeadline { *seconds, start, *risk, *due });
}

Result<Queue> SlaClock::setQueue(const QString& name, const QueueChange& change, const QString& actor)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return Error(Error::Code::InvalidInput, u"a queue's name has 1 to 64 characters"_s);
    auto current = QueueStore(m_database).byName(name);
    if (!current)
        return current.error();
    Queue after = current->value_or(Queue { name, {}, {}, {}, {} });
    if (change.hours)
        after.hours = change.hours->trimmed();
    if (change.timeZone)
        after.timeZone = change.timeZone->trimmed();
    if (change.breachTo)
        after.breachTo = change.breachTo->trimmed();
    if (after.breachTo == name)
        return Error(Error::Code::InvalidInput, u"queue %1 cannot be its own breach queue"_s.arg(name));
    if (after.breachTo.size() > 64)
        return Error(Error::Code::InvalidInput, u"a breach queue's name has at most 64 characters"_s);
    auto hours = OfficeHours::parse(after.hours, after.timeZone);
    if (!hours)
        return hours.error();
    if (!after.timeZone.isEmpty() && after.hours.isEmpty() && !QTimeZone(after.timeZone.toUtf8()).isValid())
        return Error(Error::Code::InvalidInput,
                     u"\"%1\" is not a time zone this machine knows (an IANA name such as America/New_York)"_s.arg(
                         after.timeZone));

    const Error error = m_database.transaction([&]() -> Error {
        if (Error saved = QueueStore(m_database).save(after, actor); saved.isError())
            return saved;
        m_queues.insert(name, after);
        m_hours.insert(name, *hours);
        CaseStore cases(m_database);
        auto running = cases.withRunningSla(name);
        if (!running)
            return running.error();
        for (const Case& c : *running) {
            auto recomputed = deadline(name, c.slaSeconds, c.slaStartedAt);
            if (!recomputed)
                return recomputed.error().forRecord(QString::number(c.id));
            if (Error set = cases.setDeadline(c.id, **recomputed, actor); set.isError())
                return set;
        }
        return {};
    });
    if (error.isError()) {
        m_queues.clear();
        m_hours.clear();
        return error;
    }
    auto stored = QueueStore(m_database).byName(name);
    if (!stored)
        return stored.error();
    return stored->value_or(after);
}

Result<int> SlaClock::sweep(const QString& actor)
{
    CaseStore cases(m_database);
    if (!m_database.inTransaction()) {
        // Most sweeps find nothing: one indexed read through the statement cache, no transaction.
        auto any = cases.overdue(m_database.clock().now(), 1);
        if (!any)
            return any.error();
        if (any->isEmpty())
            return 0;
    }
    int marked = 0;
    const Error error = m_database.transaction([&]() -> Error {
        for (;;) {
            auto overdue = cases.overdue(m_database.clock().now(), 500);
            if (!overdue)
                return overdue.error();
            qsizetype skipped = 0; // a full batch with a case left for another comes back the same
            for (const Case& c : *overdue) {
                auto settings = settingsOf(c.queue);
                if (!settings)
                    return settings.error();
                auto breached = cases.markBreached(c.id, settings->breachTo, actor);
                if (!breached) {
                    // Not this role's to change (its own savepoint rolled back): left for another.
                    if (breached.error().code() == Error::Code::Refused && !m_database.isSqlite()) {
                        ++skipped;
                        continue;
                    }
                    return breached.error().forRecord(QString::number(c.id));
                }
                ++marked;
            }
            if (overdue->size() < 500 || skipped > 0)
                return {};
        }
    });
    if (error.isError())
        return error;
    return marked;
}

} // namespace moderation
