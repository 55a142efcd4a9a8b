#include "model/Error.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

TEST(Result, HoldsAValueOrAnError)
{
    const Result<int> value = 7;
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(*value, 7);
    EXPECT_FALSE(value.error().isError());

    const Result<int> failed = Error(Error::Code::NotFound, u"no such thing"_s);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), Error::Code::NotFound);
    EXPECT_EQ(failed.error().message(), u"no such thing"_s);
}

// A failure must say something: ok() false with an error() that reports none would let a caller
// print an empty line, or take the failure for success where it tests error().isError().
TEST(Result, AnErrorWithoutACodeBecomesAnInternalErrorThatSaysSo)
{
    const Result<int> fromDefault = Error();
    ASSERT_FALSE(fromDefault.ok());
    EXPECT_TRUE(fromDefault.error().isError());
    EXPECT_EQ(fromDefault.error().code(), Error::Code::Internal);
    EXPECT_TRUE(fromDefault.error().message().contains(u"no code"_s)) << fromDefault.error().message().toStdString();

    const Result<QString> fromNone = Error::none();
    ASSERT_FALSE(fromNone.ok());
    EXPECT_EQ(fromNone.error().code(), Error::Code::Internal);
}

TEST(Error, BuildersSayWhereAndWhat)
{
    Error error(Error::Code::InvalidInput, u"unexpected comma"_s);
    error.at(u"policy.json"_s, 3, 7);
    EXPECT_EQ(error.toString(), u"policy.json:3:7: unexpected comma"_s);
    EXPECT_EQ(Error(Error::Code::Corrupt, u"bad"_s).prefixed(u"reading"_s).message(), u"reading: bad"_s);
    EXPECT_TRUE(Error(Error::Code::Corrupt, u"x"_s).isEnvironmental());
    EXPECT_FALSE(Error(Error::Code::InvalidInput, u"x"_s).isEnvironmental());
}
