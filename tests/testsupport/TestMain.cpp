#include <QCoreApplication>

#include <gtest/gtest.h>

// The Qt application object exists before GoogleTest starts, as in MuseScore's test main.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModerationDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("moderation-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
