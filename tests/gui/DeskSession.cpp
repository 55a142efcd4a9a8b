#include "DeskSession.h"

#include "storage/SettingsStore.h"
#include "storage/UserStore.h"
#include "sync/DemoLoader.h"

namespace moderation::test {

std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login)
{
    // A store the test has not filled gets the demo (loading it again would store nothing new).
    const auto empty = DemoLoader::storeIsEmpty(temp.db());
    if (empty && *empty) {
        if (auto loaded = DemoLoader::load(temp.db()); !loaded) {
            ADD_FAILURE() << loaded.error().toString().toStdString();
            return nullptr;
        }
    }
    Database::OpenOptions options;
    options.password = temp.password();
    auto opened = Session::open(temp.url(), options);
    if (!opened) {
        ADD_FAILURE() << opened.error().toString().toStdString();
        return nullptr;
    }
    std::unique_ptr<Session> session = std::move(*opened);
    const Result<User> user = session->callAndWait([login](Database& database) { return UserStore(database).byLogin(login); });
    if (!user) {
        ADD_FAILURE() << user.error().toString().toStdString();
        return nullptr;
    }
    session->setUser(*user);
    const Result<bool> demo = session->callAndWait([](Database& database) { return SettingsStore(database).isDemo(); });
    session->setDemoStore(demo.ok() && *demo);
    return session;
}

} // namespace moderation::test
