#include "connectors/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace moderation::Backoff {

qint64 baseMs(int failures, int capSeconds)
{
    const qint64 cap = qint64(capSeconds) * 1000;
    if (failures <= 0)
        return 0;
    const int doublings = std::min(failures - 1, 30);
    return std::min<qint64>(qint64(1000) << doublings, cap);
}

qint64 jitteredMs(int failures, double unit, int capSeconds)
{
    const qint64 base = baseMs(failures, capSeconds);
    const double factor = 0.5 + std::clamp(unit, 0.0, 0.999999);
    return std::min<qint64>(qint64(double(base) * factor), qint64(capSeconds) * 1000);
}

double randomUnit()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace moderation::Backoff
