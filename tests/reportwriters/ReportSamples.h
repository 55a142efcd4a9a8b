#pragma once

// Reports built by hand for the writers' tests: the same shapes reports/DailyReport builds from
// the store, with text chosen to stress each format.

#include "reports/Report.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace moderation::test {

using namespace Qt::StringLiterals;

inline const QString kAuditHash = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
inline const QString kHostileComment = u"<script>alert(1)</script> \"&' and, a comma\nand a second line"_s;

inline QByteArray sampleLogoPng()
{
    QImage logo(360, 120, QImage::Format_RGB32);
    logo.fill(QColor(31, 59, 92));
    QPainter painter(&logo);
    painter.fillRect(QRect(20, 20, 80, 80), Qt::white);
    painter.fillRect(QRect(120, 40, 220, 16), Qt::white);
    painter.fillRect(QRect(120, 70, 160, 12), QColor(200, 206, 214));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    (void)buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return bytes;
}

// `conversations` rows in the "conversations" table: row N's first cell is "ROW-NNNN".
inline Report sampleReport(int conversations = 200)
{
    Report report;
    report.title = u"Daily report"_s;
    report.agencyName = u"City of Springfield — Department of Public Works"_s;
    report.agencyLogo = sampleLogoPng();
    // 1 November 2026 in New York: clocks go back, a day of 25 hours.
    report.period = ReportPeriod::day(QDate(2026, 11, 1), QTimeZone("America/New_York"));
    report.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(6, 0), QTimeZone::utc());
    report.auditHead = { 4711, kAuditHash };
    report.summary = {
        { u"Comments"_s, u"1,204"_s },
        { u"Replies sent"_s, u"312"_s },
        { u"Hidden"_s, u"87"_s },
        { u"Escalations"_s, u"9"_s },
        { u"Median time to first reply"_s, u"14 min"_s },
        { u"90th percentile time to first reply"_s, u"1 h 52 min"_s },
        { u"Replies within SLA"_s, u"93.4 %"_s },
        { u"Review turnaround (median)"_s, u"6 min"_s },
    };

    ReportChart platforms;
    platforms.kind = ReportChart::Kind::Bar;
    platforms.id = u"volume_by_platform"_s;
    platforms.title = u"Volume by platform"_s;
    platforms.valueLabel = u"comments"_s;
    platforms.labels = { u"Facebook"_s, u"X"_s };
    platforms.values = { 812, 392 };

    ReportChart reasons;
    reasons.kind = ReportChart::Kind::Bar;
    reasons.id = u"hidden_by_reason"_s;
    reasons.title = u"Hidden by reason"_s;
    reasons.valueLabel = u"comments hidden"_s;
    reasons.labels = { u"Personal information"_s, u"Profanity"_s, u"Threats or harassment"_s, u"Spam and scams"_s,
        u"Off-topic commercial promotion"_s, u"Hate speech"_s, u"Impersonation of officials"_s, u"Graphic content"_s,
        u"Misinformation about public safety"_s, u"Other"_s };
    reasons.values = { 31, 22, 11, 9, 5, 3, 2, 2, 1, 1 };

    ReportChart hours;
    hours.kind = ReportChart::Kind::Line;
    hours.id = u"comments_by_hour"_s;
    hours.title = u"Comments by hour of the day"_s;
    hours.valueLabel = u"comments"_s;
    const QList<double> perHour { 4, 2, 1, 1, 0, 2, 9, 31, 66, 94, 101, 88, 97, 92, 85, 79, 83, 71, 58, 52, 44, 31, 12,
        6 };
    for (int h = 0; h < 24; ++h)
        hours.labels << u"%1:00"_s.arg(h, 2, 10, QLatin1Char('0'));
    hours.values = perHour;
    report.charts = { platforms, reasons, hours };

    ReportTable volume;
    volume.id = u"volume_by_platform"_s;
    volume.title = u"Volume by platform"_s;
    volume.note = u"Comments received in the period, by the platform they came from."_s;
    volume.columns = { u"Platform"_s, u"Comments"_s, u"Replies"_s, u"Hidden"_s };
    volume.numeric = { false, true, true, true };
    volume.rows = { { u"Facebook"_s, u"812"_s, u"201"_s, u"60"_s }, { u"X"_s, u"392"_s, u"111"_s, u"27"_s } };

    ReportTable hidden;
    hidden.id = u"hidden_by_reason"_s;
    hidden.title = u"Hidden by reason and clause"_s;
    hidden.note = u"One row per clause of the posted comment policy that hid a comment; a person confirmed each."_s;
    hidden.columns = { u"Reason"_s, u"Clause"_s, u"Hidden"_s };
    hidden.numeric = { false, false, true };
    hidden.rows
        = { { u"Personal information"_s, u"Posting someone's phone number, address or account numbers"_s, u"31"_s },
              { u"Comment text"_s, kHostileComment, u"1"_s } };

    ReportTable rows;
    rows.id = u"conversations"_s;
    rows.title = u"Conversations"_s;
    rows.note
        = u"One row per conversation with activity in the period, oldest first. Times are local (America/New_York)."_s;
    rows.columns = { u"Conversation"_s, u"Platform"_s, u"Author"_s, u"First comment"_s, u"Replies"_s, u"Outcome"_s };
    rows.numeric = { false, false, false, false, true, false };
    const QStringList texts {
        u"When will the water main on Elm Street be fixed? We have had no water since Tuesday."_s,
        u"Thanks for clearing the snow so quickly!"_s,
        u"The pothole at 5th and Main has been there for three weeks, my tyre burst yesterday, who do I send the "
        "repair bill to? I called the hotline twice and nobody answered."_s,
        u"Is the recycling pickup delayed because of the holiday?"_s,
    };
    for (int i = 1; i <= conversations; ++i)
        rows.rows << QStringList { u"ROW-%1"_s.arg(i, 4, 10, QLatin1Char('0')), i % 3 ? u"Facebook"_s : u"X"_s,
            u"@resident_%1"_s.arg(i), texts.at(i % texts.size()), QString::number(i % 4),
            i % 5 ? u"Answered"_s : u"Hidden (personal information)"_s };
    report.tables = { volume, hidden, rows };
    return report;
}

// Where rendered pages go: $MODERATION_TEST_ARTIFACTS (CTest sets it), else a temporary folder.
inline QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    folder = QDir(folder).filePath(u"reportwriters"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

// Runs a poppler tool; its standard output, or a failure naming what it said.
inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " " << arguments.join(u' ').toStdString()
                      << " failed: " << process.errorString().toStdString() << " "
                      << QString::fromLocal8Bit(process.readAllStandardError()).toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace moderation::test
