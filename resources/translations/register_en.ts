<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaseHistoryTab</name>
        <message numerus="yes">
            <source>%n entries, newest first. Point at one to see every field it changed.</source>
            <translation>
                <numerusform>%n entry. Point at it to see every field it changed.</numerusform>
                <numerusform>%n entries, newest first. Point at one to see every field it changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stalled: no status change for %n days.</source>
            <translation>
                <numerusform>Stalled: no status change for %n day.</numerusform>
                <numerusform>Stalled: no status change for %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasesFeature</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; cases selected in the list, all of them to one caseworker.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; case selected in the list, to one caseworker.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; cases selected in the list, all of them to one caseworker.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarningDialog</name>
        <message numerus="yes">
            <source>%n existing cases may be the same person.</source>
            <translation>
                <numerusform>%n existing case may be the same person.</numerusform>
                <numerusform>%n existing cases may be the same person.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message numerus="yes">
            <source>%n cases</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message numerus="yes">
            <source>Stalled: no status change for %n days (since {since})</source>
            <translation>
                <numerusform>Stalled: no status change for %n day (since {since})</numerusform>
                <numerusform>Stalled: no status change for %n days (since {since})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StalledRule</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
