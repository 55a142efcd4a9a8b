#pragma once

#include <QByteArray>
#include <QString>

namespace moderation {

// A single-seat user's password, kept only as a PBKDF2-HMAC-SHA256 hash with a salt of its own
// (QPasswordDigestor), so a stolen store does not give the passwords away. A shared site keeps
// no password: each person signs in as their own database role.
struct PasswordHash
{
    static constexpr int kDefaultIterations = 210000; // OWASP's figure for PBKDF2-HMAC-SHA256
    static constexpr int kMinimumIterations = 200000;

    QString hash; // hex, 32 bytes
    QString salt; // hex, 16 random bytes
    int iterations = 0;

    bool isSet() const { return !hash.isEmpty(); }

    // A new salt from the system's random source, and the hash.
    static PasswordHash make(const QString& password, int iterations = kDefaultIterations);
    // Whether the password gives this hash (compared in constant time).
    bool matches(const QString& password) const;
};

} // namespace moderation
