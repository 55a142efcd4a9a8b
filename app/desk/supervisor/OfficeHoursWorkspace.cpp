#include "supervisor/OfficeHoursWorkspace.h"

#include "DisplayText.h"
#include "Session.h"
#include "supervisor/AnsweredPickerDialog.h"

#include "model/CaseTransitions.h"
#include "reports/OfficeHoursRecap.h"
#include "review/OfficeHoursTriage.h"
#include "storage/QueueStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kCommentIdRole = Qt::UserRole + 1;

// Feed columns.
enum FeedColumn { TimeColumn, AuthorColumn, CommentColumn, StatusColumn, FeedColumnCount };

QTimeZone zoneOf(const OfficeHoursEvent& event)
{
    const QTimeZone zone(event.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString eventLine(const OfficeHoursEvent& event)
{
    const QTimeZone zone = zoneOf(event);
    const QLocale locale;
    const QString start = locale.toString(event.startsAt.toTimeZone(zone), QLocale::ShortFormat);
    const QString end = locale.toString(event.endsAt.toTimeZone(zone).time(), QLocale::ShortFormat);
    const QString title = event.title.isEmpty() ? OfficeHoursWorkspace::tr("Untitled") : event.title;
    //: %1 hashtag, %2 title, %3 start date and time, %4 end time, %5 time zone, %6 queue.
    return OfficeHoursWorkspace::tr("#%1 — %2 — %3 to %4 (%5) — queue %6")
        .arg(event.hashtag, title, start, end, event.timeZone, event.smeQueue);
}

QString statusOf(const EventFeedItem& item)
{
    if (item.openedCase) {
        if (CaseTransitions::isOpen(item.openedCase->state))
            return OfficeHoursWorkspace::tr("In queue %1").arg(item.openedCase->queue);
        if (item.openedCase->state == Case::State::Closed)
            return OfficeHoursWorkspace::tr("Closed: %1").arg(item.openedCase->stateReason);
        return OfficeHoursWorkspace::tr("Answered");
    }
    if (!item.decision)
        return OfficeHoursWorkspace::tr("Not triaged");
    if (item.decision->decision.action == Action::Ignore)
        return OfficeHoursWorkspace::tr("Ignored: %1").arg(item.decision->decision.explanation);
    return DisplayText::action(item.decision->decision);
}

QString rateText(double rate)
{
    if (rate <= 0.0)
        return OfficeHoursWorkspace::tr("No questions in the last five minutes");
    if (rate < 1.0)
        return OfficeHoursWorkspace::tr("Less than one question a minute");
    // Two full sentences rather than a %n plural, which needs the English catalogue to read well.
    const int perMinute = qRound(rate);
    if (perMinute == 1)
        return OfficeHoursWorkspace::tr("One question a minute");
    return OfficeHoursWorkspace::tr("%1 questions a minute").arg(perMinute);
}

} // namespace

OfficeHoursWorkspace::OfficeHoursWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Office Hours"));
    m_choosePath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the recap"), suggested,
                                            tr("HTML (*.html);;Markdown (*.md)"));
    };
    buildForm();
    buildEvents();
    buildFeed();
    buildActions();

    auto* formBox = new QGroupBox(tr("Schedule an event"), this);
    auto* form = new QFormLayout(formBox);
    form->addRow(tr("&Hashtag:"), m_hashtag);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("SME &queue:"), m_queue);
    form->addRow(QString(), m_schedule);

    auto* eventsBox = new QGroupBox(tr("Events"), this);
    auto* eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->addWidget(m_events);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(formBox);
    leftLayout->addWidget(eventsBox, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_feedTitle, 1);
    heading->addWidget(m_rate);
    rightLayout->addLayout(heading);
    rightLayout->addWidget(m_feed, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_answerableButton);
    buttons->addWidget(m_offTopicButton);
    buttons->addWidget(m_answeredButton);
    buttons->addStretch(1);
    buttons->addWidget(m_recapButton);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Office Hours status"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMilliseconds);
    connect(m_refresh, &QTimer::timeout, this, &OfficeHoursWorkspace::reloadFeed);
    m_refresh->start();
    connect(&m_session, &Session::changed, this, [this](const QStringList& tables) {
        if (tables.contains(u"*"_s) || tables.contains(u"events"_s))
            reloadEvents();
        if (tables.contains(u"*"_s) || tables.contains(u"comments"_s) || tables.contains(u"cases"_s)
            || tables.contains(u"reviews"_s) || tables.contains(u"outbox"_s))
            reloadFeed();
    });
    updateEnabled();
    reload();
}

void OfficeHoursWorkspace::buildForm()
{
    m_hashtag = new QLineEdit(this);
    m_hashtag->setPlaceholderText(tr("#AskImmigration"));
    m_hashtag->setAccessibleName(tr("Event hashtag"));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Event title"));
    m_title->setMaxLength(OfficeHoursEvents::kMaxTitleLength);

    const QDateTime nextHour = QDateTime::currentDateTime().addSecs(3600);
    const QDateTime start(nextHour.date(), QTime(nextHour.time().hour(), 0));
    m_start = new QDateTimeEdit(start, this);
    m_start->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Event start, in the event's time zone"));
    m_end = new QDateTimeEdit(start.addSecs(3600), this);
    m_end->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("Event end, in the event's time zone"));

    m_timeZone = new QComboBox(this);
    m_timeZone->setAccessibleName(tr("Event time zone"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    const int system = m_timeZone->findText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_timeZone->setCurrentIndex(system >= 0 ? system : m_timeZone->findText(u"UTC"_s));

    m_queue = new QComboBox(this);
    m_queue->setEditable(true);
    m_queue->setAccessibleName(tr("SME queue for the event's questions"));
    m_queue->setToolTip(tr("The queue the answerable questions go to. Pick one or type a new name."));

    m_schedule = new QPushButton(tr("S&chedule event"), this);
    m_schedule->setAccessibleName(tr("Schedule the event"));
    connect(m_schedule, &QPushButton::clicked, this, &OfficeHoursWorkspace::schedule);
}

void OfficeHoursWorkspace::buildEvents()
{
    m_eventModel = new QStandardItemModel(this);
    m_events = new QListView(this);
    m_events->setModel(m_eventModel);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setWordWrap(true);
    m_events->setAccessibleName(tr("Office Hours events"));
    connect(m_events->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const std::optional<OfficeHoursEvent> event = selectedEvent();
        const qint64 id = event ? event->id : 0;
        if (id != m_feedEventId) {
            // Another event: its feed replaces the shown one (a refresh of the same keeps it).
            m_feedEventId = id;
            m_feedModel->removeRows(0, m_feedModel->rowCount());
            m_rate->clear();
            reloadFeed();
        }
        updateEnabled();
    });
}

void OfficeHoursWorkspace::buildFeed()
{
    m_feedTitle = new QLabel(tr("Select an event to see its feed."), this);
    m_feedTitle->setTextFormat(Qt::PlainText);
    m_feedTitle->setWordWrap(true);
    m_rate = new QLabel(this);
    m_rate->setTextFormat(Qt::PlainText);
    m_rate->setAccessibleName(tr("Questions a minute"));

    m_feedModel = new QStandardItemModel(0, FeedColumnCount, this);
    m_feedModel->setHorizontalHeaderLabels({ tr("Time"), tr("Author"), tr("Comment"), tr("Triage") });
    m_feed = new QTableView(this);
    m_feed->setModel(m_feedModel);
    m_feed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feed->setWordWrap(true);
    m_feed->setAlternatingRowColors(true);
    m_feed->verticalHeader()->hide();
    m_feed->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_feed->horizontalHeader()->setSectionResizeMode(AuthorColumn, QHeaderView::Interactive);
    m_feed->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_feed->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    m_feed->setColumnWidth(AuthorColumn, 160);
    m_feed->setColumnWidth(StatusColumn, 180);
    m_feed->setAccessibleName(tr("Event feed, newest first"));
    connect(m_feed->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OfficeHoursWorkspace::updateEnabled);
}

void OfficeHoursWorkspace::buildActions()
{
    // Single keys act only while the feed has the focus, so typing in the form never triages.
    auto make = [this](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        m_feed->addAction(action);
        return action;
    };
    m_answerable = make(tr("&Answerable"), QKeySequence(Qt::Key_A),
                        tr("Answerable: a case in the event's SME queue (A)"));
    m_offTopic = make(tr("&Off-topic"), QKeySequence(Qt::Key_O), tr("Off-topic: ignore the comment (O)"));
    m_answered = make(tr("Already answere&d…"), QKeySequence(Qt::Key_D),
                      tr("Already answered: link it to an answered question and ignore it (D)"));
    m_recap = new QAction(tr("Write &recap…"), this);
    m_recap->setToolTip(tr("Write the event's recap as HTML or Markdown (after the event)"));
    connect(m_answerable, &QAction::triggered, this, &OfficeHoursWorkspace::triageAnswerable);
    connect(m_offTopic, &QAction::triggered, this, &OfficeHoursWorkspace::triageOffTopic);
    connect(m_answered, &QAction::triggered, this, &OfficeHoursWorkspace::triageAnswered);
    connect(m_recap, &QAction::triggered, this, &OfficeHoursWorkspace::writeRecap);

    auto button = [this](QAction* action, const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(action->toolTip());
        b->setAccessibleName(name);
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    m_answerableButton = button(m_answerable, tr("Answerable (A)"), tr("Mark answerable"));
    m_offTopicButton = button(m_offTopic, tr("Off-topic (O)"), tr("Mark off-topic"));
    m_answeredButton = button(m_answered, tr("Already answered (D)…"), tr("Mark already answered"));
    m_recapButton = button(m_recap, tr("Recap…"), tr("Write the recap"));
}

QList<QAction*> OfficeHoursWorkspace::actions() const
{
    return { m_answerable, m_offTopic, m_answered, m_recap };
}

std::optional<OfficeHoursEvent> OfficeHoursWorkspace::selectedEvent() const
{
    const QModelIndex current = m_events->currentIndex();
    if (!current.isValid() || current.row() >= m_eventList.size())
        return std::nullopt;
    return m_eventList.at(current.row());
}

void OfficeHoursWorkspace::selectEvent(int row)
{
    m_events->setCurrentIndex(m_eventModel->index(row, 0));
}

qint64 OfficeHoursWorkspace::selectedCommentId() const
{
    const QModelIndex current = m_feed->currentIndex();
    if (!current.isValid())
        return 0;
    return m_feedModel->index(current.row(), TimeColumn).data(kCommentIdRole).toLongLong();
}

void OfficeHoursWorkspace::reload()
{
    reloadQueues();
    reloadEvents();
    reloadFeed();
}

void OfficeHoursWorkspace::reloadQueues()
{
    m_session.call(
        this, [](Database& db) { return QueueStore(db).list(); },
        [this](Result<QList<Queue>> queues) {
            if (!queues) {
                showError(queues.error().toString());
                return;
            }
            const QString typed = m_queue->currentText();
            m_queue->clear();
            for (const Queue& queue : *queues)
                m_queue->addItem(queue.name);
            m_queue->setEditText(typed);
        });
}

void OfficeHoursWorkspace::reloadEvents()
{
    struct Loaded
    {
        Result<QList<OfficeHoursEvent>> events;
        QDateTime now;
    };
    m_session.call(
        this,
        [](Database& db) { return Loaded { OfficeHoursEvents(db).list(OfficeHoursEvents::Period::All), db.clock().now() }; },
        [this](Loaded loaded) {
            if (!loaded.events) {
                showError(loaded.events.error().toString());
                return;
            }
            m_storeNow = loaded.now;
            showEvents(*loaded.events);
        });
}

void OfficeHoursWorkspace::showEvents(const QList<OfficeHoursEvent>& events)
{
    const std::optional<OfficeHoursEvent> selected = selectedEvent();
    bool same = events.size() == m_eventList.size();
    for (int row = 0; same && row < events.size(); ++row)
        same = events.at(row).id == m_eventList.at(row).id;
    m_eventList = events;
    if (same) {
        // The same events: their rows stay (and the selection with them).
        updateEnabled();
        return;
    }
    m_eventModel->clear();
    int keep = -1;
    for (int row = 0; row < events.size(); ++row) {
        auto* item = new QStandardItem(eventLine(events.at(row)));
        item->setToolTip(item->text());
        m_eventModel->appendRow(item);
        if (selected && selected->id == events.at(row).id)
            keep = row;
    }
    if (keep >= 0)
        m_events->setCurrentIndex(m_eventModel->index(keep, 0));
    updateEnabled();
}

void OfficeHoursWorkspace::reloadFeed()
{
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    if (!event)
        return;
    // One refresh at a time: a timer tick during a slow read asks for one more afterwards.
    if (m_feedLoading) {
        m_feedAgain = true;
        return;
    }
    m_feedLoading = true;
    struct Loaded
    {
        qint64 eventId = 0;
        Result<EventFeedPage> page;
        Result<double> rate;
        QDateTime now;
    };
    const qint64 eventId = event->id;
    m_session.call(
        this,
        [eventId](Database& db) {
            OfficeHoursEvents events(db);
            return Loaded { eventId, events.feed(eventId, std::nullopt, kFeedLimit), events.ratePerMinute(eventId),
                            db.clock().now() };
        },
        [this](Loaded loaded) {
            m_feedLoading = false;
            const std::optional<OfficeHoursEvent> current = selectedEvent();
            if (current && current->id == loaded.eventId) {
                m_storeNow = loaded.now;
                if (!loaded.page)
                    showError(loaded.page.error().toString());
                else if (!loaded.rate)
                    showError(loaded.rate.error().toString());
                else
                    showFeed(*loaded.page, *loaded.rate);
            }
            if (m_feedAgain || (current && current->id != loaded.eventId)) {
                m_feedAgain = false;
                reloadFeed();
            }
        });
}

void OfficeHoursWorkspace::showFeed(const EventFeedPage& page, double rate)
{
    const qint64 selected = selectedCommentId();
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    const QTimeZone zone = event ? zoneOf(*event) : QTimeZone::utc();
    m_feedModel->removeRows(0, m_feedModel->rowCount());
    int keep = -1;
    for (const EventFeedItem& item : page.items) {
        QList<QStandardItem*> row;
        auto* time = new QStandardItem(QLocale().toString(item.comment.createdAt.toTimeZone(zone).time(),
                                                          QLocale::ShortFormat));
        time->setData(item.comment.id, kCommentIdRole);
        row << time << new QStandardItem(DisplayText::author(item.comment.author))
            << new QStandardItem(item.comment.text) << new QStandardItem(statusOf(item));
        row.at(CommentColumn)->setToolTip(item.comment.text);
        row.at(StatusColumn)->setToolTip(row.at(StatusColumn)->text());
        if (item.comment.id == selected)
            keep = m_feedModel->rowCount();
        m_feedModel->appendRow(row);
    }
    if (event) {
        //: %1 the event line (hashtag, title, window), %2 how many comments are shown.
        m_feedTitle->setText(tr("Feed of %1 — comments shown: %2").arg(eventLine(*event)).arg(page.items.size()));
    }
    m_rate->setText(rateText(rate));
    if (keep >= 0)
        m_feed->setCurrentIndex(m_feedModel->index(keep, TimeColumn));
    updateEnabled();
}

void OfficeHoursWorkspace::updateEnabled()
{
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    const bool hasComment = event && selectedCommentId() != 0;
    for (QAction* action : { m_answerable, m_offTopic, m_answered })
        action->setEnabled(hasComment);
    m_answerableButton->setEnabled(hasComment);
    m_offTopicButton->setEnabled(hasComment);
    m_answeredButton->setEnabled(hasComment);
    const bool over = event && m_storeNow.isValid() && event->endsAt <= m_storeNow;
    m_recap->setEnabled(over);
    m_recapButton->setEnabled(over);
    m_recapButton->setToolTip(over ? m_recap->toolTip() : tr("The recap is written once the event is over."));
}

void OfficeHoursWorkspace::schedule()
{
    EventRequest request;
    request.hashtag = m_hashtag->text().trimmed();
    request.title = m_title->text().trimmed();
    const QTimeZone zone(m_timeZone->currentText().toUtf8());
    request.timeZone = m_timeZone->currentText();
    // The form's times are wall times in the event's zone.
    request.startsAt = QDateTime(m_start->date(), m_start->time(), zone);
    request.endsAt = QDateTime(m_end->date(), m_end->time(), zone);
    request.smeQueue = m_queue->currentText().trimmed();
    if (const Error bad = OfficeHoursEvents::check(request); bad.isError()) {
        showError(bad.toString());
        return;
    }
    const QString login = m_session.login();
    m_schedule->setEnabled(false);
    m_session.call(
        this, [request, login](Database& db) { return OfficeHoursEvents(db).add(request, login); },
        [this](Result<OfficeHoursEvent> added) {
            m_schedule->setEnabled(true);
            if (!added) {
                showError(added.error().toString());
                return;
            }
            showStatus(tr("Scheduled #%1.").arg(added->hashtag));
            const qint64 id = added->id;
            // Select the new event once the list holds it.
            m_eventList.clear();
            m_eventModel->clear();
            struct Loaded
            {
                Result<QList<OfficeHoursEvent>> events;
                QDateTime now;
            };
            m_session.call(
                this,
                [](Database& db) {
                    return Loaded { OfficeHoursEvents(db).list(OfficeHoursEvents::Period::All), db.clock().now() };
                },
                [this, id](Loaded loaded) {
                    if (!loaded.events) {
                        showError(loaded.events.error().toString());
                        return;
                    }
                    m_storeNow = loaded.now;
                    showEvents(*loaded.events);
                    for (int row = 0; row < m_eventList.size(); ++row) {
                        if (m_eventList.at(row).id == id)
                            selectEvent(row);
                    }
                });
        });
}

void OfficeHoursWorkspace::triageAnswerable()
{
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    const qint64 commentId = selectedCommentId();
    if (!event || commentId == 0)
        return;
    const QString login = m_session.login();
    const qint64 eventId = event->id;
    m_session.call(
        this, [=](Database& db) { return OfficeHoursTriage(db).markAnswerable(eventId, commentId, login); },
        [this](Result<Case> opened) {
            if (!opened) {
                showError(opened.error().toString());
                return;
            }
            showStatus(tr("Case %1 is in queue %2.").arg(opened->id).arg(opened->queue));
            reloadFeed();
        });
}

void OfficeHoursWorkspace::triageOffTopic()
{
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    const qint64 commentId = selectedCommentId();
    if (!event || commentId == 0)
        return;
    const QString login = m_session.login();
    const qint64 eventId = event->id;
    m_session.call(
        this, [=](Database& db) { return OfficeHoursTriage(db).markOffTopic(eventId, commentId, QString(), login); },
        [this](Error error) {
            if (error.isError()) {
                showError(error.toString());
                return;
            }
            showStatus(tr("Ignored as off-topic."));
            reloadFeed();
        });
}

void OfficeHoursWorkspace::triageAnswered()
{
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    const qint64 commentId = selectedCommentId();
    if (!event || commentId == 0)
        return;
    const qint64 eventId = event->id;
    m_session.call(
        this, [eventId](Database& db) { return OfficeHoursEvents(db).answeredQuestions(eventId); },
        [this, commentId](Result<QList<RecapQuestion>> answered) {
            if (!answered) {
                showError(answered.error().toString());
                return;
            }
            pickAnswer(commentId, *answered);
        });
}

void OfficeHoursWorkspace::pickAnswer(qint64 commentId, const QList<RecapQuestion>& answered)
{
    QList<RecapQuestion> choices;
    for (const RecapQuestion& question : answered) {
        if (question.commentId != commentId)
            choices.append(question);
    }
    if (choices.isEmpty()) {
        showError(tr("No question of this event has an approved answer yet."));
        return;
    }
    auto* dialog = new AnsweredPickerDialog(choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    const qint64 eventId = event ? event->id : 0;
    connect(dialog, &AnsweredPickerDialog::picked, this, [this, eventId, commentId](qint64 answeredBy) {
        const QString login = m_session.login();
        m_session.call(
            this,
            [=](Database& db) { return OfficeHoursTriage(db).markAnswered(eventId, commentId, answeredBy, login); },
            [this, answeredBy](Error error) {
                if (error.isError()) {
                    showError(error.toString());
                    return;
                }
                showStatus(tr("Linked to the answer of comment %1 and ignored.").arg(answeredBy));
                reloadFeed();
            });
    });
    dialog->open();
}

void OfficeHoursWorkspace::writeRecap()
{
    const std::optional<OfficeHoursEvent> event = selectedEvent();
    if (!event)
        return;
    const QString path = m_choosePath(u"recap-%1-%2.html"_s.arg(event->hashtag, event->startsAt.toString(u"yyyy-MM-dd"_s)));
    if (path.isEmpty())
        return;
    const OfficeHoursRecap::Format format =
        path.endsWith(u".md"_s, Qt::CaseInsensitive) || path.endsWith(u".markdown"_s, Qt::CaseInsensitive)
        ? OfficeHoursRecap::Format::Markdown
        : OfficeHoursRecap::Format::Html;
    const OfficeHoursEvent chosen = *event;
    m_session.call(
        this,
        [chosen, path, format](Database& db) -> Error {
            auto recap = OfficeHoursRecap::build(db, chosen.hashtag, chosen.startsAt, chosen.endsAt, zoneOf(chosen));
            if (!recap)
                return recap.error();
            return recap->write(format, path);
        },
        [this, path](Error error) {
            if (error.isError()) {
                showError(error.toString());
                Q_EMIT recapWritten(QString());
                return;
            }
            showStatus(tr("The recap is in %1.").arg(path));
            Q_EMIT recapWritten(path);
        });
}

void OfficeHoursWorkspace::showError(const QString& message)
{
    m_status->setText(message);
}

void OfficeHoursWorkspace::showStatus(const QString& message)
{
    m_status->setText(message);
}

} // namespace moderation
