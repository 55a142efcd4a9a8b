#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace moderation {

// The strings a compiled policy copies into every Decision: rule ids, clauses, categories,
// queues, answer ids, fixed explanations and the sentences made per term for rules decided by
// one terms or lexicon predicate. Equal strings of a pool share one copy. Two lifetimes:
//
// - Process (StringPool::process(), for the active policy that decides every comment): a pooled
//   string is a QString over raw data (QString::fromRawData), so copying one into a decision and
//   destroying it costs no reference counting (measured: six such copies 28 ns, six shared ones
//   650 ns on our build machine), and a decision stays valid after its engine is gone. The pool
//   never shrinks: it grows by the distinct strings of the policies activated, and compiling the
//   same policy again adds nothing.
// - Owner (each engine compiled for a draft, a preview or a check has its own): ordinary
//   implicitly shared QStrings, freed with the engine and the last decision holding one. A
//   supervisor who previews a draft after every edit all day leaves nothing behind.
//
// Thread-safe.
class StringPool
{
public:
    enum class Lifetime { Process, Owner };

    explicit StringPool(Lifetime lifetime);
    ~StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;

    // The pool that lives as long as the process.
    static StringPool& process();

    // The pooled copy of text: equal to it, null when it is null.
    QString intern(const QString& text);

    Lifetime lifetime() const { return m_lifetime; }
    qsizetype size() const;
    qint64 bytes() const;

    // What every pool alive in the process holds: distinct strings and their UTF-16 bytes.
    // Tests and diagnostics read these to see that dropped policies give their strings back.
    static qint64 liveStrings();
    static qint64 liveBytes();

private:
    const Lifetime m_lifetime;
    mutable QMutex m_mutex;
    QSet<QString> m_strings; // the Process pool's never shrink: the raw data handed out must stay
    qint64 m_bytes = 0;
};

} // namespace moderation
