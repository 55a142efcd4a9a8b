#include "CaseView.h"

#include "CasesModel.h"
#include "Composer.h"
#include "DisplayText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QLabel* plainLabel(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QPlainTextEdit* plainView(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setAccessibleName(accessibleName);
    view->setTabChangesFocus(true);
    return view;
}

// "A Citizen (@citizen), 2 Nov 2026 14:05:\n<text>": one comment of a list, plain text.
QString commentEntry(const Comment& comment, bool current)
{
    const QString heading = current ? CaseView::tr("▶ %1, %2 (this comment):") : CaseView::tr("%1, %2:");
    return heading.arg(DisplayText::author(comment.author), DisplayText::localTime(comment.createdAt, QLocale::ShortFormat))
        + u'\n' + comment.text;
}

} // namespace

CaseView::CaseView(Session& session, QWidget* parent)
    : QWidget(parent)
{
    m_header = plainLabel(u"caseHeader"_s, tr("Case"), this);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_banner = plainLabel(u"replyWarning"_s, tr("Warning"), this);
    m_banner->setStyleSheet(u"background: #fff4ce; color: #4a3600; border: 1px solid #e0b400; padding: 6px;"_s);
    m_author = plainLabel(u"commentAuthor"_s, tr("Author"), this);
    m_comment = plainLabel(u"commentText"_s, tr("Comment"), this);
    m_comment->setStyleSheet(u"background: palette(base); border: 1px solid palette(mid); padding: 6px;"_s);
    m_comment->setFocusPolicy(Qt::StrongFocus);
    m_why = plainLabel(u"whyHere"_s, tr("Why is this here"), this);
    m_why->setFocusPolicy(Qt::StrongFocus);

    auto* info = new QWidget(this);
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->addWidget(m_header);
    infoLayout->addWidget(m_banner);
    infoLayout->addWidget(m_author);
    infoLayout->addWidget(m_comment);
    infoLayout->addWidget(m_why);
    infoLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("The case and its comment"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"caseContext"_s);
    m_tabs->setAccessibleName(tr("Context of the comment"));
    m_thread = plainView(u"threadView"_s, tr("Thread"), m_tabs);
    m_authorRecent = plainView(u"authorRecentView"_s, tr("The author's recent comments"), m_tabs);
    m_drafts = plainView(u"draftsView"_s, tr("Drafts of this case"), m_tabs);
    m_tabs->addTab(m_thread, tr("&Thread"));
    m_tabs->addTab(m_authorRecent, tr("&Author's recent comments"));
    m_tabs->addTab(m_drafts, tr("&Drafts"));

    m_composer = new Composer(session, this);
    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->addStretch(1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(scroll, 1);
    topLayout->addLayout(m_actions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_composer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void CaseView::addActionButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    m_actions->insertWidget(m_actions->count() - 1, button);
}

void CaseView::setDetails(const CaseDetails& details)
{
    const Case& c = details.heldCase;
    m_header->setText(tr("Case %1 in %2: %3, %4 priority. %5")
                          .arg(c.id)
                          .arg(c.queue, CasesModel::stateName(c.state), DisplayText::priority(c.priority),
                               CasesModel::slaText(c, details.now)));
    m_banner->setText(details.replyWarning);
    m_banner->setVisible(!details.replyWarning.isEmpty());
    const Comment& comment = details.comment;
    m_author->setText(tr("%1 on %2, %3 (%4)")
                          .arg(DisplayText::author(comment.author), DisplayText::platform(comment.platform),
                               DisplayText::localTime(comment.createdAt, QLocale::LongFormat),
                               DisplayText::language(comment.lang)));
    m_comment->setText(comment.text);

    QStringList why;
    if (const auto& policy = details.policyDecision) {
        const Decision& d = policy->decision;
        why.append(tr("Why is this here: %1").arg(d.explanation));
        why.append(tr("Rule: %1. Clause: %2. Category: %3.")
                       .arg(d.ruleId, d.clause.isEmpty() ? tr("none") : d.clause, d.category.isEmpty() ? tr("none") : d.category));
    } else {
        why.append(tr("Why is this here: no policy decision is recorded for this comment."));
    }
    if (const auto& person = details.personDecision) {
        why.append(tr("Reclassified by %1 (%2): %3")
                       .arg(details.personLogin, DisplayText::action(person->decision), person->decision.explanation));
    }
    if (!c.stateReason.isEmpty())
        why.append(tr("Case note: %1").arg(c.stateReason));
    m_why->setText(why.join(u'\n'));

    QStringList thread;
    for (const Comment& other : details.thread)
        thread.append(commentEntry(other, other.id == comment.id));
    m_thread->setPlainText(thread.isEmpty() ? tr("This comment is not part of a thread we have stored.")
                                            : thread.join(u"\n\n"_s));
    QStringList recent;
    for (const Comment& other : details.authorRecent)
        recent.append(commentEntry(other, false));
    m_authorRecent->setPlainText(recent.isEmpty() ? tr("No other comments by this author are stored.")
                                                  : recent.join(u"\n\n"_s));
    QStringList drafts;
    for (const Draft& draft : details.drafts)
        drafts.append(QString(tr("Draft %1 (%2):").arg(draft.id).arg(toString(draft.state)) + u'\n' + draft.text));
    m_drafts->setPlainText(drafts.isEmpty() ? tr("No drafts yet.") : drafts.join(u"\n\n"_s));
    m_composer->setCase(details);
    setEnabled(true);
}

void CaseView::clear()
{
    m_header->setText(tr("No case selected. Take the next case (Ctrl+N) or pick one from the list."));
    m_banner->clear();
    m_banner->hide();
    m_author->clear();
    m_comment->clear();
    m_why->clear();
    m_thread->clear();
    m_authorRecent->clear();
    m_drafts->clear();
    m_composer->clearCase();
}

} // namespace moderation
