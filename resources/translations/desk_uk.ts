<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AddStaffDialog</name>
        <message>
            <source>Add a member of staff</source>
            <translation>Додати працівника</translation>
        </message>
        <message>
            <source>e.g. o.bondar</source>
            <translation>напр. o.bondar</translation>
        </message>
        <message>
            <source>as it appears in the records</source>
            <translation>як у документах</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Ім’я користувача:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Повне ім’я:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>&amp;Temporary password:</source>
            <translation>&amp;Тимчасовий пароль:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>Ще &amp;раз:</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters. Give it to them in person: they choose their own password when they first sign in.</source>
            <translation>
                <numerusform>Щонайменше %n символ. Передайте його особисто: свій пароль працівник вибере під час першого входу.</numerusform>
                <numerusform>Щонайменше %n символи. Передайте його особисто: свій пароль працівник вибере під час першого входу.</numerusform>
                <numerusform>Щонайменше %n символів. Передайте його особисто: свій пароль працівник вибере під час першого входу.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додати</translation>
        </message>
        <message>
            <source>Type a temporary password.</source>
            <translation>Введіть тимчасовий пароль.</translation>
        </message>
    </context>
    <context>
        <name>Admin</name>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <source>The office's name, thresholds, paper size, idle lock and backup folder</source>
            <translation>Назва установи, пороги, розмір паперу, блокування під час бездіяльності та тека резервних копій</translation>
        </message>
        <message>
            <source>&amp;Retention of closed cases…</source>
            <translation>&amp;Зберігання закритих справ…</translation>
        </message>
        <message>
            <source>Closed cases past the retention period: export them, then anonymise them</source>
            <translation>Закриті справи, строк зберігання яких минув: експортувати, потім знеособити</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Адміністрування</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Staff</source>
            <translation>Працівники</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудиту</translation>
        </message>
        <message>
            <source>Where the data is</source>
            <translation>Де зберігаються дані</translation>
        </message>
    </context>
    <context>
        <name>ArchivePassword</name>
        <message>
            <source>Protect with a password (AES-encrypted .&amp;zip archive)</source>
            <translation>Захистити паролем (&amp;zip-архів із шифруванням AES)</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>той самий ще раз</translation>
        </message>
        <message>
            <source>Give the password to the recipient another way (by telephone, not in the same e-mail). It is not kept anywhere: without it the archive cannot be opened.</source>
            <translation>Передайте пароль одержувачеві іншим шляхом (телефоном, а не тим самим листом). Він ніде не зберігається: без нього архів не відкрити.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Повторіть:</translation>
        </message>
        <message>
            <source>The two passwords differ</source>
            <translation>Паролі не збігаються</translation>
        </message>
        <message>
            <source>Password for the archive</source>
            <translation>Пароль до архіву</translation>
        </message>
    </context>
    <context>
        <name>ArchivePasswordBox</name>
        <message numerus="yes">
            <source>at least %n characters</source>
            <translation>
                <numerusform>щонайменше %n символ</numerusform>
                <numerusform>щонайменше %n символи</numerusform>
                <numerusform>щонайменше %n символів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n characters; at least {least}</source>
            <translation>
                <numerusform>%n символ; потрібно щонайменше {least}</numerusform>
                <numerusform>%n символи; потрібно щонайменше {least}</numerusform>
                <numerusform>%n символів; потрібно щонайменше {least}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditWords</name>
        <message>
            <source>Added</source>
            <translation>Додано</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Змінено</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Видалено</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Вхід</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Вхід відхилено</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Справу відкрито</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Надруковано</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Експортовано</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Резервну копію створено</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервну копію відновлено</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Знеособлено</translation>
        </message>
        <message>
            <source>Database encrypted</source>
            <translation>Базу даних зашифровано</translation>
        </message>
        <message>
            <source>Database decrypted</source>
            <translation>Базу даних розшифровано</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Справа</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактна особа</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Перегляд</translation>
        </message>
        <message>
            <source>Reassignment</source>
            <translation>Передання справи</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Відправлення</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посилка</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партія</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Підтвердження</translation>
        </message>
        <message>
            <source>Acknowledgement line</source>
            <translation>Рядок підтвердження</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампанія</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Операція</translation>
        </message>
        <message>
            <source>Operation member</source>
            <translation>Учасник операції</translation>
        </message>
        <message>
            <source>Block reason</source>
            <translation>Причина блокування</translation>
        </message>
        <message>
            <source>Member of staff</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Резервна копія</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудиту</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База даних</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Ombuds Desk</source>
            <translation>Ombuds Desk</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Скасування…</translation>
        </message>
    </context>
    <context>
        <name>BackupMenu</name>
        <message>
            <source>Ombuds Desk backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Резервні копії Ombuds Desk (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
        </message>
        <message>
            <source>{megabytes} MB</source>
            <translation>{megabytes} МБ</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Створити &amp;резервну копію зараз</translation>
        </message>
        <message>
            <source>Make a backup of the whole database now, in the backup folder</source>
            <translation>Зараз створити резервну копію всієї бази даних у теці резервних копій</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>В&amp;ідновити з резервної копії…</translation>
        </message>
        <message>
            <source>Put a backup in place of the database (the database in use is kept aside)</source>
            <translation>Поставити резервну копію на місце бази даних (поточну базу буде збережено окремо)</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Створення резервної копії…</translation>
        </message>
        <message>
            <source>no backup was made</source>
            <translation>резервну копію не створено</translation>
        </message>
        <message>
            <source>Backup made: {path} ({size})</source>
            <translation>Резервну копію створено: {path} ({size})</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Резервну копію створено</translation>
        </message>
        <message>
            <source>The database was backed up to {path} ({size}).</source>
            <translation>Резервну копію бази даних збережено у {path} ({size}).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Відновлення з резервної копії</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Перевірка резервної копії…</translation>
        </message>
        <message>
            <source>the backup was not checked</source>
            <translation>резервну копію не перевірено</translation>
        </message>
        <message>
            <source>The daily backup failed: {problem}</source>
            <translation>Щоденну резервну копію не створено: {problem}</translation>
        </message>
        <message>
            <source>Today's backup was made: {path}</source>
            <translation>Сьогоднішню резервну копію створено: {path}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message numerus="yes">
            <source>Choose a password of your own: at least %n characters, not your user name.</source>
            <translation>
                <numerusform>Виберіть власний пароль: щонайменше %n символ, не ваше ім’я користувача.</numerusform>
                <numerusform>Виберіть власний пароль: щонайменше %n символи, не ваше ім’я користувача.</numerusform>
                <numerusform>Виберіть власний пароль: щонайменше %n символів, не ваше ім’я користувача.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Final since</source>
            <translation>Остаточний статус з</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер справи</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Ім’я користувача</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Повне ім’я</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активний</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Заблоковано до</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Має змінити пароль</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Останній вхід</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Хто</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source> and </source>
            <translation> і </translation>
        </message>
        <message>
            <source>%s saved it on %s without changing a field shown here</source>
            <translation>%s зберіг(ла) запис %s, не змінивши жодного з показаних тут полів</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>хтось інший</translation>
        </message>
        <message>
            <source>This record</source>
            <translation>Цей запис</translation>
        </message>
        <message>
            <source>Reloaded: this is %s as %s saved it, with your changes put back (%s). Check them, then save.</source>
            <translation>Перезавантажено: це %s у тому вигляді, як зберіг(ла) %s, з поверненими вашими змінами (%s). Перевірте їх і збережіть.</translation>
        </message>
        <message>
            <source>Reloaded: this is %s as %s saved it; what you had typed was discarded.</source>
            <translation>Перезавантажено: це %s у тому вигляді, як зберіг(ла) %s; введене вами відкинуто.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; was changed by &lt;b&gt;%s&lt;/b&gt; after you opened it. Nothing of yours was saved.</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; змінив(ла) &lt;b&gt;%s&lt;/b&gt; після того, як ви відкрили запис. Нічого з ваших змін не збережено.</translation>
        </message>
        <message>
            <source>Also changed: %s</source>
            <translation>Також змінено: %s</translation>
        </message>
        <message>
            <source>&amp;Reload and apply my changes again</source>
            <translation>&amp;Перезавантажити й застосувати мої зміни знову</translation>
        </message>
        <message>
            <source>&amp;Discard my changes</source>
            <translation>&amp;Відкинути мої зміни</translation>
        </message>
        <message>
            <source>Back to the form as you typed it; nothing is saved</source>
            <translation>Повернутися до форми з введеним; нічого не збережено</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>Їхнє значення</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>Ваше значення</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Хто змінив</translation>
        </message>
        <message>
            <source>%s (you did not change it)</source>
            <translation>%s (ви не змінювали)</translation>
        </message>
        <message>
            <source>Their value is kept when you reload</source>
            <translation>Під час перезавантаження залишиться їхнє значення</translation>
        </message>
        <message>
            <source>None of the fields on your form differs from theirs.</source>
            <translation>Жодне поле вашої форми не відрізняється від їхнього.</translation>
        </message>
        <message>
            <source>“Reload and apply my changes again” shows %s as saved now with your changes (%s) on top; check it and save. Nothing is saved until you do.</source>
            <translation>«Перезавантажити й застосувати мої зміни знову» покаже %s у збереженому вигляді з вашими змінами (%s) поверх; перевірте й збережіть. Доти нічого не збережено.</translation>
        </message>
        <message>
            <source>You changed nothing on the form; reload it to see %s as saved now.</source>
            <translation>Ви нічого не змінили у формі; перезавантажте її, щоб побачити %s у збереженому вигляді.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Зараз</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Раніше</translation>
        </message>
        <message>
            <source>&amp;Close and show the new version</source>
            <translation>&amp;Закрити й показати нову версію</translation>
        </message>
        <message>
            <source>&amp;Keep this form open</source>
            <translation>&amp;Залишити форму відкритою</translation>
        </message>
    </context>
    <context>
        <name>DataLocationsTab</name>
        <message>
            <source>Where this office's data is kept, and who could read it if a file were copied. Personal data must be protected wherever it goes.</source>
            <translation>Де зберігаються дані установи і хто зміг би їх прочитати, якби файл скопіювали. Персональні дані мають бути захищені, хоч би де вони були.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Де</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Зашифровано</translation>
        </message>
        <message>
            <source>What that means</source>
            <translation>Що це означає</translation>
        </message>
        <message>
            <source>&amp;Read again</source>
            <translation>&amp;Прочитати знову</translation>
        </message>
        <message>
            <source>Last successful backup:</source>
            <translation>Остання вдала резервна копія:</translation>
        </message>
        <message>
            <source>Last check of the audit trail:</source>
            <translation>Остання перевірка журналу аудиту:</translation>
        </message>
        <message>
            <source>the server's</source>
            <translation>сервера</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Частково</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ні</translation>
        </message>
        <message>
            <source>none yet: back up from File → Back up now (or ombuds-desk backup).</source>
            <translation>ще немає: створіть її через Файл → Створити резервну копію зараз (або ombuds-desk backup).</translation>
        </message>
        <message>
            <source>the daily backup</source>
            <translation>щоденна резервна копія</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>на вимогу</translation>
        </message>
        <message>
            <source>{when}, {kind}, by {who}
{path}</source>
            <translation>{when}, {kind}, створив(ла): {who}
{path}</translation>
        </message>
        <message>
            <source>never: verify it on the Audit trail tab (or ombuds-desk audit verify).</source>
            <translation>ще не було: перевірте на вкладці «Журнал аудиту» (або ombuds-desk audit verify).</translation>
        </message>
        <message numerus="yes">
            <source>{when}, by {who}: intact, %n entries as they were written.</source>
            <translation>
                <numerusform>{when}, перевірив(ла): {who}: цілий, %n запис у тому вигляді, як його внесено.</numerusform>
                <numerusform>{when}, перевірив(ла): {who}: цілий, %n записи в тому вигляді, як їх внесено.</numerusform>
                <numerusform>{when}, перевірив(ла): {who}: цілий, %n записів у тому вигляді, як їх внесено.</numerusform>
            </translation>
        </message>
        <message>
            <source>{when}, by {who}: TAMPERED WITH: {problem}.</source>
            <translation>{when}, перевірив(ла): {who}: ЗМІНЕНО СТОРОННІМ ВТРУЧАННЯМ: {problem}.</translation>
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
            <translation>Дата пакування</translation>
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
            <translation>Сталася помилка</translation>
        </message>
        <message>
            <source>Ombuds Desk hit an unexpected problem and nothing was saved. The details were written to the log; please tell your administrator.

{problem}</source>
            <translation>В Ombuds Desk сталася непередбачена помилка, нічого не збережено. Подробиці записано в журнал роботи програми; повідомте, будь ласка, адміністратора.

{problem}</translation>
        </message>
    </context>
    <context>
        <name>FaultDialog</name>
        <message>
            <source>The database is locked</source>
            <translation>Базу даних заблоковано</translation>
        </message>
        <message>
            <source>The database file is damaged or not an Ombuds Desk database</source>
            <translation>Файл бази даних пошкоджено або це не база даних Ombuds Desk</translation>
        </message>
        <message>
            <source>The database was made by a newer Ombuds Desk</source>
            <translation>Базу даних створено новішою версією Ombuds Desk</translation>
        </message>
        <message>
            <source>The database server cannot be reached</source>
            <translation>Сервер бази даних недоступний</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Диск заповнено</translation>
        </message>
        <message>
            <source>The database cannot be written</source>
            <translation>До бази даних неможливо записати</translation>
        </message>
        <message>
            <source>The database cannot be used</source>
            <translation>Базою даних неможливо користуватися</translation>
        </message>
        <message>
            <source>Ombuds Desk cannot open the database</source>
            <translation>Ombuds Desk не може відкрити базу даних</translation>
        </message>
        <message>
            <source>The newest backup was {backup}.</source>
            <translation>Найновішу резервну копію {backup}.</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Спробувати ще раз</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>&amp;Відновити з найновішої резервної копії</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>Відкрити &amp;іншу базу даних…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>(no caseworker)</source>
            <translation>(без працівника)</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Скинути фільтри</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Фільтр:</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>A new database — Ombuds Desk</source>
            <translation>Нова база даних — Ombuds Desk</translation>
        </message>
        <message>
            <source>e.g. Office of the Ombudsman</source>
            <translation>напр. Офіс Уповноваженого</translation>
        </message>
        <message>
            <source>e.g. Ірина Коваленко</source>
            <translation>напр. Ірина Коваленко</translation>
        </message>
        <message>
            <source>e.g. i.kovalenko</source>
            <translation>напр. i.kovalenko</translation>
        </message>
        <message>
            <source>&amp;Encrypt the database file with a passphrase</source>
            <translation>&amp;Зашифрувати базу даних парольною фразою</translation>
        </message>
        <message>
            <source>Recommended on a laptop or a shared computer: without the passphrase, the file and its backups cannot be read by anyone who takes them.</source>
            <translation>Рекомендовано для ноутбука або спільного комп’ютера: без парольної фрази файл і його резервні копії не зможе прочитати ніхто, хто їх забере.</translation>
        </message>
        <message>
            <source>Asked at every start, stored nowhere: if it is lost, nobody can open the database or its backups. Keep it written down somewhere safe.</source>
            <translation>Запитується під час кожного запуску, ніде не зберігається: якщо її втрачено, ніхто не відкриє ні базу даних, ні її резервні копії. Тримайте її записаною в безпечному місці.</translation>
        </message>
        <message>
            <source>&amp;Office name:</source>
            <translation>&amp;Назва установи:</translation>
        </message>
        <message>
            <source>Your &amp;full name:</source>
            <translation>Ваше &amp;повне ім’я:</translation>
        </message>
        <message>
            <source>Your &amp;user name:</source>
            <translation>Ваше &amp;ім’я користувача:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Пароль ще &amp;раз:</translation>
        </message>
        <message>
            <source>P&amp;assphrase:</source>
            <translation>Пароль&amp;на фраза:</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain:</source>
            <translation>Парольна фраза ще р&amp;аз:</translation>
        </message>
        <message>
            <source>&amp;Create and sign in</source>
            <translation>&amp;Створити й увійти</translation>
        </message>
        <message numerus="yes">
            <source>Nobody can sign in to this database yet. Name the office and create the first admin account: the admin adds the rest of the staff and gives each a role. The password must have at least %n characters. Keep it safe: nobody can read it back, and only an admin can reset it.</source>
            <translation>
                <numerusform>До цієї бази даних ще ніхто не може увійти. Вкажіть назву установи й створіть перший обліковий запис адміністратора: адміністратор додасть інших працівників і призначить кожному роль. Пароль має містити щонайменше %n символ. Бережіть його: прочитати його ніхто не зможе, а скинути може лише адміністратор.</numerusform>
                <numerusform>До цієї бази даних ще ніхто не може увійти. Вкажіть назву установи й створіть перший обліковий запис адміністратора: адміністратор додасть інших працівників і призначить кожному роль. Пароль має містити щонайменше %n символи. Бережіть його: прочитати його ніхто не зможе, а скинути може лише адміністратор.</numerusform>
                <numerusform>До цієї бази даних ще ніхто не може увійти. Вкажіть назву установи й створіть перший обліковий запис адміністратора: адміністратор додасть інших працівників і призначить кожному роль. Пароль має містити щонайменше %n символів. Бережіть його: прочитати його ніхто не зможе, а скинути може лише адміністратор.</numerusform>
            </translation>
        </message>
        <message>
            <source>Welcome to Ombuds Desk</source>
            <translation>Ласкаво просимо до Ombuds Desk</translation>
        </message>
        <message>
            <source>is not the same as the password</source>
            <translation>не збігається з паролем</translation>
        </message>
        <message>
            <source>is not the same as the passphrase</source>
            <translation>не збігається з парольною фразою</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Ombuds Desk is locked</source>
            <translation>Ombuds Desk заблоковано</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role}, user name {username})</source>
            <translation>Увійшов(ла): {name} ({role}, ім’я користувача {username})</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Розблокувати</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Вийти з облікового запису</translation>
        </message>
        <message>
            <source>Someone else? Sign out closes Ombuds Desk; what is typed in forms left open is not saved.</source>
            <translation>Інша людина? Вихід закриває Ombuds Desk; введене у відкритих формах не буде збережено.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Введіть пароль.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityCheck</name>
        <message>
            <source>&amp;Check the database for damage</source>
            <translation>&amp;Перевірити базу даних на пошкодження</translation>
        </message>
        <message>
            <source>Read the whole database file and say whether any of it is damaged</source>
            <translation>Прочитати весь файл бази даних і повідомити, чи є в ньому пошкодження</translation>
        </message>
        <message>
            <source>Checking the database for damage…</source>
            <translation>Перевірка бази даних на пошкодження…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Базу даних пошкоджено</translation>
        </message>
        <message>
            <source>No damage found in the database.</source>
            <translation>Пошкоджень у базі даних не виявлено.</translation>
        </message>
        <message>
            <source>No damage found</source>
            <translation>Пошкоджень не виявлено</translation>
        </message>
        <message>
            <source>The whole database {name} was read: no damage was found.</source>
            <translation>Базу даних {name} прочитано повністю: пошкоджень не виявлено.</translation>
        </message>
        <message>
            <source>Changes may be lost or refused from now on. Stop entering data, restore the newest backup (File → Restore a backup…, or ask an admin) and tell your administrator.</source>
            <translation>Відтепер зміни можуть губитися або не прийматися. Припиніть вводити дані, відновіть найновішу резервну копію (Файл → Відновити з резервної копії… або попросіть адміністратора) і повідомте адміністратора.</translation>
        </message>
    </context>
    <context>
        <name>LoadingBadge</name>
        <message>
            <source>Loading…</source>
            <translation>Завантаження…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message numerus="yes">
            <source>Nobody used Ombuds Desk for %n minutes, so what it shows is hidden. Type your password to go on: everything open stays as you left it.</source>
            <translation>
                <numerusform>Ombuds Desk не використовували %n хвилину, тому вміст приховано. Введіть пароль, щоб продовжити: усе відкрите залишиться як було.</numerusform>
                <numerusform>Ombuds Desk не використовували %n хвилини, тому вміст приховано. Введіть пароль, щоб продовжити: усе відкрите залишиться як було.</numerusform>
                <numerusform>Ombuds Desk не використовували %n хвилин, тому вміст приховано. Введіть пароль, щоб продовжити: усе відкрите залишиться як було.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO DATABASE — every person here is invented, for trying Ombuds Desk. Nothing entered here reaches the office's real database.</source>
            <translation>ДЕМОНСТРАЦІЙНА БАЗА ДАНИХ — усіх осіб тут вигадано, щоб спробувати Ombuds Desk. Ніщо введене тут не потрапить до справжньої бази даних установи.</translation>
        </message>
        <message>
            <source>{database} (read-only)</source>
            <translation>{database} (лише читання)</translation>
        </message>
        <message>
            <source>signed in automatically as {name} (demo {role})</source>
            <translation>автоматичний вхід: {name} (демо, {role})</translation>
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
            <translation>&amp;Вийти</translation>
        </message>
        <message>
            <source>Close Ombuds Desk</source>
            <translation>Закрити Ombuds Desk</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>Read every list again from the database (others' changes too)</source>
            <translation>Перечитати всі списки з бази даних (зокрема зміни інших)</translation>
        </message>
        <message>
            <source>Show the {page} page</source>
            <translation>Показати сторінку «{page}»</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database — Ombuds Desk</source>
            <translation>Зашифрована база даних — Ombuds Desk</translation>
        </message>
        <message>
            <source>Show the passphrase as typed (check the keyboard layout)</source>
            <translation>Показати введену парольну фразу (перевірте розкладку клавіатури)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парольна фраза:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <source>This database is encrypted. Type the office's passphrase to open it. It is not stored anywhere: if nobody knows it, the database and its backups cannot be opened. Ask your admin.</source>
            <translation>Цю базу даних зашифровано. Введіть парольну фразу установи, щоб її відкрити. Фраза ніде не зберігається: якщо її ніхто не знає, базу даних і її резервні копії відкрити неможливо. Зверніться до адміністратора.</translation>
        </message>
        <message>
            <source>The database is encrypted</source>
            <translation>Базу даних зашифровано</translation>
        </message>
        <message>
            <source>That passphrase does not open this database (try {tries}). Check capital letters and the keyboard's language (Show lets you see what you type), then try again.</source>
            <translation>Ця парольна фраза не відкриває базу даних (спроба {tries}). Перевірте великі літери й мову клавіатури (кнопка «Показати» покаже введене) і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>База даних: {path}</translation>
        </message>
        <message>
            <source>The passphrase is right: it opens this database's backup {backup}. But the database file {path} cannot be read with it: the file is damaged. Restore the newest backup (what was entered after it was made is lost), or open another database.</source>
            <translation>Парольна фраза правильна: вона відкриває резервну копію цієї бази даних {backup}. Але файл бази даних {path} нею не читається: файл пошкоджено. Відновіть найновішу резервну копію (те, що було внесено після її створення, буде втрачено) або відкрийте іншу базу даних.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Скидання пароля</translation>
        </message>
        <message>
            <source>A temporary password for {name} ({username}). They must choose their own at the next sign-in; a locked account is unlocked too.</source>
            <translation>Тимчасовий пароль для {name} ({username}). Під час наступного входу працівник має вибрати власний; заблокований обліковий запис також буде розблоковано.</translation>
        </message>
        <message>
            <source>&amp;Temporary password:</source>
            <translation>&amp;Тимчасовий пароль:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>Ще &amp;раз:</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Скинути</translation>
        </message>
        <message>
            <source>Type a temporary password.</source>
            <translation>Введіть тимчасовий пароль.</translation>
        </message>
    </context>
    <context>
        <name>PasswordField</name>
        <message>
            <source>Show</source>
            <translation>Показати</translation>
        </message>
        <message>
            <source>Show the password as typed (check the keyboard layout)</source>
            <translation>Показати введений пароль (перевірте розкладку клавіатури)</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Сховати</translation>
        </message>
    </context>
    <context>
        <name>PasswordPair</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Паролі не збігаються.</translation>
        </message>
    </context>
    <context>
        <name>ProcessWork</name>
        <message>
            <source>The background process stopped unexpectedly (exit code {code}); nothing was changed by it.</source>
            <translation>Фоновий процес несподівано зупинився (код завершення {code}); він нічого не змінив.</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>Reassign to:</source>
            <translation>Кому передати:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Cases:</source>
            <translation>Справи:</translation>
        </message>
        <message numerus="yes">
            <source>Reassign %n cases</source>
            <translation>
                <numerusform>Передати %n справу</numerusform>
                <numerusform>Передати %n справи</numerusform>
                <numerusform>Передати %n справ</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Why (the new caseworker reads it on My work)</source>
            <translation>Чому (новий працівник прочитає це на сторінці «Моя робота»)</translation>
        </message>
        <message>
            <source>Reassign &amp;to:</source>
            <translation>&amp;Кому передати:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Reassign %n cases</source>
            <translation>
                <numerusform>П&amp;ередати %n справу</numerusform>
                <numerusform>П&amp;ередати %n справи</numerusform>
                <numerusform>П&amp;ередати %n справ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases reassigned to {name}.</source>
            <translation>
                <numerusform>%n справу передано: {name}.</numerusform>
                <numerusform>%n справи передано: {name}.</numerusform>
                <numerusform>%n справ передано: {name}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already theirs.</source>
            <translation>
                <numerusform>%n вже була в цього працівника.</numerusform>
                <numerusform>%n вже були в цього працівника.</numerusform>
                <numerusform>%n вже були в цього працівника.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases given back.</source>
            <translation>
                <numerusform>%n справу повернуто.</numerusform>
                <numerusform>%n справи повернуто.</numerusform>
                <numerusform>%n справ повернуто.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <source>made {date} at {time}</source>
            <translation>створено {date} о {time}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Відновлення з резервної копії</translation>
        </message>
        <message>
            <source>Restore the backup made on {date} at {time}?</source>
            <translation>Відновити резервну копію, створену {date} о {time}?</translation>
        </message>
        <message>
            <source>The database in use is set aside beside it, not deleted:
{database}

The backup {backup} takes its place. What was entered after {moment} stays only in the copy set aside. Everyone signs in again afterwards.</source>
            <translation>Поточну базу даних буде відкладено поруч, а не видалено:
{database}

Її місце займе резервна копія {backup}. Введене після {moment} залишиться лише у відкладеній копії. Після цього всі входять знову.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation>Резервну копію не відновлено</translation>
        </message>
        <message>
            <source>The database as it was is kept as {path}.</source>
            <translation>Попередню базу даних збережено як {path}.</translation>
        </message>
        <message>
            <source>It was brought up to this version of Ombuds Desk.</source>
            <translation>Її оновлено до цієї версії Ombuds Desk.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервну копію відновлено</translation>
        </message>
        <message>
            <source>The backup {name} was restored.</source>
            <translation>Резервну копію {name} відновлено.</translation>
        </message>
        <message>
            <source>The backup cannot be restored</source>
            <translation>Резервну копію неможливо відновити</translation>
        </message>
        <message>
            <source>To restore the backup, sign in as an admin with the user name and password you had when it was made ({when}).</source>
            <translation>Щоб відновити резервну копію, увійдіть як адміністратор з ім’ям користувача й паролем, які були у вас на момент її створення ({when}).</translation>
        </message>
        <message>
            <source>Backup: {path}</source>
            <translation>Резервна копія: {path}</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention of closed cases</source>
            <translation>Зберігання закритих справ</translation>
        </message>
        <message>
            <source>&amp;Export to an encrypted archive…</source>
            <translation>&amp;Експортувати в зашифрований архів…</translation>
        </message>
        <message>
            <source>Anonymising removes names, relatives with their telephones and addresses, notes and every free text for good, here and in the audit trail's earlier entries; the status, its dates and the letters' and parcels' counts and dates stay for the office's figures. Nothing is anonymised automatically.</source>
            <translation>Знеособлення назавжди видаляє імена, родичів з їхніми телефонами й адресами, примітки та весь довільний текст — тут і в попередніх записах журналу аудиту; статус, його дати, кількість і дати листів та посилок залишаються для статистики установи. Автоматично нічого не знеособлюється.</translation>
        </message>
        <message numerus="yes">
            <source>Closed cases are kept in full for %n months after repatriation, return or closing (File → Settings).</source>
            <translation>
                <numerusform>Закриті справи зберігаються повністю %n місяць після репатріації, повернення або закриття (Файл → Налаштування).</numerusform>
                <numerusform>Закриті справи зберігаються повністю %n місяці після репатріації, повернення або закриття (Файл → Налаштування).</numerusform>
                <numerusform>Закриті справи зберігаються повністю %n місяців після репатріації, повернення або закриття (Файл → Налаштування).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases are past that.</source>
            <translation>
                <numerusform>Цей строк минув для %n справи.</numerusform>
                <numerusform>Цей строк минув для %n справ.</numerusform>
                <numerusform>Цей строк минув для %n справ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No closed case is older than the retention period (%n months).</source>
            <translation>
                <numerusform>Жодна закрита справа не старша за строк зберігання (%n місяць).</numerusform>
                <numerusform>Жодна закрита справа не старша за строк зберігання (%n місяці).</numerusform>
                <numerusform>Жодна закрита справа не старша за строк зберігання (%n місяців).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Anonymise %n cases…</source>
            <translation>
                <numerusform>&amp;Знеособити %n справу…</numerusform>
                <numerusform>&amp;Знеособити %n справи…</numerusform>
                <numerusform>&amp;Знеособити %n справ…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cases are written whole into an AES-encrypted .zip.</source>
            <translation>
                <numerusform>%n справу буде повністю записано в .zip, зашифрований AES.</numerusform>
                <numerusform>%n справи буде повністю записано в .zip, зашифрований AES.</numerusform>
                <numerusform>%n справ буде повністю записано в .zip, зашифрований AES.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation>Вибрати, куди зберегти…</translation>
        </message>
        <message>
            <source>Closed cases {date}.zip</source>
            <translation>Закриті справи {date}.zip</translation>
        </message>
        <message>
            <source>Save the archive as</source>
            <translation>Зберегти архів як</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Zip-архів (*.zip)</translation>
        </message>
        <message>
            <source>Writing the archive…</source>
            <translation>Запис архіву…</translation>
        </message>
        <message numerus="yes">
            <source>Archived %n cases to {path} (encrypted; keep the password apart).</source>
            <translation>
                <numerusform>%n справу заархівовано в {path} (зашифровано; зберігайте пароль окремо).</numerusform>
                <numerusform>%n справи заархівовано в {path} (зашифровано; зберігайте пароль окремо).</numerusform>
                <numerusform>%n справ заархівовано в {path} (зашифровано; зберігайте пароль окремо).</numerusform>
            </translation>
        </message>
        <message>
            <source>Anonymise closed cases</source>
            <translation>Знеособлення закритих справ</translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n cases closed more than {months} months ago?</source>
            <translation>
                <numerusform>Знеособити %n справу, закриту понад {months} міс. тому?</numerusform>
                <numerusform>Знеособити %n справи, закриті понад {months} міс. тому?</numerusform>
                <numerusform>Знеособити %n справ, закритих понад {months} міс. тому?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their names, dates of birth, numbers, places, relatives (with telephones, e-mail and postal addresses), notes and every free text are removed for good. Counts and dates stay for the office's figures. This cannot be undone.</source>
            <translation>Їхні імена, дати народження, номери, місця, родичів (з телефонами, електронними й поштовими адресами), примітки та весь довільний текст буде видалено назавжди. Кількості й дати залишаться для статистики установи. Скасувати це неможливо.</translation>
        </message>
        <message>
            <source>They have not been exported in this window: if the office must keep a copy, choose Cancel and export them to an encrypted archive first.</source>
            <translation>У цьому вікні їх не експортовано: якщо установа має зберегти копію, натисніть «Скасувати» і спершу експортуйте їх у зашифрований архів.</translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %n cases</source>
            <translation>
                <numerusform>Знеособити %n справу</numerusform>
                <numerusform>Знеособити %n справи</numerusform>
                <numerusform>Знеособити %n справ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymising %n cases and rebuilding the file…</source>
            <translation>
                <numerusform>Знеособлення %n справи й перебудова файлу…</numerusform>
                <numerusform>Знеособлення %n справ і перебудова файлу…</numerusform>
                <numerusform>Знеособлення %n справ і перебудова файлу…</numerusform>
            </translation>
        </message>
        <message>
            <source>The database file was rebuilt: the removed data is gone from it.</source>
            <translation>Файл бази даних перебудовано: видалених даних у ньому більше немає.</translation>
        </message>
        <message>
            <source>The database file could not be rebuilt now (another program is using it): it is rebuilt the next time it is opened, and until then the removed data stays in its free space.</source>
            <translation>Файл бази даних зараз неможливо перебудувати (ним користується інша програма): його буде перебудовано під час наступного відкриття, а доти видалені дані лишаються в його вільному місці.</translation>
        </message>
        <message numerus="yes">
            <source>Anonymised %n cases.</source>
            <translation>
                <numerusform>Знеособлено %n справу.</numerusform>
                <numerusform>Знеособлено %n справи.</numerusform>
                <numerusform>Знеособлено %n справ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>Зміна ролі</translation>
        </message>
        <message>
            <source>&amp;Role of {name}:</source>
            <translation>&amp;Роль працівника {name}:</translation>
        </message>
        <message>
            <source>A caseworker does the daily work; a supervisor also corrects, merges, exports and sets office figures; an admin also runs the staff, backups and the trail.</source>
            <translation>Працівник виконує щоденну роботу; керівник також виправляє, об’єднує, експортує й задає показники установи; адміністратор також керує обліковими записами, резервними копіями та журналом аудиту.</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Змінити</translation>
        </message>
    </context>
    <context>
        <name>SettingWords</name>
        <message>
            <source>only an admin can change it</source>
            <translation>змінити може лише адміністратор</translation>
        </message>
        <message>
            <source>only a supervisor or an admin can change it</source>
            <translation>змінити може лише керівник або адміністратор</translation>
        </message>
        <message>
            <source>only {roles} can change it</source>
            <translation>змінити може лише: {roles}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>Settings in grey can be changed only by the role named under them.</source>
            <translation>Сірі налаштування може змінити лише роль, названа під ними.</translation>
        </message>
        <message>
            <source>You can read these settings; a supervisor or an admin changes them.</source>
            <translation>Ви можете переглядати ці налаштування; змінює їх керівник або адміністратор.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>Interface language on this computer</source>
            <translation>Мова інтерфейсу на цьому комп’ютері</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Мова інтерфейсу</translation>
        </message>
        <message>
            <source>Takes effect the next time Ombuds Desk starts.</source>
            <translation>Діє з наступного запуску Ombuds Desk.</translation>
        </message>
        <message>
            <source>Saved: {language} takes effect the next time Ombuds Desk starts.</source>
            <translation>Збережено: {language} діятиме з наступного запуску Ombuds Desk.</translation>
        </message>
        <message>
            <source>{hint}; {only}</source>
            <translation>{hint}; {only}</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>підрахунок…</translation>
        </message>
        <message numerus="yes">
            <source>%n stalled today</source>
            <translation>
                <numerusform>%n без руху сьогодні</numerusform>
                <numerusform>%n без руху сьогодні</numerusform>
                <numerusform>%n без руху сьогодні</numerusform>
            </translation>
        </message>
        <message>
            <source>Open cases this number would make stalled today (blocked ones are always)</source>
            <translation>Відкриті справи, які за цього числа сьогодні були б без руху (заблоковані — завжди)</translation>
        </message>
        <message>
            <source>general</source>
            <translation>загальне</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Вибрати…</translation>
        </message>
        <message>
            <source>(general)</source>
            <translation>(загальне)</translation>
        </message>
        <message>
            <source>Settings saved: {settings}.</source>
            <translation>Налаштування збережено: {settings}.</translation>
        </message>
        <message>
            <source>Where backups go</source>
            <translation>Куди зберігати резервні копії</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Database: {name}</source>
            <translation>База даних: {name}</translation>
        </message>
        <message>
            <source>Sign in — Ombuds Desk</source>
            <translation>Вхід — Ombuds Desk</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Ім’я користувача:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Увійти</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Введіть ім’я користувача.</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Введіть пароль.</translation>
        </message>
        <message>
            <source>Choose a new password — Ombuds Desk</source>
            <translation>Новий пароль — Ombuds Desk</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Поточний пароль:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Новий пароль:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Новий пароль ще &amp;раз:</translation>
        </message>
        <message>
            <source>&amp;Save and continue</source>
            <translation>&amp;Зберегти й продовжити</translation>
        </message>
        <message>
            <source>{name}, choose a new password</source>
            <translation>{name}, виберіть новий пароль</translation>
        </message>
        <message>
            <source>must differ from the current one</source>
            <translation>має відрізнятися від поточного</translation>
        </message>
        <message>
            <source>is not the same as the new password</source>
            <translation>не збігається з новим паролем</translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>деактивовано</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <source>&amp;Add member of staff…</source>
            <translation>&amp;Додати працівника…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Змінити &amp;роль…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Скинути &amp;пароль…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Роз&amp;блокувати</translation>
        </message>
        <message>
            <source>&amp;Deactivate…</source>
            <translation>&amp;Деактивувати…</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n активний</numerusform>
                <numerusform>%n активні</numerusform>
                <numerusform>%n активних</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deactivated</source>
            <translation>
                <numerusform>%n деактивований</numerusform>
                <numerusform>%n деактивовані</numerusform>
                <numerusform>%n деактивованих</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} ({username}) added: they choose their own password when they first sign in.</source>
            <translation>{name} ({username}) додано: власний пароль працівник вибере під час першого входу.</translation>
        </message>
        <message>
            <source>A temporary password was set for {name}.</source>
            <translation>Для {name} встановлено тимчасовий пароль.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} знову може входити.</translation>
        </message>
        <message>
            <source>Deactivate {name} ({username})?

They will no longer be able to sign in or act. Their past work keeps their name. You can reactivate the account later.</source>
            <translation>Деактивувати {name} ({username})?

Працівник більше не зможе входити й виконувати дії. Виконана ним робота збереже його ім’я. Пізніше обліковий запис можна активувати знову.</translation>
        </message>
        <message>
            <source>{name} can no longer sign in.</source>
            <translation>{name} більше не може входити.</translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>&amp;Активувати знову</translation>
        </message>
        <message>
            <source>Deactivate an account</source>
            <translation>Деактивація облікового запису</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Деактивувати</translation>
        </message>
    </context>
    <context>
        <name>StaffWords</name>
        <message numerus="yes">
            <source>not locked; %n wrong passwords</source>
            <translation>
                <numerusform>не заблоковано; %n неправильний пароль</numerusform>
                <numerusform>не заблоковано; %n неправильні паролі</numerusform>
                <numerusform>не заблоковано; %n неправильних паролів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <source>Ombuds Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Бази даних Ombuds Desk (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
        </message>
        <message>
            <source>The demo database {name} has no demo staff. Build it again with `ombuds-desk demo`, or open another database.</source>
            <translation>У демонстраційній базі даних {name} немає демонстраційних працівників. Створіть її знову командою `ombuds-desk demo` або відкрийте іншу базу даних.</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Відкрити іншу базу даних</translation>
        </message>
    </context>
    <context>
        <name>StartWords</name>
        <message numerus="yes">
            <source>An admin has reset your password. Choose a new one of your own before you go on: at least %n characters, not your user name.</source>
            <translation>
                <numerusform>Адміністратор скинув ваш пароль. Перш ніж продовжити, виберіть власний новий: щонайменше %n символ, не ваше ім’я користувача.</numerusform>
                <numerusform>Адміністратор скинув ваш пароль. Перш ніж продовжити, виберіть власний новий: щонайменше %n символи, не ваше ім’я користувача.</numerusform>
                <numerusform>Адміністратор скинув ваш пароль. Перш ніж продовжити, виберіть власний новий: щонайменше %n символів, не ваше ім’я користувача.</numerusform>
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
            <translation>Будь-який</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;З</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;По</translation>
        </message>
        <message>
            <source>A name, a value, or a case number (CAP-2026-00042)</source>
            <translation>Ім’я, значення або номер справи (CAP-2026-00042)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Очистити</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Експорт…</translation>
        </message>
        <message>
            <source>Save the entries listed to CSV or XLSX</source>
            <translation>Зберегти показані записи у CSV або XLSX</translation>
        </message>
        <message>
            <source>Export with a pass&amp;word…</source>
            <translation>Експорт із па&amp;ролем…</translation>
        </message>
        <message>
            <source>Save the entries listed into an AES-encrypted .zip with a password</source>
            <translation>Зберегти показані записи в .zip, зашифрований AES, з паролем</translation>
        </message>
        <message>
            <source>&amp;Verify the trail</source>
            <translation>&amp;Перевірити журнал</translation>
        </message>
        <message>
            <source>Check that no entry was altered, removed or slipped in</source>
            <translation>Перевірити, що жоден запис не змінено, не видалено й не додано потай</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Хто:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translation>&amp;Запис:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Знайти:</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Будь-хто</translation>
        </message>
        <message>
            <source>Ombuds Desk itself</source>
            <translation>Сама програма Ombuds Desk</translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first</source>
            <translation>
                <numerusform>%n запис, новіші спочатку</numerusform>
                <numerusform>%n записи, новіші спочатку</numerusform>
                <numerusform>%n записів, новіші спочатку</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the audit trail to {file}…</source>
            <translation>Експорт журналу аудиту в {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to {path}.</source>
            <translation>
                <numerusform>%n запис експортовано в {path}.</numerusform>
                <numerusform>%n записи експортовано в {path}.</numerusform>
                <numerusform>%n записів експортовано в {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifying every entry of the trail…</source>
            <translation>Перевірка кожного запису журналу…</translation>
        </message>
        <message>
            <source>The entries listed are written into an AES-encrypted .zip.</source>
            <translation>Показані записи буде записано в .zip, зашифрований AES.</translation>
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation>Вибрати, куди зберегти…</translation>
        </message>
        <message>
            <source>Audit trail {date}.xlsx</source>
            <translation>Журнал аудиту {date}.xlsx</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Експорт журналу аудиту</translation>
        </message>
    </context>
    <context>
        <name>UndoOffer</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
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
            <translation>&amp;Справа</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ерехід</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Друк</translation>
        </message>
        <message>
            <source>&amp;Mail</source>
            <translation>&amp;Пошта</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Ombuds Desk cannot start</source>
            <translation>Ombuds Desk не може запуститися</translation>
        </message>
        <message>
            <source>An unexpected problem stopped Ombuds Desk before its window opened; nothing was saved. The details were written to {log}: please send that file to your administrator.

{problem}</source>
            <translation>Непередбачена помилка зупинила Ombuds Desk ще до відкриття вікна; нічого не збережено. Подробиці записано у {log}: надішліть, будь ласка, цей файл адміністраторові.

{problem}</translation>
        </message>
    </context>
    <context>
        <name>discard</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Відкинути введене?</translation>
        </message>
        <message>
            <source>This form has changes that are not saved. Discard them?</source>
            <translation>У формі є незбережені зміни. Відкинути їх?</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Продовжити редагування</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Cate&amp;gory</source>
            <translation>&amp;Категорія</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Прізвище</translation>
        </message>
        <message>
            <source>G&amp;iven name</source>
            <translation>&amp;Ім’я</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>По &amp;батькові</translation>
        </message>
        <message>
            <source>Family name, &amp;Latin</source>
            <translation>Прізвище &amp;латиницею</translation>
        </message>
        <message>
            <source>Given name, La&amp;tin</source>
            <translation>Ім’я л&amp;атиницею</translation>
        </message>
        <message>
            <source>Patronymic, Lati&amp;n</source>
            <translation>По батькові лат&amp;иницею</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Дата &amp;народження</translation>
        </message>
        <message>
            <source>Se&amp;x</source>
            <translation>Ста&amp;ть</translation>
        </message>
        <message>
            <source>Citi&amp;zenship</source>
            <translation>&amp;Громадянство</translation>
        </message>
        <message>
            <source>&amp;Home region</source>
            <translation>&amp;Регіон проживання</translation>
        </message>
        <message>
            <source>Ser&amp;vice number</source>
            <translation>&amp;Особистий номер</translation>
        </message>
        <message>
            <source>&amp;Rank</source>
            <translation>&amp;Звання</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Військова частина</translation>
        </message>
        <message>
            <source>&amp;Captured on</source>
            <translation>Дата полон&amp;у</translation>
        </message>
        <message>
            <source>Captured at (&amp;where)</source>
            <translation>Місце полону (&amp;де)</translation>
        </message>
        <message>
            <source>Hol&amp;ding party</source>
            <translation>&amp;Сторона, що утримує</translation>
        </message>
        <message>
            <source>Place of d&amp;etention</source>
            <translation>Місце утри&amp;мання</translation>
        </message>
        <message>
            <source>ICRC n&amp;o.</source>
            <translation>№ МКЧ&amp;Х</translation>
        </message>
        <message>
            <source>&amp;Evacuated from</source>
            <translation>&amp;Евакуйовано з</translation>
        </message>
        <message>
            <source>Evacuated &amp;on</source>
            <translation>Дата е&amp;вакуації</translation>
        </message>
        <message>
            <source>&amp;Current location</source>
            <translation>Поточне &amp;місцеперебування</translation>
        </message>
        <message>
            <source>E&amp;vacuated by</source>
            <translation>&amp;Хто евакуював</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
</TS>
