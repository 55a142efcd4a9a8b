<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Demo data not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::CommentDetailPane</name>
    <message>
        <source>Comment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected comment: author, platform, source, time and full text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a comment in the inbox to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment was removed on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full text of the selected comment, read-only. Select text to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the author shows on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s @handle on X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the comment was posted: X or Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the comment reached us: a mention, a reply, a search result or a page comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the comment was posted, in your time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our account or page the comment came through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the platform reports for the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the policy decided for this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy rule that decided, and the clause it implements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue the comment was routed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urgently the comment should be handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the policy decided so, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of personal data found in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>rule id — clause</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::DisplayText</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a USCIS receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of personal data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::FirstStart</name>
    <message numerus="yes">
        <source>First start: loaded %n demo comment(s) so that you can try Moderation Desk.</source>
        <translation>
            <numerusform>First start: loaded %n demo comment so that you can try Moderation Desk.</numerusform>
            <numerusform>First start: loaded %n demo comments so that you can try Moderation Desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moderation::InboxModel</name>
    <message>
        <source>[removed] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the comment, the author&apos;s name or @handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only comments whose text, author name or handle contains these words. Press Enter to go to the list, Escape to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows comments from one platform only, or from all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments, newest first. Arrow keys or J and K move; the selected comment is shown in full beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox and comment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::MainWindow</name>
    <message>
        <source>Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the store again to show new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n comment(s) match</source>
        <translation>
            <numerusform>%1 of %n comment matches</numerusform>
            <numerusform>%1 of %n comments match</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen further or back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape (in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the public on Facebook and X, under policy and review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces for answering the public on Facebook and X: cases, review, the supervisor&apos;s dashboard and every comment in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workspace for each of your roles, and every comment in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace with the arrow keys, or press Ctrl+1 to Ctrl+9 from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new urgent escalation(s) waiting.</source>
        <translation>
            <numerusform>%n new urgent escalation waiting.</numerusform>
            <numerusform>%n new urgent escalations waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new store of your own, with its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another store: a file, or a shared site&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as the demo agent, reviewer or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo &amp;agent (Dana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo &amp;reviewer (Rafael)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo &amp;supervisor (Sam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the filter field of all comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation Desk stores (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose a name for a new file, or open it with File ▸ Open Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: a file (sqlite:PATH) or a shared site (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next case (agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the reply for review (agent); approve it (reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the draft with a reason (reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::NewAdministratorDialog</name>
    <message>
        <source>New store — Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new store&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has nobody who can sign in yet. Choose the administrator&apos;s login and password: the administrator adds the agents, reviewers and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::SignIn</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That login and password were not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 is not a person of this site. Ask an administrator to add you (moderationctl users add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is no longer active on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching user without a password is for demo stores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::SignInDialog</name>
    <message>
        <source>Sign in — Moderation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::StoreStartup</name>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was not accepted. Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the shared store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store address is not valid. It must look like sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the network connection and the server address, or ask your administrator whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only or missing. Check the folder&apos;s permissions, or start Moderation Desk with another store (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Moderation Desk store, or it is damaged. Restore it from a backup, or start Moderation Desk with another store (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation Desk cannot open its store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation Desk could not open the comment store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer (kept in the system&apos;s keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::SyncWorker</name>
    <message>
        <source>%1 rate limited until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs re-authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be synced (tried again next round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off: the store did not open for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off: the store&apos;s accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s sends are kept in memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
    <message>
        <source>no new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) need attention</source>
        <translation>
            <numerusform>%n send needs attention</numerusform>
            <numerusform>%n sends need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
