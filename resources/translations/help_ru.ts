<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Ombuds Desk</source>
            <translation>О программе Ombuds Desk</translation>
        </message>
        <message>
            <source>Case management for ombudsman staff looking after prisoners of war, detainees and evacuees, their families, letters and parcels.</source>
            <translation>Учёт дел для сотрудников аппарата омбудсмена, которые занимаются военнопленными, задержанными и эвакуированными, их семьями, письмами и посылками.</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Версия:</translation>
        </message>
        <message>
            <source>{where} (demo database)</source>
            <translation>{where} (демонстрационная база данных)</translation>
        </message>
        <message>
            <source>{where} (read-only)</source>
            <translation>{where} (только чтение)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>База данных:</translation>
        </message>
        <message>
            <source>{licence}: free software under the &lt;a href="{url}"&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.</source>
            <translation>{licence}: свободное программное обеспечение по &lt;a href="{url}"&gt;GNU General Public License&lt;/a&gt; версии 3 или (по вашему выбору) любой более поздней версии. Предоставляется без каких-либо гарантий.</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Лицензия:</translation>
        </message>
        <message>
            <source>Runs on:</source>
            <translation>Среда:</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Копировать сведения</translation>
        </message>
        <message>
            <source>Copy the version, database and system to the clipboard, for a message</source>
            <translation>Скопировать версию, базу данных и систему в буфер обмена, чтобы добавить в сообщение</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide</source>
            <translation>Руководство пользователя</translation>
        </message>
        <message>
            <source>Open in &amp;another program</source>
            <translation>Открыть в &amp;другой программе</translation>
        </message>
        <message>
            <source>Open the guide's file with the program the system chooses</source>
            <translation>Открыть файл руководства программой, которую выберет система</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy of Ombuds Desk. It is in the folder docs/guide of the program's source.</source>
            <translation>Руководство пользователя не установлено вместе с этой копией Ombuds Desk. Оно находится в папке docs/guide исходного кода программы.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>{app}, version {version}</source>
            <translation>{app}, версия {version}</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <source>Open the user guide: logging mail, stalled cases, printing case sheets</source>
            <translation>Открыть руководство: учёт почты, дела без движения, печать карточек дел</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>List every action of the window with its shortcut</source>
            <translation>Список всех действий окна с их сочетаниями клавиш</translation>
        </message>
        <message>
            <source>&amp;About Ombuds Desk</source>
            <translation>&amp;О программе Ombuds Desk</translation>
        </message>
        <message>
            <source>The version, the database in use and the licence</source>
            <translation>Версия, используемая база данных и лицензия</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Every action of the window that has a shortcut, by the menu it is in.</source>
            <translation>Все действия окна, у которых есть сочетание клавиш, по меню, в котором они находятся.</translation>
        </message>
        <message>
            <source>Find an action or a key…</source>
            <translation>Найти действие или клавишу…</translation>
        </message>
        <message>
            <source>Find an action or a key</source>
            <translation>Найти действие или клавишу</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Сочетание клавиш</translation>
        </message>
    </context>
</TS>
