#include "agent/CommentDetailPane.h"

#include "DisplayText.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

CommentDetailPane::CommentDetailPane(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Comment details"));
    setAccessibleDescription(tr("The selected comment: author, platform, source, time and full text."));

    m_stack = new QStackedLayout(this);

    auto* placeholder = new QLabel(tr("Select a comment in the inbox to read it here."), this);
    placeholder->setTextFormat(Qt::PlainText);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 8);

    m_name = valueLabel(tr("Author name"), tr("The name the author shows on the platform."));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_handle = valueLabel(tr("Author handle"), tr("The author's @handle on X."));
    layout->addWidget(m_name);
    layout->addWidget(m_handle);

    auto* rule = new QFrame(page);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_platform = valueLabel(tr("Platform"), tr("Where the comment was posted: X or Facebook."));
    m_source = valueLabel(
        tr("Source"), tr("How the comment reached us: a mention, a reply, a search result or a page comment."));
    m_time = valueLabel(tr("Posted"), tr("When the comment was posted, in your time zone."));
    m_account = valueLabel(tr("Account"), tr("Our account or page the comment came through."));
    m_language = valueLabel(tr("Language"), tr("The language the platform reports for the comment."));
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Posted:"), m_time);
    m_languageCaption = new QLabel(tr("Language:"), page);
    form->addRow(m_languageCaption, m_language);
    m_accountCaption = new QLabel(tr("Account:"), page);
    form->addRow(m_accountCaption, m_account);
    layout->addLayout(form);

    // Said in words (not only a colour) so that it reaches everyone.
    m_removed = new QLabel(tr("This comment was removed on the platform."), page);
    m_removed->setTextFormat(Qt::PlainText);
    m_removed->setWordWrap(true);
    QFont removedFont = m_removed->font();
    removedFont.setItalic(true);
    m_removed->setFont(removedFont);
    layout->addWidget(m_removed);

    auto* textCaption = new QLabel(tr("Co&mment:"), page);
    m_text = new QPlainTextEdit(page);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Comment text"));
    m_text->setAccessibleDescription(tr("The full text of the selected comment, read-only. Select text to copy it."));
    m_text->setTabChangesFocus(true);
    textCaption->setBuddy(m_text);
    layout->addWidget(textCaption);
    layout->addWidget(m_text, 1);

    // The policy's decision, under the comment it is about. Rule ids, clauses and explanations come
    // from the policy file and are shown as plain text like everything else here.
    auto* decisionForm = new QFormLayout;
    decisionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    decisionForm->setLabelAlignment(Qt::AlignLeft);
    m_decision = valueLabel(tr("Decision"), tr("What the policy decided for this comment."));
    QFont decisionFont = m_decision->font();
    decisionFont.setBold(true);
    m_decision->setFont(decisionFont);
    m_rule = valueLabel(tr("Rule"), tr("The policy rule that decided, and the clause it implements."));
    m_rule->setWordWrap(true);
    m_queue = valueLabel(tr("Queue"), tr("The queue the comment was routed to."));
    m_priority = valueLabel(tr("Priority"), tr("How urgently the comment should be handled."));
    decisionForm->addRow(tr("Decision:"), m_decision);
    m_ruleCaption = new QLabel(tr("Rule:"), page);
    decisionForm->addRow(m_ruleCaption, m_rule);
    m_queueCaption = new QLabel(tr("Queue:"), page);
    decisionForm->addRow(m_queueCaption, m_queue);
    m_priorityCaption = new QLabel(tr("Priority:"), page);
    decisionForm->addRow(m_priorityCaption, m_priority);
    layout->addLayout(decisionForm);
    m_explanation = valueLabel(tr("Explanation"), tr("Why the policy decided so, in a sentence."));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_pii = valueLabel(tr("Personal data"), tr("The kinds of personal data found in the comment."));
    m_pii->setWordWrap(true);
    layout->addWidget(m_pii);

    m_stack->addWidget(page);
    clear();
}

QLabel* CommentDetailPane::valueLabel(const QString& accessibleName, const QString& accessibleDescription)
{
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::PlainText); // untrusted: never rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    label->setAccessibleDescription(accessibleDescription);
    return label;
}

void CommentDetailPane::showComment(const Comment& comment, const StoredDecision* decision)
{
    const QString name = comment.author.name.trimmed();
    const QString handle = DisplayText::handle(comment.author);
    m_name->setText(name.isEmpty() ? DisplayText::author(comment.author) : name);
    m_handle->setText(handle);
    m_handle->setVisible(!handle.isEmpty() && !name.isEmpty());
    m_platform->setText(DisplayText::platform(comment.platform));
    m_source->setText(DisplayText::source(comment.source));
    m_time->setText(DisplayText::localTime(comment.createdAt, QLocale::LongFormat));
    m_account->setText(comment.accountName);
    m_account->setVisible(!comment.accountName.isEmpty());
    m_accountCaption->setVisible(!comment.accountName.isEmpty());
    m_language->setText(DisplayText::language(comment.lang));
    m_language->setVisible(!comment.lang.isEmpty());
    m_languageCaption->setVisible(!comment.lang.isEmpty());
    m_removed->setVisible(comment.removed);
    m_text->setPlainText(comment.text);

    const Decision* d = decision ? &decision->decision : nullptr;
    m_decision->setText(d ? DisplayText::action(*d) : tr("Not decided yet"));
    QString rule;
    if (d && !d->ruleId.isEmpty())
        rule = d->clause.isEmpty() ? d->ruleId : tr("%1 — %2", "rule id — clause").arg(d->ruleId, d->clause);
    m_rule->setText(rule);
    m_queue->setText(d ? d->queue : QString());
    // Priority means something once a comment is routed somewhere, or when it is not the default.
    const bool showPriority = d && (!d->queue.isEmpty() || d->priority != Priority::Normal);
    m_priority->setText(showPriority ? DisplayText::priority(d->priority) : QString());
    m_explanation->setText(d ? d->explanation : QString());
    m_pii->setText(d ? DisplayText::piiFound(d->pii) : QString());
    for (auto [caption, value] : { std::pair { m_ruleCaption, m_rule }, std::pair { m_queueCaption, m_queue },
                                   std::pair { m_priorityCaption, m_priority } }) {
        caption->setVisible(!value->text().isEmpty());
        value->setVisible(!value->text().isEmpty());
    }
    m_explanation->setVisible(!m_explanation->text().isEmpty());
    m_pii->setVisible(!m_pii->text().isEmpty());
    m_stack->setCurrentIndex(1);
}

void CommentDetailPane::clear()
{
    for (QLabel* label : { m_name, m_handle, m_platform, m_source, m_time, m_account, m_language, m_decision, m_rule,
                           m_queue, m_priority, m_explanation, m_pii })
        label->clear();
    m_text->clear();
    m_stack->setCurrentIndex(0);
}

QString CommentDetailPane::authorName() const
{
    return m_name->text();
}

QString CommentDetailPane::authorHandle() const
{
    return m_handle->text();
}

QString CommentDetailPane::platformText() const
{
    return m_platform->text();
}

QString CommentDetailPane::sourceText() const
{
    return m_source->text();
}

QString CommentDetailPane::timeText() const
{
    return m_time->text();
}

QString CommentDetailPane::languageText() const
{
    return m_language->text();
}

QString CommentDetailPane::text() const
{
    return m_text->toPlainText();
}

QString CommentDetailPane::decisionText() const
{
    return m_decision->text();
}

QString CommentDetailPane::ruleText() const
{
    return m_rule->text();
}

QString CommentDetailPane::queueText() const
{
    return m_queue->text();
}

QString CommentDetailPane::priorityText() const
{
    return m_priority->text();
}

QString CommentDetailPane::explanationText() const
{
    return m_explanation->text();
}

QString CommentDetailPane::piiText() const
{
    return m_pii->text();
}

} // namespace moderation
