#pragma once

#include "model/Comment.h"
#include "storage/DecisionStore.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedLayout;

namespace moderation {

// The selected comment in full. Everything in a comment is untrusted, so every field is plain
// text: markup in a name or a comment shows as the characters it is, never as formatting.
class CommentDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CommentDetailPane(QWidget* parent = nullptr);

    // `decision` is the policy's latest on the comment, or null when it is undecided.
    void showComment(const Comment& comment, const StoredDecision* decision = nullptr);
    void clear();

    // For tests and the accessibility layer: what the pane shows now.
    QString authorName() const;
    QString authorHandle() const;
    QString platformText() const;
    QString sourceText() const;
    QString timeText() const;
    QString languageText() const;
    QString text() const;
    QString decisionText() const; // "Escalate", or "Not decided yet"
    QString ruleText() const; // "pii — Personal information"
    QString queueText() const;
    QString priorityText() const;
    QString explanationText() const;
    QString piiText() const; // "Personal data found: …", or empty
    QPlainTextEdit* textView() const { return m_text; }

private:
    QLabel* valueLabel(const QString& accessibleName, const QString& accessibleDescription);

    QStackedLayout* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_handle = nullptr;
    QLabel* m_platform = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_accountCaption = nullptr;
    QLabel* m_language = nullptr;
    QLabel* m_languageCaption = nullptr;
    QLabel* m_removed = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_decision = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_ruleCaption = nullptr;
    QLabel* m_queue = nullptr;
    QLabel* m_queueCaption = nullptr;
    QLabel* m_priority = nullptr;
    QLabel* m_priorityCaption = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_pii = nullptr;
};

} // namespace moderation
