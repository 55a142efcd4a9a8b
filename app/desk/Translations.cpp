#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace moderation::Translations {

namespace {

const auto kTranslatorName = u"moderation-translator"_s;

} // namespace

QStringList available()
{
    return { u"en"_s, u"es"_s };
}

std::optional<QString> choose(const QString& requested, const QLocale& system)
{
    if (!requested.isEmpty()) {
        const QString language = requested.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
        if (available().contains(language))
            return language;
        return std::nullopt;
    }
    for (const QString& tag : system.uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return u"en"_s;
}

bool install(QCoreApplication& app, const QString& language)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    // Dates and numbers in the language shown, in the user's own region (es_US for a US desk).
    const QLocale system = QLocale::system();
    if (system.language() == QLocale(language).language())
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(QLocale(language).language(), system.territory()));

    // Qt's own strings (dialog buttons, context menus); missing on a minimal system, and that is fine.
    auto* qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* ours = new QTranslator(&app);
    ours->setObjectName(kTranslatorName);
    if (!ours->load(u":/i18n/moderation-desk_%1.qm"_s.arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace moderation::Translations
