#include "Workspaces.h"

#include "Session.h"
#include "agent/AgentWorkspace.h"
#include "review/ReviewWorkspace.h"
#include "settings/AdminWorkspace.h"
#include "settings/SettingsWorkspace.h"
#include "supervisor/AnswerLibraryEditor.h"
#include "supervisor/OfficeHoursWorkspace.h"
#include "supervisor/PolicyEditor.h"
#include "supervisor/ReportsWorkspace.h"
#include "supervisor/SupervisorDashboard.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

template<typename W> Workspace make(Session& session, QWidget* parent, const QString& objectName, const QString& title)
{
    auto* widget = new W(session, parent);
    return { widget, objectName, title, widget->actions() };
}

} // namespace

QList<Workspace> createWorkspaces(Session& session, QWidget* parent)
{
    QList<Workspace> workspaces;
    if (session.hasRole(Role::Agent))
        workspaces << make<AgentWorkspace>(
            session, parent, u"agent"_s, QCoreApplication::translate("moderation::Workspaces", "&Cases"));
    if (session.hasRole(Role::Reviewer))
        workspaces << make<ReviewWorkspace>(
            session, parent, u"review"_s, QCoreApplication::translate("moderation::Workspaces", "&Review"));
    if (session.hasRole(Role::Supervisor)) {
        workspaces << make<SupervisorDashboard>(
            session, parent, u"dashboard"_s, QCoreApplication::translate("moderation::Workspaces", "&Dashboard"));
        workspaces << make<PolicyEditor>(
            session, parent, u"policy"_s, QCoreApplication::translate("moderation::Workspaces", "&Policy"));
        workspaces << make<AnswerLibraryEditor>(
            session, parent, u"answers"_s, QCoreApplication::translate("moderation::Workspaces", "A&nswers"));
        workspaces << make<OfficeHoursWorkspace>(
            session, parent, u"officeHours"_s, QCoreApplication::translate("moderation::Workspaces", "&Office Hours"));
        workspaces << make<ReportsWorkspace>(
            session, parent, u"reports"_s, QCoreApplication::translate("moderation::Workspaces", "R&eports"));
    }
    if (session.hasRole(Role::Admin))
        workspaces << make<AdminWorkspace>(
            session, parent, u"admin"_s, QCoreApplication::translate("moderation::Workspaces", "People and &Accounts"));
    return workspaces;
}

// Everyone's, after the list of every comment (the main window adds that one).
Workspace createSettingsWorkspace(Session& session, QWidget* parent)
{
    return make<SettingsWorkspace>(
        session, parent, u"settings"_s, QCoreApplication::translate("moderation::Workspaces", "&Settings"));
}

} // namespace moderation
