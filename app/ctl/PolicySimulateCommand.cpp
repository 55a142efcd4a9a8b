#include "PolicySimulateCommand.h"

#include "PolicyFile.h"

#include "policy/PolicyEngine.h"
#include "reports/CsvWriter.h"
#include "sync/Triage.h"
#include "sync/WhatIf.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

// "2026-11-01" is that day's start in the policy's time zone (for --until, the next day's, so
// the day is included); a date and time without an offset is also the policy's local time.
std::optional<QDateTime> parseBound(const QString& text, const QTimeZone& zone, bool until)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(until ? date.addDays(1) : date, QTime(0, 0), zone).toUTC();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toUTC();
}

QString hideText(const Decision& d)
{
    return d.action == Action::Hide ? toString(d.hideMode) : QString();
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

QString PolicySimulateCommand::name() const
{
    return u"policy simulate"_s;
}

QString PolicySimulateCommand::summary() const
{
    return u"Replay stored comments through a candidate policy and show what would change"_s;
}

void PolicySimulateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"FILE"_s, u"The candidate policy file (JSON)."_s);
    parser.addOption(QCommandLineOption(
        u"since"_s, u"Only comments created from D on: a date (its start, in the policy's time zone) or an ISO time."_s,
        u"D"_s));
    parser.addOption(QCommandLineOption(
        u"until"_s, u"Only comments created before D: a date (included) or an ISO time (excluded)."_s, u"D"_s));
    parser.addOption(QCommandLineOption(u"csv"_s, u"Write every changed decision to PATH (CSV, RFC 4180)."_s,
                                        u"PATH"_s));
}

int PolicySimulateCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                  CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(u"expected one FILE"_s, io);
    const std::optional<LoadedPolicy> candidate = loadPolicyFile(files.first(), io);
    if (!candidate)
        return ExitBadInput;
    const QTimeZone zone = candidate->document.timezone.isValid() ? candidate->document.timezone : QTimeZone::utc();

    QDateTime since;
    QDateTime until;
    for (const auto& [option, target, isUntil] :
         { std::tuple { u"since"_s, &since, false }, std::tuple { u"until"_s, &until, true } }) {
        if (!parser.isSet(option))
            continue;
        const auto bound = parseBound(parser.value(option), zone, isUntil);
        if (!bound) {
            return usageError(u"--%1 '%2' is neither a date (2026-11-01) nor an ISO date and time"_s.arg(
                                  option, parser.value(option)),
                              io);
        }
        *target = *bound;
    }

    // The active policy, as stored (checked against its hash and compiled as triage does).
    std::shared_ptr<const PolicyEngine> activeEngine;
    QString activeLabel = u"none (every decision counts as a change)"_s;
    auto active = Triage::loadActive(database);
    if (!active && active.error().code() != Error::Code::NotFound)
        return reportError(io, active.error());
    if (active) {
        const PolicyVersion& version = active->version;
        activeEngine = active->engine;
        activeLabel = u"%1 version %2 (stored version %3, activated %4)"_s.arg(
            version.name, QString::number(version.version), QString::number(version.id),
            version.activatedAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    }

    std::unique_ptr<QSaveFile> csv;
    std::unique_ptr<CsvWriter> csvWriter;
    const auto cannotWrite = [&] {
        return fail(Error(Error::Code::InvalidInput, u"policy simulate: cannot write %1: %2"_s.arg(
                                                         parser.value(u"csv"_s), csv->errorString())),
                    io);
    };
    if (parser.isSet(u"csv"_s)) {
        csv = std::make_unique<QSaveFile>(parser.value(u"csv"_s));
        if (!csv->open(QIODevice::WriteOnly))
            return cannotWrite();
        csvWriter = std::make_unique<CsvWriter>(csv.get());
        csvWriter->writeRow({ u"comment_id"_s, u"platform"_s, u"platform_id"_s, u"created_at"_s, u"old_rule"_s,
                              u"new_rule"_s, u"old_action"_s, u"new_action"_s, u"old_hide"_s, u"new_hide"_s,
                              u"old_category"_s, u"new_category"_s, u"old_queue"_s, u"new_queue"_s,
                              u"old_priority"_s, u"new_priority"_s, u"new_explanation"_s });
    }

    // Without a CSV there is nothing to do with each change: no callback, so that the simulator
    // does not carry a million of them back.
    std::function<void(const SimulationChange&)> writeChange;
    if (csv) {
        writeChange = [&](const SimulationChange& change) {
            const std::optional<Decision>& b = change.before;
            const Decision& a = change.after;
            csvWriter->writeRow({ QString::number(change.comment.id), toString(change.comment.platform),
                                  change.comment.platformId, change.comment.createdAt.toString(Qt::ISODateWithMs),
                                  b ? b->ruleId : QString(), a.ruleId, b ? toString(b->action) : QString(),
                                  toString(a.action), b ? hideText(*b) : QString(), hideText(a),
                                  b ? b->category : QString(), a.category, b ? b->queue : QString(), a.queue,
                                  b ? toString(b->priority) : QString(), toString(a.priority), a.explanation });
        };
    }
    auto summary = WhatIf::overStore(database, *candidate->engine, activeEngine.get(), since, until, writeChange);
    if (!summary)
        return reportError(io, summary.error());
    if (csv && (!csvWriter->flush() || !csv->commit()))
        return cannotWrite();

    const PolicyDocument& doc = candidate->document;
    io.out << "Candidate: " << doc.name << " version " << doc.version << " (" << files.first() << ")\n";
    io.out << "Active:    " << activeLabel << '\n';
    QString range = u"every stored comment"_s;
    if (since.isValid() && until.isValid())
        range = u"created from %1 until %2"_s.arg(since.toTimeZone(zone).toString(Qt::ISODate),
                                                  until.toTimeZone(zone).toString(Qt::ISODate));
    else if (since.isValid())
        range = u"created from "_s + since.toTimeZone(zone).toString(Qt::ISODate);
    else if (until.isValid())
        range = u"created before "_s + until.toTimeZone(zone).toString(Qt::ISODate);
    io.out << "Comments:  " << number(summary->comments) << " (" << range << ")\n\n";
    const QString header = u"%1 %2 %3  %4"_s.arg(u"active -> candidate"_s, -24)
                               .arg(u"comments"_s, 10)
                               .arg(u"changed"_s, 10)
                               .arg(u"examples (comment ids)"_s);
    io.out << header << '\n';
    for (const SimulationSummary::Transition& t : summary->transitions) {
        QStringList examples;
        for (qint64 id : t.examples)
            examples << QString::number(id);
        io.out << u"%1 %2 %3  %4"_s.arg(t.from + u" -> "_s + t.to, -24)
                      .arg(number(t.comments), 10)
                      .arg(number(t.changed), 10)
                      .arg(examples.join(u", "_s))
               << '\n';
    }
    io.out << "\nChanged decisions: " << number(summary->changed) << " of " << number(summary->comments)
           << " (rule, action, hide mode, category, queue, priority, SLA or answer differ)\n";
    if (csv)
        io.out << "Every change: " << parser.value(u"csv"_s) << " (" << number(summary->changed) << " rows)\n";
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
