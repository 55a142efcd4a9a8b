#pragma once

#include "model/OfficeHoursEvent.h"
#include "model/RecapQuestion.h"
#include "routing/OfficeHoursEvents.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace moderation {

class Session;

// The supervisor's Office Hours workspace: schedule an event (hashtag, title, window, time zone,
// SME queue), the list of events, and for the selected one its live feed (newest first) with the
// rate of questions. Triage keys on the selected feed comment: A answerable (a case in the SME
// queue), O off-topic (ignored), D already answered (linked to an answered question picked in a
// small dialog). After the event, Recap writes the recap (HTML or Markdown) to a file. Every
// store access goes through Session::call; the feed refreshes on session.changed() and a timer.
class OfficeHoursWorkspace : public QWidget
{
    Q_OBJECT

public:
    // How many feed comments are shown: the newest of the event.
    static constexpr int kFeedLimit = 500;
    static constexpr int kRefreshMilliseconds = 15000;

    OfficeHoursWorkspace(Session& session, QWidget* parent);

    QList<QAction*> actions() const;

    // For tests and the main window: the parts a user drives.
    QLineEdit* hashtagField() const { return m_hashtag; }
    QLineEdit* titleField() const { return m_title; }
    QDateTimeEdit* startField() const { return m_start; }
    QDateTimeEdit* endField() const { return m_end; }
    QComboBox* timeZoneChoice() const { return m_timeZone; }
    QComboBox* queueChoice() const { return m_queue; }
    QPushButton* scheduleButton() const { return m_schedule; }
    QListView* eventList() const { return m_events; }
    QTableView* feedView() const { return m_feed; }
    QLabel* rateLabel() const { return m_rate; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* recapButton() const { return m_recapButton; }
    QAction* answerableAction() const { return m_answerable; }
    QAction* offTopicAction() const { return m_offTopic; }
    QAction* answeredAction() const { return m_answered; }
    QAction* recapAction() const { return m_recap; }

    // The selected event, if any.
    std::optional<OfficeHoursEvent> selectedEvent() const;
    void selectEvent(int row);
    // The comment id of the selected feed row; 0 when none.
    qint64 selectedCommentId() const;

    // Where the recap goes: by default a file dialog; tests answer without one. Returns the path
    // chosen (empty: cancelled); the format follows its suffix (.md Markdown, else HTML).
    using PathChooser = std::function<QString(const QString& suggestedName)>;
    void setRecapPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    // Re-reads the events and the selected event's feed and rate.
    void reload();

Q_SIGNALS:
    // A recap was written (or failed: path empty and the message says why).
    void recapWritten(const QString& path);

private:
    void buildForm();
    void buildEvents();
    void buildFeed();
    void buildActions();
    void schedule();
    void reloadQueues();
    void reloadEvents();
    void reloadFeed();
    void showEvents(const QList<OfficeHoursEvent>& events);
    void showFeed(const EventFeedPage& page, double rate);
    void updateEnabled();
    void triageAnswerable();
    void triageOffTopic();
    void triageAnswered();
    void pickAnswer(qint64 commentId, const QList<RecapQuestion>& answered);
    void writeRecap();
    void showError(const QString& message);
    void showStatus(const QString& message);

    Session& m_session;
    QLineEdit* m_hashtag = nullptr;
    QLineEdit* m_title = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_queue = nullptr;
    QPushButton* m_schedule = nullptr;
    QListView* m_events = nullptr;
    QStandardItemModel* m_eventModel = nullptr;
    QList<OfficeHoursEvent> m_eventList;
    QLabel* m_feedTitle = nullptr;
    QLabel* m_rate = nullptr;
    QTableView* m_feed = nullptr;
    QStandardItemModel* m_feedModel = nullptr;
    QPushButton* m_answerableButton = nullptr;
    QPushButton* m_offTopicButton = nullptr;
    QPushButton* m_answeredButton = nullptr;
    QPushButton* m_recapButton = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_answerable = nullptr;
    QAction* m_offTopic = nullptr;
    QAction* m_answered = nullptr;
    QAction* m_recap = nullptr;
    QTimer* m_refresh = nullptr;
    PathChooser m_choosePath;
    QDateTime m_storeNow; // the store's clock at the last reload: which events are over
    qint64 m_feedEventId = 0; // the event whose feed is shown
    bool m_feedLoading = false;
    bool m_feedAgain = false; // a refresh was asked for while one was under way
};

} // namespace moderation
