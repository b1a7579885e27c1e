<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AddStaffDialog</name>
        <message>
            <source>Add a member of staff</source>
            <translation>Добавление сотрудника</translation>
        </message>
        <message>
            <source>e.g. o.bondar</source>
            <translation>напр. o.bondar</translation>
        </message>
        <message>
            <source>as it appears in the records</source>
            <translation>как в документах</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Полное имя:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>&amp;Temporary password:</source>
            <translation>&amp;Временный пароль:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>Ещё &amp;раз:</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters. Give it to them in person: they choose their own password when they first sign in.</source>
            <translation>
                <numerusform>Не менее %n символа. Передайте его лично: свой пароль сотрудник выберет при первом входе.</numerusform>
                <numerusform>Не менее %n символов. Передайте его лично: свой пароль сотрудник выберет при первом входе.</numerusform>
                <numerusform>Не менее %n символов. Передайте его лично: свой пароль сотрудник выберет при первом входе.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Type a temporary password.</source>
            <translation>Введите временный пароль.</translation>
        </message>
    </context>
    <context>
        <name>Admin</name>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>The office's name, thresholds, paper size, idle lock and backup folder</source>
            <translation>Название учреждения, пороги, размер бумаги, блокировка при бездействии и папка резервных копий</translation>
        </message>
        <message>
            <source>&amp;Retention of closed cases…</source>
            <translation>&amp;Хранение закрытых дел…</translation>
        </message>
        <message>
            <source>Closed cases past the retention period: export them, then anonymise them</source>
            <translation>Закрытые дела с истёкшим сроком хранения: экспортировать, затем обезличить</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Администрирование</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Where the data is</source>
            <translation>Где хранятся данные</translation>
        </message>
    </context>
    <context>
        <name>ArchivePassword</name>
        <message>
            <source>Protect with a password (AES-encrypted .&amp;zip archive)</source>
            <translation>Защитить паролем (&amp;zip-архив с шифрованием AES)</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>тот же ещё раз</translation>
        </message>
        <message>
            <source>Give the password to the recipient another way (by telephone, not in the same e-mail). It is not kept anywhere: without it the archive cannot be opened.</source>
            <translation>Передайте пароль получателю другим путём (по телефону, а не тем же письмом). Он нигде не хранится: без него архив не открыть.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Повторите:</translation>
        </message>
        <message>
            <source>The two passwords differ</source>
            <translation>Пароли не совпадают</translation>
        </message>
        <message>
            <source>Password for the archive</source>
            <translation>Пароль к архиву</translation>
        </message>
    </context>
    <context>
        <name>ArchivePasswordBox</name>
        <message numerus="yes">
            <source>at least %n characters</source>
            <translation>
                <numerusform>не менее %n символа</numerusform>
                <numerusform>не менее %n символов</numerusform>
                <numerusform>не менее %n символов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n characters; at least {least}</source>
            <translation>
                <numerusform>%n символ; нужно не менее {least}</numerusform>
                <numerusform>%n символа; нужно не менее {least}</numerusform>
                <numerusform>%n символов; нужно не менее {least}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditWords</name>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Вход отклонён</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Дело открыто</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Напечатано</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Экспортировано</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Резервная копия создана</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервная копия восстановлена</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Обезличено</translation>
        </message>
        <message>
            <source>Database encrypted</source>
            <translation>База данных зашифрована</translation>
        </message>
        <message>
            <source>Database decrypted</source>
            <translation>База данных расшифрована</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Рассмотрение</translation>
        </message>
        <message>
            <source>Reassignment</source>
            <translation>Передача дела</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Отправление</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посылка</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партия</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Acknowledgement line</source>
            <translation>Строка подтверждения</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампания</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Операция</translation>
        </message>
        <message>
            <source>Operation member</source>
            <translation>Участник операции</translation>
        </message>
        <message>
            <source>Block reason</source>
            <translation>Причина блокировки</translation>
        </message>
        <message>
            <source>Member of staff</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Ombuds Desk</source>
            <translation>Ombuds Desk</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>BackupMenu</name>
        <message>
            <source>Ombuds Desk backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Резервные копии Ombuds Desk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>{megabytes} MB</source>
            <translation>{megabytes} МБ</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Создать &amp;резервную копию сейчас</translation>
        </message>
        <message>
            <source>Make a backup of the whole database now, in the backup folder</source>
            <translation>Сейчас создать резервную копию всей базы данных в папке резервных копий</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>В&amp;осстановить из резервной копии…</translation>
        </message>
        <message>
            <source>Put a backup in place of the database (the database in use is kept aside)</source>
            <translation>Поставить резервную копию на место базы данных (текущая база сохраняется отдельно)</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Создание резервной копии…</translation>
        </message>
        <message>
            <source>no backup was made</source>
            <translation>резервная копия не создана</translation>
        </message>
        <message>
            <source>Backup made: {path} ({size})</source>
            <translation>Резервная копия создана: {path} ({size})</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Резервная копия создана</translation>
        </message>
        <message>
            <source>The database was backed up to {path} ({size}).</source>
            <translation>Резервная копия базы данных сохранена в {path} ({size}).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Проверка резервной копии…</translation>
        </message>
        <message>
            <source>the backup was not checked</source>
            <translation>резервная копия не проверена</translation>
        </message>
        <message>
            <source>The daily backup failed: {problem}</source>
            <translation>Ежедневная резервная копия не создана: {problem}</translation>
        </message>
        <message>
            <source>Today's backup was made: {path}</source>
            <translation>Сегодняшняя резервная копия создана: {path}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message numerus="yes">
            <source>Choose a password of your own: at least %n characters, not your user name.</source>
            <translation>
                <numerusform>Выберите собственный пароль: не менее %n символа, не ваше имя пользователя.</numerusform>
                <numerusform>Выберите собственный пароль: не менее %n символов, не ваше имя пользователя.</numerusform>
                <numerusform>Выберите собственный пароль: не менее %n символов, не ваше имя пользователя.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Final since</source>
            <translation>Окончательный статус с</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Заблокирован до</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Должен сменить пароль</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Последний вход</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <source>%s saved it on %s without changing a field shown here</source>
            <translation>%s сохранил(а) запись %s, не изменив ни одного из показанных здесь полей</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>кто-то другой</translation>
        </message>
        <message>
            <source>This record</source>
            <translation>Эта запись</translation>
        </message>
        <message>
            <source>Reloaded: this is %s as %s saved it, with your changes put back (%s). Check them, then save.</source>
            <translation>Перезагружено: это %s в том виде, в каком сохранил(а) %s, с возвращёнными вашими изменениями (%s). Проверьте их и сохраните.</translation>
        </message>
        <message>
            <source>Reloaded: this is %s as %s saved it; what you had typed was discarded.</source>
            <translation>Перезагружено: это %s в том виде, в каком сохранил(а) %s; введённое вами отброшено.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; was changed by &lt;b&gt;%s&lt;/b&gt; after you opened it. Nothing of yours was saved.</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; изменил(а) &lt;b&gt;%s&lt;/b&gt; после того, как вы открыли запись. Ничего из ваших изменений не сохранено.</translation>
        </message>
        <message>
            <source>Also changed: %s</source>
            <translation>Также изменено: %s</translation>
        </message>
        <message>
            <source>&amp;Reload and apply my changes again</source>
            <translation>&amp;Перезагрузить и применить мои изменения снова</translation>
        </message>
        <message>
            <source>&amp;Discard my changes</source>
            <translation>&amp;Отбросить мои изменения</translation>
        </message>
        <message>
            <source>Back to the form as you typed it; nothing is saved</source>
            <translation>Вернуться к форме с введённым; ничего не сохранено</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>Их значение</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>Ваше значение</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Кто изменил</translation>
        </message>
        <message>
            <source>%s (you did not change it)</source>
            <translation>%s (вы не меняли)</translation>
        </message>
        <message>
            <source>Their value is kept when you reload</source>
            <translation>При перезагрузке останется их значение</translation>
        </message>
        <message>
            <source>None of the fields on your form differs from theirs.</source>
            <translation>Ни одно поле вашей формы не отличается от их варианта.</translation>
        </message>
        <message>
            <source>“Reload and apply my changes again” shows %s as saved now with your changes (%s) on top; check it and save. Nothing is saved until you do.</source>
            <translation>«Перезагрузить и применить мои изменения снова» покажет %s в сохранённом виде с вашими изменениями (%s) поверх; проверьте и сохраните. До тех пор ничего не сохранено.</translation>
        </message>
        <message>
            <source>You changed nothing on the form; reload it to see %s as saved now.</source>
            <translation>Вы ничего не изменили в форме; перезагрузите её, чтобы увидеть %s в сохранённом виде.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Раньше</translation>
        </message>
        <message>
            <source>&amp;Close and show the new version</source>
            <translation>&amp;Закрыть и показать новую версию</translation>
        </message>
        <message>
            <source>&amp;Keep this form open</source>
            <translation>&amp;Оставить форму открытой</translation>
        </message>
    </context>
    <context>
        <name>DataLocationsTab</name>
        <message>
            <source>Where this office's data is kept, and who could read it if a file were copied. Personal data must be protected wherever it goes.</source>
            <translation>Где хранятся данные учреждения и кто смог бы их прочитать, если бы файл скопировали. Персональные данные должны быть защищены, где бы они ни находились.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Зашифровано</translation>
        </message>
        <message>
            <source>What that means</source>
            <translation>Что это значит</translation>
        </message>
        <message>
            <source>&amp;Read again</source>
            <translation>&amp;Прочитать снова</translation>
        </message>
        <message>
            <source>Last successful backup:</source>
            <translation>Последняя успешная резервная копия:</translation>
        </message>
        <message>
            <source>Last check of the audit trail:</source>
            <translation>Последняя проверка журнала аудита:</translation>
        </message>
        <message>
            <source>the server's</source>
            <translation>сервера</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Частично</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>none yet: back up from File → Back up now (or ombuds-desk backup).</source>
            <translation>ещё нет: создайте её через Файл → Создать резервную копию сейчас (или ombuds-desk backup).</translation>
        </message>
        <message>
            <source>the daily backup</source>
            <translation>ежедневная резервная копия</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>по запросу</translation>
        </message>
        <message>
            <source>{when}, {kind}, by {who}
{path}</source>
            <translation>{when}, {kind}, создал(а): {who}
{path}</translation>
        </message>
        <message>
            <source>never: verify it on the Audit trail tab (or ombuds-desk audit verify).</source>
            <translation>ещё не было: проверьте на вкладке «Журнал аудита» (или ombuds-desk audit verify).</translation>
        </message>
        <message numerus="yes">
            <source>{when}, by {who}: intact, %n entries as they were written.</source>
            <translation>
                <numerusform>{when}, проверил(а): {who}: цел, %n запись в том виде, в каком её внесли.</numerusform>
                <numerusform>{when}, проверил(а): {who}: цел, %n записи в том виде, в каком их внесли.</numerusform>
                <numerusform>{when}, проверил(а): {who}: цел, %n записей в том виде, в каком их внесли.</numerusform>
            </translation>
        </message>
        <message>
            <source>{when}, by {who}: TAMPERED WITH: {problem}.</source>
            <translation>{when}, проверил(а): {who}: ПОДДЕЛАН: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>DialogParts</name>
        <message>
            <source>The date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>The packing date</source>
            <translation>Дата упаковки</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ErrorBox</name>
        <message>
            <source>Something went wrong</source>
            <translation>Произошла ошибка</translation>
        </message>
        <message>
            <source>Ombuds Desk hit an unexpected problem and nothing was saved. The details were written to the log; please tell your administrator.

{problem}</source>
            <translation>В Ombuds Desk произошла непредвиденная ошибка, ничего не сохранено. Подробности записаны в журнал работы программы; пожалуйста, сообщите администратору.

{problem}</translation>
        </message>
    </context>
    <context>
        <name>FaultDialog</name>
        <message>
            <source>The database is locked</source>
            <translation>База данных заблокирована</translation>
        </message>
        <message>
            <source>The database file is damaged or not an Ombuds Desk database</source>
            <translation>Файл базы данных повреждён или это не база данных Ombuds Desk</translation>
        </message>
        <message>
            <source>The database was made by a newer Ombuds Desk</source>
            <translation>База данных создана более новой версией Ombuds Desk</translation>
        </message>
        <message>
            <source>The database server cannot be reached</source>
            <translation>Сервер базы данных недоступен</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Диск заполнен</translation>
        </message>
        <message>
            <source>The database cannot be written</source>
            <translation>В базу данных невозможно записать</translation>
        </message>
        <message>
            <source>The database cannot be used</source>
            <translation>Базой данных невозможно пользоваться</translation>
        </message>
        <message>
            <source>Ombuds Desk cannot open the database</source>
            <translation>Ombuds Desk не может открыть базу данных</translation>
        </message>
        <message>
            <source>The newest backup was {backup}.</source>
            <translation>Самая новая резервная копия {backup}.</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Попробовать ещё раз</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>&amp;Восстановить из самой новой резервной копии</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>Открыть &amp;другую базу данных…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыйти</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>(no caseworker)</source>
            <translation>(без сотрудника)</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Сбросить фильтры</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Фильтр:</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>A new database — Ombuds Desk</source>
            <translation>Новая база данных — Ombuds Desk</translation>
        </message>
        <message>
            <source>e.g. Office of the Ombudsman</source>
            <translation>напр. Аппарат Уполномоченного</translation>
        </message>
        <message>
            <source>e.g. Ірина Коваленко</source>
            <translation>напр. Ирина Коваленко</translation>
        </message>
        <message>
            <source>e.g. i.kovalenko</source>
            <translation>напр. i.kovalenko</translation>
        </message>
        <message>
            <source>&amp;Encrypt the database file with a passphrase</source>
            <translation>&amp;Зашифровать базу данных парольной фразой</translation>
        </message>
        <message>
            <source>Recommended on a laptop or a shared computer: without the passphrase, the file and its backups cannot be read by anyone who takes them.</source>
            <translation>Рекомендуется для ноутбука или общего компьютера: без парольной фразы файл и его резервные копии не сможет прочитать никто, кто их заберёт.</translation>
        </message>
        <message>
            <source>Asked at every start, stored nowhere: if it is lost, nobody can open the database or its backups. Keep it written down somewhere safe.</source>
            <translation>Запрашивается при каждом запуске, нигде не хранится: если она утеряна, никто не откроет ни базу данных, ни её резервные копии. Храните её записанной в надёжном месте.</translation>
        </message>
        <message>
            <source>&amp;Office name:</source>
            <translation>&amp;Название учреждения:</translation>
        </message>
        <message>
            <source>Your &amp;full name:</source>
            <translation>Ваше &amp;полное имя:</translation>
        </message>
        <message>
            <source>Your &amp;user name:</source>
            <translation>Ваше &amp;имя пользователя:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Пароль ещё &amp;раз:</translation>
        </message>
        <message>
            <source>P&amp;assphrase:</source>
            <translation>Пароль&amp;ная фраза:</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain:</source>
            <translation>Парольная фраза ещё р&amp;аз:</translation>
        </message>
        <message>
            <source>&amp;Create and sign in</source>
            <translation>&amp;Создать и войти</translation>
        </message>
        <message numerus="yes">
            <source>Nobody can sign in to this database yet. Name the office and create the first admin account: the admin adds the rest of the staff and gives each a role. The password must have at least %n characters. Keep it safe: nobody can read it back, and only an admin can reset it.</source>
            <translation>
                <numerusform>В эту базу данных пока никто не может войти. Укажите название учреждения и создайте первую учётную запись администратора: администратор добавит остальных сотрудников и назначит каждому роль. Пароль должен содержать не менее %n символа. Берегите его: прочитать его никто не сможет, а сбросить может только администратор.</numerusform>
                <numerusform>В эту базу данных пока никто не может войти. Укажите название учреждения и создайте первую учётную запись администратора: администратор добавит остальных сотрудников и назначит каждому роль. Пароль должен содержать не менее %n символов. Берегите его: прочитать его никто не сможет, а сбросить может только администратор.</numerusform>
                <numerusform>В эту базу данных пока никто не может войти. Укажите название учреждения и создайте первую учётную запись администратора: администратор добавит остальных сотрудников и назначит каждому роль. Пароль должен содержать не менее %n символов. Берегите его: прочитать его никто не сможет, а сбросить может только администратор.</numerusform>
            </translation>
        </message>
        <message>
            <source>Welcome to Ombuds Desk</source>
            <translation>Добро пожаловать в Ombuds Desk</translation>
        </message>
        <message>
            <source>is not the same as the password</source>
            <translation>не совпадает с паролем</translation>
        </message>
        <message>
            <source>is not the same as the passphrase</source>
            <translation>не совпадает с парольной фразой</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Ombuds Desk is locked</source>
            <translation>Ombuds Desk заблокирован</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role}, user name {username})</source>
            <translation>Вошёл (вошла): {name} ({role}, имя пользователя {username})</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Разблокировать</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Выйти из учётной записи</translation>
        </message>
        <message>
            <source>Someone else? Sign out closes Ombuds Desk; what is typed in forms left open is not saved.</source>
            <translation>Другой человек? Выход закрывает Ombuds Desk; введённое в открытых формах не будет сохранено.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Введите пароль.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityCheck</name>
        <message>
            <source>&amp;Check the database for damage</source>
            <translation>&amp;Проверить базу данных на повреждения</translation>
        </message>
        <message>
            <source>Read the whole database file and say whether any of it is damaged</source>
            <translation>Прочитать весь файл базы данных и сообщить, есть ли в нём повреждения</translation>
        </message>
        <message>
            <source>Checking the database for damage…</source>
            <translation>Проверка базы данных на повреждения…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>База данных повреждена</translation>
        </message>
        <message>
            <source>No damage found in the database.</source>
            <translation>Повреждений в базе данных не обнаружено.</translation>
        </message>
        <message>
            <source>No damage found</source>
            <translation>Повреждений не обнаружено</translation>
        </message>
        <message>
            <source>The whole database {name} was read: no damage was found.</source>
            <translation>База данных {name} прочитана полностью: повреждений не обнаружено.</translation>
        </message>
        <message>
            <source>Changes may be lost or refused from now on. Stop entering data, restore the newest backup (File → Restore a backup…, or ask an admin) and tell your administrator.</source>
            <translation>Отныне изменения могут теряться или не приниматься. Прекратите ввод данных, восстановите самую новую резервную копию (Файл → Восстановить из резервной копии… или попросите администратора) и сообщите администратору.</translation>
        </message>
    </context>
    <context>
        <name>LoadingBadge</name>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message numerus="yes">
            <source>Nobody used Ombuds Desk for %n minutes, so what it shows is hidden. Type your password to go on: everything open stays as you left it.</source>
            <translation>
                <numerusform>Ombuds Desk не использовали %n минуту, поэтому содержимое скрыто. Введите пароль, чтобы продолжить: всё открытое останется как было.</numerusform>
                <numerusform>Ombuds Desk не использовали %n минуты, поэтому содержимое скрыто. Введите пароль, чтобы продолжить: всё открытое останется как было.</numerusform>
                <numerusform>Ombuds Desk не использовали %n минут, поэтому содержимое скрыто. Введите пароль, чтобы продолжить: всё открытое останется как было.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO DATABASE — every person here is invented, for trying Ombuds Desk. Nothing entered here reaches the office's real database.</source>
            <translation>ДЕМОНСТРАЦИОННАЯ БАЗА ДАННЫХ — все лица здесь вымышлены, чтобы попробовать Ombuds Desk. Ничто введённое здесь не попадёт в настоящую базу данных учреждения.</translation>
        </message>
        <message>
            <source>{database} (read-only)</source>
            <translation>{database} (только чтение)</translation>
        </message>
        <message>
            <source>signed in automatically as {name} (demo {role})</source>
            <translation>автоматический вход: {name} (демо, {role})</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>ДЕМО</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{name} ({role}) · {database}</source>
            <translation>{name} ({role}) · {database}</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыйти</translation>
        </message>
        <message>
            <source>Close Ombuds Desk</source>
            <translation>Закрыть Ombuds Desk</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>Read every list again from the database (others' changes too)</source>
            <translation>Перечитать все списки из базы данных (в том числе изменения других)</translation>
        </message>
        <message>
            <source>Show the {page} page</source>
            <translation>Показать страницу «{page}»</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database — Ombuds Desk</source>
            <translation>Зашифрованная база данных — Ombuds Desk</translation>
        </message>
        <message>
            <source>Show the passphrase as typed (check the keyboard layout)</source>
            <translation>Показать введённую парольную фразу (проверьте раскладку клавиатуры)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парольная фраза:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>This database is encrypted. Type the office's passphrase to open it. It is not stored anywhere: if nobody knows it, the database and its backups cannot be opened. Ask your admin.</source>
            <translation>Эта база данных зашифрована. Введите парольную фразу учреждения, чтобы открыть её. Фраза нигде не хранится: если её никто не знает, базу данных и её резервные копии открыть невозможно. Обратитесь к администратору.</translation>
        </message>
        <message>
            <source>The database is encrypted</source>
            <translation>База данных зашифрована</translation>
        </message>
        <message>
            <source>That passphrase does not open this database (try {tries}). Check capital letters and the keyboard's language (Show lets you see what you type), then try again.</source>
            <translation>Эта парольная фраза не открывает базу данных (попытка {tries}). Проверьте заглавные буквы и язык клавиатуры (кнопка «Показать» покажет введённое) и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
        <message>
            <source>The passphrase is right: it opens this database's backup {backup}. But the database file {path} cannot be read with it: the file is damaged. Restore the newest backup (what was entered after it was made is lost), or open another database.</source>
            <translation>Парольная фраза верна: она открывает резервную копию этой базы данных {backup}. Но файл базы данных {path} ею не читается: файл повреждён. Восстановите последнюю резервную копию (то, что было внесено после её создания, будет потеряно) или откройте другую базу данных.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Сброс пароля</translation>
        </message>
        <message>
            <source>A temporary password for {name} ({username}). They must choose their own at the next sign-in; a locked account is unlocked too.</source>
            <translation>Временный пароль для {name} ({username}). При следующем входе сотрудник должен выбрать собственный; заблокированная учётная запись также будет разблокирована.</translation>
        </message>
        <message>
            <source>&amp;Temporary password:</source>
            <translation>&amp;Временный пароль:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>Ещё &amp;раз:</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Сбросить</translation>
        </message>
        <message>
            <source>Type a temporary password.</source>
            <translation>Введите временный пароль.</translation>
        </message>
    </context>
    <context>
        <name>PasswordField</name>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Show the password as typed (check the keyboard layout)</source>
            <translation>Показать введённый пароль (проверьте раскладку клавиатуры)</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Скрыть</translation>
        </message>
    </context>
    <context>
        <name>PasswordPair</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>ProcessWork</name>
        <message>
            <source>The background process stopped unexpectedly (exit code {code}); nothing was changed by it.</source>
            <translation>Фоновый процесс неожиданно остановился (код завершения {code}); он ничего не изменил.</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>Reassign to:</source>
            <translation>Кому передать:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Cases:</source>
            <translation>Дела:</translation>
        </message>
        <message numerus="yes">
            <source>Reassign %n cases</source>
            <translation>
                <numerusform>Передать %n дело</numerusform>
                <numerusform>Передать %n дела</numerusform>
                <numerusform>Передать %n дел</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Why (the new caseworker reads it on My work)</source>
            <translation>Почему (новый сотрудник прочитает это на странице «Моя работа»)</translation>
        </message>
        <message>
            <source>Reassign &amp;to:</source>
            <translation>&amp;Кому передать:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Reassign %n cases</source>
            <translation>
                <numerusform>П&amp;ередать %n дело</numerusform>
                <numerusform>П&amp;ередать %n дела</numerusform>
                <numerusform>П&amp;ередать %n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases reassigned to {name}.</source>
            <translation>
                <numerusform>%n дело передано: {name}.</numerusform>
                <numerusform>%n дела переданы: {name}.</numerusform>
                <numerusform>%n дел передано: {name}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already theirs.</source>
            <translation>
                <numerusform>%n уже было у этого сотрудника.</numerusform>
                <numerusform>%n уже были у этого сотрудника.</numerusform>
                <numerusform>%n уже были у этого сотрудника.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases given back.</source>
            <translation>
                <numerusform>%n дело возвращено.</numerusform>
                <numerusform>%n дела возвращены.</numerusform>
                <numerusform>%n дел возвращено.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <source>made {date} at {time}</source>
            <translation>создана {date} в {time}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Restore the backup made on {date} at {time}?</source>
            <translation>Восстановить резервную копию, созданную {date} в {time}?</translation>
        </message>
        <message>
            <source>The database in use is set aside beside it, not deleted:
{database}

The backup {backup} takes its place. What was entered after {moment} stays only in the copy set aside. Everyone signs in again afterwards.</source>
            <translation>Текущая база данных будет отложена рядом, а не удалена:
{database}

Её место займёт резервная копия {backup}. Введённое после {moment} останется только в отложенной копии. После этого все входят заново.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation>Резервная копия не восстановлена</translation>
        </message>
        <message>
            <source>The database as it was is kept as {path}.</source>
            <translation>Прежняя база данных сохранена как {path}.</translation>
        </message>
        <message>
            <source>It was brought up to this version of Ombuds Desk.</source>
            <translation>Она обновлена до этой версии Ombuds Desk.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервная копия восстановлена</translation>
        </message>
        <message>
            <source>The backup {name} was restored.</source>
            <translation>Резервная копия {name} восстановлена.</translation>
        </message>
        <message>
            <source>The backup cannot be restored</source>
            <translation>Резервную копию невозможно восстановить</translation>
        </message>
        <message>
            <source>To restore the backup, sign in as an admin with the user name and password you had when it was made ({when}).</source>
            <translation>Чтобы восстановить резервную копию, войдите как администратор с именем пользователя и паролем, которые были у вас на момент её создания ({when}).</translation>
        </message>
        <message>
            <source>Backup: {path}</source>
            <translation>Резервная копия: {path}</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention of closed cases</source>
            <translation>Хранение закрытых дел</translation>
        </message>
        <message>
            <source>&amp;Export to an encrypted archive…</source>
            <translation>&amp;Экспортировать в зашифрованный архив…</translation>
        </message>
        <message>
            <source>Anonymising removes names, relatives with their telephones and addresses, notes and every free text for good, here and in the audit trail's earlier entries; the status, its dates and the letters' and parcels' counts and dates stay for the office's figures. Nothing is anonymised automatically.</source>
            <translation>Обезличивание навсегда удаляет имена, родственников с их телефонами и адресами, заметки и весь произвольный текст — здесь и в прежних записях журнала аудита; статус, его даты, количество и даты писем и посылок остаются для статистики учреждения. Автоматически ничего не обезличивается.</translation>
        </message>
        <message numerus="yes">
            <source>Closed cases are kept in full for %n months after repatriation, return or closing (File → Settings).</source>
            <translation>
                <numerusform>Закрытые дела хранятся полностью %n месяц после репатриации, возвращения или закрытия (Файл → Настройки).</numerusform>
                <numerusform>Закрытые дела хранятся полностью %n месяца после репатриации, возвращения или закрытия (Файл → Настройки).</numerusform>
                <numerusform>Закрытые дела хранятся полностью %n месяцев после репатриации, возвращения или закрытия (Файл → Настройки).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases are past that.</source>
            <translation>
                <numerusform>Этот срок истёк для %n дела.</numerusform>
                <numerusform>Этот срок истёк для %n дел.</numerusform>
                <numerusform>Этот срок истёк для %n дел.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No closed case is older than the retention period (%n months).</source>
            <translation>
                <numerusform>Ни одно закрытое дело не старше срока хранения (%n месяц).</numerusform>
                <numerusform>Ни одно закрытое дело не старше срока хранения (%n месяца).</numerusform>
                <numerusform>Ни одно закрытое дело не старше срока хранения (%n месяцев).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Anonymise %n cases…</source>
            <translation>
                <numerusform>&amp;Обезличить %n дело…</numerusform>
                <numerusform>&amp;Обезличить %n дела…</numerusform>
                <numerusform>&amp;Обезличить %n дел…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cases are written whole into an AES-encrypted .zip.</source>
            <translation>
                <numerusform>%n дело будет полностью записано в .zip, зашифрованный AES.</numerusform>
                <numerusform>%n дела будут полностью записаны в .zip, зашифрованный AES.</numerusform>
                <numerusform>%n дел будут полностью записаны в .zip, зашифрованный AES.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation>Выбрать, куда сохранить…</translation>
        </message>
        <message>
            <source>Closed cases {date}.zip</source>
            <translation>Закрытые дела {date}.zip</translation>
        </message>
        <message>
            <source>Save the archive as</source>
            <translation>Сохранить архив как</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Zip-архив (*.zip)</translation>
        </message>
        <message>
            <source>Writing the archive…</source>
            <translation>Запись архива…</translation>
        </message>
        <message numerus="yes">
            <source>Archived %n cases to {path} (encrypted; keep the password apart).</source>
            <translation>
                <numerusform>%n дело заархивировано в {path} (зашифровано; храните пароль отдельно).</numerusform>
                <numerusform>%n дела заархивированы в {path} (зашифровано; храните пароль отдельно).</numerusform>
                <numerusform>%n дел заархивировано в {path} (зашифровано; храните пароль отдельно).</numerusform>
            </translation>
        </message>
        <message>
            <source>Anonymise closed cases</source>
            <translation>Обезличивание закрытых дел</translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n cases closed more than {months} months ago?</source>
            <translation>
                <numerusform>Обезличить %n дело, закрытое более {months} мес. назад?</numerusform>
                <numerusform>Обезличить %n дела, закрытых более {months} мес. назад?</numerusform>
                <numerusform>Обезличить %n дел, закрытых более {months} мес. назад?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their names, dates of birth, numbers, places, relatives (with telephones, e-mail and postal addresses), notes and every free text are removed for good. Counts and dates stay for the office's figures. This cannot be undone.</source>
            <translation>Их имена, даты рождения, номера, места, родственники (с телефонами, электронными и почтовыми адресами), заметки и весь произвольный текст будут удалены навсегда. Количества и даты останутся для статистики учреждения. Отменить это невозможно.</translation>
        </message>
        <message>
            <source>They have not been exported in this window: if the office must keep a copy, choose Cancel and export them to an encrypted archive first.</source>
            <translation>В этом окне они не экспортированы: если учреждение должно сохранить копию, нажмите «Отмена» и сначала экспортируйте их в зашифрованный архив.</translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n cases</source>
            <translation>
                <numerusform>Обезличить %n дело</numerusform>
                <numerusform>Обезличить %n дела</numerusform>
                <numerusform>Обезличить %n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymising %n cases and rebuilding the file…</source>
            <translation>
                <numerusform>Обезличивание %n дела и перестройка файла…</numerusform>
                <numerusform>Обезличивание %n дел и перестройка файла…</numerusform>
                <numerusform>Обезличивание %n дел и перестройка файла…</numerusform>
            </translation>
        </message>
        <message>
            <source>The database file was rebuilt: the removed data is gone from it.</source>
            <translation>Файл базы данных перестроен: удалённых данных в нём больше нет.</translation>
        </message>
        <message>
            <source>The database file could not be rebuilt now (another program is using it): it is rebuilt the next time it is opened, and until then the removed data stays in its free space.</source>
            <translation>Файл базы данных сейчас невозможно перестроить (им пользуется другая программа): он будет перестроен при следующем открытии, а до тех пор удалённые данные остаются в его свободном месте.</translation>
        </message>
        <message numerus="yes">
            <source>Anonymised %n cases.</source>
            <translation>
                <numerusform>Обезличено %n дело.</numerusform>
                <numerusform>Обезличено %n дела.</numerusform>
                <numerusform>Обезличено %n дел.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>Смена роли</translation>
        </message>
        <message>
            <source>&amp;Role of {name}:</source>
            <translation>&amp;Роль сотрудника {name}:</translation>
        </message>
        <message>
            <source>A caseworker does the daily work; a supervisor also corrects, merges, exports and sets office figures; an admin also runs the staff, backups and the trail.</source>
            <translation>Сотрудник выполняет ежедневную работу; руководитель также исправляет, объединяет, экспортирует и задаёт показатели учреждения; администратор также ведёт учётные записи, резервные копии и журнал аудита.</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Изменить</translation>
        </message>
    </context>
    <context>
        <name>SettingWords</name>
        <message>
            <source>only an admin can change it</source>
            <translation>изменить может только администратор</translation>
        </message>
        <message>
            <source>only a supervisor or an admin can change it</source>
            <translation>изменить может только руководитель или администратор</translation>
        </message>
        <message>
            <source>only {roles} can change it</source>
            <translation>изменить может только: {roles}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>Settings in grey can be changed only by the role named under them.</source>
            <translation>Серые настройки может изменить только роль, названная под ними.</translation>
        </message>
        <message>
            <source>You can read these settings; a supervisor or an admin changes them.</source>
            <translation>Вы можете просматривать эти настройки; изменяет их руководитель или администратор.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Interface language on this computer</source>
            <translation>Язык интерфейса на этом компьютере</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>Takes effect the next time Ombuds Desk starts.</source>
            <translation>Действует со следующего запуска Ombuds Desk.</translation>
        </message>
        <message>
            <source>Saved: {language} takes effect the next time Ombuds Desk starts.</source>
            <translation>Сохранено: {language} будет действовать со следующего запуска Ombuds Desk.</translation>
        </message>
        <message>
            <source>{hint}; {only}</source>
            <translation>{hint}; {only}</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>подсчёт…</translation>
        </message>
        <message numerus="yes">
            <source>%n stalled today</source>
            <translation>
                <numerusform>%n без движения сегодня</numerusform>
                <numerusform>%n без движения сегодня</numerusform>
                <numerusform>%n без движения сегодня</numerusform>
            </translation>
        </message>
        <message>
            <source>Open cases this number would make stalled today (blocked ones are always)</source>
            <translation>Открытые дела, которые при этом числе сегодня были бы без движения (заблокированные — всегда)</translation>
        </message>
        <message>
            <source>general</source>
            <translation>общее</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <source>(general)</source>
            <translation>(общее)</translation>
        </message>
        <message>
            <source>Settings saved: {settings}.</source>
            <translation>Настройки сохранены: {settings}.</translation>
        </message>
        <message>
            <source>Where backups go</source>
            <translation>Куда сохранять резервные копии</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Database: {name}</source>
            <translation>База данных: {name}</translation>
        </message>
        <message>
            <source>Sign in — Ombuds Desk</source>
            <translation>Вход — Ombuds Desk</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Введите имя пользователя.</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Введите пароль.</translation>
        </message>
        <message>
            <source>Choose a new password — Ombuds Desk</source>
            <translation>Новый пароль — Ombuds Desk</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Текущий пароль:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Новый пароль:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Новый пароль ещё &amp;раз:</translation>
        </message>
        <message>
            <source>&amp;Save and continue</source>
            <translation>&amp;Сохранить и продолжить</translation>
        </message>
        <message>
            <source>{name}, choose a new password</source>
            <translation>{name}, выберите новый пароль</translation>
        </message>
        <message>
            <source>must differ from the current one</source>
            <translation>должен отличаться от текущего</translation>
        </message>
        <message>
            <source>is not the same as the new password</source>
            <translation>не совпадает с новым паролем</translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>деактивирован</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>&amp;Add member of staff…</source>
            <translation>&amp;Добавить сотрудника…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Изменить &amp;роль…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Сбросить &amp;пароль…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Раз&amp;блокировать</translation>
        </message>
        <message>
            <source>&amp;Deactivate…</source>
            <translation>&amp;Деактивировать…</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n активный</numerusform>
                <numerusform>%n активных</numerusform>
                <numerusform>%n активных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deactivated</source>
            <translation>
                <numerusform>%n деактивированный</numerusform>
                <numerusform>%n деактивированных</numerusform>
                <numerusform>%n деактивированных</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({username}) added: they choose their own password when they first sign in.</source>
            <translation>{name} ({username}) добавлен(а): собственный пароль сотрудник выберет при первом входе.</translation>
        </message>
        <message>
            <source>A temporary password was set for {name}.</source>
            <translation>Для {name} установлен временный пароль.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} снова может входить.</translation>
        </message>
        <message>
            <source>Deactivate {name} ({username})?

They will no longer be able to sign in or act. Their past work keeps their name. You can reactivate the account later.</source>
            <translation>Деактивировать {name} ({username})?

Сотрудник больше не сможет входить и выполнять действия. Выполненная им работа сохранит его имя. Позже учётную запись можно активировать снова.</translation>
        </message>
        <message>
            <source>{name} can no longer sign in.</source>
            <translation>{name} больше не может входить.</translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>&amp;Активировать снова</translation>
        </message>
        <message>
            <source>Deactivate an account</source>
            <translation>Деактивация учётной записи</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Деактивировать</translation>
        </message>
    </context>
    <context>
        <name>StaffWords</name>
        <message numerus="yes">
            <source>not locked; %n wrong passwords</source>
            <translation>
                <numerusform>не заблокирован; %n неверный пароль</numerusform>
                <numerusform>не заблокирован; %n неверных пароля</numerusform>
                <numerusform>не заблокирован; %n неверных паролей</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <source>Ombuds Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Базы данных Ombuds Desk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The demo database {name} has no demo staff. Build it again with `ombuds-desk demo`, or open another database.</source>
            <translation>В демонстрационной базе данных {name} нет демонстрационных сотрудников. Создайте её заново командой `ombuds-desk demo` или откройте другую базу данных.</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Открыть другую базу данных</translation>
        </message>
    </context>
    <context>
        <name>StartWords</name>
        <message numerus="yes">
            <source>An admin has reset your password. Choose a new one of your own before you go on: at least %n characters, not your user name.</source>
            <translation>
                <numerusform>Администратор сбросил ваш пароль. Прежде чем продолжить, выберите собственный новый: не менее %n символа, не ваше имя пользователя.</numerusform>
                <numerusform>Администратор сбросил ваш пароль. Прежде чем продолжить, выберите собственный новый: не менее %n символов, не ваше имя пользователя.</numerusform>
                <numerusform>Администратор сбросил ваш пароль. Прежде чем продолжить, выберите собственный новый: не менее %n символов, не ваше имя пользователя.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrailTab</name>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV, UTF-8 для Excel (*.csv)</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Любой</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;С</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;По</translation>
        </message>
        <message>
            <source>A name, a value, or a case number (CAP-2026-00042)</source>
            <translation>Имя, значение или номер дела (CAP-2026-00042)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Очистить</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>Save the entries listed to CSV or XLSX</source>
            <translation>Сохранить показанные записи в CSV или XLSX</translation>
        </message>
        <message>
            <source>Export with a pass&amp;word…</source>
            <translation>Экспорт с па&amp;ролем…</translation>
        </message>
        <message>
            <source>Save the entries listed into an AES-encrypted .zip with a password</source>
            <translation>Сохранить показанные записи в .zip, зашифрованный AES, с паролем</translation>
        </message>
        <message>
            <source>&amp;Verify the trail</source>
            <translation>&amp;Проверить журнал</translation>
        </message>
        <message>
            <source>Check that no entry was altered, removed or slipped in</source>
            <translation>Проверить, что ни одна запись не изменена, не удалена и не добавлена тайком</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Кто:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translation>&amp;Запись:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Кто угодно</translation>
        </message>
        <message>
            <source>Ombuds Desk itself</source>
            <translation>Сама программа Ombuds Desk</translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first</source>
            <translation>
                <numerusform>%n запись, новые сначала</numerusform>
                <numerusform>%n записи, новые сначала</numerusform>
                <numerusform>%n записей, новые сначала</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the audit trail to {file}…</source>
            <translation>Экспорт журнала аудита в {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to {path}.</source>
            <translation>
                <numerusform>%n запись экспортирована в {path}.</numerusform>
                <numerusform>%n записи экспортированы в {path}.</numerusform>
                <numerusform>%n записей экспортировано в {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifying every entry of the trail…</source>
            <translation>Проверка каждой записи журнала…</translation>
        </message>
        <message>
            <source>The entries listed are written into an AES-encrypted .zip.</source>
            <translation>Показанные записи будут записаны в .zip, зашифрованный AES.</translation>
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation>Выбрать, куда сохранить…</translation>
        </message>
        <message>
            <source>Audit trail {date}.xlsx</source>
            <translation>Журнал аудита {date}.xlsx</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Экспорт журнала аудита</translation>
        </message>
    </context>
    <context>
        <name>UndoOffer</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
    </context>
    <context>
        <name>WindowHost</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Дело</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Печать</translation>
        </message>
        <message>
            <source>&amp;Mail</source>
            <translation>П&amp;очта</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Ombuds Desk cannot start</source>
            <translation>Ombuds Desk не может запуститься</translation>
        </message>
        <message>
            <source>An unexpected problem stopped Ombuds Desk before its window opened; nothing was saved. The details were written to {log}: please send that file to your administrator.

{problem}</source>
            <translation>Непредвиденная ошибка остановила Ombuds Desk ещё до открытия окна; ничего не сохранено. Подробности записаны в {log}: пожалуйста, отправьте этот файл администратору.

{problem}</translation>
        </message>
    </context>
    <context>
        <name>discard</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Отбросить введённое?</translation>
        </message>
        <message>
            <source>This form has changes that are not saved. Discard them?</source>
            <translation>В форме есть несохранённые изменения. Отбросить их?</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Продолжить редактирование</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Cate&amp;gory</source>
            <translation>&amp;Категория</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <source>G&amp;iven name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <source>Family name, &amp;Latin</source>
            <translation>Фамилия латини&amp;цей</translation>
        </message>
        <message>
            <source>Given name, La&amp;tin</source>
            <translation>Имя л&amp;атиницей</translation>
        </message>
        <message>
            <source>Patronymic, Lati&amp;n</source>
            <translation>Отчество латиниц&amp;ей</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Дата &amp;рождения</translation>
        </message>
        <message>
            <source>Se&amp;x</source>
            <translation>По&amp;л</translation>
        </message>
        <message>
            <source>Citi&amp;zenship</source>
            <translation>&amp;Гражданство</translation>
        </message>
        <message>
            <source>&amp;Home region</source>
            <translation>Регион про&amp;живания</translation>
        </message>
        <message>
            <source>Ser&amp;vice number</source>
            <translation>Личный &amp;номер</translation>
        </message>
        <message>
            <source>&amp;Rank</source>
            <translation>&amp;Звание</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Воинская часть</translation>
        </message>
        <message>
            <source>&amp;Captured on</source>
            <translation>Дата пленени&amp;я</translation>
        </message>
        <message>
            <source>Captured at (&amp;where)</source>
            <translation>Место пленения (г&amp;де)</translation>
        </message>
        <message>
            <source>Hol&amp;ding party</source>
            <translation>&amp;Удерживающая сторона</translation>
        </message>
        <message>
            <source>Place of d&amp;etention</source>
            <translation>Место &amp;содержания</translation>
        </message>
        <message>
            <source>ICRC n&amp;o.</source>
            <translation>№ &amp;МККК</translation>
        </message>
        <message>
            <source>&amp;Evacuated from</source>
            <translation>&amp;Эвакуирован из</translation>
        </message>
        <message>
            <source>Evacuated &amp;on</source>
            <translation>Дата э&amp;вакуации</translation>
        </message>
        <message>
            <source>&amp;Current location</source>
            <translation>&amp;Текущее местонахождение</translation>
        </message>
        <message>
            <source>E&amp;vacuated by</source>
            <translation>Ке&amp;м эвакуирован</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
</TS>
