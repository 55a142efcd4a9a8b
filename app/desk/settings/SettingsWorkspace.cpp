#include "SettingsWorkspace.h"

#include "Session.h"
#include "Translations.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kMinimumScale = 100;
constexpr int kMaximumScale = 200;

// What the app looked like before high contrast or scaling changed it, to go back to.
std::optional<QPalette>& originalPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

std::optional<QFont>& originalFont()
{
    static std::optional<QFont> font;
    return font;
}

QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(Qt::yellow);
    const QColor grey(0xb0, 0xb0, 0xb0); // disabled text: still 9:1 against black
    QPalette palette;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, black);
        palette.setColor(group, QPalette::Base, black);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        palette.setColor(group, QPalette::Button, black);
        palette.setColor(group, QPalette::WindowText, disabled ? grey : white);
        palette.setColor(group, QPalette::Text, disabled ? grey : white);
        palette.setColor(group, QPalette::ButtonText, disabled ? grey : white);
        palette.setColor(group, QPalette::PlaceholderText, grey);
        palette.setColor(group, QPalette::BrightText, yellow);
        palette.setColor(group, QPalette::ToolTipBase, black);
        palette.setColor(group, QPalette::ToolTipText, white);
        // The selection and the keyboard focus: yellow, the colour that stands out most on black.
        palette.setColor(group, QPalette::Highlight, yellow);
        palette.setColor(group, QPalette::HighlightedText, black);
        palette.setColor(group, QPalette::Link, yellow);
        palette.setColor(group, QPalette::LinkVisited, yellow);
        palette.setColor(group, QPalette::Light, white);
        palette.setColor(group, QPalette::Midlight, grey);
        palette.setColor(group, QPalette::Mid, grey);
        palette.setColor(group, QPalette::Dark, white);
        palette.setColor(group, QPalette::Shadow, white);
    }
    return palette;
}

} // namespace

void SettingsWorkspace::applyHighContrast(bool on)
{
    if (on) {
        if (!originalPalette())
            originalPalette() = QApplication::palette();
        QApplication::setPalette(highContrastPalette());
    } else if (originalPalette()) {
        QApplication::setPalette(*originalPalette());
        originalPalette().reset();
    }
}

void SettingsWorkspace::applyTextScale(int percent)
{
    percent = std::clamp(percent, kMinimumScale, kMaximumScale);
    if (!originalFont())
        originalFont() = QApplication::font();
    QFont font = *originalFont();
    // Point sizes scale with the screen's resolution; a font given in pixels scales by pixels.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(font.pixelSize() * percent / 100);
    QApplication::setFont(font);
}

void SettingsWorkspace::applyStoredAppearance(QApplication& app)
{
    Q_UNUSED(app) // the palette and the font are the application's: QApplication's statics set them
    const QSettings settings;
    applyHighContrast(settings.value(QLatin1StringView(kHighContrastKey), false).toBool());
    const int scale = settings.value(QLatin1StringView(kTextScaleKey), kMinimumScale).toInt();
    if (scale != kMinimumScale)
        applyTextScale(scale);
}

QString SettingsWorkspace::storedLanguage()
{
    return QSettings().value(QLatin1StringView(kLanguageKey)).toString();
}

SettingsWorkspace::SettingsWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    const QSettings settings;

    // This person's settings, on this computer.
    m_personalBox = new QGroupBox(this);
    m_language = new QComboBox(m_personalBox);
    m_language->addItem(QString(), QString());
    // Each language is named in itself, so that someone who cannot read the current one finds theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    connect(m_language, &QComboBox::activated, this, &SettingsWorkspace::chooseLanguage);
    m_languageLabel = new QLabel(m_personalBox);
    m_languageLabel->setBuddy(m_language);

    m_highContrast = new QCheckBox(m_personalBox);
    m_highContrast->setChecked(settings.value(QLatin1StringView(kHighContrastKey), false).toBool());
    connect(m_highContrast, &QCheckBox::toggled, this, [](bool on) {
        QSettings().setValue(QLatin1StringView(kHighContrastKey), on);
        applyHighContrast(on);
    });

    m_textScale = new QSpinBox(m_personalBox);
    m_textScale->setRange(kMinimumScale, kMaximumScale);
    m_textScale->setSingleStep(10);
    m_textScale->setSuffix(u" %"_s);
    m_textScale->setValue(settings.value(QLatin1StringView(kTextScaleKey), kMinimumScale).toInt());
    connect(m_textScale, &QSpinBox::valueChanged, this, [](int percent) {
        QSettings().setValue(QLatin1StringView(kTextScaleKey), percent);
        applyTextScale(percent);
    });
    m_textScaleLabel = new QLabel(m_personalBox);
    m_textScaleLabel->setBuddy(m_textScale);
    m_personalNote = new QLabel(m_personalBox);
    m_personalNote->setWordWrap(true);

    auto* personal = new QFormLayout(m_personalBox);
    personal->addRow(m_languageLabel, m_language);
    personal->addRow(QString(), m_highContrast);
    personal->addRow(m_textScaleLabel, m_textScale);
    personal->addRow(m_personalNote);

    // The site's settings, in the store: supervisors and admins only (the library checks too).
    m_siteBox = new QGroupBox(this);
    m_zone = new QComboBox(m_siteBox);
    m_zone->addItem(QString(), QString());
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zones)
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zoneLabel = new QLabel(m_siteBox);
    m_zoneLabel->setBuddy(m_zone);
    m_agencyName = new QLineEdit(m_siteBox);
    m_agencyName->setMaxLength(SettingsStore::kMaxAgencyNameLength);
    m_agencyNameLabel = new QLabel(m_siteBox);
    m_agencyNameLabel->setBuddy(m_agencyName);
    m_logo = new QLabel(m_siteBox);
    m_logo->setMinimumSize(160, 60);
    m_logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_logo->setTextFormat(Qt::PlainText);
    m_chooseLogo = new QPushButton(m_siteBox);
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsWorkspace::chooseLogo);
    m_logoLabel = new QLabel(m_siteBox);
    m_logoLabel->setBuddy(m_chooseLogo);
    m_saveSiteAction = new QAction(this);
    m_saveSiteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveSiteAction, &QAction::triggered, this, &SettingsWorkspace::saveSite);
    m_saveSite = new QPushButton(m_siteBox);
    connect(m_saveSite, &QPushButton::clicked, m_saveSiteAction, &QAction::trigger);
    m_siteStatus = new QLabel(m_siteBox);
    m_siteStatus->setTextFormat(Qt::PlainText);
    m_siteStatus->setWordWrap(true);

    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addStretch(1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_siteStatus, 1);
    saveRow->addWidget(m_saveSite);
    auto* site = new QFormLayout(m_siteBox);
    site->addRow(m_zoneLabel, m_zone);
    site->addRow(m_agencyNameLabel, m_agencyName);
    site->addRow(m_logoLabel, logoRow);
    site->addRow(saveRow);

    const bool mayChangeSite = m_session.hasRole(Role::Supervisor) || m_session.hasRole(Role::Admin);
    m_siteBox->setVisible(mayChangeSite);
    m_saveSiteAction->setEnabled(mayChangeSite);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_personalBox);
    layout->addWidget(m_siteBox);
    layout->addStretch(1);

    retranslateUi();
    if (mayChangeSite)
        loadSite();
}

QList<QAction*> SettingsWorkspace::actions() const
{
    return { m_saveSiteAction };
}

// Language switching at run time: Translations::install() replaces the translators, and Qt then
// sends QEvent::LanguageChange to every widget. Each workspace must handle it as this one does,
// setting all of its texts again in a retranslateUi() of its own, or it stays in the old language
// until the app restarts.
void SettingsWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsWorkspace::retranslateUi()
{
    m_personalBox->setTitle(tr("On this computer"));
    m_languageLabel->setText(tr("Interface &language:"));
    m_language->setItemText(0, tr("The system's language"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setToolTip(tr("The language of menus, buttons and messages. It changes at once."));
    m_highContrast->setText(tr("&High contrast (white on black, yellow focus)"));
    m_highContrast->setAccessibleName(tr("High contrast"));
    m_textScaleLabel->setText(tr("&Text size:"));
    m_textScale->setAccessibleName(tr("Text size in percent"));
    m_textScale->setToolTip(tr("From 100 % to 200 % of the normal size."));
    m_personalNote->setText(tr("These settings are yours, on this computer only."));

    m_siteBox->setTitle(tr("The site (every seat)"));
    m_zoneLabel->setText(tr("Reports' time &zone:"));
    m_zone->setItemText(0, tr("Not set (the active policy's zone)"));
    m_zone->setAccessibleName(tr("The time zone of the site's reports"));
    m_agencyNameLabel->setText(tr("&Agency name:"));
    m_agencyName->setAccessibleName(tr("Agency name"));
    m_agencyName->setToolTip(tr("Shown on the reports' title pages."));
    m_logoLabel->setText(tr("Agency &logo:"));
    m_chooseLogo->setText(tr("Choose a logo…"));
    m_chooseLogo->setAccessibleName(tr("Choose the agency logo"));
    m_chooseLogo->setToolTip(tr("A PNG or JPEG file of at most 512 KiB, shown on the reports."));
    if (!m_logo->pixmap().isNull())
        m_logo->setAccessibleName(tr("The agency logo"));
    else if (m_logoFile.isEmpty())
        m_logo->setText(tr("No logo"));
    m_saveSiteAction->setText(tr("&Save site settings"));
    m_saveSiteAction->setToolTip(
        tr("Save the site's settings (%1)").arg(m_saveSiteAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveSite->setText(tr("&Save site settings"));
    m_saveSite->setToolTip(m_saveSiteAction->toolTip());
    m_saveSite->setAccessibleName(tr("Save site settings"));
    m_siteStatus->setAccessibleName(tr("Site settings status"));
}

void SettingsWorkspace::chooseLanguage(int index)
{
    const QString stored = m_language->itemData(index).toString();
    QSettings().setValue(QLatin1StringView(kLanguageKey), stored);
    const QString language = Translations::choose(stored, QLocale::system()).value_or(u"en"_s);
    Translations::install(*QCoreApplication::instance(), language);
}

void SettingsWorkspace::loadSite()
{
    struct Site
    {
        Result<std::optional<QString>> zone = std::optional<QString>();
        Result<std::optional<QString>> agencyName = std::optional<QString>();
        Result<QByteArray> logo = QByteArray();
    };
    m_session.call(
        this,
        [](Database& database) {
            const SettingsStore settings(database);
            Site site;
            site.zone = settings.value(u"timezone"_s);
            site.agencyName = settings.value(u"agency.name"_s);
            site.logo = settings.agencyLogo();
            return site;
        },
        [this](const Site& site) {
            if (!site.zone || !site.agencyName || !site.logo) {
                const Error& error = !site.zone ? site.zone.error()
                    : !site.agencyName          ? site.agencyName.error()
                                                : site.logo.error();
                m_siteStatus->setText(tr("The site's settings could not be read: %1").arg(error.toString()));
            } else {
                m_storedZone = site.zone->value_or(QString());
                m_storedAgencyName = site.agencyName->value_or(QString());
                m_zone->setCurrentIndex(std::max(0, m_zone->findData(m_storedZone)));
                m_agencyName->setText(m_storedAgencyName);
                showLogo(*site.logo);
            }
            Q_EMIT siteLoaded();
        });
}

void SettingsWorkspace::showLogo(const QByteArray& bytes)
{
    QPixmap logo;
    if (!bytes.isEmpty() && logo.loadFromData(bytes)) {
        m_logo->setPixmap(logo.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_logo->setAccessibleName(tr("The agency logo"));
    } else {
        m_logo->setText(tr("No logo"));
    }
}

void SettingsWorkspace::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the agency logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

void SettingsWorkspace::setLogoFile(const QString& path)
{
    m_logoFile = path;
    QPixmap preview(path);
    if (!preview.isNull())
        m_logo->setPixmap(preview.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_siteStatus->setText(tr("The logo is stored when you save the site's settings."));
}

void SettingsWorkspace::saveSite()
{
    const QString zone = m_zone->currentData().toString();
    const QString agencyName = m_agencyName->text().trimmed();
    const QString zoneChange = zone != m_storedZone && !zone.isEmpty() ? zone : QString();
    const std::optional<QString> nameChange =
        agencyName != m_storedAgencyName ? std::optional<QString>(agencyName) : std::nullopt;
    const QString logoFile = m_logoFile;
    const QString actor = m_session.login();
    if (zoneChange.isEmpty() && !nameChange && logoFile.isEmpty()) {
        m_siteStatus->setText(tr("Nothing to save: the site's settings are as stored."));
        return;
    }
    m_saveSiteAction->setEnabled(false);
    // Each setting is checked and audited by the library; the first refusal stops the rest.
    m_session.call(
        this,
        [zoneChange, nameChange, logoFile, actor](Database& database) -> Error {
            SettingsStore settings(database);
            if (!zoneChange.isEmpty())
                if (Error error = settings.set(u"timezone"_s, zoneChange, actor); error.isError())
                    return error;
            if (nameChange)
                if (Error error = settings.set(u"agency.name"_s, *nameChange, actor); error.isError())
                    return error;
            if (!logoFile.isEmpty()) {
                const Result<QString> logo = SettingsStore::logoValueFromFile(logoFile);
                if (!logo)
                    return logo.error();
                return settings.set(u"agency.logo"_s, *logo, actor);
            }
            return Error();
        },
        [this](const Error& error) {
            m_saveSiteAction->setEnabled(true);
            if (error.isError()) {
                m_siteStatus->setText(tr("The site's settings were not saved: %1").arg(error.toString()));
            } else {
                m_logoFile.clear();
                m_siteStatus->setText(tr("The site's settings were saved."));
                loadSite();
            }
            Q_EMIT siteSaved();
        });
}

} // namespace moderation
