#pragma once

#include "model/Account.h"
#include "model/Comment.h"
#include "model/Error.h"

#include <QList>
#include <QString>

namespace moderation {

// One recorded page of the demo set: a file beside the manifest, in the platform's own JSON.
struct DemoPage
{
    QString file; // a plain file name in the recording's folder
    Platform platform = Platform::Twitter;
    Source source = Source::Mention;
    QString account; // the name of one of the manifest's accounts
    QString postId; // Facebook: the post whose comments the page holds
};

// What a recording's manifest.json lists: the accounts the pages came through, and the pages in
// the order they are read.
struct DemoManifest
{
    QList<Account> accounts;
    QList<DemoPage> pages;

    const Account* account(const QString& name) const;
};

// The bundled synthetic data set: X API v2 mentions and search pages and Graph API comment
// pages, recorded in the platforms' own JSON (resources/demo/, written by
// tools/make-demo-data.py). A pure reader, like the payload readers: files in, accounts and
// comments out; sync/DemoLoader stores them.
namespace DemoRecording {

// The folder of the bundled set, inside the library's resources.
inline constexpr char16_t kBundledFolder[] = u":/demo";

// Reads and checks the manifest in `folder`: a problem is an Error naming the file and the
// JSON path.
Result<DemoManifest> readManifest(const QString& folder);

// Reads one page of the manifest into comments, through the platform's payload reader: a bad
// page is an Error naming the file and the JSON path (or byte offset).
Result<QList<Comment>> readPage(const QString& folder, const DemoManifest& manifest, const DemoPage& page);

} // namespace DemoRecording

} // namespace moderation
