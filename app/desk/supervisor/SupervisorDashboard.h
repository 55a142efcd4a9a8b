#pragma once

#include "supervisor/DashboardData.h"

#include <QList>
#include <QWidget>

class QAction;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace moderation {

class Session;

// The supervisor's dashboard: open cases per queue, the cases at risk of missing or past their
// deadline, the agents with their presence and load, today's volumes (by action, and charted by
// hour and by category) and the accounts' states and quotas. A case can be assigned to an agent
// or released back to its queue, an agent's presence changed. Every read and change goes through
// the session (off the GUI thread); F5 and changes by other seats refresh it.
class SupervisorDashboard : public QWidget
{
    Q_OBJECT

public:
    SupervisorDashboard(Session& session, QWidget* parent);

    QList<QAction*> actions() const;

    void refresh();

    // For tests and the main window.
    QTableView* queueTable() const { return m_queueTable; }
    QTableView* caseTable() const { return m_caseTable; }
    QTableView* agentTable() const { return m_agentTable; }
    QTableView* actionTable() const { return m_actionTable; }
    QTableView* accountTable() const { return m_accountTable; }
    QComboBox* agentChoice() const { return m_agentChoice; }
    QComboBox* presenceChoice() const { return m_presenceChoice; }
    QChartView* hourChart() const { return m_hourChart; }
    QChartView* categoryChart() const { return m_categoryChart; }
    QBarSet* hourBars() const { return m_hourBars; }
    QBarSet* categoryBars() const { return m_categoryBars; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* assignAction() const { return m_assign; }
    QAction* releaseAction() const { return m_release; }
    QAction* presenceAction() const { return m_setPresence; }
    QString slaText() const;
    QString statusText() const;
    // The case in the cases table's row, and the row a case is on (-1: not listed).
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    void selectCase(int row);
    void selectAgent(int row);

private:
    void showData(const DashboardData& data);
    void fillChart(QChartView* view, QBarSet*& bars, const QString& name, const DashboardData::Tally& tally);
    void assignSelected();
    void releaseSelected();
    void setPresenceOfSelected();
    // Runs a change, then says what happened and refreshes.
    template<typename Work>
    void change(Work work, const QString& done);
    void setStatus(const QString& text);
    qint64 selectedCase() const;
    QString selectedAgent() const;

    Session& m_session;
    QStandardItemModel* m_queues = nullptr;
    QStandardItemModel* m_cases = nullptr;
    QStandardItemModel* m_agents = nullptr;
    QStandardItemModel* m_byAction = nullptr;
    QStandardItemModel* m_accounts = nullptr;
    QTableView* m_queueTable = nullptr;
    QTableView* m_caseTable = nullptr;
    QTableView* m_agentTable = nullptr;
    QTableView* m_actionTable = nullptr;
    QTableView* m_accountTable = nullptr;
    QLabel* m_sla = nullptr;
    QLabel* m_day = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_agentChoice = nullptr;
    QComboBox* m_presenceChoice = nullptr;
    QChartView* m_hourChart = nullptr;
    QChartView* m_categoryChart = nullptr;
    QBarSet* m_hourBars = nullptr; // owned by its chart's series
    QBarSet* m_categoryBars = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_assign = nullptr;
    QAction* m_release = nullptr;
    QAction* m_setPresence = nullptr;
    bool m_refreshing = false;
    bool m_refreshAgain = false; // asked while a refresh was under way
};

} // namespace moderation
