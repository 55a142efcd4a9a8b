#pragma once

#include <hs/hs.h>

namespace moderation {

// The vectorscan flags of every policy regex, shared by `policy check` (which compiles each
// pattern alone to point at its own mistake) and the engine (which compiles them all together),
// so that a pattern that checks clean is one the engine accepts. UTF8|UCP: patterns and text
// are Unicode; CASELESS: matching ignores case (the text is case-folded too); SOM_LEFTMOST: the
// engine reports where a match starts, for the spans a decision carries.
inline constexpr unsigned int kPatternFlags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST;

} // namespace moderation
