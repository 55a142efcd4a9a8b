#include "policy/AuthorActivity.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

QString AuthorActivity::authorKey(const Comment& comment)
{
    const QString platform = toString(comment.platform);
    if (!comment.author.id.isEmpty())
        return platform + u"|id|"_s + comment.author.id;
    return platform + u"|@|"_s + comment.author.handle.toLower();
}

void InMemoryAuthorActivity::record(const Comment& comment)
{
    if (!comment.createdAt.isValid())
        return;
    std::vector<qint64>& times = m_times[authorKey(comment)];
    const qint64 at = comment.createdAt.toMSecsSinceEpoch();
    // Streams arrive mostly in time order: appending is the common case.
    if (times.empty() || times.back() <= at)
        times.push_back(at);
    else
        times.insert(std::upper_bound(times.begin(), times.end(), at), at);
}

int InMemoryAuthorActivity::countWithin(const Comment& comment, qint64 seconds) const
{
    if (!comment.createdAt.isValid())
        return 0;
    const auto found = m_times.constFind(authorKey(comment));
    if (found == m_times.constEnd())
        return 0;
    const std::vector<qint64>& times = found.value();
    const qint64 at = comment.createdAt.toMSecsSinceEpoch();
    const auto first = std::lower_bound(times.begin(), times.end(), at - seconds * 1000);
    const auto last = std::upper_bound(times.begin(), times.end(), at);
    return int(last - first);
}

} // namespace moderation
