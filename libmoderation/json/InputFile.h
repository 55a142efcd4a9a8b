#pragma once

#include "model/Error.h"

#include <QByteArray>
#include <QString>

namespace moderation {

// Reading a file a person hands the program (a policy, a lexicon, an import) with a limit: it
// must be a regular file (not a device such as /dev/zero, a pipe or a folder) of at most
// `maxBytes`, or it is refused with a message that names the limit, before anything is read.
namespace InputFile {

// The limit for policy files and lexicons.
inline constexpr qint64 kPolicyMaxBytes = 16 * 1024 * 1024;

// `what` names the file for the message ("the policy file", "lexicon file \"threats.txt\"").
// NotFound when it does not exist; InvalidInput when it is not a regular file or is too large.
Result<QByteArray> read(const QString& path, qint64 maxBytes, const QString& what);

// "16 MB", "1 MB", "512 KB": a limit as a message says it.
QString describeSize(qint64 bytes);

} // namespace InputFile

} // namespace moderation
