#include "DisplayText.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace moderation::DisplayText {

QString platform(Platform value)
{
    switch (value) {
    case Platform::Twitter:
        return QCoreApplication::translate("moderation::DisplayText", "X");
    case Platform::Facebook:
        return QCoreApplication::translate("moderation::DisplayText", "Facebook");
    }
    return {};
}

QString source(Source value)
{
    switch (value) {
    case Source::Mention:
        return QCoreApplication::translate("moderation::DisplayText", "Mention");
    case Source::Reply:
        return QCoreApplication::translate("moderation::DisplayText", "Reply");
    case Source::Search:
        return QCoreApplication::translate("moderation::DisplayText", "Search result");
    case Source::PageComment:
        return QCoreApplication::translate("moderation::DisplayText", "Page comment");
    }
    return {};
}

QString action(const Decision& decision)
{
    switch (decision.action) {
    case Action::Respond:
        return QCoreApplication::translate("moderation::DisplayText", "Respond");
    case Action::Ignore:
        return QCoreApplication::translate("moderation::DisplayText", "Ignore");
    case Action::Escalate:
        return QCoreApplication::translate("moderation::DisplayText", "Escalate");
    case Action::Hide:
        return decision.hideMode == HideMode::Automatic
            ? QCoreApplication::translate("moderation::DisplayText", "Hide (automatic)")
            : QCoreApplication::translate("moderation::DisplayText", "Hide (proposed)");
    }
    return {};
}

QString role(Role value)
{
    switch (value) {
    case Role::Agent:
        return QCoreApplication::translate("moderation::DisplayText", "agent");
    case Role::Reviewer:
        return QCoreApplication::translate("moderation::DisplayText", "reviewer");
    case Role::Supervisor:
        return QCoreApplication::translate("moderation::DisplayText", "supervisor");
    case Role::Admin:
        return QCoreApplication::translate("moderation::DisplayText", "administrator");
    }
    return {};
}

QString priority(Priority value)
{
    switch (value) {
    case Priority::Low:
        return QCoreApplication::translate("moderation::DisplayText", "Low");
    case Priority::Normal:
        return QCoreApplication::translate("moderation::DisplayText", "Normal");
    case Priority::High:
        return QCoreApplication::translate("moderation::DisplayText", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("moderation::DisplayText", "Urgent");
    }
    return {};
}

QString piiKind(PiiKind value)
{
    switch (value) {
    case PiiKind::Ssn:
        return QCoreApplication::translate("moderation::DisplayText", "a Social Security number");
    case PiiKind::UscisReceipt:
        return QCoreApplication::translate("moderation::DisplayText", "a USCIS receipt number");
    case PiiKind::ANumber:
        return QCoreApplication::translate("moderation::DisplayText", "an A-number");
    case PiiKind::Phone:
        return QCoreApplication::translate("moderation::DisplayText", "a phone number");
    case PiiKind::Email:
        return QCoreApplication::translate("moderation::DisplayText", "an e-mail address");
    case PiiKind::PaymentCard:
        return QCoreApplication::translate("moderation::DisplayText", "a payment card number");
    case PiiKind::Passport:
        return QCoreApplication::translate("moderation::DisplayText", "a passport number");
    }
    return {};
}

QString piiFound(const QList<PiiSpan>& spans)
{
    QList<PiiKind> kinds;
    for (const PiiSpan& span : spans) {
        if (!kinds.contains(span.kind))
            kinds.append(span.kind);
    }
    if (kinds.isEmpty())
        return {};
    QStringList names;
    for (const PiiKind kind : kinds)
        names.append(piiKind(kind));
    return QCoreApplication::translate("moderation::DisplayText", "Personal data found: %1")
        .arg(names.join(QCoreApplication::translate("moderation::DisplayText", ", ", "between kinds of personal data")));
}

QString handle(const Author& author)
{
    return author.handle.isEmpty() ? QString() : u'@' + author.handle;
}

QString author(const Author& author)
{
    const QString name = author.name.trimmed();
    const QString at = handle(author);
    if (name.isEmpty())
        return at.isEmpty() ? QCoreApplication::translate("moderation::DisplayText", "(unknown author)") : at;
    if (at.isEmpty())
        return name;
    return u"%1 (%2)"_s.arg(name, at);
}

QString language(const QString& tag)
{
    if (tag.isEmpty())
        return {};
    const QLocale::Language language = QLocale(tag).language();
    switch (language) {
    case QLocale::English:
        return QCoreApplication::translate("moderation::DisplayText", "English");
    case QLocale::Spanish:
        return QCoreApplication::translate("moderation::DisplayText", "Spanish");
    case QLocale::C:
    case QLocale::AnyLanguage:
        return tag; // "und", "zxx", "qme": the platform could not tell
    default:
        return QLocale::languageToString(language);
    }
}

QString localTime(const QDateTime& utc, QLocale::FormatType format)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), format);
}

QIcon platformIcon(Platform value)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(value);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    // Drawn rather than shipped: no trademark artwork, and it stays crisp at any scale.
    const bool x = value == Platform::Twitter;
    const QColor background = x ? QColor(0x14, 0x17, 0x1a) : QColor(0x18, 0x77, 0xf2);
    const QString letter = x ? u"X"_s : u"f"_s;
    QIcon icon;
    for (const int size : { 16, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(background);
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
        QFont font(u"DejaVu Sans"_s);
        font.setStyleHint(QFont::SansSerif);
        font.setBold(true);
        font.setPixelSize(qRound(size * (x ? 0.62 : 0.78)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, x ? 0 : size * 0.08, size, size), Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace moderation::DisplayText
