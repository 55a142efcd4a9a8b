#include "policy/PolicyEngine.h"

#include "policy/AuthorActivity.h"
#include "policy/Explanation.h"
#include "policy/MultiPatternMatcher.h"
#include "text/PreparedText.h"
#include "policy/StringPool.h"
#include "text/TextFeatures.h"
#include "text/TextNormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// A term of a Terms or Lexicon node: the pattern it compiled to and how the policy spelled it.
struct NodeTerm
{
    int pattern = 0;
    QString spelling;
    QString lexicon;
};

struct Node
{
    Condition::Kind kind = Condition::Kind::Always;
    const Condition* condition = nullptr;
    std::vector<int> children;
    int leaf = -1; // Terms, Lexicon, Regex: the set of patterns whose hit makes it hold
    std::vector<NodeTerm> terms; // Terms, Lexicon, Regex: sorted by pattern
    int authorSet = -1;
};

// A distinct set of patterns (two rules naming the same lexicon share one).
struct Leaf
{
    std::vector<int> patterns;
    std::vector<int> guardedRules; // rules that can only hold when this leaf does
};

struct AuthorSet
{
    QSet<QString> ids;
    QSet<QString> handles; // lower case, without '@'
};

struct RuleEntry
{
    int root = 0;
    const PolicyRule* rule = nullptr;
    // The sentence, when nothing in it depends on the comment (the default rule's, most of all).
    QString fixedExplanation;
    // The rule's strings as every decision carries them, from the engine's StringPool.
    QString id;
    QString clause;
    QString category;
    QString queue;
    QString answer;
    bool hasSpans = true; // whether the condition can contribute matched spans
    // A rule whose whole condition is one terms or lexicon predicate: its sentence depends only
    // on which term was found first, so each is made once (parallel to the node's terms).
    std::vector<QString> termSentences;
};

// Per-thread working memory, reused from comment to comment.
struct ThreadState
{
    PreparedText text; // for evaluate(Comment): buffers reused from comment to comment
    ScanResult scan;
    std::vector<quint32> leafStamp; // leaf holds for the current comment when == stamp
    quint32 stamp = 0;
    std::vector<quint64> candidates;
};

thread_local ThreadState t_state;

// Rules with more terms than this build their sentence for each decision instead.
constexpr size_t kMaxTermSentences = 4096;

QString normalizedTerm(const QString& term)
{
    return TextNormalizer::normalize(term).text.trimmed();
}

} // namespace

struct PolicyEngine::Impl
{
    // The strings decisions copy: the process-wide pool, or the engine's own (ownStrings).
    std::unique_ptr<StringPool> ownStrings;
    StringPool* strings = nullptr;
    PolicyDocument document;
    std::vector<Node> nodes;
    std::vector<Leaf> leaves;
    std::vector<std::vector<int>> patternLeaves;
    std::vector<RuleEntry> rules;
    std::vector<quint64> unguarded;
    std::vector<AuthorSet> authorSets;
    std::unique_ptr<const MultiPatternMatcher> matcher;
    bool usesRepeat = false;
    qint64 longestRepeat = 0;
    QString noRuleExplanation;
    QTimeZone timezone;

    // Compilation state.
    QList<PatternSpec> specs;
    QHash<QByteArray, int> literalIds;
    QHash<QByteArray, int> regexIds;
    std::vector<const Condition*> patternOwner; // the first predicate that used each pattern
    std::vector<const PolicyRule*> patternRule;
    std::map<std::vector<int>, int> leafIds;

    struct Context;
    const RuleEntry* winner(Context& context, const std::vector<quint64>& candidates) const;

    Error positioned(const Condition& c, const PolicyRule& rule, const QString& message) const
    {
        SourcePosition at = c.position.line > 0 ? c.position : rule.position;
        Error error(Error::Code::InvalidInput, u"rule %1: %2"_s.arg(rule.id, message));
        if (!document.fileName.isEmpty() || at.line > 0)
            error.at(document.fileName.isEmpty() ? u"policy"_s : document.fileName, at.line, at.column);
        return error;
    }

    int literalPattern(const QString& normalized, const Condition& c, const PolicyRule& rule)
    {
        const QByteArray utf8 = normalized.toUtf8();
        auto found = literalIds.constFind(utf8);
        if (found != literalIds.constEnd())
            return found.value();
        const int id = int(specs.size());
        specs.append({ PatternSpec::Kind::Literal, utf8 });
        literalIds.insert(utf8, id);
        patternOwner.push_back(&c);
        patternRule.push_back(&rule);
        return id;
    }

    int regexPattern(const QString& regex, const Condition& c, const PolicyRule& rule)
    {
        const QByteArray utf8 = regex.toUtf8();
        auto found = regexIds.constFind(utf8);
        if (found != regexIds.constEnd())
            return found.value();
        const int id = int(specs.size());
        specs.append({ PatternSpec::Kind::Regex, utf8 });
        regexIds.insert(utf8, id);
        patternOwner.push_back(&c);
        patternRule.push_back(&rule);
        return id;
    }

    int leafFor(std::vector<int> patterns)
    {
        std::sort(patterns.begin(), patterns.end());
        patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
        auto found = leafIds.find(patterns);
        if (found != leafIds.end())
            return found->second;
        const int id = int(leaves.size());
        leaves.push_back({ patterns, {} });
        leafIds.emplace(std::move(patterns), id);
        return id;
    }

    static void sortTerms(std::vector<NodeTerm>& terms)
    {
        // Keep the first spelling of each pattern, as written in the policy.
        std::stable_sort(terms.begin(), terms.end(),
                         [](const NodeTerm& a, const NodeTerm& b) { return a.pattern < b.pattern; });
        terms.erase(std::unique(terms.begin(), terms.end(),
                                [](const NodeTerm& a, const NodeTerm& b) { return a.pattern == b.pattern; }),
                    terms.end());
    }

    Result<int> build(const Condition& c, const PolicyRule& rule)
    {
        Node node;
        node.kind = c.kind;
        node.condition = &c;
        switch (c.kind) {
        case Condition::Kind::All:
        case Condition::Kind::Any:
        case Condition::Kind::Not:
            if (c.kind == Condition::Kind::Not && c.children.size() != 1)
                return positioned(c, rule, u"\"not\" takes exactly one condition"_s);
            for (const Condition& child : c.children) {
                auto built = build(child, rule);
                if (!built)
                    return built.error();
                node.children.push_back(*built);
            }
            break;
        case Condition::Kind::Terms: {
            std::vector<int> patterns;
            for (const QString& term : c.terms) {
                const QString normalized = normalizedTerm(term);
                if (normalized.isEmpty())
                    return positioned(c, rule, u"the term \"%1\" is empty once normalised"_s.arg(term));
                const int p = literalPattern(normalized, c, rule);
                patterns.push_back(p);
                node.terms.push_back({ p, term, {} });
            }
            sortTerms(node.terms);
            node.leaf = leafFor(patterns);
            break;
        }
        case Condition::Kind::Lexicon: {
            std::vector<int> patterns;
            for (const QString& name : c.lexicons) {
                const auto lexicon = document.lexicons.constFind(name);
                if (lexicon == document.lexicons.constEnd())
                    return positioned(c, rule, u"unknown lexicon \"%1\""_s.arg(name));
                for (const QString& term : lexicon->terms) {
                    const QString normalized = normalizedTerm(term);
                    if (normalized.isEmpty())
                        continue; // a blank line of a lexicon file says nothing
                    const int p = literalPattern(normalized, c, rule);
                    patterns.push_back(p);
                    node.terms.push_back({ p, term, name });
                }
            }
            sortTerms(node.terms);
            node.leaf = leafFor(patterns);
            break;
        }
        case Condition::Kind::Regex: {
            if (c.regex.isEmpty())
                return positioned(c, rule, u"an empty regex"_s);
            const int p = regexPattern(c.regex, c, rule);
            node.terms.push_back({ p, c.regex, {} });
            node.leaf = leafFor({ p });
            break;
        }
        case Condition::Kind::Authors: {
            AuthorSet set;
            QStringList entries = c.authors;
            if (!c.authorList.isEmpty()) {
                const auto list = document.authorLists.constFind(c.authorList);
                if (list == document.authorLists.constEnd())
                    return positioned(c, rule, u"unknown author list \"%1\""_s.arg(c.authorList));
                entries += list.value();
            }
            for (const QString& entry : entries) {
                if (entry.startsWith(u'@'))
                    set.handles.insert(entry.mid(1).toLower());
                else
                    set.ids.insert(entry);
            }
            node.authorSet = int(authorSets.size());
            authorSets.push_back(std::move(set));
            break;
        }
        case Condition::Kind::Repeat:
            usesRepeat = true;
            longestRepeat = std::max(longestRepeat, c.repeatWithinSeconds);
            break;
        default:
            break;
        }
        nodes.push_back(std::move(node));
        return int(nodes.size() - 1);
    }

    // Whether the reasons for this node, when it holds, are the same for every comment: then
    // they are collected here once instead of for each comment.
    bool fixedReasons(const Condition& c, QList<Reason>& reasons) const
    {
        switch (c.kind) {
        case Condition::Kind::Always:
        case Condition::Kind::Question:
        case Condition::Kind::Regex: {
            Reason reason;
            reason.condition = &c;
            reasons.append(reason);
            return true;
        }
        case Condition::Kind::Not: {
            Reason reason;
            reason.condition = &c.children.constFirst();
            reason.negated = true;
            reasons.append(reason);
            return true;
        }
        case Condition::Kind::All:
            for (const Condition& child : c.children) {
                if (!fixedReasons(child, reasons))
                    return false;
            }
            return true;
        default: return false;
        }
    }

    static bool contributesSpans(const Condition& c)
    {
        switch (c.kind) {
        case Condition::Kind::Terms:
        case Condition::Kind::Lexicon:
        case Condition::Kind::Regex:
        case Condition::Kind::Pii: return true;
        case Condition::Kind::All:
        case Condition::Kind::Any:
            return std::any_of(c.children.begin(), c.children.end(), contributesSpans);
        default: return false;
        }
    }

    // Leaves such that the node can only hold when one of them does; nullopt when none.
    std::optional<std::vector<int>> guard(int index) const
    {
        const Node& node = nodes[size_t(index)];
        switch (node.kind) {
        case Condition::Kind::Terms:
        case Condition::Kind::Lexicon:
        case Condition::Kind::Regex: return std::vector<int> { node.leaf };
        case Condition::Kind::All: {
            std::optional<std::vector<int>> best;
            for (int child : node.children) {
                auto g = guard(child);
                if (g && (!best || g->size() < best->size()))
                    best = std::move(g);
            }
            return best;
        }
        case Condition::Kind::Any: {
            std::vector<int> all;
            for (int child : node.children) {
                auto g = guard(child);
                if (!g)
                    return std::nullopt;
                all.insert(all.end(), g->begin(), g->end());
            }
            std::sort(all.begin(), all.end());
            all.erase(std::unique(all.begin(), all.end()), all.end());
            return all;
        }
        default: return std::nullopt;
        }
    }
};

// What one evaluation knows about its comment; facts are computed when a predicate first asks.
struct PolicyEngine::Impl::Context
{
    const Impl& d;
    const Comment& comment;
    const PreparedText& text;
    const AuthorActivity* activity;
    const ScanResult& scan;
    const quint32* leafStamp;
    quint32 stamp;

    bool languageKnown = false;
    QString language;
    bool languageGuessed = false;
    bool localKnown = false;
    QDateTime local;
    bool handleKnown = false;
    QString handle;

    const QString& lowerHandle()
    {
        if (!handleKnown) {
            handle = comment.author.handle.toLower();
            if (handle.startsWith(u'@'))
                handle.remove(0, 1);
            handleKnown = true;
        }
        return handle;
    }

    void resolveLanguage()
    {
        if (languageKnown)
            return;
        languageKnown = true;
        if (!TextFeatures::isUndeterminedLanguage(comment.lang)) {
            language = comment.lang;
        } else {
            language = text.guessedLanguage();
            languageGuessed = true;
        }
    }

    const QDateTime& localTime()
    {
        if (!localKnown) {
            localKnown = true;
            if (comment.createdAt.isValid())
                local = comment.createdAt.toTimeZone(d.timezone);
        }
        return local;
    }

    int repeatCount(qint64 within) const
    {
        const int recorded = activity ? activity->countWithin(comment, within) : 0;
        return std::max(1, recorded);
    }

    bool authorMatches(const AuthorSet& set)
    {
        if (!comment.author.id.isEmpty() && set.ids.contains(comment.author.id))
            return true;
        return !comment.author.handle.isEmpty() && set.handles.contains(lowerHandle());
    }

    bool holds(int index)
    {
        const Node& node = d.nodes[size_t(index)];
        const Condition& c = *node.condition;
        switch (node.kind) {
        case Condition::Kind::Always: return c.flag;
        case Condition::Kind::All:
            for (int child : node.children) {
                if (!holds(child))
                    return false;
            }
            return true;
        case Condition::Kind::Any:
            for (int child : node.children) {
                if (holds(child))
                    return true;
            }
            return false;
        case Condition::Kind::Not: return !holds(node.children.front());
        case Condition::Kind::Platform: return c.platforms.contains(comment.platform);
        case Condition::Kind::Source: return c.sources.contains(comment.source);
        case Condition::Kind::Terms:
        case Condition::Kind::Lexicon:
        case Condition::Kind::Regex: return leafStamp[node.leaf] == stamp;
        case Condition::Kind::Pii:
            for (const PiiSpan& span : text.pii()) {
                if (c.piiKinds.isEmpty() || c.piiKinds.contains(span.kind))
                    return true;
            }
            return false;
        case Condition::Kind::Links: return c.range.contains(text.links());
        case Condition::Kind::Mentions: return c.range.contains(text.mentions());
        case Condition::Kind::Hashtags: return c.range.contains(text.hashtags());
        case Condition::Kind::Length: return c.range.contains(text.originalLength());
        case Condition::Kind::Authors: return authorMatches(d.authorSets[size_t(node.authorSet)]);
        case Condition::Kind::Lang:
            resolveLanguage();
            return TextFeatures::languageMatches(c.langs, language);
        case Condition::Kind::Question: return text.isQuestion() == c.flag;
        case Condition::Kind::Repeat: return repeatCount(c.repeatWithinSeconds) >= c.repeatCount;
        case Condition::Kind::Time: {
            const QDateTime& at = localTime();
            return at.isValid() && PolicyEngine::inTimeWindow(c, at);
        }
        }
        return false;
    }

    static bool nodeHasPattern(const Node& node, int pattern)
    {
        return std::binary_search(node.terms.begin(), node.terms.end(), NodeTerm { pattern, {}, {} },
                                  [](const NodeTerm& a, const NodeTerm& b) { return a.pattern < b.pattern; });
    }

    // For a terms, lexicon or regex node that holds: the spans of the text it found, and the
    // term found first (the earliest, then the shortest), which the explanation names.
    const NodeTerm* termSpans(const Node& node, QList<TextSpan>& spans) const
    {
        const ScanResult::Hit* first = nullptr;
        for (const ScanResult::Hit& hit : scan.hits) {
            if (!nodeHasPattern(node, hit.pattern))
                continue;
            spans.append(text.originalSpanOfBytes(hit.from, hit.to));
            if (!first || hit.from < first->from || (hit.from == first->from && hit.to < first->to))
                first = &hit;
        }
        if (!first)
            return nullptr;
        return &*std::lower_bound(node.terms.begin(), node.terms.end(), first->pattern,
                                  [](const NodeTerm& a, int pattern) { return a.pattern < pattern; });
    }

    // For a node that holds: why, and which spans of the text made it hold.
    void explain(int index, QList<Reason>& reasons, QList<TextSpan>& spans)
    {
        const Node& node = d.nodes[size_t(index)];
        const Condition& c = *node.condition;
        Reason reason;
        reason.condition = &c;
        switch (node.kind) {
        case Condition::Kind::All:
            for (int child : node.children)
                explain(child, reasons, spans);
            return;
        case Condition::Kind::Any:
            for (int child : node.children) {
                if (holds(child)) {
                    explain(child, reasons, spans);
                    return;
                }
            }
            return;
        case Condition::Kind::Not:
            reason.condition = d.nodes[size_t(node.children.front())].condition;
            reason.negated = true;
            break;
        case Condition::Kind::Platform: reason.platform = comment.platform; break;
        case Condition::Kind::Source: reason.source = comment.source; break;
        case Condition::Kind::Terms:
        case Condition::Kind::Lexicon:
        case Condition::Kind::Regex: {
            const NodeTerm* term = termSpans(node, spans);
            if (term && node.kind != Condition::Kind::Regex) {
                reason.term = term->spelling;
                reason.lexicon = term->lexicon;
            }
            break;
        }
        case Condition::Kind::Pii:
            for (const PiiSpan& span : text.pii()) {
                if (!c.piiKinds.isEmpty() && !c.piiKinds.contains(span.kind))
                    continue;
                spans.append({ span.start, span.end });
                if (!reason.piiKinds.contains(span.kind))
                    reason.piiKinds.append(span.kind);
            }
            break;
        case Condition::Kind::Links: reason.count = text.links(); break;
        case Condition::Kind::Mentions: reason.count = text.mentions(); break;
        case Condition::Kind::Hashtags: reason.count = text.hashtags(); break;
        case Condition::Kind::Length: reason.count = text.originalLength(); break;
        case Condition::Kind::Authors:
            reason.author = comment.author.handle.isEmpty() ? comment.author.id : u'@' + lowerHandle();
            break;
        case Condition::Kind::Lang:
            reason.language = language;
            reason.languageGuessed = languageGuessed;
            break;
        case Condition::Kind::Repeat: reason.count = repeatCount(c.repeatWithinSeconds); break;
        case Condition::Kind::Time: reason.localTime = localTime(); break;
        case Condition::Kind::Always:
        case Condition::Kind::Question: break;
        }
        reasons.append(reason);
    }
};

PolicyEngine::PolicyEngine(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

PolicyEngine::~PolicyEngine() = default;

Result<std::shared_ptr<const PolicyEngine>> PolicyEngine::compile(const PolicyDocument& document, Strings strings)
{
    auto impl = std::make_unique<Impl>();
    if (strings == Strings::Process) {
        impl->strings = &StringPool::process();
    } else {
        impl->ownStrings = std::make_unique<StringPool>(StringPool::Lifetime::Owner);
        impl->strings = impl->ownStrings.get();
    }
    impl->noRuleExplanation = impl->strings->intern(Explanation::sentence(nullptr, {}));
    impl->document = document;
    impl->timezone = document.timezone.isValid() ? document.timezone : QTimeZone(QByteArrayLiteral("UTC"));
    if (!impl->timezone.isValid())
        impl->timezone = QTimeZone::utc();

    // Conditions point into the engine's own copy of the document, which never changes.
    const QList<PolicyRule>& rules = impl->document.rules;
    for (const PolicyRule& rule : rules) {
        auto root = impl->build(rule.when, rule);
        if (!root)
            return root.error();
        RuleEntry entry { *root, &rule, {}, {}, {}, {}, {}, {}, Impl::contributesSpans(rule.when) };
        QList<Reason> reasons;
        if (impl->fixedReasons(rule.when, reasons))
            entry.fixedExplanation = impl->strings->intern(Explanation::sentence(&rule, reasons));
        const Node& top = impl->nodes[size_t(entry.root)];
        if ((top.kind == Condition::Kind::Terms || top.kind == Condition::Kind::Lexicon)
            && top.terms.size() <= kMaxTermSentences) {
            for (const NodeTerm& term : top.terms) {
                Reason reason;
                reason.condition = top.condition;
                reason.term = term.spelling;
                reason.lexicon = term.lexicon;
                entry.termSentences.push_back(impl->strings->intern(Explanation::sentence(&rule, { reason })));
            }
        }
        entry.id = impl->strings->intern(rule.id);
        entry.clause = impl->strings->intern(rule.clause);
        entry.category = impl->strings->intern(rule.then.category);
        entry.queue = impl->strings->intern(rule.then.queue);
        entry.answer = impl->strings->intern(rule.then.answer);
        impl->rules.push_back(std::move(entry));
    }

    // Which rules each leaf guards; the rest are evaluated for every comment.
    impl->unguarded.assign((impl->rules.size() + 63) / 64, 0);
    for (size_t r = 0; r < impl->rules.size(); ++r) {
        const auto guard = impl->guard(impl->rules[r].root);
        if (!guard) {
            impl->unguarded[r / 64] |= quint64(1) << (r % 64);
            continue;
        }
        for (int leaf : *guard)
            impl->leaves[size_t(leaf)].guardedRules.push_back(int(r));
    }
    impl->patternLeaves.assign(size_t(impl->specs.size()), {});
    for (size_t leaf = 0; leaf < impl->leaves.size(); ++leaf) {
        for (int pattern : impl->leaves[leaf].patterns)
            impl->patternLeaves[size_t(pattern)].push_back(int(leaf));
    }

    int failed = -1;
    auto matcher = MultiPatternMatcher::compile(impl->specs, &failed);
    if (!matcher) {
        if (failed >= 0 && size_t(failed) < impl->patternOwner.size()) {
            const Condition& owner = *impl->patternOwner[size_t(failed)];
            const PatternSpec& spec = impl->specs.at(failed);
            const QString what = spec.kind == PatternSpec::Kind::Regex
                ? u"the regex \"%1\" cannot be compiled: %2"_s.arg(QString::fromUtf8(spec.utf8),
                                                                     matcher.error().message())
                : u"the term \"%1\" cannot be compiled: %2"_s.arg(QString::fromUtf8(spec.utf8),
                                                                    matcher.error().message());
            return impl->positioned(owner, *impl->patternRule[size_t(failed)], what);
        }
        return matcher.error().prefixed(u"compiling the policy's patterns"_s);
    }
    impl->matcher = std::move(matcher.value());

    // Compilation state is no longer needed.
    impl->specs.clear();
    impl->literalIds.clear();
    impl->regexIds.clear();
    impl->leafIds.clear();
    return std::shared_ptr<const PolicyEngine>(new PolicyEngine(std::move(impl)));
}

Result<Decision> PolicyEngine::evaluate(const Comment& comment, const AuthorActivity* activity) const
{
    PreparedText& text = t_state.text;
    text.resetBorrowed(comment.text); // the comment outlives this call
    return evaluate(comment, text, activity);
}

namespace {

// Scans the text and marks the leaves whose patterns it holds and the rules that can still hold.
template<typename Impl>
Error scanAndMark(const Impl& d, ThreadState& state, const PreparedText& text)
{
    if (Error error = d.matcher->scan(text.utf8(), state.scan); error.isError())
        return error;

    if (++state.stamp == 0) {
        std::fill(state.leafStamp.begin(), state.leafStamp.end(), 0);
        state.stamp = 1;
    }
    if (state.leafStamp.size() < d.leaves.size())
        state.leafStamp.resize(d.leaves.size(), 0);
    state.candidates.assign(d.unguarded.begin(), d.unguarded.end());
    for (int pattern : state.scan.matchedPatterns) {
        for (int leaf : d.patternLeaves[size_t(pattern)]) {
            if (state.leafStamp[size_t(leaf)] == state.stamp)
                continue;
            state.leafStamp[size_t(leaf)] = state.stamp;
            for (int rule : d.leaves[size_t(leaf)].guardedRules)
                state.candidates[size_t(rule) / 64] |= quint64(1) << (rule % 64);
        }
    }
    return {};
}

} // namespace

const RuleEntry* PolicyEngine::Impl::winner(Context& context, const std::vector<quint64>& candidates) const
{
    for (size_t word = 0; word < candidates.size(); ++word) {
        quint64 bits = candidates[word];
        while (bits) {
            const int bit = __builtin_ctzll(bits);
            bits &= bits - 1;
            const RuleEntry& entry = rules[word * 64 + size_t(bit)];
            if (context.holds(entry.root))
                return &entry;
        }
    }
    return nullptr;
}

Result<const PolicyRule*> PolicyEngine::decidingRule(const Comment& comment, const PreparedText& text,
                                                     const AuthorActivity* activity) const
{
    ThreadState& state = t_state;
    if (Error error = scanAndMark(*d, state, text); error.isError())
        return error;
    Impl::Context context { *d, comment, text, activity, state.scan, state.leafStamp.data(), state.stamp };
    const RuleEntry* entry = d->winner(context, state.candidates);
    return entry ? entry->rule : static_cast<const PolicyRule*>(nullptr);
}

Result<Decision> PolicyEngine::evaluate(const Comment& comment, const PreparedText& text,
                                        const AuthorActivity* activity) const
{
    ThreadState& state = t_state;
    if (Error error = scanAndMark(*d, state, text); error.isError())
        return error;
    Impl::Context context { *d, comment, text, activity, state.scan, state.leafStamp.data(), state.stamp };
    const RuleEntry* winner = d->winner(context, state.candidates);

    Decision decision;
    if (!text.pii().isEmpty())
        decision.pii = text.pii();
    if (!winner) {
        decision.explanation = d->noRuleExplanation;
        return decision;
    }
    const PolicyRule& rule = *winner->rule;
    decision.ruleId = winner->id;
    decision.clause = winner->clause;
    decision.action = rule.then.action;
    decision.category = winner->category;
    decision.queue = winner->queue;
    decision.priority = rule.then.priority;
    decision.slaSeconds = rule.then.slaSeconds;
    decision.hideMode = rule.then.hide;
    decision.answerId = winner->answer;
    decision.reviews = rule.then.reviews;

    QList<Reason> reasons;
    QList<TextSpan> spans;
    QString sentence = winner->fixedExplanation;
    if (!winner->termSentences.empty()) {
        const Node& root = d->nodes[size_t(winner->root)];
        const NodeTerm* term = context.termSpans(root, spans);
        if (term)
            sentence = winner->termSentences[size_t(term - root.terms.data())];
    }
    if (sentence.isNull() || (winner->hasSpans && winner->termSentences.empty())) {
        reasons.reserve(4);
        context.explain(winner->root, reasons, spans);
    }
    if (spans.size() > 1) {
        std::sort(spans.begin(), spans.end(),
                  [](const TextSpan& a, const TextSpan& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    }
    decision.matches = std::move(spans);
    decision.explanation = sentence.isNull() ? Explanation::sentence(&rule, reasons) : sentence;
    return decision;
}

const PolicyDocument& PolicyEngine::document() const
{
    return d->document;
}

const MultiPatternMatcher& PolicyEngine::matcher() const
{
    return *d->matcher;
}

int PolicyEngine::ruleCount() const
{
    return int(d->rules.size());
}

bool PolicyEngine::usesRepeat() const
{
    return d->usesRepeat;
}

qint64 PolicyEngine::longestRepeatWindow() const
{
    return d->longestRepeat;
}

bool PolicyEngine::inTimeWindow(const Condition& c, const QDateTime& local)
{
    const int day = local.date().dayOfWeek();
    const QTime time = local.time();
    const auto dayOk = [&](int d) { return c.days.isEmpty() || c.days.contains(d); };
    const QTime from = c.from.isValid() ? c.from : QTime(0, 0);
    if (!c.to.isValid() || from < c.to) // no end: to the end of the day
        return dayOk(day) && time >= from && (!c.to.isValid() || time < c.to);
    if (from == c.to)
        return dayOk(day); // the whole day
    const int previous = day == 1 ? 7 : day - 1;
    return (dayOk(day) && time >= from) || (dayOk(previous) && time < c.to);
}

} // namespace moderation
