<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation>Додати працівника</translation>
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
    <message numerus="yes">
        <source>At least %n characters. Give it to them in person: they choose their own password when they first sign in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Admin</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s name, thresholds, paper size, idle lock and backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention of closed cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases past the retention period: export them, then anonymise them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
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
    <name>ArchivePassword</name>
    <message>
        <source>Protect with a password (AES-encrypted .&amp;zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password to the recipient another way (by telephone, not in the same e-mail). It is not kept anywhere: without it the archive cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePasswordBox</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters; at least {least}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Ombuds Desk backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup of the whole database now, in the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the database in use is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {path} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was backed up to {path} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Choose a password of your own: at least %n characters, not your user name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Final since</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s saved it on %s without changing a field shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is %s as %s saved it, with your changes put back (%s). Check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is %s as %s saved it; what you had typed was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; was changed by &lt;b&gt;%s&lt;/b&gt; after you opened it. Nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload and apply my changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form as you typed it; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (you did not change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value is kept when you reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the fields on your form differs from theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Reload and apply my changes again” shows %s as saved now with your changes (%s) on top; check it and save. Nothing is saved until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed nothing on the form; reload it to see %s as saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close and show the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this form open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocationsTab</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s (pg_dump, by its administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written (started from a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen at each export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: it holds no one&apos;s personal data, only user names, file names and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported lists and printed PDFs are not covered by the database&apos;s encryption: keep them in a safe place and delete them when they are no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the office&apos;s server: its disks&apos; encryption is the server administrator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher (AES-256): the passphrase is asked at every start and stored nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: anyone who can read the file can read the register. An admin can encrypt it (ombuds-desk encrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted, like the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with the database&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this office&apos;s data is kept, and who could read it if a file were copied. Personal data must be protected wherever it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What that means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check of the audit trail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen at each export (offered: {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backups, made before the database was encrypted, are not: delete them or keep them somewhere as safe.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none yet: back up from File → Back up now (or ombuds-desk backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {kind}, by {who}
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never: verify it on the Audit trail tab (or ombuds-desk audit verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{when}, by {who}: intact, %n entries as they were written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{when}, by {who}: TAMPERED WITH: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombuds Desk hit an unexpected problem and nothing was saved. The details were written to the log; please tell your administrator.

{problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>The database is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or not an Ombuds Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombuds Desk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup was {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>(no caseworker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>A new database — Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Office of the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ірина Коваленко</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. i.kovalenko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt the database file with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended on a laptop or a shared computer: without the passphrase, the file and its backups cannot be read by anyone who takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at every start, stored nowhere: if it is lost, nobody can open the database or its backups. Keep it written down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;user name:</source>
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
        <source>P&amp;assphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody can sign in to this database yet. Name the office and create the first admin account: the admin adds the rest of the staff and gives each a role. The password must have at least %n characters. Keep it safe: nobody can read it back, and only an admin can reset it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the same as the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Ombuds Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({role}, user name {username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else? Sign out closes Ombuds Desk; what is typed in forms left open is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>&amp;Check the database for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole database file and say whether any of it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database for damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage found in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole database {name} was read: no damage was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes may be lost or refused from now on. Stop entering data, restore the newest backup (File → Restore a backup…, or ask an admin) and tell your administrator.</source>
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
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Nobody used Ombuds Desk for %n minutes, so what it shows is hidden. Type your password to go on: everything open stays as you left it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO DATABASE — every person here is invented, for trying Ombuds Desk. Nothing entered here reaches the office&apos;s real database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in automatically as {name} (demo {role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) · {database}</source>
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
        <source>Show the {page} page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database — Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase as typed (check the keyboard layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted. Type the office&apos;s passphrase to open it. It is not stored anywhere: if nobody knows it, the database and its backups cannot be opened. Ask your admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this database (try {tries}). Check capital letters and the keyboard&apos;s language (Show lets you see what you type), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
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
        <source>A temporary password for {name} ({username}). They must choose their own at the next sign-in; a locked account is unlocked too.</source>
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
    <name>PasswordField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password as typed (check the keyboard layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessWork</name>
    <message>
        <source>The background process stopped unexpectedly (exit code {code}); nothing was changed by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({role})</source>
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
    <message numerus="yes">
        <source>&amp;Reassign %n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases reassigned to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already theirs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases given back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>made {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made on {date} at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in use is set aside beside it, not deleted:
{database}

The backup {backup} takes its place. What was entered after {moment} stays only in the copy set aside. Everyone signs in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was brought up to this version of Ombuds Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore the backup, sign in as an admin with the user name and password you had when it was made ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to an encrypted archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising removes names, relatives with their telephones and addresses, notes and every free text for good, here and in the audit trail&apos;s earlier entries; the status, its dates and the letters&apos; and parcels&apos; counts and dates stay for the office&apos;s figures. Nothing is anonymised automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are kept in full for %n months after repatriation, return or closing (File → Settings).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases are past that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No closed case is older than the retention period (%n months).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n cases…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n cases are written whole into an AES-encrypted .zip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases {date}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archive as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n cases to {path} (encrypted; keep the password apart).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n cases closed more than {months} months ago?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their names, dates of birth, numbers, places, relatives (with telephones, e-mail and postal addresses), notes and every free text are removed for good. Counts and dates stay for the office&apos;s figures. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not been exported in this window: if the office must keep a copy, choose Cancel and export them to an encrypted archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymising %n cases and rebuilding the file…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database file was rebuilt: the removed data is gone from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be rebuilt now (another program is using it): the removed data may stay in its free space until it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n cases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role of {name}:</source>
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
    <name>SettingWords</name>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after (minutes idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items need screening before packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement expected within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed cases in full for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language on counterpart documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin form of Ukrainian names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for every status without its own number below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a captive silent for longer is on the no-news list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the backups folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: a newly logged item is screened at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shipment handed over longer ago with parcels unconfirmed is on My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after repatriation, return or closing; then a supervisor may anonymise them (Retention). Nothing is anonymised automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of documents made for the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: one language; else headings in both, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed beside a Cyrillic name; search finds either form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
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
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICAO 9303 (Melnik Iaroslav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMU 2010, as in passports (Melnyk Yaroslav)</source>
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
        <source>{label}:</source>
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
        <source>Interface language on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Ombuds Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {language} takes effect the next time Ombuds Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint}; {only}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stalled today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Settings saved: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password — Ombuds Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must differ from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the same as the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username}) added: they choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password was set for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name} ({username})?

They will no longer be able to sign in or act. Their past work keeps their name. You can reactivate the account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message numerus="yes">
        <source>not locked; %n wrong passwords</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Ombuds Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database {name} has no demo staff. Build it again with `ombuds-desk demo`, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message numerus="yes">
        <source>An admin has reset your password. Choose a new one of your own before you go on: at least %n characters, not your user name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrailTab</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit trail to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Audit trail {date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
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
    <name>WindowHost</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail</source>
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
        <source>An unexpected problem stopped Ombuds Desk before its window opened; nothing was saved. The details were written to {log}: please send that file to your administrator.

{problem}</source>
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
<context>
    <name>fields</name>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;iven name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name, &amp;Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name, La&amp;tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic, Lati&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citi&amp;zenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Captured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at (&amp;where)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hol&amp;ding party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of d&amp;etention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICRC n&amp;o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evacuated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuated &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vacuated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
