#include "WordDiff.h"

#include <vector>

namespace moderation::WordDiff {

namespace {

enum class TokenClass { Word, Space, Other };

TokenClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c == u'_')
        return TokenClass::Word;
    return c.isSpace() ? TokenClass::Space : TokenClass::Other;
}

QStringList tokens(const QString& text)
{
    QStringList out;
    qsizetype start = 0;
    while (start < text.size()) {
        const TokenClass kind = classOf(text.at(start));
        qsizetype end = start + 1;
        if (kind != TokenClass::Other) {
            while (end < text.size() && classOf(text.at(end)) == kind)
                ++end;
        }
        out.append(text.mid(start, end - start));
        start = end;
    }
    return out;
}

void append(QList<Piece>& pieces, Piece::Kind kind, const QString& text)
{
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append(Piece { kind, text });
}

} // namespace

QList<Piece> compare(const QString& before, const QString& after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    QList<Piece> pieces;
    if (a.size() * b.size() > kMaxCells) {
        append(pieces, Piece::Kind::Deleted, before);
        append(pieces, Piece::Kind::Inserted, after);
        return pieces;
    }
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> lengths(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lengths[at(i, j)] = a.at(i) == b.at(j) ? lengths[at(i + 1, j + 1)] + 1
                                                   : std::max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            append(pieces, Piece::Kind::Same, a.at(i));
            ++i;
            ++j;
        } else if (j < m && (i == n || lengths[at(i, j + 1)] >= lengths[at(i + 1, j)])) {
            append(pieces, Piece::Kind::Inserted, b.at(j));
            ++j;
        } else {
            append(pieces, Piece::Kind::Deleted, a.at(i));
            ++i;
        }
    }
    return pieces;
}

} // namespace moderation::WordDiff
