#pragma once

#include "connectors/WebhookSignature.h"
#include "model/Account.h"
#include "model/CommentQuery.h"
#include "model/Error.h"

namespace moderation {

class Database;

struct WebhookIngestResult
{
    IngestResult stored; // new, edited and removed comments
    int ignored = 0; // hides and unhides (the platform's state, not a comment's text), unknown verbs,
                     // removals of comments never stored, changes for another page
};

// Stores what a Facebook Page webhook delivery says about comments, as a poll would have: a new
// comment (add) stored once, an edit updating its comment with the earlier text kept, a removal
// marking the stored comment removed; the page's own comments kept as context (ours). One
// transaction for the delivery. The sync's next round decides the new comments.
Result<WebhookIngestResult> ingestWebhookChanges(Database& database, const Account& account,
                                                 const QList<WebhookChange>& changes);

} // namespace moderation
