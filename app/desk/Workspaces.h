#pragma once

#include <QAction>
#include <QList>
#include <QString>

class QWidget;

namespace moderation {

class Session;

// One tab of the main window.
struct Workspace
{
    QWidget* widget = nullptr;
    QString objectName; // stable, for tests and saved layouts: "agent", "review", …
    QString title; // translated, with a mnemonic
    QList<QAction*> actions; // the Work menu's while it is shown
};

// The workspaces the signed-in person's roles give them, in the order they are shown: the
// agent's cases first (the demo opens there), the reviewer's queue, the supervisor's dashboard,
// policy, Office Hours and reports, the administrator's people and accounts. The main window adds
// every comment and the settings, which everyone has.
QList<Workspace> createWorkspaces(Session& session, QWidget* parent);
// Everyone's settings (language, appearance; the site's for supervisors), shown last.
Workspace createSettingsWorkspace(Session& session, QWidget* parent);

} // namespace moderation
