#pragma once

#include "CaseDetails.h"
#include "SpellChecker.h"
#include "text/PiiDetector.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace moderation {

class ComposerHighlighter;
class Session;

// The agent's reply to a case: the answer library (the suggestions for the case first, then a
// search through every answer; inserting one fills its {{variables}} for the comment), a plain
// text editor that underlines personal data and misspellings as one types, the length as the
// case's platform counts it, and "Submit for review" (Ctrl+Enter) through ReviewDesk::submit.
// A refusal (personal data, too long, not held) is shown beside the editor and the text is kept.
class Composer : public QWidget
{
    Q_OBJECT

public:
    Composer(Session& session, QWidget* parent = nullptr);
    ~Composer() override;

    // Shows a case's answers and platform; the text stays when it is the same case (a reload).
    void setCase(const CaseDetails& details);
    void clearCase();
    qint64 caseId() const { return m_caseId; }

    QPlainTextEdit* editor() const { return m_editor; }
    QAction* submitAction() const { return m_submitAction; }
    bool hasText() const;
    // What the last submit said (a refusal or the confirmation), as shown.
    QString message() const;
    const SpellChecker& spelling() const { return m_spelling; }

    // Inserts an answer of the library at the cursor, filled in for the case's comment.
    bool insertAnswer(const QString& key);
    void submit();

Q_SIGNALS:
    // The draft went to review: the case moved on.
    void submitted(qint64 caseId);
    void textChanged();

private:
    void showAnswers();
    void updateMeasure();
    void showMessage(const QString& text, bool refusal);
    void showContextMenu(const QPoint& position);

    Session& m_session;
    SpellChecker m_spelling;
    PiiDetector m_piiDetector;
    qint64 m_caseId = 0;
    Platform m_platform = Platform::Twitter;
    Comment m_comment;
    QList<Answer> m_library;
    QList<Answer> m_suggestions;
    QString m_answerKey; // the answer the text started from, if any
    bool m_submitting = false;

    QLineEdit* m_answerSearch = nullptr;
    QListWidget* m_answers = nullptr;
    QPushButton* m_insert = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    ComposerHighlighter* m_highlighter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_pii = nullptr;
    QLabel* m_spellState = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    QAction* m_submitAction = nullptr;
};

} // namespace moderation
