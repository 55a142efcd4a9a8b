#include "supervisor/PolicyEditor.h"

#include "DisplayText.h"
#include "Session.h"
#include "policy/PolicyDocument.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySnapshot.h"
#include "storage/PolicyStore.h"
#include "supervisor/PolicyHighlighter.h"
#include "sync/Triage.h"
#include "sync/WhatIf.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kLineRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

QString shortcutText(const QAction* action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

// What a store-thread preview hands back: the preview, or what stopped it.
struct PreviewRun
{
    std::optional<PolicyEditor::Preview> preview;
    Error error;
    QString activeName;
    int activeVersion = 0;
    qint64 activeVersionId = 0;
};

struct ActivationRun
{
    std::optional<PolicyVersion> version;
    bool changed = false;
    Error error;
};

// The check's label for the text: the file's name once there is one.
QString checkLabel(const QString& fileName)
{
    return fileName.isEmpty() ? u"policy"_s : QFileInfo(fileName).fileName();
}

QString baseDirOf(const QString& fileName)
{
    return fileName.isEmpty() ? QString() : QFileInfo(fileName).absolutePath();
}

QString actionWord(const std::optional<Decision>& decision)
{
    if (!decision)
        return PolicyEditor::tr("No decision");
    return DisplayText::action(*decision);
}

} // namespace

PolicyEditor::PolicyEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Policy editor"));

    m_openAction = new QAction(tr("&Open Policy File…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = new QAction(tr("&Save Policy File…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_previewAction = new QAction(tr("&Preview Changes"), this);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_activateAction = new QAction(tr("&Activate Policy…"), this);
    m_activateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_nextErrorAction = new QAction(tr("Go to &Next Problem"), this);
    m_nextErrorAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_openAction->setToolTip(tr("Open a policy file (%1)").arg(shortcutText(m_openAction)));
    m_saveAction->setToolTip(tr("Save the policy to a file (%1)").arg(shortcutText(m_saveAction)));
    m_previewAction->setToolTip(
        tr("Show what this policy would change over the stored comments (%1)").arg(shortcutText(m_previewAction)));
    m_activateAction->setToolTip(
        tr("Make the previewed policy the active one (%1)").arg(shortcutText(m_activateAction)));
    m_nextErrorAction->setToolTip(tr("Move the cursor to the next problem (%1)").arg(shortcutText(m_nextErrorAction)));
    for (QAction* action : { m_openAction, m_saveAction, m_previewAction, m_activateAction, m_nextErrorAction }) {
        // The shortcuts work while the focus is anywhere in the editor, also when no menu shows them.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_openAction, &QAction::triggered, this, &PolicyEditor::openFile);
    connect(m_saveAction, &QAction::triggered, this, &PolicyEditor::saveFile);
    connect(m_previewAction, &QAction::triggered, this, &PolicyEditor::runPreview);
    connect(m_activateAction, &QAction::triggered, this, &PolicyEditor::activate);
    connect(m_nextErrorAction, &QAction::triggered, this, [this] {
        if (m_errorList->count() == 0)
            return;
        const int next = (m_errorList->currentRow() + 1) % m_errorList->count();
        m_errorList->setCurrentRow(next);
        QListWidgetItem* item = m_errorList->item(next);
        goTo(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
    });

    auto* buttons = new QHBoxLayout;
    const auto button = [&](QAction* action, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(action->toolTip());
        b->setAccessibleName(action->text().remove(u'&').remove(u"…"_s));
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        buttons->addWidget(b);
    };
    button(m_openAction, tr("Open…"));
    button(m_saveAction, tr("Save…"));
    button(m_previewAction, tr("Preview"));
    button(m_activateAction, tr("Activate…"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Preview in progress"));
    m_busy->setVisible(false);
    buttons->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Policy editor status"));
    buttons->addWidget(m_status, 1);

    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("Policy text (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_highlighter = new PolicyHighlighter(m_editor->document());

    m_errorList = new QListWidget(this);
    m_errorList->setAccessibleName(tr("Problems in the policy"));
    m_errorList->setToolTip(tr("Each problem with its line and column; press Enter or click to go there (%1 for the next)")
                                .arg(shortcutText(m_nextErrorAction)));
    const auto goToItem = [this](QListWidgetItem* item) {
        if (item && item->data(kLineRole).toInt() > 0)
            goTo(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
    };
    connect(m_errorList, &QListWidget::itemClicked, this, goToItem);
    connect(m_errorList, &QListWidget::itemActivated, this, goToItem);

    m_previewSummary = new QLabel(tr("Preview the policy to see what it would change."), this);
    m_previewSummary->setTextFormat(Qt::PlainText);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setAccessibleName(tr("Preview summary"));
    // Two lines always fit: the tables below must not squeeze the summary.
    m_previewSummary->setMinimumHeight(2 * m_previewSummary->fontMetrics().lineSpacing() + 4);
    m_previewSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_counts = new QTableWidget(0, 3, this);
    m_counts->setAccessibleName(tr("Comments per action before and after"));
    m_counts->setHorizontalHeaderLabels({ tr("Action"), tr("Active policy"), tr("This policy") });
    m_counts->verticalHeader()->setVisible(false);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_counts->setMaximumHeight(170);

    m_changes = new QTableWidget(0, 4, this);
    m_changes->setAccessibleName(tr("Comments whose decision would change"));
    m_changes->setHorizontalHeaderLabels({ tr("Comment"), tr("Now"), tr("With this policy"), tr("Text") });
    m_changes->verticalHeader()->setVisible(false);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    // The decisions first, sized to fit; the comment's text takes the rest (its tooltip has it whole).
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setStretchLastSection(true);

    auto* problemsLabel = new QLabel(tr("Problems"), this);
    problemsLabel->setBuddy(m_errorList);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* editorSplit = new QSplitter(Qt::Vertical, left);
    editorSplit->addWidget(m_editor);
    auto* problems = new QWidget(editorSplit);
    auto* problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_errorList);
    editorSplit->addWidget(problems);
    editorSplit->setStretchFactor(0, 4);
    editorSplit->setStretchFactor(1, 1);
    leftLayout->addWidget(editorSplit);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewSummary);
    rightLayout->addWidget(m_counts);
    auto* changesLabel = new QLabel(tr("Changed comments"), right);
    changesLabel->setBuddy(m_changes);
    rightLayout->addWidget(changesLabel);
    rightLayout->addWidget(m_changes, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &PolicyEditor::checkNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PolicyEditor::onTextChanged);

    // Another seat may activate a policy: show it, unless the supervisor is editing here.
    connect(&m_session, &Session::changed, this, [this](const QStringList& tables) {
        if ((tables.contains(u"*"_s) || tables.contains(u"policy_versions"_s)) && !m_editor->document()->isModified())
            reload();
    });

    updateActions();
    reload();
}

PolicyEditor::~PolicyEditor() = default;

QList<QAction*> PolicyEditor::actions() const
{
    return { m_openAction, m_saveAction, m_previewAction, m_activateAction, m_nextErrorAction };
}

QString PolicyEditor::text() const
{
    return m_editor->toPlainText();
}

bool PolicyEditor::canActivate() const
{
    return m_preview && !m_previewRunning && !m_activating && m_checkedCurrent && m_errors.isEmpty()
        && m_previewedText == text();
}

void PolicyEditor::reload()
{
    setStatus(tr("Loading the active policy…"));
    m_session.call(
        this, [](Database& database) { return PolicyStore(database).active(); },
        [this](Result<std::optional<PolicyVersion>> active) {
            if (!active) {
                setStatus(tr("The active policy could not be read: %1").arg(active.error().message()));
                return;
            }
            if (!*active) {
                setPolicyText(QString(), QString());
                setStatus(tr("No policy is active yet."));
            } else {
                setPolicyText((*active)->document, QString());
                setStatus(tr("Active policy: %1, version %2.").arg((*active)->name).arg((*active)->version));
            }
            Q_EMIT loaded();
        });
}

void PolicyEditor::setPolicyText(const QString& text, const QString& fileName)
{
    m_fileName = fileName;
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    checkNow();
}

void PolicyEditor::onTextChanged()
{
    // The highlighter's underlines also signal a change (QSyntaxHighlighter marks the document's
    // contents dirty): only a changed text makes the last check stale.
    if (m_checkedCurrent && text() == m_checkedText)
        return;
    // Anything typed makes the last check and preview stale until they run again.
    m_checkedCurrent = false;
    m_checkTimer->start();
    updateActions();
}

void PolicyEditor::checkNow()
{
    m_checkTimer->stop();
    const PolicyDocument::CheckResult result
        = PolicyDocument::check(text().toUtf8(), checkLabel(m_fileName), baseDirOf(m_fileName));
    m_errors = result.errors;
    m_checkedText = text();
    m_checkedCurrent = true;
    showErrors();
    updateActions();
    Q_EMIT checked();
}

void PolicyEditor::showErrors()
{
    m_errorList->clear();
    QList<PolicyHighlighter::Mark> marks;
    for (const Error& error : m_errors) {
        QString line;
        if (error.line() > 0)
            line = tr("Line %1, column %2: %3").arg(error.line()).arg(error.column()).arg(error.message());
        else
            line = error.message();
        auto* item = new QListWidgetItem(line, m_errorList);
        item->setData(kLineRole, error.line());
        item->setData(kColumnRole, error.column());
        item->setToolTip(line);
        if (error.line() > 0)
            marks.append({ error.line(), error.column() });
    }
    m_highlighter->setErrors(marks);
    if (m_errors.isEmpty())
        setStatus(tr("No problems found."));
    else
        setStatus(tr("%n problem(s) found.", nullptr, int(m_errors.size())));
}

void PolicyEditor::goTo(int line, int column)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void PolicyEditor::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Policy"), baseDirOf(m_fileName),
                                                      tr("Policies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open a Policy"), tr("The file could not be read: %1").arg(file.errorString()));
        return;
    }
    setPolicyText(QString::fromUtf8(file.readAll()), path);
}

void PolicyEditor::saveFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Policy"), m_fileName,
                                                      tr("Policies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save the Policy"), tr("The file could not be written: %1").arg(file.errorString()));
        return;
    }
    m_fileName = path;
    m_editor->document()->setModified(false);
    setStatus(tr("Saved to %1.").arg(QFileInfo(path).fileName()));
}

void PolicyEditor::runPreview()
{
    if (m_previewRunning || m_activating)
        return;
    if (!m_checkedCurrent)
        checkNow();
    if (!m_errors.isEmpty()) {
        setStatus(tr("Fix the problems before the preview."));
        return;
    }
    m_previewRunning = true;
    m_busy->setVisible(true);
    setStatus(tr("Replaying the stored comments through this policy…"));
    updateActions();

    const QString previewed = text();
    const QByteArray json = previewed.toUtf8();
    const QString label = checkLabel(m_fileName);
    const QString baseDir = baseDirOf(m_fileName);
    m_session.call(
        this,
        [json, label, baseDir](Database& database) {
            PreviewRun run;
            auto document = PolicyDocument::parse(json, label, baseDir);
            if (!document) {
                run.error = document.error();
                return run;
            }
            // A draft: its strings go with it (the editor compiles one per preview).
            auto candidate = PolicyEngine::compile(*document, PolicyEngine::Strings::Engine);
            if (!candidate) {
                run.error = candidate.error();
                return run;
            }
            std::shared_ptr<const PolicyEngine> activeEngine;
            auto active = Triage::loadActive(database);
            if (!active && active.error().code() != Error::Code::NotFound) {
                run.error = active.error();
                return run;
            }
            if (active) {
                activeEngine = active->engine;
                run.activeName = active->version.name;
                run.activeVersion = active->version.version;
                run.activeVersionId = active->version.id;
            }
            Preview preview;
            auto summary = WhatIf::overStore(
                database, **candidate, activeEngine.get(), QDateTime(), QDateTime(),
                [&preview](const SimulationChange& change) {
                    if (preview.changes.size() < kMaxListedChanges)
                        preview.changes.append({ change.comment.id, change.comment.text, change.before, change.after });
                });
            if (!summary) {
                run.error = summary.error();
                return run;
            }
            preview.summary = std::move(summary.value());
            run.preview = std::move(preview);
            return run;
        },
        [this, previewed](PreviewRun run) {
            m_previewRunning = false;
            m_busy->setVisible(false);
            if (!run.preview) {
                m_preview.reset();
                m_previewedText.clear();
                setStatus(tr("The preview failed: %1").arg(run.error.toString()));
                // A problem the engine found at a place in the text (a regex it cannot compile)
                // is listed and underlined like the check's.
                if (run.error.line() > 0 && previewed == text()) {
                    m_errors.append(run.error);
                    showErrors();
                }
                updateActions();
                Q_EMIT previewFinished();
                return;
            }
            if (!run.activeName.isEmpty()) {
                run.preview->activeLabel = tr("%1, version %2 (stored version %3)")
                                               .arg(run.activeName)
                                               .arg(run.activeVersion)
                                               .arg(run.activeVersionId);
            }
            m_preview = std::move(run.preview);
            m_previewedText = previewed;
            showPreview();
            setStatus(previewed == text() ? tr("Preview finished.")
                                          : tr("Preview finished; the text changed since, preview again to activate."));
            updateActions();
            Q_EMIT previewFinished();
        });
}

void PolicyEditor::showPreview()
{
    const Preview& preview = *m_preview;
    const SimulationSummary& summary = preview.summary;
    const QString against = preview.activeLabel.isEmpty() ? tr("no active policy") : preview.activeLabel;
    m_previewSummary->setText(tr("%n comment(s) replayed against %1; ", nullptr, int(summary.comments)).arg(against)
                              + tr("%n would be decided differently.", nullptr, int(summary.changed)));

    // Comments per action under each policy ("none": no decision without an active policy).
    std::map<QString, std::pair<qint64, qint64>> perAction;
    for (const SimulationSummary::Transition& transition : summary.transitions) {
        perAction[transition.from].first += transition.comments;
        perAction[transition.to].second += transition.comments;
    }
    m_counts->setRowCount(int(perAction.size()));
    int row = 0;
    for (const auto& [action, counts] : perAction) {
        const auto cell = [](const QString& text) { return new QTableWidgetItem(text); };
        const std::optional<Action> parsed = actionFromString(action);
        m_counts->setItem(row, 0, cell(parsed ? DisplayText::action(Decision { .action = *parsed }) : tr("No decision")));
        m_counts->setItem(row, 1, cell(QLocale().toString(counts.first)));
        m_counts->setItem(row, 2, cell(QLocale().toString(counts.second)));
        m_counts->item(row, 0)->setData(Qt::UserRole, action);
        ++row;
    }

    m_changes->setRowCount(int(preview.changes.size()));
    for (int i = 0; i < preview.changes.size(); ++i) {
        const Change& change = preview.changes.at(i);
        const QString before = change.before ? tr("%1 (rule %2)").arg(actionWord(change.before), change.before->ruleId)
                                             : actionWord(change.before);
        const QString after = tr("%1 (rule %2)").arg(DisplayText::action(change.after), change.after.ruleId);
        // The comment's text on one line: a table row shows one; the tooltip has it whole.
        QString oneLine = change.text;
        oneLine.replace(u'\n', u' ');
        auto* text = new QTableWidgetItem(oneLine);
        text->setToolTip(change.text);
        m_changes->setItem(i, 0, new QTableWidgetItem(QString::number(change.commentId)));
        m_changes->setItem(i, 1, new QTableWidgetItem(before));
        m_changes->setItem(i, 2, new QTableWidgetItem(after));
        m_changes->setItem(i, 3, text);
    }
}

void PolicyEditor::activate()
{
    if (!canActivate())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Activate the Policy"),
        tr("Make this policy the active one? New comments will be decided by it from now on; the change is audited."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !canActivate())
        return;
    m_activating = true;
    updateActions();
    setStatus(tr("Activating…"));
    const QByteArray json = text().toUtf8();
    const QString label = checkLabel(m_fileName);
    const QString baseDir = baseDirOf(m_fileName);
    const QString actor = m_session.login();
    m_session.call(
        this,
        [json, label, baseDir, actor](Database& database) {
            // As `policy activate` does: checked and compiled first, so that a policy the engine
            // cannot run is never stored; stored self-contained (lexicon files inlined).
            ActivationRun run;
            auto document = PolicyDocument::parse(json, label, baseDir);
            if (!document) {
                run.error = document.error();
                return run;
            }
            if (auto engine = PolicyEngine::compile(*document, PolicyEngine::Strings::Engine); !engine) {
                run.error = engine.error();
                return run;
            }
            auto version = PolicyStore(database).storeAndActivate(
                document->name, document->version, PolicySnapshot::selfContained(*document), actor, &run.changed);
            if (!version) {
                run.error = version.error();
                return run;
            }
            run.version = std::move(version.value());
            return run;
        },
        [this](ActivationRun run) {
            m_activating = false;
            if (!run.version) {
                setStatus(tr("The policy was not activated: %1").arg(run.error.toString()));
                updateActions();
                return;
            }
            m_editor->document()->setModified(false);
            if (run.changed)
                setStatus(tr("Activated %1, version %2 (stored version %3).")
                              .arg(run.version->name)
                              .arg(run.version->version)
                              .arg(run.version->id));
            else
                setStatus(tr("%1, version %2 is already the active policy; nothing changed.")
                              .arg(run.version->name)
                              .arg(run.version->version));
            // The preview compared against the policy that was active; it no longer is.
            m_preview.reset();
            m_previewedText.clear();
            updateActions();
            Q_EMIT activated();
        });
}

void PolicyEditor::updateActions()
{
    m_previewAction->setEnabled(!m_previewRunning && !m_activating);
    m_activateAction->setEnabled(canActivate());
    m_openAction->setEnabled(!m_activating);
    m_nextErrorAction->setEnabled(!m_errors.isEmpty());
}

void PolicyEditor::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace moderation
