#pragma once

#include <QList>
#include <QString>

namespace moderation {

// A word-level difference between two texts: what a reviewer reads to see how an agent changed
// the library answer they started from.
namespace WordDiff {

struct Piece
{
    enum class Kind { Same, Inserted, Deleted };
    Kind kind = Kind::Same;
    QString text; // words and the spaces between them, exactly as in the text they come from
};

// The pieces that turn `before` into `after`, in reading order: a longest common subsequence of
// their tokens (runs of word characters, runs of spaces, single other characters). Texts too
// long for the quadratic table (more than kMaxCells token pairs) come back as one deletion and
// one insertion, so a huge draft cannot stall the window.
inline constexpr qsizetype kMaxCells = 4'000'000;
QList<Piece> compare(const QString& before, const QString& after);

} // namespace WordDiff

} // namespace moderation
