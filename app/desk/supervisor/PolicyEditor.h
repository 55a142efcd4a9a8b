#pragma once

#include "model/Decision.h"
#include "model/Error.h"
#include "policy/PolicySimulator.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;
class QTimer;

namespace moderation {

class PolicyHighlighter;
class Session;

// The supervisor's policy editor: the active policy's JSON, checked as it is typed (each problem
// listed with its line and column and underlined in the text), a what-if preview over the
// stored comments, and activation of what was previewed.
//
// The check (PolicyDocument::check) is pure and runs on the GUI thread, 300 ms after the last
// keystroke. Loading, preview and activation reach the store through Session::call only.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    // A changed comment as the preview lists it.
    struct Change
    {
        qint64 commentId = 0;
        QString text; // untrusted: plain text only
        std::optional<Decision> before;
        Decision after;
    };

    // What a preview found: the simulation's summary and the changed comments (the first
    // kMaxListedChanges of them).
    struct Preview
    {
        SimulationSummary summary;
        QList<Change> changes;
        QString activeLabel; // empty without an active policy
    };

    static constexpr int kMaxListedChanges = 1000;
    static constexpr int kCheckDelayMs = 300;

    PolicyEditor(Session& session, QWidget* parent = nullptr);
    ~PolicyEditor() override;

    QList<QAction*> actions() const;

    QString text() const;
    QPlainTextEdit* editor() const { return m_editor; }
    // The check's problems for the current text, once the check ran.
    const QList<Error>& errors() const { return m_errors; }
    // The last preview's result (none before one finished).
    const std::optional<Preview>& preview() const { return m_preview; }
    bool isPreviewRunning() const { return m_previewRunning; }
    bool canActivate() const;

    // Runs the check now instead of waiting for the debounce timer.
    void checkNow();
    // Moves the cursor to a 1-based line and column.
    void goTo(int line, int column);

public Q_SLOTS:
    void reload();
    void openFile();
    void saveFile();
    void runPreview();
    void activate();

Q_SIGNALS:
    void loaded();
    void checked();
    void previewFinished();
    void activated();

private:
    void setPolicyText(const QString& text, const QString& fileName);
    void onTextChanged();
    void showErrors();
    void showPreview();
    void updateActions();
    void setStatus(const QString& text);

    Session& m_session;
    QString m_fileName; // the file opened or saved, for the check's messages and lexicon files
    QPlainTextEdit* m_editor = nullptr;
    PolicyHighlighter* m_highlighter = nullptr;
    QListWidget* m_errorList = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableWidget* m_counts = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_previewSummary = nullptr;
    QTimer* m_checkTimer = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_activateAction = nullptr;
    QAction* m_nextErrorAction = nullptr;

    QList<Error> m_errors;
    bool m_checkedCurrent = false;
    QString m_checkedText; // the text the last check ran on
    bool m_previewRunning = false;
    bool m_activating = false;
    std::optional<Preview> m_preview;
    QString m_previewedText; // the text the last successful preview ran on
};

} // namespace moderation
