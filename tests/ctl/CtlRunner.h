#pragma once

#include "ctl/Command.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <gtest/gtest.h>

namespace moderation::test {

// What one moderationctl run left behind.
struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI in this process, with buffers for its streams.
inline CtlRun runCtlWith(const QStringList& arguments, QString input = {})
{
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input);
    ctl::CommandIo io { out, err, in, nullptr };
    run.exitCode = ctl::runCtl(arguments, io);
    out.flush();
    err.flush();
    return run;
}

// Runs the real moderationctl binary (optionally behind a wrapper such as setpriv), with the
// given environment and stdin closed, as a script would.
inline CtlRun runCtlProcess(const QStringList& arguments,
                            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                            const QStringList& wrapper = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QStringList commandLine = wrapper;
    commandLine << QStringLiteral(MODERATIONCTL_PATH) << arguments;
    process.start(commandLine.takeFirst(), commandLine);
    CtlRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("moderationctl did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The contract for a failure: exactly one line on stderr, "moderationctl: …", naming the cause.
inline void expectOneErrorLine(const CtlRun& run, const QString& mentions)
{
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("moderationctl: "))) << run.err.toStdString();
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.endsWith(u'\n')) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(mentions, Qt::CaseInsensitive))
        << "expected '" << mentions.toStdString() << "' in: " << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

} // namespace moderation::test
