#include "AnswersImportCommand.h"

#include "json/InputFile.h"
#include "review/AnswerLibrary.h"
#include "storage/AnswerStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void AnswersImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"FILE"_s, u"JSON ({\"answers\": [...]}) or CSV with key, title, body, lang, category "
                                            "(and link) columns."_s);
}

int AnswersImportCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                          const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(u"expected one FILE"_s, io);
    auto bytes = InputFile::read(files.first(), InputFile::kPolicyMaxBytes, u"the answers file"_s);
    if (!bytes)
        return reportError(io, bytes.error());
    auto answers = AnswerLibrary::read(*bytes, files.first());
    if (!answers)
        return reportError(io, answers.error());
    auto actor = DatabaseCommand::actor(database, QString());
    if (!actor)
        return reportError(io, actor.error());
    auto imported = AnswerStore(database).import(*answers, *actor);
    if (!imported)
        return reportError(io, imported.error());
    io.out << "answers import: " << imported->added << " added, " << imported->changed << " changed (new version), "
           << imported->unchanged << " unchanged" << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
