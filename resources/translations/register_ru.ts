<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
    <message>
        <source>%s days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: no status change for %d days.</source>
        <translation type="unfinished"></translation>
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
    <name>ContactDialog</name>
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
</TS>
