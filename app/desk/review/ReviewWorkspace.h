#pragma once

#include "review/WordDiff.h"

#include <QList>
#include <QTextFormat>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTextEdit;

namespace moderation {

class ReviewQueueModel;
class Session;
struct ReviewItem;

// The reviewer's workspace: the drafts awaiting review, earliest deadline first, and for the
// selected one the comment with its thread beside the draft, the draft's difference from the
// library answer it started from, and the checks the platform's rules make (personal data,
// length). Approve (Ctrl+Enter) or return with a reason (Ctrl+R); the next draft follows.
// Every store call goes through the session (off the GUI thread).
class ReviewWorkspace : public QWidget
{
    Q_OBJECT

public:
    ReviewWorkspace(Session& session, QWidget* parent);

    QList<QAction*> actions() const;

    // Reads the queue again, keeping the selected draft (or, when it left, the row it was on).
    void reload();
    // Sends the selected draft back with `reason` (what Return's dialog does once answered).
    void returnSelected(const QString& reason);

    // For tests and the main window.
    ReviewQueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* commentView() const { return m_comment; }
    QPlainTextEdit* draftView() const { return m_draft; }
    QTextEdit* diffView() const { return m_diff; }
    QAction* approveAction() const { return m_approve; }
    QAction* returnAction() const { return m_return; }
    QString piiCheckText() const;
    QString lengthCheckText() const;
    QString statusText() const;
    void selectRow(int row);
    int currentRow() const;

    // The text property that marks a diff piece in the diff view's document (WordDiff::Piece::Kind).
    static constexpr int kDiffKindProperty = QTextFormat::UserProperty + 1;

private:
    void approveSelected();
    void askReturnReason();
    void showItem(const ReviewItem* item);
    void showDiff(const ReviewItem& item);
    void setStatus(const QString& text);
    void updateActions();
    const ReviewItem* selectedItem() const;

    Session& m_session;
    ReviewQueueModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_commentAuthor = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_draftAuthor = nullptr;
    QPlainTextEdit* m_draft = nullptr;
    QLabel* m_diffNote = nullptr;
    QTextEdit* m_diff = nullptr;
    QLabel* m_piiCheck = nullptr;
    QLabel* m_lengthCheck = nullptr;
    QLabel* m_approvals = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_return = nullptr;
    bool m_busy = false; // an approval or return is under way
    int m_rowAfterReload = -1; // the row to select once the queue is read again after an action
};

} // namespace moderation
