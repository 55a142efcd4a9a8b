#include "routing/Router.h"

#include "routing/SlaClock.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/UserStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

bool worksQueue(const User& user, const QString& queue)
{
    return user.queues.isEmpty() || user.queues.contains(queue);
}

// An agent who may take pushed work now, with what they hold.
struct Seat
{
    User user;
    int held = 0;
};

} // namespace

Result<User> Router::agent(const QString& login) const
{
    auto user = UserStore(m_database).byLogin(login);
    if (!user)
        return user.error();
    if (!user->hasRole(Role::Agent))
        return Error(Error::Code::Refused, u"%1 does not have the agent role: only agents take cases"_s.arg(login));
    if (!user->active)
        return Error(Error::Code::Refused, u"%1 is no longer active"_s.arg(login));
    return user;
}

Result<std::optional<Case>> Router::next(const QString& login, const QString& actor)
{
    auto user = agent(login);
    if (!user)
        return user.error();
    // Breached cases first move to their breach queues, so the claim sees where they are.
    if (auto swept = SlaClock(m_database).sweep(actor); !swept)
        return swept.error();
    return CaseStore(m_database).claimNext(user->id, user->queues, user->capacity, actor);
}

Result<Case> Router::assign(qint64 caseId, const QString& login, const QString& actor)
{
    auto user = agent(login);
    if (!user)
        return user.error();
    return CaseStore(m_database).assign(caseId, user->id, user->capacity, actor);
}

Result<Case> Router::release(qint64 caseId, const QString& actor)
{
    return CaseStore(m_database).release(caseId, actor);
}

Result<int> Router::assignWaiting(const QString& actor, int limit)
{
    auto users = UserStore(m_database).list();
    if (!users)
        return users.error();
    CaseStore cases(m_database);
    std::vector<Seat> seats;
    for (const User& user : *users) {
        if (!user.hasRole(Role::Agent) || !user.active || user.presence != User::Presence::Available)
            continue;
        auto held = cases.heldBy(user.id);
        if (!held)
            return held.error();
        seats.push_back({ user, *held });
    }
    if (seats.empty())
        return 0;

    QList<Case> waiting;
    for (const Case::State state : { Case::State::New, Case::State::Escalated }) {
        CaseFilter filter;
        filter.state = state;
        auto found = cases.list(filter, limit);
        if (!found)
            return found.error();
        waiting += *found;
    }
    int assigned = 0;
    for (const Case& c : std::as_const(waiting)) {
        Seat* chosen = nullptr;
        auto holder = cases.conversationHolder(c.id);
        if (!holder)
            return holder.error();
        if (*holder) {
            const auto seat = std::find_if(seats.begin(), seats.end(), [&](const Seat& s) { return s.user.id == **holder; });
            if (seat != seats.end() && seat->held < seat->user.capacity)
                chosen = &*seat;
        }
        if (!chosen) {
            for (Seat& seat : seats) {
                if (!worksQueue(seat.user, c.queue) || seat.held >= seat.user.capacity)
                    continue;
                if (!chosen || seat.held < chosen->held)
                    chosen = &seat;
            }
        }
        if (!chosen)
            continue; // waits unassigned in its queue
        auto taken = cases.assign(c.id, chosen->user.id, chosen->user.capacity, actor);
        if (!taken) {
            // Claimed meanwhile by someone pulling: not an error for the push.
            if (taken.error().code() == Error::Code::Conflict)
                continue;
            return taken.error();
        }
        ++chosen->held;
        ++assigned;
    }
    return assigned;
}

Result<User> Router::setPresence(const QString& login, User::Presence presence, const QString& actor)
{
    std::optional<User> result;
    const Error error = m_database.transaction([&]() -> Error {
        UserStore::Change change;
        change.presence = presence;
        auto changed = UserStore(m_database).change(login, change, actor);
        if (!changed)
            return changed.error();
        result = *changed;
        if (presence != User::Presence::Offline)
            return {};
        CaseStore cases(m_database);
        CaseFilter filter;
        filter.state = Case::State::Assigned;
        filter.assigneeId = changed->id;
        auto held = cases.list(filter);
        if (!held)
            return held.error();
        for (const Case& c : *held) {
            auto released = cases.move(c.id, Case::State::New, u"%1 went offline"_s.arg(login), actor);
            if (!released)
                return released.error();
        }
        return {};
    });
    if (error.isError())
        return error;
    return *result;
}

} // namespace moderation
