#include "reports/ReportWriters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

// This area's main makes a QCoreApplication: no fonts, so no PDF, and no crash either.
TEST(ReportPdfWithoutGui, IsAnEnvironmentErrorSayingItNeedsTheGuiPlatform)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    Report report;
    report.title = u"Daily report"_s;
    const QString path = temp.filePath(u"report.pdf"_s);
    const Error error = writePdfReport(report, path);
    ASSERT_TRUE(error.isError());
    EXPECT_TRUE(error.isEnvironmental()); // exit 3
    EXPECT_NE(error.code(), Error::Code::Integrity);
    EXPECT_TRUE(error.message().contains(u"GUI platform"_s)) << error.message().toStdString();
    EXPECT_TRUE(error.message().contains(path));
    EXPECT_FALSE(QFileInfo::exists(path));
}
