#include "AnswersListCommand.h"

#include "storage/AnswerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void AnswersListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON (one array)."_s));
}

int AnswersListCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                        const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    auto answers = AnswerStore(database).list();
    if (!answers)
        return reportError(io, answers.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Answer& a : *answers)
            array.append(QJsonObject { { u"key"_s, a.key },           { u"title"_s, a.title },
                                       { u"body"_s, a.body },         { u"lang"_s, a.lang },
                                       { u"category"_s, a.category }, { u"link"_s, a.link },
                                       { u"version"_s, a.version } });
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Answer& a : *answers)
            io.out << a.key << '\t' << a.lang << '\t' << a.category << '\t' << 'v' << a.version << '\t' << a.title << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
