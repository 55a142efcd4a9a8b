#include "policy/PolicySnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation {

QByteArray PolicySnapshot::selfContained(const PolicyDocument& document)
{
    bool allInline = true;
    for (const Lexicon& lexicon : document.lexicons)
        allInline = allInline && lexicon.origin == u"inline"_s;
    if (allInline)
        return document.source;

    QJsonObject root = QJsonDocument::fromJson(document.source).object();
    QJsonObject lexicons = root.value(u"lexicons"_s).toObject();
    for (const Lexicon& lexicon : document.lexicons) {
        if (lexicon.origin == u"inline"_s)
            continue;
        lexicons.insert(lexicon.name, QJsonObject { { u"terms"_s, QJsonArray::fromStringList(lexicon.terms) } });
    }
    root.insert(u"lexicons"_s, lexicons);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PolicyDocument> PolicySnapshot::load(const QString& document, const QString& label)
{
    return PolicyDocument::parse(document.toUtf8(), label, QString());
}

} // namespace moderation
