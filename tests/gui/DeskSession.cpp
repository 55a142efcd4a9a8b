#include "DeskSession.h"

#include "storage/UserStore.h"

namespace moderation::test {

std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login)
{
    auto session = Session::open(temp.url(), Database::OpenOptions { temp.password(), false, true });
    EXPECT_TRUE(session.ok()) << session.error().toString().toStdString();
    if (!session)
        return nullptr;
    auto user = (*session)->callAndWait([login](Database& db) { return UserStore(db).byLogin(login); });
    EXPECT_TRUE(user.ok()) << user.error().toString().toStdString();
    if (!user)
        return nullptr;
    (*session)->setUser(*user);
    (*session)->setDemoStore(true);
    return std::move(*session);
}

} // namespace moderation::test
