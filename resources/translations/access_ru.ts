<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>RowMarkers</name>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Без движения</translation>
        </message>
        <message>
            <source>Blocked: {reason}</source>
            <translation>Заблокировано: {reason}</translation>
        </message>
        <message>
            <source>Blocked: no reason given</source>
            <translation>Заблокировано: причина не указана</translation>
        </message>
    </context>
</TS>
