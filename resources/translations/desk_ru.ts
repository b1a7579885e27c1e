<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. o.bondar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it appears in the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %d characters. Give it to them in person: they choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingBadge</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO DATABASE — every person here is invented, for trying Ombuds Desk. Nothing entered here reaches the office&apos;s real database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s) · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every list again from the database (others&apos; changes too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %s page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %s (%s). They must choose their own at the next sign-in; a locked account is unlocked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign %d cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (the new caseworker reads it on My work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign %d cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case reassigned to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d cases reassigned to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d were already theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d cases given back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role of %s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caseworker does the daily work; a supervisor also corrects, merges, exports and sets office figures; an admin also runs the staff, backups and the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in grey can be changed only by the role named under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read these settings; a supervisor or an admin changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases this number would make stalled today (blocked ones are always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s stalled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>&amp;Add member of staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d active, %d deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s) added: they choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password was set for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %s (%s)?

They will no longer be able to sign in or act. Their past work keeps their name. You can reactivate the account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailTab</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, a value, or a case number (CAP-2026-00042)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries listed to CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with a pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries listed into an AES-encrypted .zip with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or slipped in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombuds Desk itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying every entry of the trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries listed are written into an AES-encrypted .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 entry to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %s entries to %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Ombuds Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem stopped Ombuds Desk before its window opened; nothing was saved. The details were written to %s: please send that file to your administrator.

%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
