#pragma once

#include "model/Answer.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace moderation {

class Session;

// The agency's approved answers, for a supervisor: the library with a search, one answer's text
// beside it with its variables checked as it is typed and a preview filled in for a sample
// person, Save (a changed answer gets a new version; the earlier one is kept and the change
// audited by the library) and Import from a JSON or CSV file (review/AnswerLibrary's rules, the
// error naming the line).
class AnswerLibraryEditor : public QWidget
{
    Q_OBJECT

public:
    AnswerLibraryEditor(Session& session, QWidget* parent = nullptr);

    QList<QAction*> actions() const { return { m_newAction, m_saveAction, m_importAction }; }

    void reload();
    // Imports a file (the Import action asks for one): the outcome is shown in the message line.
    void importFile(const QString& path);

    // For tests and screen readers: what the editor shows.
    QTableWidget* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    QLineEdit* keyField() const { return m_key; }
    QLineEdit* titleField() const { return m_title; }
    QPlainTextEdit* bodyField() const { return m_body; }
    QString checkText() const;
    QString previewText() const;
    QString messageText() const;
    QAction* saveAction() const { return m_saveAction; }
    QAction* newAction() const { return m_newAction; }

Q_SIGNALS:
    void loaded();

private:
    void showList();
    void showAnswer(int row);
    Answer edited() const;
    void check();
    void save();
    void startNew();
    void chooseImport();
    void say(const QString& text);

    Session& m_session;
    QList<Answer> m_answers;
    QString m_currentKey;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_list = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_lang = nullptr;
    QLineEdit* m_category = nullptr;
    QLineEdit* m_link = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_check = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_saveButton = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_importAction = nullptr;
};

} // namespace moderation
