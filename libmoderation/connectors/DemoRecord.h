#pragma once

#include "model/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

// One action the demo "sent": what a real platform would have done, written down instead.
struct DemoSend
{
    QDateTime at; // UTC, by the connector's clock
    QString account; // the demo account that sent it
    QString kind; // "reply", "hide", "unhide", "delete"
    QString target; // the platform id acted on
    QString text; // a reply's text; empty otherwise
    QString id; // a reply's new id ("demo-reply-N"); the target's own id otherwise
};

// The local record of the demo connectors' sends: an in-memory list, and optionally a
// JSON-lines file (one object a line: {"at", "account", "kind", "target", "text", "id"}) that
// outlives the process, so a reply sent in one run is found by reconciliation in the next.
// Shared by the connectors of one demo store; used from one thread at a time.
class DemoRecord
{
public:
    DemoRecord() = default;

    // Keeps the record in `path` too, reading what it already holds (a missing file is an empty
    // record). A line that is not a send object is an Error naming the file and line.
    Error setFile(const QString& path);
    const QString& file() const { return m_file; }

    // Appends a send; a reply gets the next "demo-reply-N" id, other kinds the target's id.
    // An Error when the file cannot be written (the send is then not recorded).
    Result<DemoSend> add(const QDateTime& at, const QString& account, const QString& kind, const QString& target,
                         const QString& text);

    // The reply of `account` to `target` with exactly `text`, if one was recorded.
    std::optional<DemoSend> findReply(const QString& account, const QString& target, const QString& text) const;

    const QList<DemoSend>& sends() const { return m_sends; }

private:
    QList<DemoSend> m_sends;
    QString m_file;
    int m_replies = 0;
};

} // namespace moderation
