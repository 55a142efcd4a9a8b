#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace moderation {

// The wire names of these enums ("twitter", "page_comment", "hide", …) are part of the policy
// format and the CLI contract (DESIGN.md): never rename them.

enum class Platform { Twitter, Facebook };
enum class Source { Mention, Reply, Search, PageComment };
enum class Action { Respond, Ignore, Escalate, Hide };
enum class Priority { Low, Normal, High, Urgent };
enum class HideMode { Proposed, Automatic };
enum class PiiKind { Ssn, UscisReceipt, ANumber, Phone, Email, PaymentCard, Passport };
enum class Role { Agent, Reviewer, Supervisor, Admin };

QString toString(Platform value);
QString toString(Source value);
QString toString(Action value);
QString toString(Priority value);
QString toString(HideMode value);
QString toString(PiiKind value);
QString toString(Role value);

// Parsers accept exactly the wire names; anything else is std::nullopt.
std::optional<Platform> platformFromString(QStringView text);
std::optional<Source> sourceFromString(QStringView text);
std::optional<Action> actionFromString(QStringView text);
std::optional<Priority> priorityFromString(QStringView text);
std::optional<HideMode> hideModeFromString(QStringView text);
std::optional<PiiKind> piiKindFromString(QStringView text);
std::optional<Role> roleFromString(QStringView text);

QList<PiiKind> allPiiKinds();
QList<Source> allSources();
QList<Platform> allPlatforms();

// A sentence-friendly description: "a USCIS receipt number", "a Social Security number".
QString describe(PiiKind kind);

} // namespace moderation
