#include "reports/ReportWriting.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <cmath>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace moderation::reportwriting {

QString hours(const ReportPeriod& period)
{
    return formatValue(double(period.seconds()) / 3600.0);
}

QString generatedAt(const Report& report)
{
    return report.generatedAt.toUTC().toString(Qt::ISODate);
}

QList<ReportFigure> facts(const Report& report)
{
    const ReportPeriod& period = report.period;
    return {
        { u"Report"_s, report.title },
        { u"Agency"_s, report.agencyName },
        { u"Period"_s, period.label() },
        { u"First day"_s, period.first.toString(Qt::ISODate) },
        { u"Last day"_s, period.last.toString(Qt::ISODate) },
        { u"Time zone"_s, QString::fromUtf8(period.zone.id()) },
        { u"Hours in period"_s, hours(period) },
        { u"Generated at (UTC)"_s, generatedAt(report) },
        { u"Audit head"_s, report.auditHead.toString() },
    };
}

QString formatValue(double value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return english.toString(qint64(value));
    QString text = english.toString(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString esc(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString imageMimeType(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

Error makeFolder(const QString& folder)
{
    // std::filesystem rather than QDir::mkpath: it says why (ENOTDIR, EACCES, EROFS).
    std::error_code error;
    const std::filesystem::path path = QFileInfo(folder).filesystemAbsoluteFilePath();
    std::filesystem::create_directories(path, error);
    if (error || !QFileInfo(folder).isDir()) {
        const QString reason = error ? QString::fromLocal8Bit(error.message()) : u"not a folder"_s;
        return Error(
            Error::Code::ReadOnly, u"cannot create folder %1: %2"_s.arg(QDir::toNativeSeparators(folder), reason));
    }
    return {};
}

Error saveFile(const QString& path, const QByteArray& bytes)
{
    if (const Error error = makeFolder(QFileInfo(path).absolutePath()); error.isError())
        return error;
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(
            Error::Code::ReadOnly, u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size()) {
        const Error error = failed();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return failed();
    return {};
}

ChartScale ChartScale::forValues(const QList<double>& values, int wantedTicks)
{
    double low = 0;
    double high = 0;
    for (const double value : values) {
        if (!std::isfinite(value))
            continue;
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (high <= low)
        high = low + 1;
    const double rough = (high - low) / std::max(1, wantedTicks);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    // Counts: never a step below one.
    if (step < 1 && high - low >= 1)
        step = 1;
    ChartScale scale;
    scale.step = step;
    scale.low = std::floor(low / step) * step;
    scale.high = std::ceil(high / step) * step;
    if (scale.high <= scale.low)
        scale.high = scale.low + step;
    return scale;
}

QList<double> ChartScale::ticks() const
{
    QList<double> result;
    const int count = int(std::llround((high - low) / step));
    for (int i = 0; i <= count; ++i)
        result << low + i * step;
    return result;
}

} // namespace moderation::reportwriting
