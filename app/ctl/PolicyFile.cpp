#include "PolicyFile.h"

#include "policy/PolicyEngine.h"

namespace moderation::ctl {

std::optional<LoadedPolicy> loadPolicyFile(const QString& path, CommandIo& io)
{
    PolicyDocument::CheckResult checked = PolicyDocument::checkFile(path);
    if (!checked.document) {
        for (const Error& error : checked.errors)
            io.err << error.toString() << '\n';
        io.err.flush();
        return std::nullopt;
    }
    auto engine = PolicyEngine::compile(*checked.document);
    if (!engine) {
        io.err << engine.error().toString() << Qt::endl;
        return std::nullopt;
    }
    return LoadedPolicy { std::move(*checked.document), engine.value() };
}

} // namespace moderation::ctl
