#include <QGuiApplication>
#include <gtest/gtest.h>

// Tests that draw (the PDF reports: fonts need the GUI platform) without widgets: a
// QGuiApplication on the offscreen platform, chosen before it exists unless the environment
// already chose one.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModerationDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("moderation-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
