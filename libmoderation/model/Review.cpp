#include "model/Review.h"

#include "model/EnumTable.h"

namespace moderation {

namespace {

constexpr EnumTable<Review::Verdict, 2> kVerdicts { {
    { Review::Verdict::Approved, u"approved" },
    { Review::Verdict::Returned, u"returned" },
} };

} // namespace

QString toString(Review::Verdict verdict)
{
    return enumName(kVerdicts, verdict);
}

std::optional<Review::Verdict> verdictFromString(QStringView text)
{
    return enumValue(kVerdicts, text);
}

} // namespace moderation
