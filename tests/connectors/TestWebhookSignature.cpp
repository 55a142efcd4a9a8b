#include "connectors/WebhookSignature.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QByteArray kSecret = "app-secret-1234";

// A Page delivery as Meta sends it: escaped unicode, two comment changes and a reaction.
const QByteArray kDelivery = R"({"object":"page","entry":[{"id":"104560123456789","time":1762092431,"changes":[
 {"field":"feed","value":{"from":{"id":"7291834561234567","name":"Rosa D\u00edaz"},"item":"comment",
  "comment_id":"122158977000111222_1061871819373070","post_id":"104560123456789_122158977000111222",
  "parent_id":"104560123456789_122158977000111222","verb":"add","created_time":1762092409,
  "message":"\u00bfCu\u00e1nto tarda?"}},
 {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"104560123456789_122158977000111222"}},
 {"field":"feed","value":{"item":"comment","comment_id":"122158977000111222_1061871819400777",
  "post_id":"104560123456789_122158977000111222","parent_id":"122158977000111222_1061871819373070",
  "verb":"remove","created_time":1762092500}}]}]})";

} // namespace

TEST(WebhookSignature, VerifiesTheHmacOfTheRawBodyWithOrWithoutThePrefix)
{
    const QByteArray signature = WebhookSignature::sign(kDelivery, kSecret);
    ASSERT_TRUE(signature.startsWith("sha256="));
    EXPECT_EQ(signature.size(), 7 + 64);
    EXPECT_TRUE(WebhookSignature::verify(kDelivery, signature, kSecret));
    EXPECT_TRUE(WebhookSignature::verify(kDelivery, signature.mid(7), kSecret));
    EXPECT_TRUE(WebhookSignature::verify(kDelivery, signature.toUpper().replace("SHA256=", "sha256="), kSecret));
}

TEST(WebhookSignature, RefusesAChangedBodyAWrongSecretAndAMissingSignature)
{
    const QByteArray signature = WebhookSignature::sign(kDelivery, kSecret);
    QByteArray changed = kDelivery;
    changed.replace("add", "hide");
    EXPECT_FALSE(WebhookSignature::verify(changed, signature, kSecret));
    EXPECT_FALSE(WebhookSignature::verify(kDelivery, signature, "other-secret"));
    EXPECT_FALSE(WebhookSignature::verify(kDelivery, {}, kSecret));
    EXPECT_FALSE(WebhookSignature::verify(kDelivery, "sha256=", kSecret));
    EXPECT_FALSE(WebhookSignature::verify(kDelivery, signature, {}));
    EXPECT_FALSE(WebhookSignature::verify(kDelivery, signature.left(40), kSecret));
}

TEST(WebhookSignature, ReadsTheCommentChangesOfAPageDelivery)
{
    auto changes = WebhookSignature::parse(kDelivery);
    ASSERT_TRUE(changes.ok()) << changes.error().toString().toStdString();
    ASSERT_EQ(changes->size(), 2); // the reaction is not a comment
    const WebhookChange& added = changes->at(0);
    EXPECT_EQ(added.pageId, u"104560123456789"_s);
    EXPECT_EQ(added.commentId, u"122158977000111222_1061871819373070"_s);
    EXPECT_EQ(added.postId, u"104560123456789_122158977000111222"_s);
    EXPECT_EQ(added.parentId, u"104560123456789_122158977000111222"_s);
    EXPECT_EQ(added.verb, WebhookChange::Verb::Add);
    EXPECT_EQ(added.message, u"¿Cuánto tarda?"_s);
    EXPECT_EQ(added.fromId, u"7291834561234567"_s);
    EXPECT_EQ(added.fromName, u"Rosa Díaz"_s);
    EXPECT_EQ(added.createdAt, QDateTime::fromSecsSinceEpoch(1762092409, Qt::UTC));
    EXPECT_EQ(changes->at(1).verb, WebhookChange::Verb::Remove);
    EXPECT_EQ(changes->at(1).parentId, u"122158977000111222_1061871819373070"_s);
}

TEST(WebhookSignature, KnowsEveryVerbSpelling)
{
    EXPECT_EQ(WebhookSignature::verbFrom(u"edited"_s), WebhookChange::Verb::Edit);
    EXPECT_EQ(WebhookSignature::verbFrom(u"edit"_s), WebhookChange::Verb::Edit);
    EXPECT_EQ(WebhookSignature::verbFrom(u"hide"_s), WebhookChange::Verb::Hide);
    EXPECT_EQ(WebhookSignature::verbFrom(u"unhide"_s), WebhookChange::Verb::Unhide);
    EXPECT_EQ(WebhookSignature::verbFrom(u"remove"_s), WebhookChange::Verb::Remove);
    EXPECT_EQ(WebhookSignature::verbFrom(u"block"_s), WebhookChange::Verb::Other);
}

TEST(WebhookSignature, ABodyThatIsNotAPageDeliveryIsAnError)
{
    EXPECT_FALSE(WebhookSignature::parse("not json").ok());
    EXPECT_FALSE(WebhookSignature::parse(R"({"object":"instagram","entry":[]})").ok());
    auto missing = WebhookSignature::parse(
        R"({"object":"page","entry":[{"id":"1","changes":[{"field":"feed","value":{"item":"comment","verb":"add"}}]}]})");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message().contains(u"$.entry[0].changes[0].value.comment_id"_s))
        << missing.error().message().toStdString();
}
