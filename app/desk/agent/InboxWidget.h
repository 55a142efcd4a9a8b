#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace moderation {

class CommentDetailPane;
class Session;
class InboxModel;

// The agent's inbox workspace: a filter bar, the comments (newest first) and, beside them, the
// selected comment in full. Keyboard-first: arrows or J/K move, Enter in the filter jumps to the
// list, Escape clears the filter.
class InboxWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InboxWidget(Session& session, QWidget* parent = nullptr);

    InboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterField() const { return m_filter; }
    QComboBox* platformChoice() const { return m_platform; }
    CommentDetailPane* detailPane() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }
    QAction* nextAction() const { return m_nextAction; }
    QAction* previousAction() const { return m_previousAction; }

    // Re-reads the store, keeping the selected comment when it is still there.
    void reload();
    // Applies the filter field and platform choice now (typing applies them after a short pause).
    void applyFilter();
    void focusFilter();
    void selectNext();
    void selectPrevious();
    void selectRow(int row);
    int currentRow() const;

Q_SIGNALS:
    void countsChanged(qint64 matching, qint64 inStore);
    void loadFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCurrent();
    void sizeColumns();
    // Where the selection goes once a page has come: the comment selected before a reload (else
    // the first), or the row after the current one when Next had to wait for a page.
    void placeSelection();

    InboxModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_platform = nullptr;
    QTableView* m_table = nullptr;
    CommentDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_filterDelay = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_previousAction = nullptr;
    qint64 m_wantedId = 0;
    bool m_wantSelection = false;
    bool m_advanceWhenLoaded = false;
};

} // namespace moderation
