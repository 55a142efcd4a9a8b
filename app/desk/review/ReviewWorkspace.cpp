#include "ReviewWorkspace.h"

#include "DisplayText.h"
#include "Session.h"
#include "review/ReturnReasonDialog.h"
#include "review/ReviewDesk.h"
#include "review/ReviewItem.h"
#include "review/ReviewQueueModel.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace moderation {

namespace {

// How many cases in review one read looks at: a reviewer works from the top of the queue.
constexpr int kQueueLimit = 200;

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and reasons are untrusted text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit* readOnlyText(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

} // namespace

ReviewWorkspace::ReviewWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new ReviewQueueModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Drafts awaiting review"));
    m_table->setAccessibleDescription(tr("Drafts by other agents, the earliest deadline first. Select one to review it."));

    m_commentAuthor = plainLabel(this);
    m_comment = readOnlyText(this);
    m_comment->setAccessibleName(tr("Comment and its thread"));
    m_comment->setAccessibleDescription(tr("The comment the draft answers, after the comments above it in its thread."));
    m_draftAuthor = plainLabel(this);
    m_draft = readOnlyText(this);
    m_draft->setAccessibleName(tr("Draft reply"));
    m_draft->setAccessibleDescription(tr("The reply as it will be posted if approved."));

    m_diffNote = plainLabel(this);
    m_diff = new QTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setAcceptRichText(false);
    m_diff->setTabChangesFocus(true);
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_diff->setAccessibleName(tr("Changes from the library answer"));
    m_diff->setAccessibleDescription(
        tr("Words the agent added are underlined; words removed from the answer are struck through."));

    m_piiCheck = plainLabel(this);
    m_lengthCheck = plainLabel(this);
    m_approvals = plainLabel(this);
    m_status = plainLabel(this);
    m_status->setAccessibleName(tr("Review status"));

    m_approve = new QAction(tr("&Approve"), this);
    m_approve->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_approve->setToolTip(tr("Approve the draft as written (Ctrl+Enter)"));
    m_approve->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_approve, &QAction::triggered, this, &ReviewWorkspace::approveSelected);
    m_return = new QAction(tr("&Return with a Reason…"), this);
    m_return->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_return->setToolTip(tr("Send the draft back to its agent with a reason (Ctrl+R)"));
    m_return->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_return, &QAction::triggered, this, &ReviewWorkspace::askReturnReason);
    addAction(m_approve);
    addAction(m_return);

    auto* approveButton = new QPushButton(m_approve->text(), this);
    approveButton->setToolTip(m_approve->toolTip());
    approveButton->setAccessibleName(tr("Approve"));
    approveButton->setAccessibleDescription(m_approve->toolTip());
    connect(approveButton, &QPushButton::clicked, m_approve, &QAction::trigger);
    connect(m_approve, &QAction::enabledChanged, approveButton, &QWidget::setEnabled);
    auto* returnButton = new QPushButton(m_return->text(), this);
    returnButton->setToolTip(m_return->toolTip());
    returnButton->setAccessibleName(tr("Return with a reason"));
    returnButton->setAccessibleDescription(m_return->toolTip());
    connect(returnButton, &QPushButton::clicked, m_return, &QAction::trigger);
    connect(m_return, &QAction::enabledChanged, returnButton, &QWidget::setEnabled);

    auto* commentBox = new QGroupBox(tr("Comment"), this);
    auto* commentLayout = new QVBoxLayout(commentBox);
    commentLayout->addWidget(m_commentAuthor);
    commentLayout->addWidget(m_comment);
    auto* draftBox = new QGroupBox(tr("Draft"), this);
    auto* draftLayout = new QVBoxLayout(draftBox);
    draftLayout->addWidget(m_draftAuthor);
    draftLayout->addWidget(m_draft);
    auto* diffBox = new QGroupBox(tr("Changes from the library answer"), this);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->addWidget(m_diffNote);
    diffLayout->addWidget(m_diff);
    auto* checkBox = new QGroupBox(tr("Checks"), this);
    auto* checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_piiCheck);
    checkLayout->addWidget(m_lengthCheck);
    checkLayout->addWidget(m_approvals);
    checkLayout->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(approveButton);
    buttons->addWidget(returnButton);
    checkLayout->addLayout(buttons);
    checkLayout->addWidget(m_status);

    auto* detail = new QWidget(this);
    auto* grid = new QGridLayout(detail);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(commentBox, 0, 0);
    grid->addWidget(draftBox, 0, 1);
    grid->addWidget(diffBox, 1, 0);
    grid->addWidget(checkBox, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showItem(m_model->itemAt(current.row())); });
    connect(&m_session, &Session::changed, this, &ReviewWorkspace::reload);
    connect(&m_session, &Session::userChanged, this, &ReviewWorkspace::reload);
    setTabOrder(m_table, m_comment);
    setTabOrder(m_comment, m_draft);
    setTabOrder(m_draft, m_diff);
    setTabOrder(m_diff, approveButton);
    setTabOrder(approveButton, returnButton);
    showItem(nullptr);
    reload();
}

QList<QAction*> ReviewWorkspace::actions() const
{
    return { m_approve, m_return };
}

const ReviewItem* ReviewWorkspace::selectedItem() const
{
    return m_model->itemAt(currentRow());
}

int ReviewWorkspace::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void ReviewWorkspace::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex({});
        showItem(nullptr);
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void ReviewWorkspace::reload()
{
    const qint64 reviewerId = m_session.user().id;
    const ReviewItem* selected = selectedItem();
    const qint64 selectedDraft = selected ? selected->draft.id : 0;
    struct Read
    {
        Result<QList<ReviewItem>> items;
        QDateTime now;
    };
    m_session.call(
        this,
        [reviewerId](Database& database) {
            return Read { ReviewItem::readQueue(database, reviewerId, kQueueLimit), database.clock().now() };
        },
        [this, selectedDraft](Read read) {
            if (!read.items) {
                setStatus(tr("The drafts awaiting review could not be read: %1").arg(read.items.error().message()));
                return;
            }
            m_model->setItems(*read.items, read.now);
            m_table->resizeColumnsToContents();
            // After an action the draft acted on has left: the one that took its row is next.
            int row = m_rowAfterReload >= 0 ? m_rowAfterReload : m_model->rowOfDraft(selectedDraft);
            m_rowAfterReload = -1;
            if (row < 0)
                row = 0;
            selectRow(std::min(row, m_model->rowCount() - 1));
            updateActions();
        });
}

void ReviewWorkspace::showItem(const ReviewItem* item)
{
    updateActions();
    if (!item) {
        m_commentAuthor->setText(tr("No draft selected."));
        m_comment->clear();
        m_draftAuthor->clear();
        m_draft->clear();
        m_diffNote->clear();
        m_diff->clear();
        m_piiCheck->clear();
        m_lengthCheck->clear();
        m_approvals->clear();
        return;
    }
    m_commentAuthor->setText(tr("%1 on %2").arg(DisplayText::author(item->comment.author),
                                                 DisplayText::platform(item->comment.platform)));
    // The thread first, then the comment under review: plain text throughout (setPlainText never
    // reads markup, so a comment holding "<img src=...>" shows exactly those characters).
    QString thread;
    for (const Comment& earlier : item->thread)
        thread += tr("%1 wrote:").arg(DisplayText::author(earlier.author)) + u'\n' + earlier.text + u"\n\n";
    if (!thread.isEmpty())
        thread += tr("The comment under review:") + u'\n';
    m_comment->setPlainText(thread + item->comment.text);
    m_draftAuthor->setText(tr("Written by %1").arg(item->authorLogin));
    m_draft->setPlainText(item->draft.text);
    showDiff(*item);

    m_piiCheck->setText(item->pii.isEmpty() ? tr("✓ Pass: no personal data found in the draft.")
                                            : tr("✗ Fail: %1").arg(DisplayText::piiFound(item->pii)));
    const QString platform = DisplayText::platform(item->comment.platform);
    m_lengthCheck->setText(item->length.fits()
                               ? tr("✓ Pass: %1 of %2 characters as %3 counts them.")
                                     .arg(item->length.length)
                                     .arg(item->length.limit)
                                     .arg(platform)
                               : tr("✗ Fail: %1 characters as %3 counts them, over its limit of %2.")
                                     .arg(item->length.length)
                                     .arg(item->length.limit)
                                     .arg(platform));
    m_approvals->setText(item->required > 1
                             ? tr("Needs %1 approvals by different reviewers; %2 so far.").arg(item->required).arg(item->approvals)
                             : tr("Needs one approval."));
}

void ReviewWorkspace::showDiff(const ReviewItem& item)
{
    m_diff->clear();
    if (!item.hasAnswer) {
        m_diffNote->setText(item.draft.answerKey.isEmpty()
                                ? tr("The agent wrote this draft without a library answer.")
                                : tr("The library answer %1 is no longer in the library.").arg(item.draft.answerKey));
        return;
    }
    m_diffNote->setText(tr("Against the library answer %1, filled in for this comment.").arg(item.draft.answerKey));
    // Built piece by piece with QTextCursor::insertText, which takes its text as characters and
    // never parses it as HTML; the marks are character formats. So untrusted text (the comment's
    // author name inside the filled answer, the agent's words) cannot inject markup here.
    // Underline and strike-through carry the meaning; the colours only repeat it.
    QTextCursor cursor(m_diff->document());
    for (const WordDiff::Piece& piece : WordDiff::compare(item.answerText, item.draft.text)) {
        QTextCharFormat format;
        format.setProperty(kDiffKindProperty, int(piece.kind));
        if (piece.kind == WordDiff::Piece::Kind::Inserted) {
            format.setFontUnderline(true);
            format.setForeground(QColor(0x0b, 0x5d, 0x1e));
            format.setBackground(QColor(0xdd, 0xf4, 0xe4));
        } else if (piece.kind == WordDiff::Piece::Kind::Deleted) {
            format.setFontStrikeOut(true);
            format.setForeground(QColor(0x9a, 0x1b, 0x1b));
            format.setBackground(QColor(0xfb, 0xe3, 0xe3));
        }
        cursor.insertText(piece.text, format);
    }
    m_diff->moveCursor(QTextCursor::Start);
}

void ReviewWorkspace::updateActions()
{
    const bool enabled = !m_busy && selectedItem() != nullptr;
    m_approve->setEnabled(enabled);
    m_return->setEnabled(enabled);
}

void ReviewWorkspace::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString ReviewWorkspace::piiCheckText() const
{
    return m_piiCheck->text();
}

QString ReviewWorkspace::lengthCheckText() const
{
    return m_lengthCheck->text();
}

QString ReviewWorkspace::statusText() const
{
    return m_status->text();
}

void ReviewWorkspace::approveSelected()
{
    const ReviewItem* item = selectedItem();
    if (!item || m_busy)
        return;
    const qint64 draftId = item->draft.id;
    const QString login = m_session.login();
    m_busy = true;
    updateActions();
    setStatus(tr("Approving…"));
    m_session.call(
        this, [draftId, login](Database& database) { return ReviewDesk(database).approve(draftId, login, login); },
        [this, row = currentRow()](Result<ReviewDesk::Approval> approval) {
            m_busy = false;
            if (!approval) {
                setStatus(tr("Not approved: %1").arg(approval.error().message()));
                updateActions();
                return;
            }
            if (approval->required > 1)
                setStatus(approval->complete()
                              ? tr("Approved — %1 of %2 approvals: the reply is queued to go out.")
                                    .arg(approval->approvals)
                                    .arg(approval->required)
                              : tr("Approved — %1 of %2 approvals").arg(approval->approvals).arg(approval->required));
            else
                setStatus(tr("Approved: the reply is queued to go out."));
            m_rowAfterReload = row;
            reload();
        });
}

void ReviewWorkspace::askReturnReason()
{
    if (!selectedItem() || m_busy)
        return;
    ReturnReasonDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        returnSelected(dialog.reason());
}

void ReviewWorkspace::returnSelected(const QString& reason)
{
    const ReviewItem* item = selectedItem();
    if (!item || m_busy)
        return;
    const qint64 draftId = item->draft.id;
    const QString login = m_session.login();
    m_busy = true;
    updateActions();
    setStatus(tr("Returning…"));
    m_session.call(
        this,
        [draftId, login, reason](Database& database) {
            return ReviewDesk(database).returnDraft(draftId, login, reason, login);
        },
        [this, row = currentRow()](Result<Review> returned) {
            m_busy = false;
            if (!returned) {
                setStatus(tr("Not returned: %1").arg(returned.error().message()));
                updateActions();
                return;
            }
            setStatus(tr("Returned to its agent with your reason."));
            m_rowAfterReload = row;
            reload();
        });
}

} // namespace moderation
