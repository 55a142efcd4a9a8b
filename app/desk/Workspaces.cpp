#include "Workspaces.h"

#include "Session.h"

namespace moderation {

QList<Workspace> createWorkspaces(Session& session, QWidget* parent)
{
    Q_UNUSED(session);
    Q_UNUSED(parent);
    QList<Workspace> workspaces;
    return workspaces;
}

} // namespace moderation
