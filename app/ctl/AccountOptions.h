#pragma once

#include "model/Account.h"
#include "model/Error.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace moderation {
class Database;
}

namespace moderation::ctl {

// What the account commands share: the quota options, the watches, the token on stdin and the
// keychain entry's name.
namespace AccountOptions {

void addQuotaOptions(QCommandLineParser& parser);
// --posts-per-day / --reads-per-hour: a whole number from 1 to 1,000,000, or unset.
Result<std::optional<int>> quota(const QCommandLineParser& parser, const QString& option);
// The watches of --watch (repeatable) checked against the platform; the platform's default
// set when none is given (X: mentions and replies; Facebook: page-comments).
Result<QStringList> watches(Platform platform, const QStringList& given);
// One line of stdin, trimmed; an empty token is a usage error. Never echoed anywhere.
Result<QByteArray> readToken(QTextStream& in);
// The keychain name of an account's token in this store.
QString tokenName(const Database& database, const QString& accountName);

} // namespace AccountOptions

} // namespace moderation::ctl
