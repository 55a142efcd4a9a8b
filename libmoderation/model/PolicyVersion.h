#pragma once

#include <QDateTime>
#include <QString>

namespace moderation {

// One stored version of a policy: the document's text as it was activated, and its hash.
struct PolicyVersion
{
    qint64 id = 0;
    QString name;
    int version = 0; // the document's own "version"
    QString document;
    QString sha256; // of the document's UTF-8 bytes, hex
    QDateTime createdAt;
    QString createdBy;
    bool active = false;
    QDateTime activatedAt; // invalid until activated
};

} // namespace moderation
