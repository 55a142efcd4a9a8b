#pragma once

#include <QSet>
#include <QString>

namespace moderation {

// The strings one compiled policy copies into every Decision: rule ids, clauses, categories,
// queues, answer ids, fixed explanations and the sentences made per term for rules decided by
// one terms or lexicon predicate. Each PolicyEngine owns one pool, so its strings are freed with
// it: a supervisor who compiles a draft policy after every edit all day leaves nothing behind
// (a process-wide pool that only grew kept every draft's strings until the process ended).
//
// A pooled string is an ordinary implicitly shared QString, so a Decision's copy keeps its text
// alive after the engine (and the pool) is gone, and a copy taken out of a decision stays valid
// as long as it is held. Equal strings of one policy share one copy.
//
// Interning is not thread-safe: a pool is filled while its policy compiles, on one thread, and
// only read afterwards. The process-wide counters are.
class StringPool
{
public:
    StringPool() = default;
    ~StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;

    // The pooled copy of text: equal to it, null when it is null.
    QString intern(const QString& text);

    qsizetype size() const { return m_strings.size(); }
    qint64 bytes() const { return m_bytes; }

    // What every pool alive in the process holds: distinct strings and their UTF-16 bytes.
    // Tests and diagnostics read these to see that dropped policies give their strings back.
    static qint64 liveStrings();
    static qint64 liveBytes();

private:
    QSet<QString> m_strings;
    qint64 m_bytes = 0;
};

} // namespace moderation
