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

void InMemoryAuthorActivity::record(const Comment& comment)
{
    if (!comment.createdAt.isValid())
        return;
    const int p = platformIndex(comment);
    std::vector<qint64>& times = comment.author.id.isEmpty() ? m_byHandle[p][comment.author.handle.toLower()]
                                                             : m_byId[p][comment.author.id];
    const qint64 at = comment.createdAt.toMSecsSinceEpoch();
    // Streams arrive mostly in time order: appending is the common case.
    if (times.empty() || times.back() <= at)
        times.push_back(at);
    else
        times.insert(std::upper_bound(times.begin(), times.end(), at), at);
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
}

qsizetype InMemoryAuthorActivity::authorCount() const
{
    return m_byId[0].size() + m_byId[1].size() + m_byHandle[0].size() + m_byHandle[1].size();
}

} // namespace moderation
