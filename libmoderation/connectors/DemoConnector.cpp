#include "connectors/DemoConnector.h"

#include "connectors/TwitterClient.h"


#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// A cursor or page-token position; -1 when the text is not one.
int position(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? value : -1;
}

PlatformResult<WatchPage> refused(const QString& message)
{
    PlatformResult<WatchPage> result;
    result.outcome.status = PlatformOutcome::Status::Refused;
    result.outcome.message = message;
    return result;
}

} // namespace

DemoConnector::DemoConnector(Account account, double speed, const Clock& clock, std::shared_ptr<DemoRecord> record)
    : m_account(std::move(account))
    , m_speed(speed)
    , m_clock(clock)
    , m_record(record ? std::move(record) : std::make_shared<DemoRecord>())
    , m_startedAt(clock.now().toUTC())
{
}

Result<std::unique_ptr<DemoConnector>> DemoConnector::create(const QString& folder, const QString& accountName,
    double speed, const Clock& clock, std::shared_ptr<DemoRecord> record)
{
    auto manifest = DemoRecording::readManifest(folder);
    if (!manifest)
        return manifest.error();
    return create(folder, *manifest, accountName, speed, clock, std::move(record));
}

Result<std::unique_ptr<DemoConnector>> DemoConnector::create(const QString& folder, const DemoManifest& manifest,
    const QString& accountName, double speed, const Clock& clock, std::shared_ptr<DemoRecord> record)
{
    if (!(speed > 0) || !std::isfinite(speed))
        return Error(Error::Code::InvalidInput, u"the demo replay's speed must be a positive number"_s);
    const Account* account = manifest.account(accountName);
    if (!account)
        return Error(Error::Code::NotFound, u"the demo recording has no account named \"%1\""_s.arg(accountName));

    std::unique_ptr<DemoConnector> connector(new DemoConnector(*account, speed, clock, std::move(record)));
    struct Read
    {
        QDateTime at;
        Comment comment;
    };
    QHash<QString, QList<Read>> reads;
    for (const DemoPage& page : manifest.pages) {
        if (page.account != accountName)
            continue;
        const QString watch = connector->watchFor(page.source);
        if (watch.isEmpty())
            continue; // the account does not watch this source any more
        auto comments = DemoRecording::readPage(folder, manifest, page);
        if (!comments)
            return comments.error();
        QDateTime newest;
        for (const Comment& comment : *comments) {
            if (comment.createdAt.isValid() && (!newest.isValid() || comment.createdAt > newest))
                newest = comment.createdAt;
        }
        QList<Read>& timeline = reads[watch];
        for (Comment comment : *comments) {
            comment.accountName = accountName;
            // Read before in this watch: the same text is not news; another text is an edit,
            // which arrives when the page that shows it was read (its newest comment).
            const auto earlier = std::find_if(timeline.cbegin(), timeline.cend(),
                [&](const Read& read) { return read.comment.platformId == comment.platformId; });
            QDateTime at = comment.createdAt;
            if (earlier != timeline.cend()) {
                if (earlier->comment.text == comment.text)
                    continue;
                at = std::max(newest, earlier->at);
            }
            timeline.append({ at, comment });
        }
    }

    QDateTime first;
    for (const QList<Read>& timeline : std::as_const(reads)) {
        for (const Read& read : timeline) {
            if (read.at.isValid() && (!first.isValid() || read.at < first))
                first = read.at;
        }
    }
    for (auto it = reads.begin(); it != reads.end(); ++it) {
        QList<Replayed> replayed;
        for (const Read& read : std::as_const(it.value()))
            replayed.append({ read.at.isValid() ? first.msecsTo(read.at) : 0, read.comment });
        // By recorded time; the page order breaks ties (an edit after its original).
        std::stable_sort(replayed.begin(), replayed.end(),
            [](const Replayed& a, const Replayed& b) { return a.offsetMs < b.offsetMs; });
        connector->m_timelines.insert(it.key(), replayed);
    }
    return connector;
}

QString DemoConnector::watchFor(Source source) const
{
    for (const QString& watch : m_account.watches) {
        switch (source) {
        case Source::Mention:
            if (watch == u"mentions"_s)
                return watch;
            break;
        case Source::Reply:
            if (watch == u"replies"_s)
                return watch;
            break;
        case Source::Search:
            if (watch.startsWith(u"search:"_s))
                return watch;
            break;
        case Source::PageComment:
            if (watch == u"page-comments"_s)
                return watch;
            break;
        }
    }
    return {};
}

QDateTime DemoConnector::arrival(const Replayed& replayed) const
{
    return m_startedAt.addMSecs(qint64(std::ceil(double(replayed.offsetMs) / m_speed)));
}

int DemoConnector::arrivedBy(const QList<Replayed>& timeline, const QDateTime& now) const
{
    const auto end = std::partition_point(
        timeline.cbegin(), timeline.cend(), [&](const Replayed& replayed) { return arrival(replayed) <= now; });
    return int(end - timeline.cbegin());
}

QDateTime DemoConnector::arrivalOf(const QString& watch, int position) const
{
    const auto timeline = m_timelines.constFind(watch);
    if (timeline == m_timelines.cend() || position < 0 || position >= timeline->size())
        return {};
    return arrival(timeline->at(position));
}

QDateTime DemoConnector::finishesAt() const
{
    QDateTime last = m_startedAt;
    for (const QList<Replayed>& timeline : m_timelines) {
        if (!timeline.isEmpty())
            last = std::max(last, arrival(timeline.constLast()));
    }
    return last;
}

int DemoConnector::size(const QString& watch) const
{
    return int(m_timelines.value(watch).size());
}

PlatformResult<WatchPage> DemoConnector::fetch(
    const QString& watch, const QString& cursor, const QString& pageToken, const QDateTime& now)
{
    PlatformResult<WatchPage> result;
    const QList<Replayed> timeline = m_timelines.value(watch);
    // A cursor from another recording (or none) starts the watch from its beginning.
    const int stored = std::min<int>(std::max(position(cursor), 0), int(timeline.size()));
    int from = stored;
    int end = arrivedBy(timeline, now);
    if (!pageToken.isEmpty()) {
        // "FROM:END": the poll's end is fixed on its first page, as a platform's since_id is.
        const QStringList parts = pageToken.split(u':');
        if (parts.size() != 2 || position(parts.at(0)) < 0 || position(parts.at(1)) < position(parts.at(0))
            || position(parts.at(1)) > timeline.size())
            return refused(u"%1: not a demo page token: \"%2\""_s.arg(watch, pageToken));
        from = position(parts.at(0));
        end = position(parts.at(1));
    } else if (end > stored) {
        result.value.nextCursor = QString::number(end);
    }
    const int last = std::min(from + kPageSize, std::max(end, from));
    for (int i = from; i < last; ++i)
        result.value.comments.append(timeline.at(i).comment);
    if (last < end)
        result.value.nextPageToken = u"%1:%2"_s.arg(last).arg(end);
    return result;
}

PlatformResult<SendReceipt> DemoConnector::send(const QString& kind, const QString& target, const QString& text)
{
    PlatformResult<SendReceipt> result;
    auto added = m_record->add(m_clock.now(), m_account.name, kind, target, text);
    if (!added) {
        // Nothing was recorded, so nothing happened: the outbox may try again.
        result.outcome.status = PlatformOutcome::Status::NotReached;
        result.outcome.message = added.error().toString();
        return result;
    }
    result.value.platformId = added->id;
    return result;
}

PlatformResult<SendReceipt> DemoConnector::reply(const QString& target, const QString&, const QString& text)
{
    return send(u"reply"_s, target, text);
}

PlatformResult<SendReceipt> DemoConnector::setHidden(const QString& target, bool hidden)
{
    return send(hidden ? u"hide"_s : u"unhide"_s, target, {});
}

PlatformResult<SendReceipt> DemoConnector::remove(const QString& target)
{
    return send(u"delete"_s, target, {});
}

PlatformResult<std::optional<FoundReply>> DemoConnector::findReply(
    const QString& target, const QString&, const QString& text)
{
    PlatformResult<std::optional<FoundReply>> result;
    if (const auto found = m_record->findReply(m_account.name, target, text))
        result.value = FoundReply { found->id, found->text };
    return result;
}

QString DemoConnector::cannotHideReason(const Comment& comment) const
{
    if (m_account.platform == Platform::Twitter)
        return TwitterClient::hideRestriction(comment, m_account.externalId);
    return {};
}

} // namespace moderation
