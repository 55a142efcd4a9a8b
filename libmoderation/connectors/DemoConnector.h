#pragma once

#include "connectors/DemoRecord.h"
#include "connectors/DemoRecording.h"
#include "connectors/PlatformClient.h"
#include "model/Clock.h"

#include <QHash>

#include <memory>

namespace moderation {

// A PlatformClient that replays one demo account of a recording (connectors/DemoRecording) as
// if it were live: the account's recorded comments arrive by their created_at, the account's
// first recorded comment at the connector's start and the others after their recorded gaps,
// divided by `speed` (1: real time; 60: a recorded minute a second). So successive sync rounds
// read what has "arrived" since the last one, a watch's cursor being the position of the last
// replayed comment in that watch's timeline. Comments keep their recorded ids and times (the
// office-hours policy's time windows still apply). An edited comment read again by a later page
// (Facebook's refresh) arrives with that page's newest comment, as the edit it is.
//
// Nothing is sent anywhere: replies, hides, unhides and deletes go to the local record
// (DemoRecord), which findReply reads, so the outbox's reconciliation works as with a platform.
class DemoConnector final : public PlatformClient
{
public:
    // Comments a page holds at most; the rest of a poll follows by page token.
    static constexpr int kPageSize = 50;

    // Reads the account's pages from `folder`; an Error when the account is not in the manifest,
    // a page does not read, or `speed` is not positive. Starts now by `clock` (not owned, must
    // outlive the connector). `record` (shared with other connectors) gets the sends; none: a
    // record of its own, in memory.
    static Result<std::unique_ptr<DemoConnector>> create(const QString& folder, const DemoManifest& manifest,
        const QString& accountName, double speed, const Clock& clock, std::shared_ptr<DemoRecord> record = {});
    // The same, reading the manifest from `folder`.
    static Result<std::unique_ptr<DemoConnector>> create(const QString& folder, const QString& accountName,
        double speed, const Clock& clock, std::shared_ptr<DemoRecord> record = {});

    // When the replay started (the account's first recorded comment arrives then).
    QDateTime startedAt() const { return m_startedAt; }
    void setStartedAt(const QDateTime& at) { m_startedAt = at.toUTC(); }
    // When the comment at `position` of `watch` arrives; invalid past the end or for another watch.
    QDateTime arrivalOf(const QString& watch, int position) const;
    // When the last comment of the account arrives: the replay is over after it.
    QDateTime finishesAt() const;
    // How many comments `watch` replays in all.
    int size(const QString& watch) const;

    const DemoRecord& record() const { return *m_record; }

    Platform platform() const override { return m_account.platform; }
    PlatformResult<WatchPage> fetch(
        const QString& watch, const QString& cursor, const QString& pageToken, const QDateTime& now) override;
    PlatformResult<SendReceipt> reply(const QString& target, const QString& conversationId, const QString& text) override;
    PlatformResult<SendReceipt> setHidden(const QString& target, bool hidden) override;
    PlatformResult<SendReceipt> remove(const QString& target) override;
    PlatformResult<std::optional<FoundReply>> findReply(
        const QString& target, const QString& conversationId, const QString& text) override;
    // X: the rule TwitterClient applies (only replies in the account's conversations); Facebook:
    // none (the demo page may hide any comment).
    QString cannotHideReason(const Comment& comment) const override;

private:
    struct Replayed
    {
        qint64 offsetMs = 0; // from the account's first recorded comment, in recorded time
        Comment comment;
    };

    DemoConnector(Account account, double speed, const Clock& clock, std::shared_ptr<DemoRecord> record);
    // Which of the account's watches a page of `source` belongs to; empty when none.
    QString watchFor(Source source) const;
    QDateTime arrival(const Replayed& replayed) const;
    // How many comments of `timeline` have arrived at `now`.
    int arrivedBy(const QList<Replayed>& timeline, const QDateTime& now) const;
    PlatformResult<SendReceipt> send(const QString& kind, const QString& target, const QString& text);

    Account m_account;
    double m_speed = 1.0;
    const Clock& m_clock;
    std::shared_ptr<DemoRecord> m_record;
    QDateTime m_startedAt;
    QHash<QString, QList<Replayed>> m_timelines; // by watch, in arrival order
};

} // namespace moderation
