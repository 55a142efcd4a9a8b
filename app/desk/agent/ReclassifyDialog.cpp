#include "ReclassifyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace moderation {

ReclassifyDialog::ReclassifyDialog(const QStringList& queues, bool reasonOnly, QWidget* parent)
    : QDialog(parent)
    , m_reasonOnly(reasonOnly)
{
    setWindowTitle(reasonOnly ? tr("Reject the proposed hide") : tr("Reclassify the case"));
    m_action = new QComboBox(this);
    m_action->setObjectName(u"reclassifyAction"_s);
    m_action->setAccessibleName(tr("New decision"));
    m_action->addItem(tr("Respond"), int(Action::Respond));
    m_action->addItem(tr("Ignore (close the case)"), int(Action::Ignore));
    m_action->addItem(tr("Escalate to a queue"), int(Action::Escalate));
    m_action->addItem(tr("Hide the comment"), int(Action::Hide));
    m_queue = new QComboBox(this);
    m_queue->setObjectName(u"reclassifyQueue"_s);
    m_queue->setAccessibleName(tr("Queue to escalate to"));
    m_queue->addItems(queues);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reclassifyReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why (kept with the case and in the audit trail)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout(this);
    auto* actionLabel = new QLabel(tr("&Decision:"), this);
    actionLabel->setBuddy(m_action);
    m_queueLabel = new QLabel(tr("&Queue:"), this);
    m_queueLabel->setBuddy(m_queue);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(actionLabel, m_action);
    form->addRow(m_queueLabel, m_queue);
    form->addRow(reasonLabel, m_reason);
    form->addRow(m_buttons);
    actionLabel->setVisible(!reasonOnly);
    m_action->setVisible(!reasonOnly);

    connect(m_action, &QComboBox::currentIndexChanged, this, &ReclassifyDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &ReclassifyDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    (reasonOnly ? static_cast<QWidget*>(m_reason) : m_action)->setFocus();
}

Action ReclassifyDialog::action() const
{
    return Action(m_action->currentData().toInt());
}

QString ReclassifyDialog::queue() const
{
    return action() == Action::Escalate && !m_reasonOnly ? m_queue->currentText() : QString();
}

QString ReclassifyDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReclassifyDialog::updateState()
{
    const bool escalating = !m_reasonOnly && action() == Action::Escalate;
    m_queueLabel->setVisible(escalating);
    m_queue->setVisible(escalating);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty() && (!escalating || m_queue->count() > 0));
}

} // namespace moderation
