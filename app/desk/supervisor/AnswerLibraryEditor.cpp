#include "supervisor/AnswerLibraryEditor.h"

#include "Session.h"
#include "model/Comment.h"
#include "review/AnswerLibrary.h"
#include "storage/AnswerStore.h"

#include "json/InputFile.h"
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

enum Column { KeyColumn, TitleColumn, LangColumn, CategoryColumn, VersionColumn, ColumnCount };

// An import file is at most this large, as a policy file is.
constexpr qint64 kImportMaxBytes = InputFile::kPolicyMaxBytes;

QLineEdit* field(QWidget* parent, const QString& name, const QString& description)
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    return edit;
}

} // namespace

AnswerLibraryEditor::AnswerLibraryEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Answer library"));

    m_search = field(this, tr("Search answers"), tr("Shows the answers whose key, title or text contain these words"));
    m_search->setPlaceholderText(tr("Search answers"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTableWidget(0, ColumnCount, this);
    m_list->setHorizontalHeaderLabels({ tr("Key"), tr("Title"), tr("Language"), tr("Category"), tr("Version") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setTabKeyNavigation(false);
    m_list->setAccessibleName(tr("Answers"));
    m_list->setAccessibleDescription(tr("The approved answers; choose one to read or change it"));

    m_key = field(this, tr("Key"), tr("The answer's unique key: lower-case letters, digits, '.', '_' or '-'"));
    m_title = field(this, tr("Title"), tr("What agents see in the list of answers"));
    m_lang = new QComboBox(this);
    m_lang->addItem(tr("English"), u"en"_s);
    m_lang->addItem(tr("Spanish"), u"es"_s);
    m_lang->setAccessibleName(tr("Language"));
    m_lang->setAccessibleDescription(tr("The language the answer is written in"));
    m_category = field(this, tr("Category"), tr("The policy category this answer answers"));
    m_link = field(this, tr("Link"), tr("What {{link}} becomes in the answer"));
    m_body = new QPlainTextEdit(this);
    m_body->setAccessibleName(tr("Answer text"));
    m_body->setAccessibleDescription(tr("The answer as it is posted; {{name}}, {{handle}} and {{link}} are filled in"));
    m_body->setTabChangesFocus(true);
    m_check = new QLabel(this);
    m_check->setTextFormat(Qt::PlainText);
    m_check->setWordWrap(true);
    m_check->setAccessibleName(tr("Answer check"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("The answer filled in for a sample person, María (@maria_ejemplo)"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Answer library message"));

    m_newAction = new QAction(tr("&New Answer"), this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setToolTip(tr("Start a new answer (Ctrl+Shift+N)"));
    m_saveAction = new QAction(tr("&Save Answer"), this);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(tr("Save the answer: a change becomes a new version (Ctrl+S)"));
    m_importAction = new QAction(tr("&Import Answers…"), this);
    m_importAction->setToolTip(tr("Add or update answers from a JSON or CSV file"));
    for (QAction* action : { m_newAction, m_saveAction, m_importAction })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({ m_newAction, m_saveAction, m_importAction });

    auto* newButton = new QPushButton(m_newAction->text(), this);
    newButton->setAccessibleName(tr("New answer"));
    newButton->setToolTip(m_newAction->toolTip());
    m_saveButton = new QPushButton(m_saveAction->text(), this);
    m_saveButton->setAccessibleName(tr("Save answer"));
    m_saveButton->setToolTip(m_saveAction->toolTip());
    auto* importButton = new QPushButton(m_importAction->text(), this);
    importButton->setAccessibleName(tr("Import answers"));
    importButton->setToolTip(m_importAction->toolTip());
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(importButton, &QPushButton::clicked, m_importAction, &QAction::trigger);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* form = new QFormLayout(right);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Language:"), m_lang);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Lin&k:"), m_link);
    form->addRow(tr("&Answer:"), m_body);
    form->addRow(QString(), m_check);
    form->addRow(tr("&Preview:"), m_preview);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_saveButton);
    form->addRow(saveRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({ 480, 620 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &AnswerLibraryEditor::showList);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) { showAnswer(row); });
    for (QLineEdit* edit : { m_key, m_title, m_category, m_link })
        connect(edit, &QLineEdit::textChanged, this, &AnswerLibraryEditor::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &AnswerLibraryEditor::check);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &AnswerLibraryEditor::check);
    connect(m_newAction, &QAction::triggered, this, &AnswerLibraryEditor::startNew);
    connect(m_saveAction, &QAction::triggered, this, &AnswerLibraryEditor::save);
    connect(m_importAction, &QAction::triggered, this, &AnswerLibraryEditor::chooseImport);
    connect(&m_session, &Session::changed, this, &AnswerLibraryEditor::reload);

    startNew();
    reload();
}

void AnswerLibraryEditor::reload()
{
    m_session.call(
        this, [](Database& database) { return AnswerStore(database).list(); },
        [this](Result<QList<Answer>> answers) {
            if (!answers) {
                say(tr("Could not read the answers: %1").arg(answers.error().message()));
                return;
            }
            m_answers = std::move(*answers);
            showList();
            Q_EMIT loaded();
        });
}

void AnswerLibraryEditor::showList()
{
    const QString search = m_search->text().trimmed();
    const QString keep = m_currentKey;
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    int current = -1;
    for (const Answer& answer : std::as_const(m_answers)) {
        if (!search.isEmpty() && !answer.key.contains(search, Qt::CaseInsensitive)
            && !answer.title.contains(search, Qt::CaseInsensitive)
            && !answer.body.contains(search, Qt::CaseInsensitive))
            continue;
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        // Table items show their text as it is: no markup is interpreted.
        const QStringList cells { answer.key, answer.title, answer.lang, answer.category,
            QString::number(answer.version) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, answer.key);
            m_list->setItem(row, column, item);
        }
        if (answer.key == keep)
            current = row;
    }
    if (current >= 0)
        m_list->setCurrentCell(current, KeyColumn);
}

void AnswerLibraryEditor::showAnswer(int row)
{
    const QTableWidgetItem* item = m_list->item(row, KeyColumn);
    if (!item)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    for (const Answer& answer : std::as_const(m_answers)) {
        if (answer.key != key)
            continue;
        m_currentKey = key;
        m_key->setText(answer.key);
        m_key->setReadOnly(true); // a key names the answer's history: a new key is a new answer
        m_title->setText(answer.title);
        m_lang->setCurrentIndex(qMax(0, m_lang->findData(answer.lang)));
        m_category->setText(answer.category);
        m_link->setText(answer.link);
        m_body->setPlainText(answer.body);
        say(tr("Version %1, last changed by %2.").arg(answer.version).arg(answer.updatedBy));
        return;
    }
}

Answer AnswerLibraryEditor::edited() const
{
    Answer answer;
    answer.key = m_key->text().trimmed();
    answer.title = m_title->text().trimmed();
    answer.lang = m_lang->currentData().toString();
    answer.category = m_category->text().trimmed();
    answer.link = m_link->text().trimmed();
    answer.body = m_body->toPlainText();
    return answer;
}

void AnswerLibraryEditor::check()
{
    // The library's own rules, on the GUI thread: a pure function of the text, no store.
    const Answer answer = edited();
    const Error problem = AnswerLibrary::check(answer);
    m_check->setText(problem.isError() ? problem.message() : tr("The answer is ready to save."));
    m_saveAction->setEnabled(!problem.isError());
    m_saveButton->setEnabled(!problem.isError());
    Comment sample;
    sample.author.name = u"María"_s;
    sample.author.handle = u"maria_ejemplo"_s;
    m_preview->setPlainText(problem.isError() ? QString() : AnswerLibrary::fill(answer, sample));
}

void AnswerLibraryEditor::save()
{
    const Answer answer = edited();
    if (AnswerLibrary::check(answer).isError())
        return;
    const QString actor = m_session.login();
    m_saveAction->setEnabled(false);
    m_session.call(
        this, [answer, actor](Database& database) { return AnswerStore(database).import({ answer }, actor); },
        [this, key = answer.key](Result<AnswerStore::ImportResult> result) {
            m_saveAction->setEnabled(true);
            if (!result) {
                say(tr("Not saved: %1").arg(result.error().message()));
                return;
            }
            m_currentKey = key;
            if (result->added)
                say(tr("Added the answer %1.").arg(key));
            else if (result->changed)
                say(tr("Saved a new version of %1; the earlier one is kept.").arg(key));
            else
                say(tr("Nothing changed in %1.").arg(key));
            reload();
        });
}

void AnswerLibraryEditor::startNew()
{
    m_currentKey.clear();
    m_list->clearSelection();
    m_key->setReadOnly(false);
    for (QLineEdit* edit : { m_key, m_title, m_category, m_link })
        edit->clear();
    m_body->clear();
    m_lang->setCurrentIndex(0);
    say(tr("A new answer: give it a key, a title and its text."));
    m_key->setFocus(Qt::ShortcutFocusReason);
}

void AnswerLibraryEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import answers"), {}, tr("Answer files (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void AnswerLibraryEditor::importFile(const QString& path)
{
    // Reading and checking the file needs no store; storing it does (the store thread).
    auto bytes = InputFile::read(path, kImportMaxBytes, tr("the answer file"));
    if (!bytes) {
        say(bytes.error().message());
        return;
    }
    auto answers = AnswerLibrary::read(*bytes, path);
    if (!answers) {
        say(answers.error().message());
        return;
    }
    const QString actor = m_session.login();
    m_session.call(
        this, [list = *answers, actor](Database& database) { return AnswerStore(database).import(list, actor); },
        [this](Result<AnswerStore::ImportResult> result) {
            if (!result) {
                say(tr("Not imported: %1").arg(result.error().message()));
                return;
            }
            say(tr("Imported: %1 added, %2 changed, %3 unchanged.")
                    .arg(result->added)
                    .arg(result->changed)
                    .arg(result->unchanged));
            reload();
        });
}

void AnswerLibraryEditor::say(const QString& text)
{
    m_message->setText(text);
}

QString AnswerLibraryEditor::checkText() const
{
    return m_check->text();
}

QString AnswerLibraryEditor::previewText() const
{
    return m_preview->toPlainText();
}

QString AnswerLibraryEditor::messageText() const
{
    return m_message->text();
}

} // namespace moderation
