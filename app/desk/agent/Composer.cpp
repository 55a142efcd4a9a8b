#include "Composer.h"

#include "ComposerHighlighter.h"
#include "DisplayText.h"
#include "Session.h"
#include "review/AnswerLibrary.h"
#include "review/ReviewDesk.h"
#include "text/ReplyLength.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

Composer::Composer(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_answerSearch = new QLineEdit(this);
    m_answerSearch->setObjectName(u"answerSearch"_s);
    m_answerSearch->setPlaceholderText(tr("Search the answer library"));
    m_answerSearch->setAccessibleName(tr("Search the answer library"));
    m_answerSearch->setClearButtonEnabled(true);
    m_answers = new QListWidget(this);
    m_answers->setObjectName(u"answers"_s);
    m_answers->setAccessibleName(tr("Answers: suggested for this case first"));
    m_answers->setMaximumHeight(110);
    m_insert = new QPushButton(tr("&Insert answer"), this);
    m_insert->setObjectName(u"insertAnswer"_s);
    m_insert->setAccessibleName(tr("Insert the selected answer"));
    m_insert->setToolTip(tr("Inserts the selected answer at the cursor, filled in for this comment (Enter in the list)."));

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"replyEditor"_s);
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setPlaceholderText(tr("Write the reply, or insert an answer from the library."));
    m_editor->setTabChangesFocus(true);
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    m_highlighter = new ComposerHighlighter(m_editor->document(), m_spelling);

    m_count = plainLabel(this);
    m_count->setObjectName(u"replyLength"_s);
    m_count->setWordWrap(false);
    m_pii = plainLabel(this);
    m_pii->setObjectName(u"replyPii"_s);
    m_spellState = plainLabel(this);
    m_spellState->setObjectName(u"spellState"_s);
    m_message = plainLabel(this);
    m_message->setObjectName(u"composerMessage"_s);
    m_message->setAccessibleName(tr("Submit result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_submitAction = new QAction(tr("Submit for review"), this);
    m_submitAction->setObjectName(u"submitForReview"_s);
    m_submitAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_submitAction->setToolTip(tr("Submit the reply for review (Ctrl+Enter)"));
    addAction(m_submitAction);
    m_submit = new QPushButton(tr("Submit for review"), this);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setAccessibleName(tr("Submit for review"));
    m_submit->setToolTip(m_submitAction->toolTip());

    auto* answersRow = new QHBoxLayout;
    answersRow->addWidget(m_answerSearch, 1);
    answersRow->addWidget(m_insert);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_count);
    statusRow->addStretch(1);
    statusRow->addWidget(m_spellState);
    auto* submitRow = new QHBoxLayout;
    submitRow->addWidget(m_message, 1);
    submitRow->addWidget(m_submit, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(answersRow);
    layout->addWidget(m_answers);
    layout->addWidget(m_editor, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_pii);
    layout->addLayout(submitRow);
    setTabOrder(m_answerSearch, m_insert);
    setTabOrder(m_insert, m_answers);
    setTabOrder(m_answers, m_editor);
    setTabOrder(m_editor, m_submit);

    connect(m_answerSearch, &QLineEdit::textChanged, this, &Composer::showAnswers);
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_answers->currentItem())
            insertAnswer(item->data(kKeyRole).toString());
    });
    connect(m_answers, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { insertAnswer(item->data(kKeyRole).toString()); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editor->document()->isEmpty())
            m_answerKey.clear();
        updateMeasure();
        Q_EMIT textChanged();
    });
    connect(m_editor, &QPlainTextEdit::customContextMenuRequested, this, &Composer::showContextMenu);
    connect(m_submitAction, &QAction::triggered, this, &Composer::submit);
    connect(m_submit, &QPushButton::clicked, this, &Composer::submit);
    clearCase();
}

Composer::~Composer() = default;

void Composer::setCase(const CaseDetails& details)
{
    const bool sameCase = details.heldCase.id == m_caseId;
    m_caseId = details.heldCase.id;
    m_platform = details.comment.platform;
    m_comment = details.comment;
    m_library = details.library;
    m_suggestions = details.suggestions;
    if (!sameCase) {
        m_editor->clear();
        m_answerKey.clear();
        m_message->clear();
    }
    if (m_spelling.load(details.comment.lang))
        m_spellState->setText(tr("Spell-check: %1").arg(m_spelling.dictionary()));
    else
        m_spellState->setText(tr("Spell-check is off: no dictionary was found in %1.").arg(SpellChecker::dictionaryFolder()));
    m_highlighter->rehighlight();
    setEnabled(true);
    showAnswers();
    updateMeasure();
}

void Composer::clearCase()
{
    m_caseId = 0;
    m_library.clear();
    m_suggestions.clear();
    m_answerKey.clear();
    m_editor->clear();
    m_message->clear();
    m_spellState->clear();
    showAnswers();
    updateMeasure();
    setEnabled(false);
}

bool Composer::hasText() const
{
    return !m_editor->toPlainText().trimmed().isEmpty();
}

QString Composer::message() const
{
    return m_message->text();
}

bool Composer::insertAnswer(const QString& key)
{
    for (const Answer& answer : std::as_const(m_library)) {
        if (answer.key != key)
            continue;
        m_editor->insertPlainText(AnswerLibrary::fill(answer, m_comment));
        m_answerKey = key;
        m_editor->setFocus();
        return true;
    }
    return false;
}

void Composer::showAnswers()
{
    m_answers->clear();
    const QString needle = m_answerSearch->text().trimmed();
    QStringList shown;
    auto add = [&](const Answer& answer, bool suggested) {
        if (shown.contains(answer.key))
            return;
        if (!needle.isEmpty() && !answer.title.contains(needle, Qt::CaseInsensitive)
            && !answer.key.contains(needle, Qt::CaseInsensitive) && !answer.body.contains(needle, Qt::CaseInsensitive))
            return;
        shown.append(answer.key);
        auto* item = new QListWidgetItem(suggested ? tr("Suggested: %1 (%2)").arg(answer.title, answer.lang)
                                                   : tr("%1 (%2)").arg(answer.title, answer.lang),
                                         m_answers);
        item->setData(kKeyRole, answer.key);
        item->setToolTip(answer.body);
    };
    for (const Answer& answer : std::as_const(m_suggestions))
        add(answer, true);
    // The whole library only when asked: a search, or no suggestion to start from.
    if (!needle.isEmpty() || m_suggestions.isEmpty()) {
        for (const Answer& answer : std::as_const(m_library))
            add(answer, false);
    }
    if (m_answers->count() > 0)
        m_answers->setCurrentRow(0);
    m_insert->setEnabled(m_answers->count() > 0);
}

void Composer::updateMeasure()
{
    const QString text = m_editor->toPlainText();
    const ReplyLength::Measure measure = ReplyLength::of(text, m_platform);
    if (measure.fits()) {
        m_count->setText(m_platform == Platform::Twitter
                             ? tr("%1 of %2 characters (as X counts them)").arg(measure.length).arg(measure.limit)
                             : tr("%1 of %2 characters").arg(measure.length).arg(measure.limit));
        m_count->setStyleSheet(QString());
    } else {
        m_count->setText(tr("Too long for %1: over by %n character(s).", nullptr, measure.length - measure.limit)
                             .arg(DisplayText::platform(m_platform)));
        m_count->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    }
    m_count->setAccessibleName(m_count->text());
    const QString pii = DisplayText::piiFound(m_piiDetector.detect(text));
    m_pii->setText(pii);
    m_pii->setStyleSheet(pii.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_pii->setVisible(!pii.isEmpty());
    m_editor->setAccessibleDescription(pii);
    const bool canSubmit = m_caseId != 0 && hasText() && !m_submitting;
    m_submitAction->setEnabled(canSubmit);
    m_submit->setEnabled(canSubmit);
}

void Composer::showMessage(const QString& text, bool refusal)
{
    m_message->setText(text);
    m_message->setStyleSheet(refusal ? u"color: #b00020;"_s : u"color: #1b6e20;"_s);
}

void Composer::submit()
{
    if (m_caseId == 0 || !hasText() || m_submitting)
        return;
    m_submitting = true;
    updateMeasure();
    const qint64 caseId = m_caseId;
    const QString login = m_session.login();
    const QString text = m_editor->toPlainText();
    const QString answerKey = m_answerKey;
    m_session.call(
        this,
        [caseId, login, text, answerKey](Database& database) {
            return ReviewDesk(database).submit(caseId, login, text, answerKey, login);
        },
        [this, caseId](Result<Draft> result) {
            m_submitting = false;
            if (!result) {
                showMessage(tr("Not submitted: %1").arg(result.error().message()), true);
                updateMeasure();
                return;
            }
            if (caseId == m_caseId) {
                m_editor->clear();
                m_answerKey.clear();
            }
            showMessage(tr("Submitted for review."), false);
            updateMeasure();
            Q_EMIT submitted(caseId);
        });
}

void Composer::showContextMenu(const QPoint& position)
{
    std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(position));
    QTextCursor cursor = m_editor->cursorForPosition(position);
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    const int start = cursor.selectionStart() - cursor.block().position();
    const int end = cursor.selectionEnd() - cursor.block().position();
    if (m_spelling.isAvailable() && ComposerHighlighter::isSpellable(cursor.block().text(), start, end)
        && !m_spelling.isCorrect(word)) {
        QAction* first = menu->actions().value(0);
        const QStringList suggestions = m_spelling.suggestions(word);
        if (suggestions.isEmpty()) {
            QAction* none = new QAction(tr("No spelling suggestions"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString& suggestion : suggestions) {
            QAction* replace = new QAction(suggestion, menu.get());
            connect(replace, &QAction::triggered, this, [cursor, suggestion]() mutable { cursor.insertText(suggestion); });
            menu->insertAction(first, replace);
        }
        menu->insertSeparator(first);
    }
    menu->exec(m_editor->viewport()->mapToGlobal(position));
}

} // namespace moderation
