#include "PolicyCheckCommand.h"

#include "policy/PolicyDocument.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString PolicyCheckCommand::name() const
{
    return u"policy check"_s;
}

QString PolicyCheckCommand::summary() const
{
    return u"Check a policy file: a summary, or every problem as FILE:LINE:COL: message"_s;
}

void PolicyCheckCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"FILE"_s, u"The policy file (JSON). Lexicon files are relative to its folder."_s);
}

int PolicyCheckCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global) // reads a file only: never the database named by --db
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(u"expected one FILE"_s, io);

    const PolicyDocument::CheckResult result = PolicyDocument::checkFile(files.first());
    if (!result.document) {
        // Exactly one line per problem, so that editors and scripts can read them.
        for (const Error& error : result.errors)
            io.err << error.toString() << '\n';
        io.err.flush();
        return ExitBadInput;
    }
    io.out << result.document->summary();
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
