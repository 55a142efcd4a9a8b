#include "ReturnReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace moderation {

ReturnReasonDialog::ReturnReasonDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Return the draft"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Why does this draft go back to its agent?"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason for returning"));
    m_reason->setAccessibleDescription(tr("Required. The agent reads it with the returned draft."));
    label->setBuddy(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Return"));
    ok->setAccessibleName(tr("Return the draft"));
    ok->setAccessibleDescription(tr("Sends the draft back to its agent with the reason."));
    ok->setEnabled(false);
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Keeps the draft in review."));
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 200);
}

QString ReturnReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace moderation
