<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AuditAction</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Unblock case %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block case %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;ns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s list of reasons: which the counterpart may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: never printed for the counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable: counterpart documents will give this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: counterpart documents will not mention this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the office&apos;s list, so internal: counterpart documents will not mention this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %s unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %s blocked again (unblocking undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %s blocked: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %s unblocked again (block undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block undone by %s: it was a mistake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockReasons</name>
    <message>
        <source>Home country does not accept return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not confirmed by holding party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whereabouts unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockReasonsDialog</name>
    <message>
        <source>Block reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked reasons are &lt;b&gt;shareable&lt;/b&gt;: a counterpart document may say the case is held up for that reason. Unticked reasons are &lt;b&gt;internal&lt;/b&gt;: neither the reason nor the block is printed for the counterpart, and neither is any note or reason typed for one case only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason for the office&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can change the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHistoryTab</name>
    <message>
        <source>Nothing recorded about this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry. Point at it to see every field it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s entries, newest first. Point at one to see every field it changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Select a case in the list to see it here,
or press Ctrl+N to register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit co&amp;ntact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note; Ctrl+Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseworker: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; since %s — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stalled: no status change for %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unbloc&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: %s → %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted by the office (not asked counts as no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be named on documents for the counterpart (not asked counts as no: only Yes puts the relative there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new captive or evacuee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected case&apos;s identity and details (also Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected case to its next repatriation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right a mistaken status of the selected case (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the cases selected in the list to another caseworker (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block / unblock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the selected case with a reason, or lift the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relative or next of kin to the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name (any spelling) or by case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cases to reassign in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s&lt;br&gt;Caseworker now: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Captive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Counterpart ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Not asked</source>
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
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %s (%s) from the contacts of %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %s removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be named to the counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May the office contact this relative?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May this relative&apos;s name and relationship appear on documents for the counterpart? Only Yes puts them there; No and Not asked keep them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named to the coun&amp;terpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>To person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This person may already have a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it may be the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing case may be the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n existing cases may be the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before registering a new case: a second case would split the person&apos;s letters, parcels and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are registering: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not a status for a {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is closed; it cannot be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest event of case {number} is not a status change; nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} was changed by an operation; reopen or correct it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest status change of case {number} was not yours; a supervisor can correct it (Correct status…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change of case {number} was made more than {minutes} minutes ago; a supervisor can correct it (Correct status…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with id {id}; it may have been merged or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case numbered “{number}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search by name, any spelling, or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F. Every word must match the start of a name. Down: into the list; Enter: show the case when only one matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;talled only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to list only these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationKind</name>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelStatus</name>
    <message>
        <source>Assembling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit case %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, MM.YYYY or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names as written, and in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required. Enter saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber rows: stalled cases — no status change for longer than the office allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink rows: blocked cases (a blocked case counts as stalled); point at the row for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days stalled: days since the current status was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the current status was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stalled: no status change for %n days (since {since})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>may hold only digits, spaces, ( ) and -, with + only in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too short for a phone number: type at least {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more digits than a phone number can ({digits} at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than {years} years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain letters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (200 characters at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be captive or evacuee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be male, female or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be made from the {name}; type it in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not a status for a {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is already “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is closed as “{status}”; a supervisor can correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” cannot change to “{new}”; it can change to {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{reason}” is already on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{reason}” is not on the office&apos;s list of reasons; add it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a final status ends the case: say why, and on whose word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the current status ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the case is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes, no or not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the caseworker who takes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no longer works here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an administrator, not a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the cases change hands (the new caseworker reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it under {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every case chosen is already {name}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the supervisor or colleague it goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate to someone else than yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Wife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Husband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Kept waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opening} by {reviewer} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — next review {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s, now &lt;b&gt;%s&lt;/b&gt; since %s (%d days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and on whose word (e.g. ICRC notification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a &amp;mistaken status (any status, reason required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: this ends the case. Why, and on whose word?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong, and on whose word (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %s, %s, as %s? This ends the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards only a supervisor can change it, by correcting the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s → %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: back to %s (your change undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusEventKind</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReasons</name>
    <message>
        <source>Case registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
