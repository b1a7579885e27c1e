<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddParcelsDialog</name>
        <message numerus="yes">
            <source>%n packed parcels wait for a shipment. Ctrl+A selects them all.</source>
            <translation>
                <numerusform>%n packed parcel waits for a shipment. Ctrl+A selects them all.</numerusform>
                <numerusform>%n packed parcels wait for a shipment. Ctrl+A selects them all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message numerus="yes">
            <source>%n items logged</source>
            <translation>
                <numerusform>%n item logged</numerusform>
                <numerusform>%n items logged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailPlurals</name>
        <message numerus="yes">
            <source>%n letters</source>
            <translation>
                <numerusform>%n letter</numerusform>
                <numerusform>%n letters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
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
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged, waiting to be packed</source>
            <translation>
                <numerusform>%n logged, waiting to be packed</numerusform>
                <numerusform>%n logged, waiting to be packed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n packed, waiting to be dispatched</source>
            <translation>
                <numerusform>%n packed, waiting to be dispatched</numerusform>
                <numerusform>%n packed, waiting to be dispatched</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Withhold %n items: they will not be sent. Why?</source>
            <translation>
                <numerusform>Withhold %n item: it will not be sent. Why?</numerusform>
                <numerusform>Withhold %n items: they will not be sent. Why?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo the delivery of %n parcels ({numbers})? They go back to dispatched (or to lost, if recorded lost before), with their items.</source>
            <translation>
                <numerusform>Undo the delivery of %n parcel ({numbers})? It goes back to dispatched (or to lost, if it had been recorded lost), with its items.</numerusform>
                <numerusform>Undo the delivery of %n parcels ({numbers})? They go back to dispatched (or to lost, if recorded lost before), with their items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delivery of %n parcels undone.</source>
            <translation>
                <numerusform>Delivery of %n parcel undone.</numerusform>
                <numerusform>Delivery of %n parcels undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailTab</name>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected items cannot be removed.</source>
            <translation>
                <numerusform>%n of the selected items cannot be removed.</numerusform>
                <numerusform>%n of the selected items cannot be removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items removed.</source>
            <translation>
                <numerusform>%n item removed.</numerusform>
                <numerusform>%n items removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShipmentPanel</name>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n parcel</numerusform>
                <numerusform>%n parcels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;all %n parcels delivered…</source>
            <translation>
                <numerusform>Confirm &amp;all %n parcel delivered…</numerusform>
                <numerusform>Confirm &amp;all %n parcels delivered…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;delivery of %n selected</source>
            <translation>
                <numerusform>Confirm &amp;delivery of %n selected</numerusform>
                <numerusform>Confirm &amp;delivery of %n selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm that all %n parcels of shipment {reference} still on their way were delivered on {day}?</source>
            <translation>
                <numerusform>Confirm that the %n parcel of shipment {reference} still on its way was delivered on {day}?</numerusform>
                <numerusform>Confirm that all %n parcels of shipment {reference} still on their way were delivered on {day}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm %n delivered</source>
            <translation>
                <numerusform>Confirm %n delivered</numerusform>
                <numerusform>Confirm %n delivered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcels of {reference} confirmed delivered.</source>
            <translation>
                <numerusform>%n parcel of {reference} confirmed delivered.</numerusform>
                <numerusform>%n parcels of {reference} confirmed delivered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delivery of %n parcels undone.</source>
            <translation>
                <numerusform>Delivery of %n parcel undone.</numerusform>
                <numerusform>Delivery of %n parcels undone.</numerusform>
            </translation>
        </message>
    </context>
</TS>
