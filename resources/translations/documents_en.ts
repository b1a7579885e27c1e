<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Documents</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message numerus="yes">
            <source>{office} — %n parcel labels ({shipment}){start}; personal data</source>
            <translation>
                <numerusform>{office} — %n parcel label ({shipment}){start}; personal data</numerusform>
                <numerusform>{office} — %n parcel labels ({shipment}){start}; personal data</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message numerus="yes">
            <source>(%n not weighed)</source>
            <translation>
                <numerusform>(%n parcel not weighed)</numerusform>
                <numerusform>(%n parcels not weighed)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n parcel</numerusform>
                <numerusform>%n parcels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n letters</source>
            <translation>
                <numerusform>%n letter</numerusform>
                <numerusform>%n letters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n postcards</source>
            <translation>
                <numerusform>%n postcard</numerusform>
                <numerusform>%n postcards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n drawings</source>
            <translation>
                <numerusform>%n drawing</numerusform>
                <numerusform>%n drawings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other items</source>
            <translation>
                <numerusform>%n other item</numerusform>
                <numerusform>%n other items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfMetadata</name>
        <message numerus="yes">
            <source>Case sheets {span}(%n cases) — {version}</source>
            <translation>
                <numerusform>Case sheets {span}(%n case) — {version}</numerusform>
                <numerusform>Case sheets {span}(%n cases) — {version}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{listed} and %n more</source>
            <translation>
                <numerusform>{listed} and %n more</numerusform>
                <numerusform>{listed} and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message numerus="yes">
            <source>Uses %n sheet(s); labels 1–{last} of the first sheet are left empty.</source>
            <translation>
                <numerusform>Uses %n sheet; labels 1–{last} of the first sheet are left empty.</numerusform>
                <numerusform>Uses %n sheets; labels 1–{last} of the first sheet are left empty.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uses %n sheet(s).</source>
            <translation>
                <numerusform>Uses %n sheet.</numerusform>
                <numerusform>Uses %n sheets.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StalledReport</name>
        <message numerus="yes">
            <source>%n cases</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{office} — stalled-cases report (internal): {cases} in %n groups; confidential, contains personal data</source>
            <translation>
                <numerusform>{office} — stalled-cases report (internal): {cases} in %n group; confidential, contains personal data</numerusform>
                <numerusform>{office} — stalled-cases report (internal): {cases} in %n groups; confidential, contains personal data</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No change for more than %n days</source>
            <translation>
                <numerusform>No change for more than %n day</numerusform>
                <numerusform>No change for more than %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
