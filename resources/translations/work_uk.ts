<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; (%s)&lt;br&gt;All %d persons in it become &lt;b&gt;%s&lt;/b&gt; on the date below, each with a history entry naming this operation. If any one of them cannot, nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>New operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Exchange of 12 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review case %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last reviewed %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s&lt;br&gt;%s, %d days stalled: %s&lt;br&gt;Caseworker: %s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing ends the case; it needs no further review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case is closed (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case leaves the queue until then (it stays stalled in the figures).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
