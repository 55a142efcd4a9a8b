#pragma once

#include "model/Enums.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace moderation {

// Asks for a person's decision on a case (review/CaseReclassifier): respond, ignore, escalate
// (to a queue) or hide, with a reason. With `reasonOnly` it asks for a reason alone (rejecting a
// proposed hide). OK stays disabled until a reason is given.
class ReclassifyDialog : public QDialog
{
    Q_OBJECT

public:
    ReclassifyDialog(const QStringList& queues, bool reasonOnly, QWidget* parent = nullptr);

    Action action() const;
    QString queue() const; // empty unless escalating
    QString reason() const;

private:
    void updateState();

    QComboBox* m_action = nullptr;
    QLabel* m_queueLabel = nullptr;
    QComboBox* m_queue = nullptr;
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_reasonOnly = false;
};

} // namespace moderation
