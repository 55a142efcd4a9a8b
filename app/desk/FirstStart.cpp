#include "FirstStart.h"

#include "storage/Database.h"

namespace moderation {

Result<std::optional<DemoLoadResult>> FirstStart::loadDemoIfEmpty(Database& database)
{
    if (!database.isSqlite())
        return std::optional<DemoLoadResult>();
    const auto empty = DemoLoader::storeIsEmpty(database);
    if (!empty)
        return empty.error();
    if (!*empty)
        return std::optional<DemoLoadResult>();
    auto loaded = DemoLoader::load(database);
    if (!loaded)
        return loaded.error();
    return std::optional<DemoLoadResult>(*loaded);
}

QString FirstStart::summary(const DemoLoadResult& result)
{
    return tr("First start: loaded %n demo comment(s) so that you can try Moderation Desk.", nullptr, result.comments);
}

} // namespace moderation
