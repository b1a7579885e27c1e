<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source>%n other fields</source>
            <translation>
                <numerusform>%n other field</numerusform>
                <numerusform>%n other fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s), made before the database was encrypted, are not: delete them or keep them somewhere as safe.</source>
            <translation>
                <numerusform>%n older backup, made before the database was encrypted, is not: delete it or keep it somewhere as safe.</numerusform>
                <numerusform>%n older backups, made before the database was encrypted, are not: delete them or keep them somewhere as safe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) made before, in {folder}, are NOT encrypted: delete them, or keep them somewhere as safe. New backups are encrypted.</source>
            <translation>
                <numerusform>%n backup made before, in {folder}, is NOT encrypted: delete it, or keep it somewhere as safe. New backups are encrypted.</numerusform>
                <numerusform>%n backups made before, in {folder}, are NOT encrypted: delete them, or keep them somewhere as safe. New backups are encrypted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and more problems: {more}; %n in all</source>
            <translation>
                <numerusform>… and more problems: {more}; %n in all</numerusform>
                <numerusform>… and more problems: {more}; %n in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {name}; nothing was imported (--skip-invalid imports the valid rows)</source>
            <translation>
                <numerusform>%n problem in {name}; nothing was imported (--skip-invalid imports the valid rows)</numerusform>
                <numerusform>%n problems in {name}; nothing was imported (--skip-invalid imports the valid rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n person(s) to {written}{locked}</source>
            <translation>
                <numerusform>Wrote %n person to {written}{locked}</numerusform>
                <numerusform>Wrote %n persons to {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {written}{locked}</source>
            <translation>
                <numerusform>Wrote %n item to {written}{locked}</numerusform>
                <numerusform>Wrote %n items to {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n parcel(s) to {written}{locked}</source>
            <translation>
                <numerusform>Wrote %n parcel to {written}{locked}</numerusform>
                <numerusform>Wrote %n parcels to {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s)</source>
            <translation>
                <numerusform>%n parcel</numerusform>
                <numerusform>%n parcels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case sheet(s)</source>
            <translation>
                <numerusform>%n case sheet</numerusform>
                <numerusform>%n case sheets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the {total} parcels of {reference} lack(s) a place of detention:</source>
            <translation>
                <numerusform>%n of the {total} parcels of {reference} lacks a place of detention:</numerusform>
                <numerusform>%n of the {total} parcels of {reference} lack a place of detention:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n label</numerusform>
                <numerusform>%n labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) for the counterpart</source>
            <translation>
                <numerusform>%n case for the counterpart</numerusform>
                <numerusform>%n cases for the counterpart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) closed more than {months} months ago. Export them first with `retention export FILE`, then `retention anonymise --confirm %n`.</source>
            <translation>
                <numerusform>%n case closed more than {months} months ago. Export them first with `retention export FILE`, then `retention anonymise --confirm %n`.</numerusform>
                <numerusform>%n cases closed more than {months} months ago. Export them first with `retention export FILE`, then `retention anonymise --confirm %n`.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n case(s) to {written} (AES-encrypted; give the password separately and keep it: it is not stored anywhere).</source>
            <translation>
                <numerusform>Wrote %n case to {written} (AES-encrypted; give the password separately and keep it: it is not stored anywhere).</numerusform>
                <numerusform>Wrote %n cases to {written} (AES-encrypted; give the password separately and keep it: it is not stored anywhere).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) would be anonymised: their names, relatives, addresses and free text are removed for good. Run again with --confirm %n to do it (export them first if the office must keep a copy).</source>
            <translation>
                <numerusform>%n case would be anonymised: their names, relatives, addresses and free text are removed for good. Run again with --confirm %n to do it (export them first if the office must keep a copy).</numerusform>
                <numerusform>%n cases would be anonymised: their names, relatives, addresses and free text are removed for good. Run again with --confirm %n to do it (export them first if the office must keep a copy).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymised %n case(s).{tail} Backups made before now still hold it until they are deleted.</source>
            <translation>
                <numerusform>Anonymised %n case.{tail} Backups made before now still hold it until they are deleted.</numerusform>
                <numerusform>Anonymised %n cases.{tail} Backups made before now still hold it until they are deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff</source>
            <translation>
                <numerusform>%n member of staff</numerusform>
                <numerusform>%n members of staff</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases in the review queue</source>
            <translation>
                <numerusform>%n case in the review queue</numerusform>
                <numerusform>%n cases in the review queue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stalled cases</source>
            <translation>
                <numerusform>%n stalled case</numerusform>
                <numerusform>%n stalled cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{table} (%n rows)</source>
            <translation>
                <numerusform>{table} (%n row)</numerusform>
                <numerusform>{table} (%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The check found damage in {path}: %n problem(s), the first: {first}. Restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</source>
            <translation>
                <numerusform>The check found damage in {path}: %n problem, the first: {first}. Restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</numerusform>
                <numerusform>The check found damage in {path}: %n problems, the first: {first}. Restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message numerus="yes">
            <source>The log beside the database {name} ({log}) is damaged: %n saved changes in it cannot be read, and the database would open without them. A copy of the log was kept as {kept}. Restore the newest backup, or open the database again to go on without those changes.</source>
            <translation>
                <numerusform>The log beside the database {name} ({log}) is damaged: %n saved change in it cannot be read, and the database would open without it. A copy of the log was kept as {kept}. Restore the newest backup, or open the database again to go on without that change.</numerusform>
                <numerusform>The log beside the database {name} ({log}) is damaged: %n saved changes in it cannot be read, and the database would open without them. A copy of the log was kept as {kept}. Restore the newest backup, or open the database again to go on without those changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The upgrade would leave %n records pointing at nothing (the first: {table} row {row}, to {parent}). Nothing was changed; keep using the older version and report this.</source>
            <translation>
                <numerusform>The upgrade would leave %n record pointing at nothing (the first: {table} row {row}, to {parent}). Nothing was changed; keep using the older version and report this.</numerusform>
                <numerusform>The upgrade would leave %n records pointing at nothing (the first: {table} row {row}, to {parent}). Nothing was changed; keep using the older version and report this.</numerusform>
            </translation>
        </message>
    </context>
</TS>
