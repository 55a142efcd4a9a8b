#pragma once

#include "connectors/PlatformFailure.h"
#include "connectors/UnreadableItem.h"
#include "model/Comment.h"
#include "model/Error.h"

#include <QList>
#include <QStringList>

namespace moderation {

// What a page of X posts is read for.
struct TwitterReadContext
{
    Source source = Source::Mention; // the endpoint's source: mention, search or reply
    QString accountName; // the watched account the page came through
    // The watched account's user id. Its own posts (an @-rule or a hashtag search also returns
    // them) are flagged Comment::ours, and a post that replies to it is a reply whatever endpoint
    // found it.
    QString ownUserId;
    QString origin; // the URL or file, for errors
    // Quarantine: a malformed post of data[] goes to TwitterPage::unreadable and the rest of the
    // page is read. Off: any malformed post fails the whole page.
    bool quarantine = false;
};

// One page of GET /2/users/:id/mentions or GET /2/tweets/search/recent, read.
struct TwitterPage
{
    QList<Comment> comments; // in the page's order: newest first
    QString newestId; // meta.newest_id: the next poll's since_id, from the first page
    QString oldestId;
    QString nextToken; // empty on the last page
    QString previousToken;
    int resultCount = 0;
    QList<PlatformProblem> problems; // errors[] beside data: the page is still good
    QStringList warnings; // what was odd but not fatal, e.g. an author missing from includes.users
    QList<UnreadableItem> unreadable; // quarantined posts (TwitterReadContext::quarantine)
    int retweetsSkipped = 0; // retweets carry no words of their own: never comments

    bool isLastPage() const { return nextToken.isEmpty(); }
};

// X API v2 bodies to comments. Accepts the field names of both spec generations: tweet
// (edit_history_tweet_ids, referenced_tweets, note_tweet, includes.tweets) and post
// (edit_history_post_ids, referenced_posts, note_post, includes.posts), see PLATFORMS.md section 1.
// Each comment keeps its post object as compact JSON. A body that breaks the format (not JSON,
// wrong types, a post without id, text, author_id or a valid created_at) is an Error naming the
// origin and the JSON path, and none of the page is returned; with the context's quarantine on,
// a malformed post of data[] is set aside instead (the body must still be JSON). Retweets
// (referenced type "retweeted") are left out.
namespace TwitterPayload {

Result<TwitterPage> parsePage(const QByteArray& body, const TwitterReadContext& context);

// The body of a failed request, classified: problem+json ({type, title, detail, status}), the
// older {"errors":[{"code":88,…}]} shape, or no JSON at all (a proxy's HTML page). The problem
// type's host is ignored (api.twitter.com became api.x.com): only its last segment counts.
PlatformFailure parseFailure(const QByteArray& body, int httpStatus, const QString& origin = {});

// Whether the body of a 200 is a failure rather than a page (no data and no meta, but an error).
bool looksLikeFailure(const QJsonObject& body);

// Post ids are decimal strings of up to 19 digits.
bool isValidPostId(const QString& id);

} // namespace TwitterPayload

} // namespace moderation
