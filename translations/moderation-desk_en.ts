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
    <name>moderation::AdminWorkspace</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who works the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected person&apos;s roles, queues, capacity, name or presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the people and the accounts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who work the desk. Enter changes the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are added and re-authenticated with moderationctl; their tokens stay in the system&apos;s keychain and are never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
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
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (its comments kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::AgentWorkspace</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases nobody holds yet, in the queues you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search author, text, queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the most urgent waiting case of your queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with the proposed hide: the comment is hidden and the case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject hide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree with the proposed hide, with a reason: nothing is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;lassify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide differently on this comment, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case back to its queue (only before drafting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cases again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 went to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n case(s) only; narrow the list with the filters.</source>
        <translation>
            <numerusform>Showing the first case only; narrow the list with the filters.</numerusform>
            <numerusform>Showing the first %n cases only; narrow the list with the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case taken: you hold as many cases as you may. Finish or release one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case taken: nothing waits in your queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took case %1 from the %2 queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the hide is confirmed and queued; the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the hide is rejected; nothing is hidden and the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 reclassified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is back in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::AnswerLibraryEditor</name>
    <message>
        <source>Answer library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the answers whose key, title or text contain these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved answers; choose one to read or change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s unique key: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What agents see in the list of answers</source>
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
        <source>The language the answer is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy category this answer answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {{link}} becomes in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer as it is posted; {{name}}, {{handle}} and {{link}} are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer filled in for a sample person, María (@maria_ejemplo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer library message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new answer (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer: a change becomes a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update answers from a JSON or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, last changed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a new version of %1; the earlier one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new answer: give it a key, a title and its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer files (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::AnsweredPickerDialog</name>
    <message>
        <source>Already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which answered question answers this comment too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1
Answer: %2</source>
        <extracomment>%1 the question, %2 its approved answer (both as people typed them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered questions of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the comment to the selected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::CaseView</name>
    <message>
        <source>▶ %1, %2 (this comment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
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
        <source>Why is this here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case and its comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context of the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s recent comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author&apos;s recent comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 in %2: %3, %4 priority. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1. Clause: %2. Category: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this here: no policy decision is recorded for this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclassified by %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is not part of a thread we have stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other comments by this author are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected. Take the next case (Ctrl+N) or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::CasesModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached, due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk, due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
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
    <name>moderation::Composer</name>
    <message>
        <source>Search the answer library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: suggested for this case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the selected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts the selected answer at the cursor, filled in for this comment (Enter in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply, or insert an answer from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the reply for review (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check is off: no dictionary was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters (as X counts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long for %1: over by %n character(s).</source>
        <translation>
            <numerusform>Too long for %1: over by %n character.</numerusform>
            <numerusform>Too long for %1: over by %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::ComposerHighlighter</name>
    <message>
        <source>Not in the %1 dictionary: %2</source>
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
    <message>
        <source>More than %L1 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 comments match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) match</source>
        <translation>
            <numerusform>%n comment matches</numerusform>
            <numerusform>%n comments match</numerusform>
        </translation>
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
    <name>moderation::OfficeHoursWorkspace</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 — %2 — %3 to %4 (%5) — queue %6</source>
        <extracomment>%1 hashtag, %2 title, %3 start date and time, %4 end time, %5 time zone, %6 queue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions in the last five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than one question a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hashtag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME &amp;queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Hours status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#AskImmigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event start, in the event&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event end, in the event&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME queue for the event&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue the answerable questions go to. Pick one or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Hours events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
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
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event feed, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answerable: a case in the event&apos;s SME queue (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off-topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-topic: ignore the comment (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already answere&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already answered: link it to an answered question and ignore it (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;recap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the event&apos;s recap as HTML or Markdown (after the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answerable (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark answerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-topic (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark off-topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already answered (D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed of %1 — comments shown: %2</source>
        <extracomment>%1 the event line (hashtag, title, window), %2 how many comments are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recap is written once the event is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in queue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored as off-topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question of this event has an approved answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to the answer of comment %1 and ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recap is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::PolicyEditor</name>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Policy File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Policy File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a policy file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the policy to a file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what this policy would change over the stored comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the previewed policy the active one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor to the next problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each problem with its line and column; press Enter or click to go there (%1 for the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the policy to see what it would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments per action before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments whose decision would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the active policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active policy could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is active yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active policy: %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems before the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the stored comments through this policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (stored version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview finished; the text changed since, preview again to activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) replayed against %1; </source>
        <translation>
            <numerusform>%n comment replayed against %1; </numerusform>
            <numerusform>%n comments replayed against %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be decided differently.</source>
        <translation>
            <numerusform>%n would be decided differently.</numerusform>
            <numerusform>%n would be decided differently.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this policy the active one? New comments will be decided by it from now on; the change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not activated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1, version %2 (stored version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 is already the active policy; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::ReclassifyDialog</name>
    <message>
        <source>Reject the proposed hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclassify the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore (close the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue to escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the case and in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::ReportsWorkspace</name>
    <message>
        <source>&amp;Build report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the chosen report from the store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a folder of CSV files, one file a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as one self-contained HTML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the records of the chosen days into an empty folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly (the ISO week holding the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly (the month holding the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the period. Type the date or change each part with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone whose local days the report covers; the site&apos;s by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as it will be saved, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and a date, then build the report to preview it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the records export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the records export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the records export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s time zone could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3), built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a CSV folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the records export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first: choose the days again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact; its head is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written, but the audit log is broken at entry %1: %2. The manifest says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) in %1 file(s) and manifest.json to %2. %3</source>
        <translation>
            <numerusform>Exported %n row in %1 file(s) and manifest.json to %2. %3</numerusform>
            <numerusform>Exported %n rows in %1 file(s) and manifest.json to %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds files, and an export is only written to an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds files. A records export is written only to an empty folder, so that nothing in it is mistaken for part of the export. Choose another folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::ReturnReasonDialog</name>
    <message>
        <source>Return the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this draft go back to its agent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. The agent reads it with the returned draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the draft back to its agent with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the draft in review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::ReviewQueueModel</name>
    <message>
        <source>No SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::ReviewWorkspace</name>
    <message>
        <source>Drafts awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts by other agents, the earliest deadline first. Select one to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment and its thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment the draft answers, after the comments above it in its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply as it will be posted if approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the library answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words the agent added are underlined; words removed from the answer are struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the draft as written (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return with a Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft back to its agent with a reason (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts awaiting review could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment under review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pass: no personal data found in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pass: %1 of %2 characters as %3 counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fail: %1 characters as %3 counts them, over its limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 approvals by different reviewers; %2 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs one approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent wrote this draft without a library answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library answer %1 is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the library answer %1, filled in for this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved — %1 of %2 approvals: the reply is queued to go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved — %1 of %2 approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the reply is queued to go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to its agent with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::SettingsWorkspace</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. It changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black, yellow focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 100 % to 200 % of the normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are yours, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site (every seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports&apos; time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (the active policy&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the site&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the reports&apos; title pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 512 KiB, shown on the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the site&apos;s settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is stored when you save the site&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the site&apos;s settings are as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s settings were saved.</source>
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
    <name>moderation::SupervisorDashboard</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases in each queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases, breached and at-risk ones first. Select one to assign or release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents with their presence and how many cases they hold of their capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments today by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s comments by what was decided for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched accounts with their state and their quotas&apos; use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent who gets the selected case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence to give the selected agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dashboard again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected case to the chosen agent (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease to Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected case back in its queue, unheld (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected agent the chosen presence (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1. Breached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments written on %1 (the site&apos;s day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments by hour today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments by category today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case and choose an agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 released to its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
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
<context>
    <name>moderation::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues this person works, separated by commas; empty for every queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases this person holds at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). The store keeps only a salted hash of it.</source>
        <translation>
            <numerusform>At least %n character. The store keeps only a salted hash of it.</numerusform>
            <numerusform>At least %n characters. The store keeps only a salted hash of it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of this person&apos;s database role. Leave it empty when the server&apos;s administrator already made the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderation::Workspaces</name>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and &amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
