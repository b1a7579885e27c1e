<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AddParcelsDialog</name>
    <message>
        <source>Add packed parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d packed parcels wait for a shipment. Ctrl+A selects them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 parcel is still being assembled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s parcels are still being assembled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packed parcels wait for a shipment: %s — seal them first (open them on the Parcels page, Alt+5, and Pack and seal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packed parcels wait for a shipment: every sealed parcel is in a shipment already. Make up and seal a parcel first (New parcel).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Winter parcels 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcels delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target (parcels delivered) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcels for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can change campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over shipment %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every parcel in &lt;b&gt;%s&lt;/b&gt; (%s) and every item in them becomes &lt;b&gt;dispatched&lt;/b&gt;. Record who handed it over and who received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log letters and items — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the person (from family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other person… (type the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody (item from the person) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unknown —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. drawing by his daughter, a house and a dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter or Alt+N: save, keep author and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves and closes · Ctrl+Enter saves and starts the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d items logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold %d item(s): they will not be sent. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withhold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewShipmentDialog</name>
    <message>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ICRC-2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>%s of %s captives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s captives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; have sent no letter, card or other item for more than %d days (office setting). Enter opens the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>&amp;Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected item out of the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks an item; then Add ticked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add ticked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged, not screened yet: they cannot be packed until they pass screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass these items at screening here; to withhold one, use Withhold… on the case&apos;s Mail tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this empty parcel, created by mistake (Undo in the status bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contents, e.g. warm socks, soap, tea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save c&amp;ontents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened items of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (g):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this parcel&apos;s label (with QR code) as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &lt;b&gt;%s&lt;/b&gt; (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel is sealed: reopen it to add items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screened items for this person: %s — &lt;a href=&quot;screen&quot;&gt;Screen them now&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screened items for this person wait to be packed: every item to them is in a parcel, withheld or not logged yet (Log items on the case&apos;s Mail tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters or items in this parcel; its other contents are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this parcel yet: tick screened items on the right (Space) and Add ticked items, or describe other contents below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of parcel %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the seal of this parcel to change what is in it. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Parcel number (scan), seal number or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a shi&amp;pment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a parcel for the case selected on Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected parcel (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected parcels&apos; labels as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo deliver&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected delivered parcels were not delivered after all (a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel matches the search and filters above: a parcel number, seal number or case number is found by its beginning. Clear them to see every parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels yet: select a case on the Cases page, then New parcel (or New parcel on the case&apos;s Mail tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the recipient&apos;s case on the Cases page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Acknowledgement — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent it, e.g. ICRC or the counterpart office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unacknowledged after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import and reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as an acknowledgement list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery dates from “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delivery dates (today is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s parcel numbers in column “%s”, %s. Nothing changes until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dispatched, not acknowledged after %d days&lt;/b&gt; (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Acknowledged numbers this office does not know&lt;/b&gt; (%d)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <source>Scan or type a parcel number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;packed parcels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the delivery, return or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;by number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the handover, o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a shipment, or create one with New shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over on %s by %s to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed receipt attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels in this shipment yet: scan or type a parcel number above, or Add packed parcels… (only sealed parcels can be shipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels in this shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;all %d parcels delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the &amp;last parcel delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;delivery of %d selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is already in this shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm all deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that all %d parcels of shipment %s still on their way were delivered on %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the %d parcel of shipment %s still on its way was delivered on %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their letters and items become delivered too. Returned and lost parcels stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %d delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %s of %s confirmed delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d parcels of %s confirmed delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone by %s right after confirming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery of %d parcels undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery of %s undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the one parcel that came back or was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? The reason stays in the parcel&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>&amp;New shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a batch of parcels for one handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the other side&apos;s list of delivered parcels (CSV or XLSX) and reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipments yet: New shipment… starts a batch of sealed parcels for one handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an acknowledgement list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Undo the delivery of parcel %s? It goes back to dispatched (or to lost, if it had been recorded lost), with its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the delivery of %d parcels (%s)? They go back to dispatched (or to lost, if recorded lost before), with their items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? The reason stays in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery of %d parcels undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery of %s undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
