#include "CommentBuilders.h"

#include "connectors/TwitterReplyRule.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

// Before an agent drafts: would X refuse the reply under the tier rule of 2026-02-23?
TEST(TwitterReplyRule, AMentionMayBeAnswered)
{
    EXPECT_TRUE(TwitterReplyRule::warning(tweet(u"1"_s, u"@agency when?"_s).source(Source::Mention), u"42"_s).isEmpty());
}

TEST(TwitterReplyRule, ASearchHitThatNeverNamesTheAccountIsWarnedAbout)
{
    Comment found = tweet(u"1"_s, u"#AskUSCIS when is my interview?"_s).source(Source::Search);
    found.rawJson = R"({"id":"1","text":"#AskUSCIS when is my interview?","entities":{"hashtags":[{"tag":"AskUSCIS"}]}})";
    const QString warning = TwitterReplyRule::warning(found, u"42"_s);
    EXPECT_TRUE(warning.contains(u"mentioned or quoted"_s)) << warning.toStdString();
}

TEST(TwitterReplyRule, ASearchHitThatMentionsTheAccountOrRepliesToItMayBeAnswered)
{
    Comment mentioning = tweet(u"1"_s, u"@agency #AskUSCIS when?"_s).source(Source::Search);
    mentioning.rawJson = R"({"id":"1","entities":{"mentions":[{"start":0,"end":7,"username":"agency","id":"42"}]}})";
    EXPECT_TRUE(TwitterReplyRule::warning(mentioning, u"42"_s).isEmpty());
    Comment replying = tweet(u"2"_s, u"thanks"_s).source(Source::Reply);
    replying.rawJson = R"({"id":"2","in_reply_to_user_id":"42"})";
    EXPECT_TRUE(TwitterReplyRule::warning(replying, u"42"_s).isEmpty());
    Comment otherAccount = tweet(u"3"_s, u"@someone else"_s).source(Source::Search);
    otherAccount.rawJson = R"({"id":"3","entities":{"mentions":[{"id":"7"}]}})";
    EXPECT_FALSE(TwitterReplyRule::warning(otherAccount, u"42"_s).isEmpty());
}

TEST(TwitterReplyRule, FacebookHasNoSuchRule)
{
    EXPECT_TRUE(TwitterReplyRule::warning(pageComment(u"1_2"_s, u"when?"_s), u"42"_s).isEmpty());
}
