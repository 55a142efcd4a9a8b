#include "ReportsWorkspace.h"

#include "Session.h"
#include "Version.h"
#include "reports/RecordsExport.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportWriters.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The preview shows HTML that our own writer (reports/ReportWriters.h htmlReport) made: it
// escapes every untrusted string of the report (comments, handles, the agency's name), so no
// markup from a platform reaches this view. It still loads nothing from elsewhere: the document
// is self-contained (the logo is a data: URI), and any other resource, local or remote, is
// refused here rather than fetched.
class ReportPreview : public QTextBrowser
{
public:
    explicit ReportPreview(QWidget* parent)
        : QTextBrowser(parent)
    {
        setOpenExternalLinks(false);
        setOpenLinks(false);
    }

    QVariant loadResource(int type, const QUrl& name) override
    {
        if (name.scheme() == u"data"_s)
            return QTextBrowser::loadResource(type, name);
        return {};
    }
};

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QDateEdit* dateEdit(QWidget* parent)
{
    // ISO dates are what the CLI and the report files use; the calendar pop-up is optional, the
    // keyboard edits each part with the arrow keys or by typing.
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setCalendarPopup(true);
    return edit;
}

void makeBusy(QProgressBar* bar)
{
    bar->setRange(0, 0); // busy: the library reports no steps
    bar->setTextVisible(false);
    bar->setVisible(false);
}

} // namespace

ReportsWorkspace::ReportsWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_buildAction = new QAction(this);
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_buildAction, &QAction::triggered, this, &ReportsWorkspace::build);
    m_saveCsvAction = new QAction(this);
    connect(m_saveCsvAction, &QAction::triggered, this, [this] { chooseAndSave(Format::Csv); });
    m_savePdfAction = new QAction(this);
    m_savePdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_savePdfAction, &QAction::triggered, this, [this] { chooseAndSave(Format::Pdf); });
    m_saveHtmlAction = new QAction(this);
    connect(m_saveHtmlAction, &QAction::triggered, this, [this] { chooseAndSave(Format::Html); });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_folder->text().trimmed().isEmpty())
            chooseRecordsFolder();
        if (!m_folder->text().trimmed().isEmpty())
            exportRecords(m_folder->text().trimmed());
    });
    for (QAction* save : { m_saveCsvAction, m_savePdfAction, m_saveHtmlAction })
        save->setEnabled(false);

    // The report: what, when, where; then the preview and the ways to save it.
    m_reportBox = new QGroupBox(this);
    m_kind = new QComboBox(m_reportBox);
    m_kind->addItem(QString(), QVariant::fromValue(static_cast<int>(ReportKind::Daily)));
    m_kind->addItem(QString(), QVariant::fromValue(static_cast<int>(ReportKind::Weekly)));
    m_kind->addItem(QString(), QVariant::fromValue(static_cast<int>(ReportKind::Monthly)));
    m_date = dateEdit(m_reportBox);
    m_zone = new QComboBox(m_reportBox);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zones)
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(u"UTC"_s);
    m_kindLabel = new QLabel(m_reportBox);
    m_kindLabel->setBuddy(m_kind);
    m_dateLabel = new QLabel(m_reportBox);
    m_dateLabel->setBuddy(m_date);
    m_zoneLabel = new QLabel(m_reportBox);
    m_zoneLabel->setBuddy(m_zone);
    m_buildButton = buttonFor(m_buildAction, m_reportBox);
    m_buildProgress = new QProgressBar(m_reportBox);
    makeBusy(m_buildProgress);
    m_status = new QLabel(m_reportBox);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* choice = new QHBoxLayout;
    choice->addWidget(m_kindLabel);
    choice->addWidget(m_kind);
    choice->addSpacing(12);
    choice->addWidget(m_dateLabel);
    choice->addWidget(m_date);
    choice->addSpacing(12);
    choice->addWidget(m_zoneLabel);
    choice->addWidget(m_zone, 1);
    choice->addSpacing(12);
    choice->addWidget(m_buildButton);
    choice->addWidget(m_buildProgress);

    m_preview = new ReportPreview(m_reportBox);
    m_saveCsvButton = buttonFor(m_saveCsvAction, m_reportBox);
    m_savePdfButton = buttonFor(m_savePdfAction, m_reportBox);
    m_saveHtmlButton = buttonFor(m_saveHtmlAction, m_reportBox);
    auto* saving = new QHBoxLayout;
    saving->addWidget(m_status, 1);
    saving->addWidget(m_saveCsvButton);
    saving->addWidget(m_savePdfButton);
    saving->addWidget(m_saveHtmlButton);

    auto* reportLayout = new QVBoxLayout(m_reportBox);
    reportLayout->addLayout(choice);
    reportLayout->addWidget(m_preview, 1);
    reportLayout->addLayout(saving);

    // The records export: a range of days into an empty folder.
    m_recordsBox = new QGroupBox(this);
    m_from = dateEdit(m_recordsBox);
    m_to = dateEdit(m_recordsBox);
    m_folder = new QLineEdit(m_recordsBox);
    m_browse = new QPushButton(m_recordsBox);
    connect(m_browse, &QPushButton::clicked, this, &ReportsWorkspace::chooseRecordsFolder);
    m_fromLabel = new QLabel(m_recordsBox);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(m_recordsBox);
    m_toLabel->setBuddy(m_to);
    m_folderLabel = new QLabel(m_recordsBox);
    m_folderLabel->setBuddy(m_folder);
    m_exportButton = buttonFor(m_exportAction, m_recordsBox);
    m_exportProgress = new QProgressBar(m_recordsBox);
    makeBusy(m_exportProgress);
    m_recordsResult = new QLabel(m_recordsBox);
    m_recordsResult->setTextFormat(Qt::PlainText);
    m_recordsResult->setWordWrap(true);
    m_recordsResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* range = new QHBoxLayout;
    range->addWidget(m_fromLabel);
    range->addWidget(m_from);
    range->addSpacing(12);
    range->addWidget(m_toLabel);
    range->addWidget(m_to);
    range->addSpacing(12);
    range->addWidget(m_folderLabel);
    range->addWidget(m_folder, 1);
    range->addWidget(m_browse);
    range->addWidget(m_exportButton);
    range->addWidget(m_exportProgress);
    auto* recordsLayout = new QVBoxLayout(m_recordsBox);
    recordsLayout->addLayout(range);
    recordsLayout->addWidget(m_recordsResult);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reportBox, 1);
    layout->addWidget(m_recordsBox);

    retranslateUi();
    loadSiteZone();
}

QList<QAction*> ReportsWorkspace::actions() const
{
    return { m_buildAction, m_saveCsvAction, m_savePdfAction, m_saveHtmlAction, m_exportAction };
}

// Every workspace handles LanguageChange like this: Settings ▸ Language installs another
// translator at run time, and Qt then sends this event to every widget.
void ReportsWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsWorkspace::retranslateUi()
{
    m_buildAction->setText(tr("&Build report"));
    m_buildAction->setToolTip(tr("Build the chosen report from the store (%1)")
                                  .arg(m_buildAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveCsvAction->setText(tr("Save as &CSV folder…"));
    m_saveCsvAction->setToolTip(tr("Save the report as a folder of CSV files, one file a table."));
    m_savePdfAction->setText(tr("Save as &PDF…"));
    m_savePdfAction->setToolTip(
        tr("Save the report as a PDF file (%1)").arg(m_savePdfAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveHtmlAction->setText(tr("Save as &HTML…"));
    m_saveHtmlAction->setToolTip(tr("Save the report as one self-contained HTML file."));
    m_exportAction->setText(tr("E&xport records…"));
    m_exportAction->setToolTip(tr("Export the records of the chosen days into an empty folder (%1)")
                                   .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));

    m_reportBox->setTitle(tr("Report"));
    m_kind->setItemText(0, tr("Daily"));
    m_kind->setItemText(1, tr("Weekly (the ISO week holding the date)"));
    m_kind->setItemText(2, tr("Monthly (the month holding the date)"));
    m_kindLabel->setText(tr("&Period:"));
    m_dateLabel->setText(tr("&Date:"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_kind->setAccessibleName(tr("Report period"));
    m_date->setAccessibleName(tr("Report date"));
    m_date->setToolTip(tr("A day of the period. Type the date or change each part with the arrow keys."));
    m_zone->setAccessibleName(tr("Report time zone"));
    m_zone->setToolTip(tr("The time zone whose local days the report covers; the site's by default."));
    m_buildButton->setAccessibleName(tr("Build report"));
    m_buildProgress->setAccessibleName(tr("Building the report"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setAccessibleDescription(tr("The report as it will be saved, read-only."));
    m_saveCsvButton->setAccessibleName(tr("Save as CSV folder"));
    m_savePdfButton->setAccessibleName(tr("Save as PDF"));
    m_saveHtmlButton->setAccessibleName(tr("Save as HTML"));
    if (!m_report && !m_building)
        m_preview->setPlainText(tr("Choose a period and a date, then build the report to preview it here."));

    m_recordsBox->setTitle(tr("Records export"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_folderLabel->setText(tr("F&older:"));
    m_from->setAccessibleName(tr("First day of the records export"));
    m_to->setAccessibleName(tr("Last day of the records export"));
    m_folder->setAccessibleName(tr("Records export folder"));
    m_folder->setPlaceholderText(tr("An empty folder"));
    m_browse->setText(tr("Bro&wse…"));
    m_browse->setAccessibleName(tr("Choose the records export folder"));
    m_exportButton->setAccessibleName(tr("Export records"));
    m_exportProgress->setAccessibleName(tr("Exporting the records"));
    m_recordsResult->setAccessibleName(tr("Records export result"));
}

void ReportsWorkspace::loadSiteZone()
{
    m_session.call(
        this, [](Database& database) { return siteReportZone(database, QString()); },
        [this](const Result<QTimeZone>& zone) {
            if (zone)
                m_zone->setCurrentText(QString::fromUtf8(zone->id()));
            else
                m_status->setText(tr("The site's time zone could not be read: %1").arg(zone.error().toString()));
        });
}

QString ReportsWorkspace::zoneId() const
{
    return m_zone->currentText();
}

void ReportsWorkspace::setBuilding(bool building)
{
    m_building = building;
    m_buildAction->setEnabled(!building);
    m_buildProgress->setVisible(building);
    for (QAction* save : { m_saveCsvAction, m_savePdfAction, m_saveHtmlAction })
        save->setEnabled(!building && m_report.has_value());
}

void ReportsWorkspace::build()
{
    if (m_building)
        return;
    const auto kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    const QDate date = m_date->date();
    const QString zone = zoneId();
    setBuilding(true);
    m_status->setText(tr("Building the report…"));
    // The zone, the site's settings and the report are all read on the store thread.
    m_session.call(
        this,
        [kind, date, zone](Database& database) -> Result<Report> {
            auto timeZone = siteReportZone(database, zone);
            if (!timeZone)
                return timeZone.error();
            auto options = siteReportOptions(database);
            if (!options)
                return options.error();
            return buildReport(database, ReportPeriod::of(kind, date, *timeZone), *options);
        },
        [this](Result<Report> built) {
            if (built) {
                m_report = std::move(*built);
                // QTextBrowser does not draw inline SVG (it would show the charts' labels as a run
                // of numbers): the preview leaves the charts out; the saved PDF and HTML have them.
                static const QRegularExpression svg(u"<svg\\b.*?</svg>"_s,
                                                    QRegularExpression::DotMatchesEverythingOption);
                m_preview->setHtml(QString::fromUtf8(htmlReport(*m_report)).remove(svg));
                m_status->setText(tr("%1 for %2 (%3), built.")
                                      .arg(m_report->title, m_report->period.label(),
                                           QString::fromUtf8(m_report->period.zone.id())));
            } else {
                m_status->setText(tr("The report could not be built: %1").arg(built.error().toString()));
            }
            setBuilding(false);
            Q_EMIT reportBuilt();
        });
}

void ReportsWorkspace::chooseAndSave(Format format)
{
    if (!m_report)
        return;
    const QString stem = u"%1-report-%2"_s.arg(toString(m_report->period.kind), m_report->period.first.toString(Qt::ISODate));
    QString path;
    switch (format) {
    case Format::Csv:
        path = QFileDialog::getExistingDirectory(this, tr("Save the report as a CSV folder"));
        break;
    case Format::Pdf:
        path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), QDir::home().filePath(stem + u".pdf"_s),
                                            tr("PDF files (*.pdf)"));
        break;
    case Format::Html:
        path = QFileDialog::getSaveFileName(this, tr("Save the report as HTML"),
                                            QDir::home().filePath(stem + u".html"_s), tr("HTML files (*.html)"));
        break;
    }
    if (!path.isEmpty())
        save(format, path);
}

bool ReportsWorkspace::save(Format format, const QString& path)
{
    if (!m_report)
        return false;
    // Only the Report value is read here: the files are written without the store.
    const Error written = format == Format::Csv ? writeCsvReport(*m_report, path)
        : format == Format::Pdf                 ? writePdfReport(*m_report, path)
                                                : writeHtmlReport(*m_report, path);
    if (written.isError()) {
        m_status->setText(tr("The report was not saved: %1").arg(written.toString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsWorkspace::chooseRecordsFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the records export"),
                                                             m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ReportsWorkspace::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_exportAction->setEnabled(!exporting);
    m_browse->setEnabled(!exporting);
    m_exportProgress->setVisible(exporting);
}

void ReportsWorkspace::exportRecords(const QString& folder)
{
    if (m_exporting)
        return;
    if (m_to->date() < m_from->date()) {
        m_recordsResult->setText(tr("The last day comes before the first: choose the days again."));
        return;
    }
    RecordsRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.outDir = QDir::fromNativeSeparators(folder);
    request.toolVersion = u"moderation-desk "_s + QString::fromLatin1(MODERATION_VERSION);
    const QString zone = zoneId();
    setExporting(true);
    m_recordsResult->setText(tr("Exporting the records…"));
    m_session.call(
        this,
        [request, zone](Database& database) mutable -> Result<RecordsSummary> {
            auto timeZone = siteReportZone(database, zone);
            if (!timeZone)
                return timeZone.error();
            request.zone = *timeZone;
            return moderation::exportRecords(database, request);
        },
        [this, folder](const Result<RecordsSummary>& summary) {
            setExporting(false);
            if (summary) {
                qint64 rows = 0;
                for (const RecordsFileSummary& file : summary->files)
                    rows += file.rows;
                const QString audit = summary->audit.intact
                    ? tr("The audit log is intact; its head is %1.").arg(summary->head.toString())
                    : tr("Written, but the audit log is broken at entry %1: %2. The manifest says so.")
                          .arg(summary->audit.firstBadSeq)
                          .arg(summary->audit.problem);
                m_recordsResult->setText(tr("Exported %n row(s) in %1 file(s) and manifest.json to %2. %3", nullptr,
                                            int(rows))
                                             .arg(summary->files.size())
                                             .arg(QDir::toNativeSeparators(folder), audit));
            } else if (summary.error().code() == Error::Code::Refused) {
                // The export never mixes its files with others: offer another folder.
                m_recordsResult->setText(
                    tr("%1 already holds files, and an export is only written to an empty folder.")
                        .arg(QDir::toNativeSeparators(folder)));
                auto* ask = new QMessageBox(QMessageBox::Question, tr("Records export"),
                                            tr("%1 already holds files. A records export is written only to an empty "
                                               "folder, so that nothing in it is mistaken for part of the export. "
                                               "Choose another folder?")
                                                .arg(QDir::toNativeSeparators(folder)),
                                            QMessageBox::Yes | QMessageBox::Cancel, this);
                ask->setAttribute(Qt::WA_DeleteOnClose);
                connect(ask, &QMessageBox::buttonClicked, this, [this, ask](QAbstractButton* button) {
                    if (ask->standardButton(button) == QMessageBox::Yes)
                        chooseRecordsFolder();
                });
                ask->open();
            } else {
                m_recordsResult->setText(tr("The records were not exported: %1").arg(summary.error().toString()));
            }
            Q_EMIT recordsExported();
        });
}

} // namespace moderation
