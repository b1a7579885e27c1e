<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>RowMarkers</name>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Без руху</translation>
        </message>
        <message>
            <source>Blocked: {reason}</source>
            <translation>Заблоковано: {reason}</translation>
        </message>
        <message>
            <source>Blocked: no reason given</source>
            <translation>Заблоковано: причину не вказано</translation>
        </message>
    </context>
</TS>
