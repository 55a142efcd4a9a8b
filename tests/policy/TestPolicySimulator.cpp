// The what-if simulator is a pure function of comments and policies: these tests feed it a list,
// no store (sync/WhatIf runs it over a store; TestPolicyStores covers that path).
#include "CommentBuilders.h"
#include "PolicyBuilders.h"

#include "policy/CommentSource.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySimulator.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// Comments from memory, filtered and ordered as the store's replay does.
class ListSource final : public CommentSource
{
public:
    explicit ListSource(QList<Comment> comments)
        : m_comments(std::move(comments))
    {
        std::sort(m_comments.begin(), m_comments.end(), [](const Comment& a, const Comment& b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        });
    }

    Error forEach(const QDateTime& from, const QDateTime& until,
                  const std::function<bool(Comment&)>& visit) const override
    {
        ++m_calls;
        for (Comment c : m_comments) {
            if ((from.isValid() && c.createdAt < from) || (until.isValid() && c.createdAt >= until))
                continue;
            if (!visit(c))
                break;
        }
        return {};
    }
    int calls() const { return m_calls; }

private:
    QList<Comment> m_comments;
    mutable int m_calls = 0;
};

class FailingSource final : public CommentSource
{
public:
    Error forEach(const QDateTime&, const QDateTime&, const std::function<bool(Comment&)>& visit) const override
    {
        Comment c = tweet(u"1"_s, u"visa"_s);
        visit(c);
        return Error(Error::Code::DatabaseUnreachable, u"the source went away"_s);
    }
};

Comment numbered(int id, const QString& text, int minute)
{
    Comment c = tweet(QString::number(id), text).at(kTestTime.addSecs(60 * minute));
    c.id = id;
    return c;
}

std::shared_ptr<const PolicyEngine> compiled(const PolicyDocument& document)
{
    auto engine = PolicyEngine::compile(document);
    EXPECT_TRUE(engine.ok()) << engine.error().toString().toStdString();
    return engine.ok() ? *engine : nullptr;
}

} // namespace

TEST(PolicySimulator, ReportsEachChangeInCommentOrderFromAListOfComments)
{
    const ListSource source({ numbered(4, u"passport"_s, 3), numbered(1, u"my visa is late"_s, 0),
                              numbered(3, u"hello"_s, 2), numbered(2, u"my visa?"_s, 1) });
    const auto active = compiled(policy({ rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)),
                                          rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    const auto candidate
        = compiled(policy({ rule(u"visa-question"_s, allOf({ terms({ u"visa"_s }), question() }), outcome(Action::Respond)),
                            rule(u"passport"_s, terms({ u"passport"_s }), outcome(Action::Escalate)),
                            rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    ASSERT_TRUE(active && candidate);
    QStringList changes;
    auto summary = PolicySimulator::run(source, *candidate, active.get(), {}, {}, [&](const SimulationChange& c) {
        changes << c.comment.platformId + u':' + (c.before ? c.before->ruleId : u"-"_s) + u"->"_s + c.after.ruleId;
    });
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->comments, 4);
    EXPECT_EQ(summary->changed, 3);
    EXPECT_EQ(changes, (QStringList { u"1:visa->default"_s, u"2:visa->visa-question"_s, u"4:default->passport"_s }));
    EXPECT_EQ(source.calls(), 1);
}

TEST(PolicySimulator, AsksTheSourceOnlyForItsRange)
{
    const ListSource source({ numbered(1, u"a"_s, 0), numbered(2, u"b"_s, 5), numbered(3, u"c"_s, 10) });
    const auto candidate = compiled(policy({ rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    ASSERT_TRUE(candidate);
    QList<qint64> seen;
    auto summary = PolicySimulator::run(source, *candidate, nullptr, kTestTime.addSecs(60), kTestTime.addSecs(600),
                                        [&](const SimulationChange& c) { seen << c.comment.id; });
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(seen, QList<qint64> { 2 });
    EXPECT_EQ(summary->comments, 1);
}

TEST(PolicySimulator, ASourceThatFailsIsAnError)
{
    const FailingSource source;
    const auto candidate = compiled(policy({ rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    ASSERT_TRUE(candidate);
    auto summary = PolicySimulator::run(source, *candidate, nullptr, {}, {});
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code(), Error::Code::DatabaseUnreachable);
}
