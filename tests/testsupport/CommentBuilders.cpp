#include "CommentBuilders.h"

using namespace Qt::StringLiterals;

namespace moderation::test {

CommentBuilder::CommentBuilder(const QString& platformId, const QString& text)
{
    m_comment.platform = Platform::Twitter;
    m_comment.source = Source::Mention;
    m_comment.platformId = platformId;
    m_comment.author = { u"1001"_s, u"citizen"_s, u"A Citizen"_s };
    m_comment.text = text;
    m_comment.createdAt = kTestTime;
    m_comment.conversationId = platformId;
    m_comment.rawJson = QByteArray(R"({"id":")") + platformId.toUtf8() + R"("})";
}

CommentBuilder& CommentBuilder::onFacebook()
{
    m_comment.platform = Platform::Facebook;
    m_comment.source = Source::PageComment;
    m_comment.author = { u"7872102112104291"_s, {}, u"A Neighbour"_s };
    return *this;
}

CommentBuilder& CommentBuilder::source(Source source)
{
    m_comment.source = source;
    return *this;
}

CommentBuilder& CommentBuilder::text(const QString& text)
{
    m_comment.text = text;
    return *this;
}

CommentBuilder& CommentBuilder::by(const QString& id, const QString& handle, const QString& name)
{
    m_comment.author = { id, handle, name };
    return *this;
}

CommentBuilder& CommentBuilder::at(const QDateTime& createdAt)
{
    m_comment.createdAt = createdAt;
    return *this;
}

CommentBuilder& CommentBuilder::lang(const QString& lang)
{
    m_comment.lang = lang;
    return *this;
}

CommentBuilder& CommentBuilder::conversation(const QString& conversationId)
{
    m_comment.conversationId = conversationId;
    return *this;
}

CommentBuilder& CommentBuilder::account(const QString& accountName)
{
    m_comment.accountName = accountName;
    return *this;
}

CommentBuilder& CommentBuilder::ours()
{
    m_comment.ours = true;
    return *this;
}

CommentBuilder& CommentBuilder::editOf(const QStringList& earlierIds)
{
    m_comment.editHistoryIds = earlierIds;
    m_comment.editHistoryIds.append(m_comment.platformId);
    return *this;
}

namespace {

struct Sample
{
    Platform platform;
    Source source;
    const char16_t* name;
    const char16_t* handle;
    const char16_t* text;
    const char16_t* lang;
};

const Sample kSamples[] = {
    { Platform::Twitter, Source::Search, u"Maria Delgado", u"mdelgado_tx",
        u"#AskTheAgency How long does it take to get a green card interview after biometrics? My I-485 was filed in "
        "March.",
        u"en" },
    { Platform::Facebook, Source::PageComment, u"James Whitfield", u"",
        u"Thank you for the clear answers during today's live session. Very helpful!", u"en" },
    { Platform::Twitter, Source::Mention, u"Lucía Fernández", u"luciafdz",
        u"@AgencyHelp ¿Dónde puedo consultar el estado de mi caso? La página no carga desde ayer.", u"es" },
    { Platform::Twitter, Source::Reply, u"Kevin O'Brien", u"kobrien88",
        u"@AgencyHelp Still no reply after 3 weeks. This is ridiculous, I need my work permit renewed before it "
        "expires.",
        u"en" },
    { Platform::Facebook, Source::PageComment, u"Crypto Gains Daily", u"",
        u"Make $5000 a week from home!!! DM me now $$$ https://example.invalid/win", u"en" },
    { Platform::Twitter, Source::Search, u"Priya Natarajan", u"priya_n",
        u"#AskTheAgency Can I travel abroad while my adjustment of status is pending if I have advance parole?",
        u"en" },
    { Platform::Facebook, Source::PageComment, u"Rosa Martínez", u"",
        u"Gracias por la sesión en español. ¿Habrá otra el próximo mes?", u"es" },
    { Platform::Twitter, Source::Mention, u"Dan Kowalski", u"dankowalski",
        u"@AgencyHelp the online form keeps timing out at step 4 of 6. Tried two browsers.", u"en" },
    { Platform::Twitter, Source::Search, u"Ahmed Hassan", u"ahassan_dc",
        u"#AskTheAgency what documents do I need to bring to my naturalization interview?", u"en" },
    { Platform::Facebook, Source::PageComment, u"Linda Park", u"",
        u"My receipt number is EAC2190012345, can someone look at it? Waiting 14 months.", u"en" },
    { Platform::Twitter, Source::Reply, u"Tom Reyes", u"treyes", u"@AgencyHelp thanks, the link you sent fixed it!",
        u"en" },
    { Platform::Facebook, Source::PageComment, u"Grace Liu", u"",
        u"Is the fee waiver form still accepted for the N-400?\nI could not find it on the new website.", u"en" },
};

} // namespace

QList<Comment> demoLikeComments(int count, const QDateTime& newest)
{
    QList<Comment> comments;
    const int samples = static_cast<int>(std::size(kSamples));
    for (int i = 0; i < count; ++i) {
        const Sample& sample = kSamples[i % samples];
        Comment c;
        c.platform = sample.platform;
        c.source = sample.source;
        c.platformId = u"%1-%2"_s.arg(sample.platform == Platform::Twitter ? u"tw"_s : u"fb"_s).arg(100000 + i);
        c.author.id = u"u%1"_s.arg(1000 + i % samples);
        c.author.name = QString::fromUtf16(sample.name);
        c.author.handle = QString::fromUtf16(sample.handle);
        c.text = QString::fromUtf16(sample.text);
        c.lang = QString::fromUtf16(sample.lang);
        c.createdAt = newest.addSecs(-97LL * i);
        c.conversationId = u"conv-%1"_s.arg(i / 4);
        c.rawJson = R"({"demo":true})";
        comments.append(c);
    }
    return comments;
}

} // namespace moderation::test
