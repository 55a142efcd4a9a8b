#include "DraftSubmitCommand.h"

#include "json/InputFile.h"
#include "json/JsonReader.h"
#include "review/AnswerLibrary.h"
#include "review/ReviewDesk.h"
#include "storage/AnswerStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void DraftSubmitCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case you hold."_s);
    parser.addOption(QCommandLineOption(u"text-file"_s, u"The reply, UTF-8 text (at most 1 MB)."_s, u"F"_s));
    parser.addOption(QCommandLineOption(u"answer"_s,
                                        u"The answer-library key it started from; without --text-file the reply is that "
                                        "answer with its variables filled in for the case's comment."_s,
                                        u"KEY"_s));
}

Result<QString> DraftSubmitCommand::filledAnswer(Database& database, qint64 caseId, const QString& key)
{
    auto found = CaseStore(database).byId(caseId);
    if (!found)
        return found.error();
    auto comment = CommentStore(database).byId(found->commentId);
    if (!comment)
        return comment.error();
    auto answer = AnswerStore(database).byKey(key);
    if (!answer) {
        if (answer.error().code() == Error::Code::NotFound)
            return Error(Error::Code::InvalidInput,
                         u"--answer %1: no such answer in the library (moderationctl answers list)"_s.arg(key));
        return answer.error();
    }
    return AnswerLibrary::fill(*answer, *comment);
}

int DraftSubmitCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    if (!parser.isSet(u"text-file"_s)) {
        if (!parser.isSet(u"answer"_s))
            return usageError(u"draft submit needs --text-file F, --answer KEY, or both"_s, io);
        auto text = filledAnswer(database, *caseId, parser.value(u"answer"_s));
        if (!text)
            return reportError(io, text.error());
        auto draft = ReviewDesk(database).submit(*caseId, actor.login, *text, parser.value(u"answer"_s), actor.login);
        if (!draft)
            return reportError(io, draft.error());
        return printId(parser, io, u"id"_s, draft->id);
    }
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
