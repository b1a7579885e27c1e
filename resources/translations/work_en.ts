<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BulkReviewDialogPlurals</name>
        <message numerus="yes">
            <source>Close %n cases? Closing ends each case; it needs no further review.</source>
            <translation>
                <numerusform>Close %n case? Closing ends it; it needs no further review.</numerusform>
                <numerusform>Close %n cases? Closing ends each case; it needs no further review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep %n cases waiting until {date}?</source>
            <translation>
                <numerusform>Keep %n case waiting until {date}?</numerusform>
                <numerusform>Keep %n cases waiting until {date}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review %n cases</source>
            <translation>
                <numerusform>Review %n case</numerusform>
                <numerusform>Review %n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The same decision for the &lt;b&gt;%n cases&lt;/b&gt; selected in the queue. Each gets a review of its own, as if reviewed one by one; to reassign or escalate, review a case by itself.</source>
            <translation>
                <numerusform>The same decision for the &lt;b&gt;%n case&lt;/b&gt; selected in the queue. It gets a review of its own; to reassign or escalate, review a case by itself.</numerusform>
                <numerusform>The same decision for the &lt;b&gt;%n cases&lt;/b&gt; selected in the queue. Each gets a review of its own, as if reviewed one by one; to reassign or escalate, review a case by itself.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases reviewed.</source>
            <translation>
                <numerusform>%n case reviewed.</numerusform>
                <numerusform>%n cases reviewed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;All %n persons in it become &lt;b&gt;{status}&lt;/b&gt; on the date below, each with a history entry naming this operation. If any one of them cannot, nothing changes.</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;The %n person in it becomes &lt;b&gt;{status}&lt;/b&gt; on the date below, with a history entry naming this operation. If that cannot be, nothing changes.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;All %n persons in it become &lt;b&gt;{status}&lt;/b&gt; on the date below, each with a history entry naming this operation. If any one of them cannot, nothing changes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPagePlurals</name>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deadline passed %n days ago</source>
            <translation>
                <numerusform>deadline passed %n day ago</numerusform>
                <numerusform>deadline passed %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cases under %n days are here because they are blocked.</source>
            <translation>
                <numerusform>Cases under %n day are here because they are blocked.</numerusform>
                <numerusform>Cases under %n days are here because they are blocked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPagePlurals</name>
        <message numerus="yes">
            <source>The %n likeliest pairs, best first. Merge or open them, then search again.</source>
            <translation>
                <numerusform>The %n likeliest pair. Merge or open it, then search again.</numerusform>
                <numerusform>The %n likeliest pairs, best first. Merge or open them, then search again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pairs of cases that may be one person, likeliest first.</source>
            <translation>
                <numerusform>%n pair of cases that may be one person.</numerusform>
                <numerusform>%n pairs of cases that may be one person, likeliest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPlurals</name>
        <message numerus="yes">
            <source>Exported %n items to {file}{locked}.</source>
            <translation>
                <numerusform>Exported %n item to {file}{locked}.</numerusform>
                <numerusform>Exported %n items to {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n parcels to {file}{locked}.</source>
            <translation>
                <numerusform>Exported %n parcel to {file}{locked}.</numerusform>
                <numerusform>Exported %n parcels to {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n persons to {file}{locked}.</source>
            <translation>
                <numerusform>Exported %n person to {file}{locked}.</numerusform>
                <numerusform>Exported %n persons to {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The &amp;person list as filtered now (%n cases)</source>
            <translation>
                <numerusform>The &amp;person list as filtered now (%n case)</numerusform>
                <numerusform>The &amp;person list as filtered now (%n cases)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive's password has %n characters; use at least {least} (a few words are easy to pass on by telephone). Nothing was written.</source>
            <translation>
                <numerusform>The archive's password has %n character; use at least {least} (a few words are easy to pass on by telephone). Nothing was written.</numerusform>
                <numerusform>The archive's password has %n characters; use at least {least} (a few words are easy to pass on by telephone). Nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n characters</source>
            <translation>
                <numerusform>at least %n character</numerusform>
                <numerusform>at least %n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialogPlurals</name>
        <message numerus="yes">
            <source>{file}: {kind}, %n rows; dates are read as dates.</source>
            <translation>
                <numerusform>{file}: {kind}, %n row; dates are read as dates.</numerusform>
                <numerusform>{file}: {kind}, %n rows; dates are read as dates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows. Both were detected; if the names look garbled, choose another.</source>
            <translation>
                <numerusform>{file}: %n row. Both were detected; if the names look garbled, choose another.</numerusform>
                <numerusform>{file}: %n rows. Both were detected; if the names look garbled, choose another.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows read. Press Check to find any problems before importing.</source>
            <translation>
                <numerusform>%n row read. Press Check to find any problems before importing.</numerusform>
                <numerusform>%n rows read. Press Check to find any problems before importing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking %n rows…</source>
            <translation>
                <numerusform>Checking %n row…</numerusform>
                <numerusform>Checking %n rows…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — the first {shown} of %n problems are listed</source>
            <translation>
                <numerusform> — the first {shown} of %n problem are listed</numerusform>
                <numerusform> — the first {shown} of %n problems are listed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %n warning(s): see Warnings</source>
            <translation>
                <numerusform> — %n warning: see Warnings</numerusform>
                <numerusform> — %n warnings: see Warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {rows}. Nothing will be imported while any row is invalid: correct the file and check again, or tick “Import only the valid rows”.</source>
            <translation>
                <numerusform>%n problem in {rows}. Nothing will be imported while any row is invalid: correct the file and check again, or tick “Import only the valid rows”.</numerusform>
                <numerusform>%n problems in {rows}. Nothing will be imported while any row is invalid: correct the file and check again, or tick “Import only the valid rows”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n invalid row(s) will be skipped.</source>
            <translation>
                <numerusform> %n invalid row will be skipped.</numerusform>
                <numerusform> %n invalid rows will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready to import %n row(s).</source>
            <translation>
                <numerusform>Ready to import %n row.</numerusform>
                <numerusform>Ready to import %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n rows from {file}…</source>
            <translation>
                <numerusform>Importing %n row from {file}…</numerusform>
                <numerusform>Importing %n rows from {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %n new person(s) may already have a case: see Possible duplicates</source>
            <translation>
                <numerusform> — %n new person may already have a case: see Possible duplicates</numerusform>
                <numerusform> — %n new persons may already have a case: see Possible duplicates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsPlurals</name>
        <message numerus="yes">
            <source>{file} has %n problem(s), the first: {first}. Nothing was imported.</source>
            <translation>
                <numerusform>{file} has %n problem, the first: {first}. Nothing was imported.</numerusform>
                <numerusform>{file} has %n problems, the first: {first}. Nothing was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} is in two encodings at once: most of it is UTF-8, but %n line(s) ({lines}) not, most likely lists put together from files saved differently, so no one encoding reads it all. Save those lines again in UTF-8 (or ask for the file in UTF-8) and import it again. Nothing was imported.</source>
            <translation>
                <numerusform>{name} is in two encodings at once: most of it is UTF-8, but %n line ({lines}) is not, most likely lists put together from files saved differently, so no one encoding reads it all. Save it again in UTF-8 (or ask for the file in UTF-8) and import it again. Nothing was imported.</numerusform>
                <numerusform>{name} is in two encodings at once: most of it is UTF-8, but %n lines ({lines}) are not, most likely lists put together from files saved differently, so no one encoding reads it all. Save them again in UTF-8 (or ask for the file in UTF-8) and import it again. Nothing was imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyWorkPagePlurals</name>
        <message numerus="yes">
            <source>&amp;Reassign %n cases…</source>
            <translation>
                <numerusform>&amp;Reassign %n case…</numerusform>
                <numerusform>&amp;Reassign %n cases…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; cases, all of them to one caseworker.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; case, to one caseworker.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; cases, all of them to one caseworker.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyWorkPlurals</name>
        <message numerus="yes">
            <source>Review due since {date} (%n days); last decision: {decision}</source>
            <translation>
                <numerusform>Review due since {date} (%n day); last decision: {decision}</numerusform>
                <numerusform>Review due since {date} (%n days); last decision: {decision}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No news for %n days ({heard})</source>
            <translation>
                <numerusform>No news for %n day ({heard})</numerusform>
                <numerusform>No news for %n days ({heard})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screened items waiting to be packed</source>
            <translation>
                <numerusform>%n screened item waiting to be packed</numerusform>
                <numerusform>%n screened items waiting to be packed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shipment {reference} handed over {date} (%n days ago): {parcels} not acknowledged as delivered</source>
            <translation>
                <numerusform>Shipment {reference} handed over {date} (%n day ago): {parcels} not acknowledged as delivered</numerusform>
                <numerusform>Shipment {reference} handed over {date} (%n days ago): {parcels} not acknowledged as delivered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n parcel</numerusform>
                <numerusform>%n parcels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OperationsPagePlurals</name>
        <message numerus="yes">
            <source>Added %n.</source>
            <translation>
                <numerusform>Added %n.</numerusform>
                <numerusform>Added %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, %n days stalled: {reason}&lt;br&gt;Caseworker: {caseworker} · {last}</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, %n day stalled: {reason}&lt;br&gt;Caseworker: {caseworker} · {last}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, %n days stalled: {reason}&lt;br&gt;Caseworker: {caseworker} · {last}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePagePlurals</name>
        <message numerus="yes">
            <source>{shown} of %n cases in the queue</source>
            <translation>
                <numerusform>{shown} of %n case in the queue</numerusform>
                <numerusform>{shown} of %n cases in the queue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases stalled</source>
            <translation>
                <numerusform>{shown} of %n case stalled</numerusform>
                <numerusform>{shown} of %n cases stalled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stalled cases in the queue</source>
            <translation>
                <numerusform>%n stalled case in the queue</numerusform>
                <numerusform>%n stalled cases in the queue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deferred by review</source>
            <translation>
                <numerusform>%n deferred by review</numerusform>
                <numerusform>%n deferred by review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Review %n cases…</source>
            <translation>
                <numerusform>&amp;Review %n case…</numerusform>
                <numerusform>&amp;Review %n cases…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePlurals</name>
        <message numerus="yes">
            <source>No change for more than %n days</source>
            <translation>
                <numerusform>No change for more than %n day</numerusform>
                <numerusform>No change for more than %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
