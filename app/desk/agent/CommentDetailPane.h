#pragma once

#include "model/Comment.h"

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

    void showComment(const Comment& comment);
    void clear();

    // For tests and the accessibility layer: what the pane shows now.
    QString authorName() const;
    QString authorHandle() const;
    QString platformText() const;
    QString sourceText() const;
    QString timeText() const;
    QString languageText() const;
    QString text() const;
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
};

} // namespace moderation
