#include "model/Enums.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t*>, N>& table, const QString& text)
{
    for (const auto& [e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Platform, const char16_t*>, 2> kPlatforms { {
    { Platform::Twitter, u"twitter" },
    { Platform::Facebook, u"facebook" },
} };
constexpr std::array<std::pair<Source, const char16_t*>, 4> kSources { {
    { Source::Mention, u"mention" },
    { Source::Reply, u"reply" },
    { Source::Search, u"search" },
    { Source::PageComment, u"page_comment" },
} };
constexpr std::array<std::pair<Action, const char16_t*>, 4> kActions { {
    { Action::Respond, u"respond" },
    { Action::Ignore, u"ignore" },
    { Action::Escalate, u"escalate" },
    { Action::Hide, u"hide" },
} };
constexpr std::array<std::pair<Priority, const char16_t*>, 4> kPriorities { {
    { Priority::Low, u"low" },
    { Priority::Normal, u"normal" },
    { Priority::High, u"high" },
    { Priority::Urgent, u"urgent" },
} };
constexpr std::array<std::pair<HideMode, const char16_t*>, 2> kHideModes { {
    { HideMode::Proposed, u"proposed" },
    { HideMode::Automatic, u"automatic" },
} };
constexpr std::array<std::pair<PiiKind, const char16_t*>, 7> kPiiKinds { {
    { PiiKind::Ssn, u"ssn" },
    { PiiKind::UscisReceipt, u"uscis_receipt" },
    { PiiKind::ANumber, u"a_number" },
    { PiiKind::Phone, u"phone" },
    { PiiKind::Email, u"email" },
    { PiiKind::PaymentCard, u"payment_card" },
    { PiiKind::Passport, u"passport" },
} };
constexpr std::array<std::pair<Role, const char16_t*>, 4> kRoles { {
    { Role::Agent, u"agent" },
    { Role::Reviewer, u"reviewer" },
    { Role::Supervisor, u"supervisor" },
    { Role::Admin, u"admin" },
} };

template<typename E, std::size_t N>
QList<E> valuesOf(const std::array<std::pair<E, const char16_t*>, N>& table)
{
    QList<E> values;
    for (const auto& entry : table)
        values.append(entry.first);
    return values;
}

} // namespace

QString toString(Platform value) { return nameOf(kPlatforms, value); }
QString toString(Source value) { return nameOf(kSources, value); }
QString toString(Action value) { return nameOf(kActions, value); }
QString toString(Priority value) { return nameOf(kPriorities, value); }
QString toString(HideMode value) { return nameOf(kHideModes, value); }
QString toString(PiiKind value) { return nameOf(kPiiKinds, value); }
QString toString(Role value) { return nameOf(kRoles, value); }

std::optional<Platform> platformFromString(const QString& text) { return valueOf(kPlatforms, text); }
std::optional<Source> sourceFromString(const QString& text) { return valueOf(kSources, text); }
std::optional<Action> actionFromString(const QString& text) { return valueOf(kActions, text); }
std::optional<Priority> priorityFromString(const QString& text) { return valueOf(kPriorities, text); }
std::optional<HideMode> hideModeFromString(const QString& text) { return valueOf(kHideModes, text); }
std::optional<PiiKind> piiKindFromString(const QString& text) { return valueOf(kPiiKinds, text); }
std::optional<Role> roleFromString(const QString& text) { return valueOf(kRoles, text); }

QList<PiiKind> allPiiKinds() { return valuesOf(kPiiKinds); }
QList<Source> allSources() { return valuesOf(kSources); }
QList<Platform> allPlatforms() { return valuesOf(kPlatforms); }

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
