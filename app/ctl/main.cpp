#include "Command.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Whether the first command word (after the global options, as runCtl reads them) is `report`:
// those commands draw PDFs, and text needs fonts, which need the GUI platform.
bool drawsReports(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (arg[0] != '-')
            return std::strcmp(arg, "report") == 0;
        if (std::strcmp(arg, "--db") == 0)
            ++i; // its value
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // Every other command stays a QCoreApplication: no display, no fonts, nothing to load. A
    // report draws on the offscreen platform (fonts through fontconfig) unless told otherwise.
    std::unique_ptr<QCoreApplication> app;
    if (drawsReports(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A scheduled task or a service has no session: Qt then makes its own runtime folder and
        // says so on stderr, a line a script would take for a failure. Only that line is dropped.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            if (previous)
                previous(type, context, message);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ModerationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("moderation-desk"));

    QFile inFile;
    (void)inFile.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(&inFile);
    moderation::ctl::CommandIo io { out, err, in, &inFile };

    const int code = moderation::ctl::runCtl(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
