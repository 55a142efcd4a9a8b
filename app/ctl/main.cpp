#include "Command.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModerationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("moderation-desk"));

    QFile inFile;
    (void)inFile.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(&inFile);
    moderation::ctl::CommandIo io { out, err, in, &inFile };

    const int code = moderation::ctl::runCtl(app.arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
