#include "model/Enums.h"

#include "model/EnumTable.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr EnumTable<Platform, 2> kPlatforms { {
    { Platform::Twitter, u"twitter" },
    { Platform::Facebook, u"facebook" },
} };
constexpr EnumTable<Source, 4> kSources { {
    { Source::Mention, u"mention" },
    { Source::Reply, u"reply" },
    { Source::Search, u"search" },
    { Source::PageComment, u"page_comment" },
} };
constexpr EnumTable<Action, 4> kActions { {
    { Action::Respond, u"respond" },
    { Action::Ignore, u"ignore" },
    { Action::Escalate, u"escalate" },
    { Action::Hide, u"hide" },
} };
constexpr EnumTable<Priority, 4> kPriorities { {
    { Priority::Low, u"low" },
    { Priority::Normal, u"normal" },
    { Priority::High, u"high" },
    { Priority::Urgent, u"urgent" },
} };
constexpr EnumTable<HideMode, 2> kHideModes { {
    { HideMode::Proposed, u"proposed" },
    { HideMode::Automatic, u"automatic" },
} };
constexpr EnumTable<PiiKind, 7> kPiiKinds { {
    { PiiKind::Ssn, u"ssn" },
    { PiiKind::UscisReceipt, u"uscis_receipt" },
    { PiiKind::ANumber, u"a_number" },
    { PiiKind::Phone, u"phone" },
    { PiiKind::Email, u"email" },
    { PiiKind::PaymentCard, u"payment_card" },
    { PiiKind::Passport, u"passport" },
} };
constexpr EnumTable<Role, 4> kRoles { {
    { Role::Agent, u"agent" },
    { Role::Reviewer, u"reviewer" },
    { Role::Supervisor, u"supervisor" },
    { Role::Admin, u"admin" },
} };

} // namespace

QString toString(Platform value) { return enumName(kPlatforms, value); }
QString toString(Source value) { return enumName(kSources, value); }
QString toString(Action value) { return enumName(kActions, value); }
QString toString(Priority value) { return enumName(kPriorities, value); }
QString toString(HideMode value) { return enumName(kHideModes, value); }
QString toString(PiiKind value) { return enumName(kPiiKinds, value); }
QString toString(Role value) { return enumName(kRoles, value); }

std::optional<Platform> platformFromString(QStringView text) { return enumValue(kPlatforms, text); }
std::optional<Source> sourceFromString(QStringView text) { return enumValue(kSources, text); }
std::optional<Action> actionFromString(QStringView text) { return enumValue(kActions, text); }
std::optional<Priority> priorityFromString(QStringView text) { return enumValue(kPriorities, text); }
std::optional<HideMode> hideModeFromString(QStringView text) { return enumValue(kHideModes, text); }
std::optional<PiiKind> piiKindFromString(QStringView text) { return enumValue(kPiiKinds, text); }
std::optional<Role> roleFromString(QStringView text) { return enumValue(kRoles, text); }

QList<PiiKind> allPiiKinds() { return enumValues(kPiiKinds); }
QList<Source> allSources() { return enumValues(kSources); }
QList<Platform> allPlatforms() { return enumValues(kPlatforms); }

QString describe(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Ssn: return u"a Social Security number"_s;
    case PiiKind::UscisReceipt: return u"a USCIS receipt number"_s;
    case PiiKind::ANumber: return u"an A-number"_s;
    case PiiKind::Phone: return u"a phone number"_s;
    case PiiKind::Email: return u"an e-mail address"_s;
    case PiiKind::PaymentCard: return u"a payment card number"_s;
    case PiiKind::Passport: return u"a passport number"_s;
    }
    return {};
}

} // namespace moderation
