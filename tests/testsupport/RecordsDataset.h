#pragma once

#include "WorkFixture.h"

namespace moderation::test {

// A small store for the records export tests, on both engines, every action at a known time:
//  - 2026-11-01 09:00Z fb-1, a Facebook page comment by "A Neighbour" (2001), edited at 09:30
//    (one history row); decision "thanks" (ignore).
//  - 2026-11-01 15:00Z x-1002 by @Citizen (1001), text with a line break, comma and quotes;
//    decision "question" (respond); its case: a draft returned, a second approved, the reply sent.
//  - 2026-11-02 08:00Z x-1003 by @Citizen (1001); decision "thanks" (ignore).
//  - 2026-11-02 20:00Z x-1004, our own post (@agency, 9009); no decision.
//  - 2026-11-03 10:00Z x-1005 by @Citizen (1001); decision "question" (respond), no case.
// Actions on a comment happen on its day; the migrations ran at the real time, outside.
class RecordsDatasetTest : public WorkTest
{
protected:
    void SetUp() override;

    static QDateTime utc(int day, int hour, int minute = 0);

    qint64 m_edited = 0; // fb-1
    qint64 m_answered = 0; // x-1002
    qint64 m_thanks = 0; // x-1003
    qint64 m_ours = 0; // x-1004
    qint64 m_later = 0; // x-1005, the third day
    qint64 m_case = 0;
    qint64 m_returnedDraft = 0;
    qint64 m_approvedDraft = 0;
    qint64 m_reply = 0; // the outbox row
};

} // namespace moderation::test
