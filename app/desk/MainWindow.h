#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace moderation {

class Database;
class InboxWidget;

// The application window: menus, the agent's inbox, and a status bar that says which store is
// open and how many comments it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);

    InboxWidget* inbox() const { return m_inbox; }
    QString storeText() const;
    QString countText() const;

    // Shown once in the status bar, e.g. "Loaded 312 demo comments".
    void announce(const QString& message);

public Q_SLOTS:
    void reload();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateCounts(qint64 matching, qint64 inStore);
    void showLoadError(const QString& message);
    void restoreLayout();

    Database& m_database;
    InboxWidget* m_inbox = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace moderation
