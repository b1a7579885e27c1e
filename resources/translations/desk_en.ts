<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddStaffDialog</name>
        <message numerus="yes">
            <source>At least %n characters. Give it to them in person: they choose their own password when they first sign in.</source>
            <translation>
                <numerusform>At least %n character. Give it to them in person: they choose their own password when they first sign in.</numerusform>
                <numerusform>At least %n characters. Give it to them in person: they choose their own password when they first sign in.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchivePasswordBox</name>
        <message numerus="yes">
            <source>at least %n characters</source>
            <translation>
                <numerusform>at least %n character</numerusform>
                <numerusform>at least %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n characters; at least {least}</source>
            <translation>
                <numerusform>%n character; at least {least}</numerusform>
                <numerusform>%n characters; at least {least}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message numerus="yes">
            <source>Choose a password of your own: at least %n characters, not your user name.</source>
            <translation>
                <numerusform>Choose a password of your own: at least %n character, not your user name.</numerusform>
                <numerusform>Choose a password of your own: at least %n characters, not your user name.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataLocationsTab</name>
        <message numerus="yes">
            <source>{when}, by {who}: intact, %n entries as they were written.</source>
            <translation>
                <numerusform>{when}, by {who}: intact, %n entry as it was written.</numerusform>
                <numerusform>{when}, by {who}: intact, %n entries as they were written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message numerus="yes">
            <source>Nobody can sign in to this database yet. Name the office and create the first admin account: the admin adds the rest of the staff and gives each a role. The password must have at least %n characters. Keep it safe: nobody can read it back, and only an admin can reset it.</source>
            <translation>
                <numerusform>Nobody can sign in to this database yet. Name the office and create the first admin account: the admin adds the rest of the staff and gives each a role. The password must have at least %n character. Keep it safe: nobody can read it back, and only an admin can reset it.</numerusform>
                <numerusform>Nobody can sign in to this database yet. Name the office and create the first admin account: the admin adds the rest of the staff and gives each a role. The password must have at least %n characters. Keep it safe: nobody can read it back, and only an admin can reset it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message numerus="yes">
            <source>Nobody used Ombuds Desk for %n minutes, so what it shows is hidden. Type your password to go on: everything open stays as you left it.</source>
            <translation>
                <numerusform>Nobody used Ombuds Desk for a minute, so what it shows is hidden. Type your password to go on: everything open stays as you left it.</numerusform>
                <numerusform>Nobody used Ombuds Desk for %n minutes, so what it shows is hidden. Type your password to go on: everything open stays as you left it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message numerus="yes">
            <source>Reassign %n cases</source>
            <translation>
                <numerusform>Reassign a case</numerusform>
                <numerusform>Reassign %n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Reassign %n cases</source>
            <translation>
                <numerusform>&amp;Reassign the case</numerusform>
                <numerusform>&amp;Reassign %n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases reassigned to {name}.</source>
            <translation>
                <numerusform>%n case reassigned to {name}.</numerusform>
                <numerusform>%n cases reassigned to {name}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already theirs.</source>
            <translation>
                <numerusform>%n was already theirs.</numerusform>
                <numerusform>%n were already theirs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases given back.</source>
            <translation>
                <numerusform>%n case given back.</numerusform>
                <numerusform>%n cases given back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message numerus="yes">
            <source>Closed cases are kept in full for %n months after repatriation, return or closing (File → Settings).</source>
            <translation>
                <numerusform>Closed cases are kept in full for %n month after repatriation, return or closing (File → Settings).</numerusform>
                <numerusform>Closed cases are kept in full for %n months after repatriation, return or closing (File → Settings).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases are past that.</source>
            <translation>
                <numerusform>%n case is past that.</numerusform>
                <numerusform>%n cases are past that.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No closed case is older than the retention period (%n months).</source>
            <translation>
                <numerusform>No closed case is older than the retention period (%n month).</numerusform>
                <numerusform>No closed case is older than the retention period (%n months).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Anonymise %n cases…</source>
            <translation>
                <numerusform>&amp;Anonymise %n case…</numerusform>
                <numerusform>&amp;Anonymise %n cases…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cases are written whole into an AES-encrypted .zip.</source>
            <translation>
                <numerusform>The case is written whole into an AES-encrypted .zip.</numerusform>
                <numerusform>The %n cases are written whole into an AES-encrypted .zip.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archived %n cases to {path} (encrypted; keep the password apart).</source>
            <translation>
                <numerusform>Archived %n case to {path} (encrypted; keep the password apart).</numerusform>
                <numerusform>Archived %n cases to {path} (encrypted; keep the password apart).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n cases closed more than {months} months ago?</source>
            <translation>
                <numerusform>Anonymise %n case closed more than {months} months ago?</numerusform>
                <numerusform>Anonymise %n cases closed more than {months} months ago?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n cases</source>
            <translation>
                <numerusform>Anonymise %n case</numerusform>
                <numerusform>Anonymise %n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymising %n cases and rebuilding the file…</source>
            <translation>
                <numerusform>Anonymising %n case and rebuilding the file…</numerusform>
                <numerusform>Anonymising %n cases and rebuilding the file…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymised %n cases.</source>
            <translation>
                <numerusform>Anonymised %n case.</numerusform>
                <numerusform>Anonymised %n cases.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message numerus="yes">
            <source>%n stalled today</source>
            <translation>
                <numerusform>%n stalled today</numerusform>
                <numerusform>%n stalled today</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n active</numerusform>
                <numerusform>%n active</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deactivated</source>
            <translation>
                <numerusform>%n deactivated</numerusform>
                <numerusform>%n deactivated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffWords</name>
        <message numerus="yes">
            <source>not locked; %n wrong passwords</source>
            <translation>
                <numerusform>not locked; %n wrong password</numerusform>
                <numerusform>not locked; %n wrong passwords</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartWords</name>
        <message numerus="yes">
            <source>An admin has reset your password. Choose a new one of your own before you go on: at least %n characters, not your user name.</source>
            <translation>
                <numerusform>An admin has reset your password. Choose a new one of your own before you go on: at least %n character, not your user name.</numerusform>
                <numerusform>An admin has reset your password. Choose a new one of your own before you go on: at least %n characters, not your user name.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrailTab</name>
        <message numerus="yes">
            <source>%n entries, newest first</source>
            <translation>
                <numerusform>%n entry, newest first</numerusform>
                <numerusform>%n entries, newest first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to {path}.</source>
            <translation>
                <numerusform>Exported %n entry to {path}.</numerusform>
                <numerusform>Exported %n entries to {path}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
