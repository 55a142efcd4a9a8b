#include "policy/AuthorActivity.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

int platformIndex(const Comment& comment)
{
    return comment.platform == Platform::Twitter ? 0 : 1;
}

} // namespace

InMemoryAuthorActivity::InMemoryAuthorActivity(qint64 windowSeconds)
    : m_windowMs(windowSeconds > 0 ? windowSeconds * 1000 : 0)
{
}

void InMemoryAuthorActivity::record(const Comment& comment)
{
    if (!comment.createdAt.isValid())
        return;
    const qint64 at = comment.createdAt.toMSecsSinceEpoch();
    m_newestMs = std::max(m_newestMs, at);
    // Already out of the window behind the newest comment: nothing newer can count it.
    if (m_windowMs > 0 && at < m_newestMs - m_windowMs)
        return;
    const int p = platformIndex(comment);
    Times& times = comment.author.id.isEmpty() ? m_byHandle[p][comment.author.handle.toLower()]
                                               : m_byId[p][comment.author.id];
    // Streams arrive mostly in time order (appended) or newest first (prepended); both are
    // constant time on a deque, only a time in the middle shifts the shorter side.
    if (times.empty() || times.back() <= at)
        times.push_back(at);
    else if (times.front() >= at)
        times.push_front(at);
    else
        times.insert(std::upper_bound(times.begin(), times.end(), at), at);
    ++m_retained;
    // Amortised: every time what is kept has doubled since the last look.
    if (m_windowMs > 0 && m_retained > 2 * std::max<qsizetype>(m_retainedAfterForget, 1024))
        forget();
}

void InMemoryAuthorActivity::forget()
{
    const qint64 horizon = m_newestMs - m_windowMs;
    m_retained = 0;
    for (auto* byKey : { &m_byId[0], &m_byId[1], &m_byHandle[0], &m_byHandle[1] }) {
        for (auto it = byKey->begin(); it != byKey->end();) {
            Times& times = it.value();
            while (!times.empty() && times.front() < horizon)
                times.pop_front();
            if (times.empty()) {
                it = byKey->erase(it);
            } else {
                m_retained += qsizetype(times.size());
                ++it;
            }
        }
    }
    m_retainedAfterForget = m_retained;
}

const InMemoryAuthorActivity::Times* InMemoryAuthorActivity::find(const Comment& comment) const
{
    const int p = platformIndex(comment);
    if (!comment.author.id.isEmpty()) {
        const auto found = m_byId[p].constFind(comment.author.id);
        return found == m_byId[p].constEnd() ? nullptr : &found.value();
    }
    const auto found = m_byHandle[p].constFind(comment.author.handle.toLower());
    return found == m_byHandle[p].constEnd() ? nullptr : &found.value();
}

int InMemoryAuthorActivity::countWithin(const Comment& comment, qint64 seconds) const
{
    if (!comment.createdAt.isValid())
        return 0;
    const Times* times = find(comment);
    if (!times)
        return 0;
    const qint64 at = comment.createdAt.toMSecsSinceEpoch();
    const auto first = std::lower_bound(times->begin(), times->end(), at - seconds * 1000);
    const auto last = std::upper_bound(times->begin(), times->end(), at);
    return int(last - first);
}

void InMemoryAuthorActivity::clear()
{
    for (int p = 0; p < 2; ++p) {
        m_byId[p].clear();
        m_byHandle[p].clear();
    }
    m_newestMs = std::numeric_limits<qint64>::min();
    m_retained = 0;
    m_retainedAfterForget = 0;
}

qsizetype InMemoryAuthorActivity::retainedCount() const
{
    return m_retained;
}

qsizetype InMemoryAuthorActivity::authorCount() const
{
    return m_byId[0].size() + m_byId[1].size() + m_byHandle[0].size() + m_byHandle[1].size();
}

} // namespace moderation
