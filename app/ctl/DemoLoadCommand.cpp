#include "DemoLoadCommand.h"

#include "sync/DemoLoader.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString DemoLoadCommand::summary() const
{
    return u"Load the bundled demo comments (X and Facebook) and demo accounts; safe to repeat"_s;
}

int DemoLoadCommand::runWithDatabase(
    Database& database, const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(parser)
    Q_UNUSED(global)
    auto loaded = DemoLoader::load(database);
    if (!loaded)
        return fail(loaded.error(), io);
    const DemoLoadResult& r = *loaded;
    io.out << u"demo load: %1 pages read into %2: %3 new comments, %4 already stored, %5 edited; %6 accounts added"_s
                  .arg(r.pages)
                  .arg(database.url().toString())
                  .arg(r.comments)
                  .arg(r.alreadyStored)
                  .arg(r.edited)
                  .arg(r.accountsAdded)
           << Qt::endl;
    io.out << u"demo load: %1 decisions, %2 cases"_s.arg(r.decisions).arg(r.cases) << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
