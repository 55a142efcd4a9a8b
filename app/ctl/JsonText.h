#pragma once

#include <QString>

namespace moderation::ctl {

// Hand-written JSON for output whose key order is part of a contract (QJsonObject sorts keys).
namespace JsonText {

// A JSON string literal, quotes included: ", \ and control characters escaped, a lone
// surrogate as \uXXXX (so the output stays valid UTF-8), everything else as is.
QString string(const QString& text);
// `null` for an empty text, a string literal otherwise.
QString stringOrNull(const QString& text);

} // namespace JsonText

} // namespace moderation::ctl
