#include "supervisor/AnsweredPickerDialog.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace moderation {

AnsweredPickerDialog::AnsweredPickerDialog(const QList<RecapQuestion>& answered, QWidget* parent)
    : QDialog(parent)
    , m_answered(answered)
{
    setWindowTitle(tr("Already answered"));
    auto* intro = new QLabel(tr("Which answered question answers this comment too?"), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_model = new QStandardItemModel(this);
    for (const RecapQuestion& question : answered) {
        //: %1 the question, %2 its approved answer (both as people typed them).
        auto* item = new QStandardItem(tr("Question: %1\nAnswer: %2").arg(question.text, question.answer.value_or(QString())));
        item->setToolTip(item->text());
        m_model->appendRow(item);
    }
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Answered questions of the event"));
    intro->setBuddy(m_list);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Link to this answer"));
    ok->setAccessibleName(tr("Link the comment to the selected answer"));
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok](const QModelIndex& current) { ok->setEnabled(current.isValid()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (!current.isValid())
            return;
        Q_EMIT picked(m_answered.at(current.row()).commentId);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, m_buttons, &QDialogButtonBox::accepted);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 400);
    if (!answered.isEmpty())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

} // namespace moderation
