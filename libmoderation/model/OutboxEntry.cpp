#include "model/OutboxEntry.h"

#include "model/EnumTable.h"

namespace moderation {

namespace {

constexpr EnumTable<OutboxEntry::Kind, 4> kKinds { {
    { OutboxEntry::Kind::Reply, u"reply" },
    { OutboxEntry::Kind::Hide, u"hide" },
    { OutboxEntry::Kind::Unhide, u"unhide" },
    { OutboxEntry::Kind::Delete, u"delete" },
} };

constexpr EnumTable<OutboxEntry::State, 4> kStates { {
    { OutboxEntry::State::Pending, u"pending" },
    { OutboxEntry::State::Sending, u"sending" },
    { OutboxEntry::State::Sent, u"sent" },
    { OutboxEntry::State::Failed, u"failed" },
} };

} // namespace

QString toString(OutboxEntry::Kind kind)
{
    return enumName(kKinds, kind);
}

std::optional<OutboxEntry::Kind> outboxKindFromString(QStringView text)
{
    return enumValue(kKinds, text);
}

QString toString(OutboxEntry::State state)
{
    return enumName(kStates, state);
}

std::optional<OutboxEntry::State> outboxStateFromString(QStringView text)
{
    return enumValue(kStates, text);
}

} // namespace moderation
