#pragma once

#include "model/Comment.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <ostream>

namespace moderation::test {

// The time tests start from: the MockClock's default "now".
inline const QDateTime kTestTime = QDateTime(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC);

// A comment as a connector stores it, built up from defaults a test overrides where it cares:
// an X mention by @citizen (id 1001, "A Citizen"), created at kTestTime, in conversation
// `platformId`, raw JSON {"id":"<platformId>"}. Converts to Comment wherever one is wanted.
class CommentBuilder
{
public:
    explicit CommentBuilder(const QString& platformId, const QString& text = {});

    // A Facebook page comment by a page visitor (id 7872102112104291, "A Neighbour", no handle).
    CommentBuilder& onFacebook();
    CommentBuilder& source(Source source);
    CommentBuilder& text(const QString& text);
    CommentBuilder& by(const QString& id, const QString& handle = {}, const QString& name = {});
    CommentBuilder& at(const QDateTime& createdAt);
    CommentBuilder& lang(const QString& lang);
    CommentBuilder& conversation(const QString& conversationId);
    CommentBuilder& account(const QString& accountName);
    // Written by the watched account itself (our own post read back).
    CommentBuilder& ours();
    // An X edit: the post's earlier ids, oldest first; its own id is appended as the last.
    CommentBuilder& editOf(const QStringList& earlierIds);

    Comment build() const { return m_comment; }
    operator Comment() const { return m_comment; }

private:
    Comment m_comment;
};

inline CommentBuilder tweet(const QString& platformId, const QString& text = {})
{
    return CommentBuilder(platformId, text);
}

inline CommentBuilder pageComment(const QString& platformId, const QString& text = {})
{
    return CommentBuilder(platformId, text).onFacebook();
}

// Comments like the demo's: an "#AskTheAgency" office hour on X and an agency's Facebook page,
// in English and Spanish, with questions, thanks, complaints and spam, newest first when sorted
// by createdAt descending. `count` cycles through the samples with distinct ids and times.
QList<Comment> demoLikeComments(int count, const QDateTime& newest = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC));

// A comment whose text is markup that would run if it were ever shown as rich text.
inline const QString kHostileText = QStringLiteral("<b>hi</b><img src=x onerror=alert(1)>");

} // namespace moderation::test

// Readable QStrings in GoogleTest's failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
