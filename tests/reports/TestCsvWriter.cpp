#include "reports/CsvWriter.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

TEST(CsvWriter, QuotesOnlyFieldsThatNeedItAndDoublesTheirQuotes)
{
    EXPECT_EQ(CsvWriter::field(u"plain"_s), u"plain"_s);
    EXPECT_EQ(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(CsvWriter::field(u"cr\r"_s), u"\"cr\r\""_s);
    EXPECT_EQ(CsvWriter::field(QString()), QString());
    EXPECT_EQ(CsvWriter::row({ u"1"_s, u"x,y"_s, {} }), u"1,\"x,y\",\r\n"_s);
}

TEST(CsvWriter, WritesUtf8BehindAByteOrderMarkWithCrlfRows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow({ u"comment_id"_s, u"text"_s });
    writer.writeRow({ u"7"_s, u"¿Dónde está mi caso? \"urgente\""_s });
    ASSERT_TRUE(writer.flush());
    EXPECT_EQ(bytes, QByteArray("\xEF\xBB\xBF"
                                "comment_id,text\r\n"
                                "7,\"\xC2\xBF"
                                "D\xC3\xB3nde est\xC3\xA1 mi caso? \"\"urgente\"\"\"\r\n"));
}

TEST(CsvWriter, FlushReportsADeviceThatRefusesToWrite)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly)); // not writable
    CsvWriter writer(&buffer);
    writer.writeRow({ u"a"_s });
    EXPECT_FALSE(writer.flush());
}
