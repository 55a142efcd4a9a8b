#pragma once

namespace moderation {

// Where something is in a policy file (1-based; 0 when unknown). Columns count Unicode code
// points from the start of the line (a tab is one), as most editors show them.
struct SourcePosition
{
    int line = 0;
    int column = 0;
    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
    friend auto operator<=>(const SourcePosition&, const SourcePosition&) = default;
};

} // namespace moderation
