#include "policy/StringPool.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

std::atomic<qint64> g_liveStrings { 0 };
std::atomic<qint64> g_liveBytes { 0 };

} // namespace

StringPool::StringPool(Lifetime lifetime)
    : m_lifetime(lifetime)
{
}

StringPool::~StringPool()
{
    g_liveStrings -= m_strings.size();
    g_liveBytes -= m_bytes;
}

StringPool& StringPool::process()
{
    static StringPool pool(Lifetime::Process);
    return pool;
}

QString StringPool::intern(const QString& text)
{
    if (text.isNull())
        return {};
    if (text.isEmpty())
        return u""_s;
    QMutexLocker lock(&m_mutex);
    auto found = m_strings.constFind(text);
    if (found == m_strings.constEnd()) {
        // A copy of its own, so that the pool does not keep alive a larger string that text
        // shares its data with, and its bytes are what the counters say.
        found = m_strings.insert(QString(text.constData(), text.size()));
        const qint64 bytes = qint64(text.size()) * qint64(sizeof(QChar));
        m_bytes += bytes;
        g_liveStrings += 1;
        g_liveBytes += bytes;
    }
    if (m_lifetime == Lifetime::Process)
        return QString::fromRawData(found->constData(), found->size());
    return *found;
}

qsizetype StringPool::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_strings.size();
}

qint64 StringPool::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

qint64 StringPool::liveStrings()
{
    return g_liveStrings.load();
}

qint64 StringPool::liveBytes()
{
    return g_liveBytes.load();
}

} // namespace moderation
