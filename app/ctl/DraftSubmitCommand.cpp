#include "DraftSubmitCommand.h"

#include "json/InputFile.h"
#include "json/JsonReader.h"
#include "review/ReviewDesk.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void DraftSubmitCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case you hold."_s);
    parser.addOption(QCommandLineOption(u"text-file"_s, u"The reply, UTF-8 text (at most 1 MB)."_s, u"F"_s));
    parser.addOption(QCommandLineOption(u"answer"_s, u"The answer-library key it started from."_s, u"KEY"_s));
}

int DraftSubmitCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto file = required(parser, u"text-file"_s);
    if (!file)
        return reportError(io, file.error());
    auto bytes = InputFile::read(*file, ReviewDesk::kMaxDraftBytes, u"the reply file"_s);
    if (!bytes)
        return reportError(io, bytes.error());
    if (JsonReader::invalidUtf8Offset(*bytes) >= 0)
        return reportError(io, Error(Error::Code::InvalidInput, u"the reply file is not UTF-8 text"_s).at(*file));
    QString text = QString::fromUtf8(*bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // A file ends in a newline; the reply does not.
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    auto draft = ReviewDesk(database).submit(*caseId, actor.login, text, parser.value(u"answer"_s), actor.login);
    if (!draft)
        return reportError(io, draft.error());
    return printId(parser, io, u"id"_s, draft->id);
}

} // namespace moderation::ctl
