#pragma once

#include "model/Enums.h"

#include <QString>

namespace moderation {

// How long a reply is as its platform counts it, and whether it fits.
// - X: twitter-text's v3 weighted length (PLATFORMS.md §3), at most 280. The text is taken in
//   NFC; a code point in 0–4351, 8192–8205, 8208–8223 or 8242–8247 (Latin, and most
//   punctuation) weighs 1, any other 2 (CJK, most symbols); an emoji sequence (a grapheme that
//   starts outside those ranges: a flag, a skin tone, a ZWJ family) weighs 2 as a whole; a URL
//   weighs 23 whatever its length.
// - Facebook: 8,000 characters (code points).
namespace ReplyLength {

inline constexpr int kMaxWeightedX = 280;
inline constexpr int kMaxFacebook = 8000;

struct Measure
{
    int length = 0; // as the platform counts it
    int limit = 0;
    // Where the reply stops fitting: the code point offset of the first character past the
    // limit, or -1 when it fits.
    int overflowAt = -1;
    bool fits() const { return overflowAt < 0; }
};

Measure of(const QString& text, Platform platform);

} // namespace ReplyLength

} // namespace moderation
