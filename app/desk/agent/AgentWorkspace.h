#pragma once

#include "CaseDetails.h"
#include "CasesModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;

namespace moderation {

class CaseView;
class CasesFilter;
class Session;

// The agent's day: on the left the cases they hold ("My cases") or the open unheld cases of the
// queues they work ("Queue"), filtered and sorted; on the right the selected case with its
// composer. "Take next" (Ctrl+N) claims the most urgent waiting case through the Router. Every
// store call goes through Session::call; the lists reload when the store changes.
class AgentWorkspace : public QWidget
{
    Q_OBJECT

public:
    AgentWorkspace(Session& session, QWidget* parent = nullptr);

    QList<QAction*> actions() const;

    CaseView* caseView() const { return m_caseView; }
    CasesModel* model() const { return m_model; }
    CasesFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    // The case shown on the right, or 0.
    qint64 currentCaseId() const { return m_details ? m_details->heldCase.id : 0; }
    const std::optional<CaseDetails>& details() const { return m_details; }
    // The last thing the workspace said in its status line.
    QString status() const;

    void setScope(CasesModel::Scope scope);
    CasesModel::Scope scope() const;

    // What the actions do, for callers that already have the answers a dialog would ask for.
    void takeNext();
    void showCase(qint64 caseId);
    void confirmHide();
    void rejectHide(const QString& reason);
    void reclassify(Action action, const QString& reason, const QString& queue);
    void release();
    void reload();

private:
    void reloadList();
    void reloadCase();
    void selectCase(qint64 caseId);
    void updateActions();
    void updateFilterChoices();
    void applyFilters();
    void setStatus(const QString& text, bool problem = false);
    // Runs a case action on the store thread; on success says `done` and reloads.
    template<typename Work>
    void runCaseAction(Work work, const QString& done);

    Session& m_session;
    CasesModel* m_model = nullptr;
    CasesFilter* m_filter = nullptr;
    std::optional<CaseDetails> m_details;
    qint64 m_wantedCase = 0; // to select when the list has loaded
    int m_listRequests = 0; // the latest list request; older answers are dropped
    int m_caseRequests = 0;

    QTabBar* m_scope = nullptr;
    QComboBox* m_platformFilter = nullptr;
    QComboBox* m_queueFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_slaFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_listNote = nullptr;
    QLabel* m_status = nullptr;
    CaseView* m_caseView = nullptr;

    QAction* m_takeNext = nullptr;
    QAction* m_confirmHide = nullptr;
    QAction* m_rejectHide = nullptr;
    QAction* m_reclassify = nullptr;
    QAction* m_release = nullptr;
    QAction* m_reload = nullptr;
};

} // namespace moderation
