<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Ombuds Desk</source>
            <translation>Про Ombuds Desk</translation>
        </message>
        <message>
            <source>Case management for ombudsman staff looking after prisoners of war, detainees and evacuees, their families, letters and parcels.</source>
            <translation>Облік справ для працівників офісу омбудсмана, які опікуються військовополоненими, затриманими та евакуйованими, їхніми родинами, листами й посилками.</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Версія:</translation>
        </message>
        <message>
            <source>{where} (demo database)</source>
            <translation>{where} (демонстраційна база даних)</translation>
        </message>
        <message>
            <source>{where} (read-only)</source>
            <translation>{where} (лише читання)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>База даних:</translation>
        </message>
        <message>
            <source>{licence}: free software under the &lt;a href="{url}"&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.</source>
            <translation>{licence}: вільне програмне забезпечення за &lt;a href="{url}"&gt;GNU General Public License&lt;/a&gt; версії 3 або (на ваш вибір) будь-якої пізнішої версії. Надається без жодних гарантій.</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Ліцензія:</translation>
        </message>
        <message>
            <source>Runs on:</source>
            <translation>Середовище:</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Копіювати відомості</translation>
        </message>
        <message>
            <source>Copy the version, database and system to the clipboard, for a message</source>
            <translation>Скопіювати версію, базу даних і систему до буфера обміну, щоб додати до повідомлення</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide</source>
            <translation>Посібник користувача</translation>
        </message>
        <message>
            <source>Open in &amp;another program</source>
            <translation>Відкрити в &amp;іншій програмі</translation>
        </message>
        <message>
            <source>Open the guide's file with the program the system chooses</source>
            <translation>Відкрити файл посібника програмою, яку вибере система</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy of Ombuds Desk. It is in the folder docs/guide of the program's source.</source>
            <translation>Посібник користувача не встановлено разом із цією копією Ombuds Desk. Він міститься в теці docs/guide вихідного коду програми.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>{app}, version {version}</source>
            <translation>{app}, версія {version}</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Посібник користувача</translation>
        </message>
        <message>
            <source>Open the user guide: logging mail, stalled cases, printing case sheets</source>
            <translation>Відкрити посібник: облік пошти, справи без руху, друк карток справ</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сполучення клавіш</translation>
        </message>
        <message>
            <source>List every action of the window with its shortcut</source>
            <translation>Перелік усіх дій вікна з їхніми сполученнями клавіш</translation>
        </message>
        <message>
            <source>&amp;About Ombuds Desk</source>
            <translation>Пр&amp;о Ombuds Desk</translation>
        </message>
        <message>
            <source>The version, the database in use and the licence</source>
            <translation>Версія, база даних, з якою ви працюєте, і ліцензія</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Everywhere</source>
            <translation>Усюди</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сполучення клавіш</translation>
        </message>
        <message>
            <source>Every action of the window that has a shortcut, by the menu it is in.</source>
            <translation>Усі дії вікна, що мають сполучення клавіш, за меню, у якому вони є.</translation>
        </message>
        <message>
            <source>Find an action or a key…</source>
            <translation>Знайти дію або клавішу…</translation>
        </message>
        <message>
            <source>Find an action or a key</source>
            <translation>Знайти дію або клавішу</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Сполучення клавіш</translation>
        </message>
    </context>
</TS>
