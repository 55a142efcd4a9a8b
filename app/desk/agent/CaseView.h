#pragma once

#include "CaseDetails.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace moderation {

class Composer;
class Session;

// One case as the agent works it: where it stands, X's warning when the platform would refuse a
// reply, the comment, why it is here (the decision's explanation, rule and clause, and a
// person's reclassification), the thread and the author's recent comments, the case's actions
// and the composer. Every untrusted text is plain text.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    CaseView(Session& session, QWidget* parent = nullptr);

    void setDetails(const CaseDetails& details);
    void clear();
    // Shows an action as a button in the case's row of actions.
    void addActionButton(QAction* action);

    Composer* composer() const { return m_composer; }
    QLabel* commentLabel() const { return m_comment; }
    QLabel* authorLabel() const { return m_author; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* whyLabel() const { return m_why; }
    QPlainTextEdit* threadView() const { return m_thread; }
    QPlainTextEdit* authorView() const { return m_authorRecent; }

private:
    QLabel* m_header = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_author = nullptr;
    QLabel* m_comment = nullptr;
    QLabel* m_why = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_thread = nullptr;
    QPlainTextEdit* m_authorRecent = nullptr;
    QPlainTextEdit* m_drafts = nullptr;
    QHBoxLayout* m_actions = nullptr;
    Composer* m_composer = nullptr;
};

} // namespace moderation
