#pragma once

// What the three report writers share (not for use outside reports/ReportWriters).

#include "model/Error.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace moderation::reportwriting {

// The facts every format shows about a report, as label/value pairs, in order: title, agency,
// period, first and last day, time zone, hours, generated at, audit head.
QList<ReportFigure> facts(const Report& report);

// "24", or "23.5" in a zone whose clocks move by half an hour.
QString hours(const ReportPeriod& period);
// "2026-11-02T06:00:00Z".
QString generatedAt(const Report& report);

// A chart value as shown: "1,204", "12.5".
QString formatValue(double value);

// The image type of a logo from its first bytes ("image/png", "image/jpeg", "image/gif",
// "image/webp"); empty when it is none of these.
QString imageMimeType(const QByteArray& bytes);

// Text for HTML (element content and attribute values): & < > " ' escaped. Every string of a
// report or a recap goes through here: comments and handles are the public's text.
QString esc(const QString& text);

// Creates `folder` and its parents; an environment error naming it and the system's reason.
Error makeFolder(const QString& folder);
// Writes `bytes` to `path` through a temporary file renamed into place, creating missing
// parent folders.
Error saveFile(const QString& path, const QByteArray& bytes);

// The value axis of a chart: from `low` to `high` in `step`s of 1, 2 or 5 times a power of ten,
// holding 0 and every value.
struct ChartScale
{
    double low = 0;
    double high = 1;
    double step = 1;

    static ChartScale forValues(const QList<double>& values, int wantedTicks = 5);
    QList<double> ticks() const;
    // 0 at low, 1 at high.
    double fraction(double value) const { return high > low ? (value - low) / (high - low) : 0; }
};

} // namespace moderation::reportwriting
