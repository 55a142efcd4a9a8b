#include "DeskSession.h"

#include "storage/UserStore.h"
#include "sync/DemoLoader.h"

#include <gtest/gtest.h>

namespace moderation::test {

std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login)
{
    if (!temp.setupError().isEmpty()) {
        ADD_FAILURE() << temp.setupError().toStdString();
        return nullptr;
    }
    auto loaded = DemoLoader::load(temp.db());
    if (!loaded) {
        ADD_FAILURE() << loaded.error().toString().toStdString();
        return nullptr;
    }
    auto session = Session::open(temp.url(), Database::OpenOptions { temp.password(), false, false });
    if (!session) {
        ADD_FAILURE() << session.error().toString().toStdString();
        return nullptr;
    }
    auto user = (*session)->callAndWait([login](Database& database) { return UserStore(database).byLogin(login); });
    if (!user) {
        ADD_FAILURE() << user.error().toString().toStdString();
        return nullptr;
    }
    (*session)->setUser(*user);
    (*session)->setDemoStore(true);
    return std::move(*session);
}

} // namespace moderation::test
