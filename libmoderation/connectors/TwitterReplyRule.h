#pragma once

#include "model/Comment.h"

#include <QString>

namespace moderation {

// X's reply restriction for self-serve tiers (since 2026-02-23, PLATFORMS.md section 2): an
// account may reply only to a post whose author @mentioned or quoted it. Checked before a reply
// is drafted, so an agent does not write one the platform will refuse.
namespace TwitterReplyRule {

// Empty when X allows the reply (any platform but X, a mention, a post that mentions the account
// in its entities, one that replies to the account); otherwise the warning to show.
QString warning(const Comment& comment, const QString& ownUserId);

} // namespace TwitterReplyRule

} // namespace moderation
