#pragma once

#include "policy/PolicyDocument.h"

#include <QByteArray>

namespace moderation {

// The bytes to store for a policy version: the document as written when every lexicon is
// inline; otherwise the document with each file or builtin lexicon replaced by its terms, so
// that a stored version decides the same way years later, whatever happened to the files.
namespace PolicySnapshot {

QByteArray selfContained(const PolicyDocument& document);

// Parses a stored version back (its lexicons are inline, so no folder is needed).
Result<PolicyDocument> load(const QString& document, const QString& label);

} // namespace PolicySnapshot

} // namespace moderation
