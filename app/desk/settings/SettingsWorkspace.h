#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QApplication;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace moderation {

class Session;

// The person's own settings, kept in QSettings on this computer: the interface language
// (switched at once), high contrast and the text size. Supervisors and admins also see the
// site's settings, kept in the store: the reports' time zone, the agency's name and its logo.
class SettingsWorkspace : public QWidget
{
    Q_OBJECT

public:
    SettingsWorkspace(Session& session, QWidget* parent = nullptr);

    QList<QAction*> actions() const;

    // QSettings keys.
    static constexpr char kLanguageKey[] = "desk/language"; // "en", "es"; empty: follow the system
    static constexpr char kHighContrastKey[] = "desk/highContrast"; // bool
    static constexpr char kTextScaleKey[] = "desk/textScale"; // percent, 100..200

    // The stored appearance (high contrast, text size), applied app-wide: main.cpp calls this at
    // start, after the QApplication exists.
    static void applyStoredAppearance(QApplication& app);
    // The stored language ("en", "es"), or empty to follow the system.
    static QString storedLanguage();
    // Black, white and a yellow focus, app-wide; off restores the palette the app had before.
    static void applyHighContrast(bool on);
    // The application font at `percent` (100..200) of the size it had before the first scaling.
    static void applyTextScale(int percent);

    QComboBox* languageChoice() const { return m_language; }
    QCheckBox* highContrastBox() const { return m_highContrast; }
    QSpinBox* textScaleField() const { return m_textScale; }
    QGroupBox* siteBox() const { return m_siteBox; }
    QComboBox* zoneChoice() const { return m_zone; }
    QLineEdit* agencyNameField() const { return m_agencyName; }
    QLabel* languageLabel() const { return m_languageLabel; }
    QLabel* siteStatus() const { return m_siteStatus; }
    // The logo file to store with the next save (normally chosen with the file dialog).
    void setLogoFile(const QString& path);
    // Stores what changed of the site's settings (on the store thread; the library audits).
    void saveSite();

Q_SIGNALS:
    void siteLoaded();
    void siteSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseLanguage(int index);
    void loadSite();
    void chooseLogo();
    void showLogo(const QByteArray& bytes);

    Session& m_session;
    QString m_storedZone;
    QString m_storedAgencyName;
    QString m_logoFile;

    QGroupBox* m_personalBox = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_highContrast = nullptr;
    QLabel* m_textScaleLabel = nullptr;
    QSpinBox* m_textScale = nullptr;
    QLabel* m_personalNote = nullptr;

    QGroupBox* m_siteBox = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_agencyNameLabel = nullptr;
    QLineEdit* m_agencyName = nullptr;
    QLabel* m_logoLabel = nullptr;
    QLabel* m_logo = nullptr;
    QPushButton* m_chooseLogo = nullptr;
    QPushButton* m_saveSite = nullptr;
    QLabel* m_siteStatus = nullptr;
    QAction* m_saveSiteAction = nullptr;
};

} // namespace moderation
