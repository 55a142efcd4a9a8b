#include "policy/StringPool.h"

#include <QMutex>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moderation {

QString StringPool::intern(const QString& text)
{
    if (text.isNull())
        return {};
    if (text.isEmpty())
        return u""_s;
    static QMutex mutex;
    static QSet<QString> pool; // never shrinks: the raw data handed out must stay
    QMutexLocker lock(&mutex);
    auto found = pool.constFind(text);
    if (found == pool.constEnd())
        found = pool.insert(text);
    return QString::fromRawData(found->constData(), found->size());
}

} // namespace moderation
