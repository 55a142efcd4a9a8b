#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace moderation::test {

// Faults a fake platform injects into its next answers, each a given number of times.
class FakeFaults
{
public:
    enum class Kind {
        RevokedToken, // X: 401; Graph: code 190
        TooManyRequests, // X: 429 with x-rate-limit-reset; Graph: code 4 with X-App-Usage at 100 %
        Unavailable, // 503
        Slow, // the answer comes after the server's delay (writes are applied first)
        Truncate, // Content-Length larger than the body, then the connection closes
        Duplicate, // writes only: X's 403 duplicate content; Graph: code 506
        ReplyRefused, // X replies only: the 403 for a reply to an author who did not mention us
        GraphCode, // Graph only: an error with the given code (4, 17, 32, 613, 80001, 190, 1, …)
    };

    struct Fault
    {
        Kind kind = Kind::Unavailable;
        int remaining = 1;
        int code = 0; // GraphCode
    };

    void add(Kind kind, int times = 1, int code = 0);
    void clear() { m_faults.clear(); }

    // The fault for the next request, counted down; writes may take Duplicate and ReplyRefused.
    std::optional<Fault> take(bool isReply, bool isWrite);

    QJsonObject toJson() const;

    // "429x2,503x3,truncate-x1,slow,revoked-graph,duplicate,reply-refused,code613x2": a kind,
    // optionally "-x" or "-graph" for one platform only, optionally "xN" or "N" for N times.
    // Kinds: 429 503 slow truncate revoked duplicate reply-refused codeN. Returns the faults for
    // `platform` ("x" or "graph"), or an error message in `error`.
    static FakeFaults parse(const QString& spec, const QString& platform, QString* error);

    static QString kindName(Kind kind);

private:
    QList<Fault> m_faults;
};

} // namespace moderation::test
