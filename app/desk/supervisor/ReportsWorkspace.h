#pragma once

#include "reports/Report.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace moderation {

class Session;

// The supervisor's reports: a daily, weekly or monthly report built on the store thread and
// previewed here before it is saved as a CSV folder, a PDF or an HTML file, and the records
// export (docs/RECORDS.md) of a range of days into an empty folder.
class ReportsWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Csv, Pdf, Html };

    ReportsWorkspace(Session& session, QWidget* parent = nullptr);

    QList<QAction*> actions() const;

    QComboBox* kindChoice() const { return m_kind; }
    QDateEdit* reportDate() const { return m_date; }
    QComboBox* zoneChoice() const { return m_zone; }
    QTextBrowser* preview() const { return m_preview; }
    QDateEdit* recordsFrom() const { return m_from; }
    QDateEdit* recordsTo() const { return m_to; }
    QLineEdit* recordsFolder() const { return m_folder; }
    QLabel* recordsResult() const { return m_recordsResult; }
    QLabel* reportStatus() const { return m_status; }
    // The report last built (what the preview shows); nullopt before the first.
    const std::optional<Report>& report() const { return m_report; }
    bool isBuilding() const { return m_building; }
    bool isExporting() const { return m_exporting; }

    // Builds the report chosen above on the store thread; the preview follows.
    void build();
    // Writes the built report to `path` (a folder for CSV): from the Report value, on this thread
    // (PDF drawing needs the GUI application), never touching the store. The error is also shown.
    bool save(Format format, const QString& path);
    // Exports the records of the chosen days into `folder` on the store thread.
    void exportRecords(const QString& folder);

Q_SIGNALS:
    void reportBuilt();
    void recordsExported();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadSiteZone();
    void chooseAndSave(Format format);
    void chooseRecordsFolder();
    void setBuilding(bool building);
    void setExporting(bool exporting);
    QString zoneId() const;

    Session& m_session;
    std::optional<Report> m_report;
    bool m_building = false;
    bool m_exporting = false;

    QGroupBox* m_reportBox = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QComboBox* m_zone = nullptr;
    QToolButton* m_buildButton = nullptr;
    QProgressBar* m_buildProgress = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    QToolButton* m_saveCsvButton = nullptr;
    QToolButton* m_savePdfButton = nullptr;
    QToolButton* m_saveHtmlButton = nullptr;

    QGroupBox* m_recordsBox = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QToolButton* m_exportButton = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QLabel* m_recordsResult = nullptr;

    QAction* m_buildAction = nullptr;
    QAction* m_saveCsvAction = nullptr;
    QAction* m_savePdfAction = nullptr;
    QAction* m_saveHtmlAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace moderation
