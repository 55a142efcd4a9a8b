#include <QApplication>
#include <gtest/gtest.h>

// Widget tests run without a display: the offscreen platform must be chosen before the
// QApplication exists (a CTest environment may already have set it).
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModerationDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("moderation-gui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
