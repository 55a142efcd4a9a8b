#include "json/InputFile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace moderation {

QString InputFile::describeSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return u"%1 MB"_s.arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return u"%1 KB"_s.arg(bytes / 1024);
    return u"%1 bytes"_s.arg(bytes);
}

Result<QByteArray> InputFile::read(const QString& path, qint64 maxBytes, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::NotFound, u"cannot read %1: no such file"_s.arg(what)).at(path);
    // A symbolic link is followed; what it leads to must be a regular file (QFileInfo::isFile is
    // false for a device, a pipe, a socket or a folder).
    if (!info.isFile())
        return Error(Error::Code::InvalidInput, u"cannot read %1: not a regular file (a device, a pipe or a folder)"_s.arg(what)).at(path);
    if (info.size() > maxBytes)
        return Error(Error::Code::InvalidInput, u"cannot read %1: larger than the limit of %2"_s.arg(what, describeSize(maxBytes)))
            .at(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, u"cannot read %1: %2"_s.arg(what, file.errorString())).at(path);
    // The file may grow between the check and the read: never read past the limit.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error(Error::Code::InvalidInput, u"cannot read %1: larger than the limit of %2"_s.arg(what, describeSize(maxBytes)))
            .at(path);
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Code::InvalidInput, u"cannot read %1: %2"_s.arg(what, file.errorString())).at(path);
    return bytes;
}

} // namespace moderation
