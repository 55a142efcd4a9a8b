#include "DeskSession.h"

#include "storage/UserStore.h"

namespace moderation::test {

std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login)
{
    Database::OpenOptions options;
    options.password = temp.password();
    auto session = Session::open(temp.url(), options);
    if (!session) {
        ADD_FAILURE() << session.error().toString().toStdString();
        return nullptr;
    }
    auto user = (*session)->callAndWait([&](Database& database) { return UserStore(database).byLogin(login); });
    if (!user) {
        ADD_FAILURE() << user.error().toString().toStdString();
        return nullptr;
    }
    (*session)->setUser(*user);
    (*session)->setDemoStore(true);
    return std::move(*session);
}

} // namespace moderation::test
