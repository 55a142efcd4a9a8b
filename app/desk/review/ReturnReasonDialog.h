#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace moderation {

// Asks why a draft goes back to its agent: the reason is required (OK stays disabled while it
// is blank) because the agent has only it to go on.
class ReturnReasonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReturnReasonDialog(QWidget* parent);

    QString reason() const; // trimmed
    QPlainTextEdit* reasonField() const { return m_reason; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace moderation
