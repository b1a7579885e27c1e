<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source>%n other fields</source>
            <translation>
                <numerusform>ще %n поле</numerusform>
                <numerusform>ще %n поля</numerusform>
                <numerusform>ще %n полів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s), made before the database was encrypted, are not: delete them or keep them somewhere as safe.</source>
            <translation>
                <numerusform>%n старіша резервна копія, зроблена до шифрування бази даних, не зашифрована: видаліть її або зберігайте в так само надійному місці.</numerusform>
                <numerusform>%n старіші резервні копії, зроблені до шифрування бази даних, не зашифровані: видаліть їх або зберігайте в так само надійному місці.</numerusform>
                <numerusform>%n старіших резервних копій, зроблених до шифрування бази даних, не зашифровані: видаліть їх або зберігайте в так само надійному місці.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) made before, in {folder}, are NOT encrypted: delete them, or keep them somewhere as safe. New backups are encrypted.</source>
            <translation>
                <numerusform>%n резервна копія, зроблена раніше (у {folder}), НЕ зашифрована: видаліть її або зберігайте в так само надійному місці. Нові резервні копії шифруються.</numerusform>
                <numerusform>%n резервні копії, зроблені раніше (у {folder}), НЕ зашифровані: видаліть їх або зберігайте в так само надійному місці. Нові резервні копії шифруються.</numerusform>
                <numerusform>%n резервних копій, зроблених раніше (у {folder}), НЕ зашифровані: видаліть їх або зберігайте в так само надійному місці. Нові резервні копії шифруються.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and more problems: {more}; %n in all</source>
            <translation>
                <numerusform>… і ще проблем: {more}; усього %n</numerusform>
                <numerusform>… і ще проблем: {more}; усього %n</numerusform>
                <numerusform>… і ще проблем: {more}; усього %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {name}; nothing was imported (--skip-invalid imports the valid rows)</source>
            <translation>
                <numerusform>%n проблема у {name}; нічого не імпортовано (--skip-invalid імпортує правильні рядки)</numerusform>
                <numerusform>%n проблеми у {name}; нічого не імпортовано (--skip-invalid імпортує правильні рядки)</numerusform>
                <numerusform>%n проблем у {name}; нічого не імпортовано (--skip-invalid імпортує правильні рядки)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n person(s) to {written}{locked}</source>
            <translation>
                <numerusform>Записано %n особу до {written}{locked}</numerusform>
                <numerusform>Записано %n особи до {written}{locked}</numerusform>
                <numerusform>Записано %n осіб до {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {written}{locked}</source>
            <translation>
                <numerusform>Записано %n відправлення до {written}{locked}</numerusform>
                <numerusform>Записано %n відправлення до {written}{locked}</numerusform>
                <numerusform>Записано %n відправлення до {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n parcel(s) to {written}{locked}</source>
            <translation>
                <numerusform>Записано %n посилку до {written}{locked}</numerusform>
                <numerusform>Записано %n посилки до {written}{locked}</numerusform>
                <numerusform>Записано %n посилок до {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s)</source>
            <translation>
                <numerusform>%n посилка</numerusform>
                <numerusform>%n посилки</numerusform>
                <numerusform>%n посилок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n сторінка</numerusform>
                <numerusform>%n сторінки</numerusform>
                <numerusform>%n сторінок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case sheet(s)</source>
            <translation>
                <numerusform>%n картка справи</numerusform>
                <numerusform>%n картки справ</numerusform>
                <numerusform>%n карток справ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n справа</numerusform>
                <numerusform>%n справи</numerusform>
                <numerusform>%n справ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the {total} parcels of {reference} lack(s) a place of detention:</source>
            <translation>
                <numerusform>%n з {total} посилок партії {reference} не має місця утримання:</numerusform>
                <numerusform>%n з {total} посилок партії {reference} не мають місця утримання:</numerusform>
                <numerusform>%n з {total} посилок партії {reference} не мають місця утримання:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n наклейка</numerusform>
                <numerusform>%n наклейки</numerusform>
                <numerusform>%n наклейок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) for the counterpart</source>
            <translation>
                <numerusform>%n справа для іншої сторони</numerusform>
                <numerusform>%n справи для іншої сторони</numerusform>
                <numerusform>%n справ для іншої сторони</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) closed more than {months} months ago. Export them first with `retention export FILE`, then `retention anonymise --confirm %n`.</source>
            <translation>
                <numerusform>%n справа закрита понад {months} міс. тому. Спершу експортуйте її командою `retention export FILE`, потім виконайте `retention anonymise --confirm %n`.</numerusform>
                <numerusform>%n справи закриті понад {months} міс. тому. Спершу експортуйте їх командою `retention export FILE`, потім виконайте `retention anonymise --confirm %n`.</numerusform>
                <numerusform>%n справ закриті понад {months} міс. тому. Спершу експортуйте їх командою `retention export FILE`, потім виконайте `retention anonymise --confirm %n`.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n case(s) to {written} (AES-encrypted; give the password separately and keep it: it is not stored anywhere).</source>
            <translation>
                <numerusform>Записано %n справу до {written} (зашифровано AES; передайте пароль окремо й збережіть його: він ніде не зберігається).</numerusform>
                <numerusform>Записано %n справи до {written} (зашифровано AES; передайте пароль окремо й збережіть його: він ніде не зберігається).</numerusform>
                <numerusform>Записано %n справ до {written} (зашифровано AES; передайте пароль окремо й збережіть його: він ніде не зберігається).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) would be anonymised: their names, relatives, addresses and free text are removed for good. Run again with --confirm %n to do it (export them first if the office must keep a copy).</source>
            <translation>
                <numerusform>Буде знеособлено %n справу: імена, родичів, адреси й довільний текст буде видалено назавжди. Щоб виконати, запустіть ще раз із --confirm %n (якщо бюро має зберегти копію, спершу експортуйте).</numerusform>
                <numerusform>Буде знеособлено %n справи: імена, родичів, адреси й довільний текст буде видалено назавжди. Щоб виконати, запустіть ще раз із --confirm %n (якщо бюро має зберегти копію, спершу експортуйте).</numerusform>
                <numerusform>Буде знеособлено %n справ: імена, родичів, адреси й довільний текст буде видалено назавжди. Щоб виконати, запустіть ще раз із --confirm %n (якщо бюро має зберегти копію, спершу експортуйте).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymised %n case(s).{tail} Backups made before now still hold it until they are deleted.</source>
            <translation>
                <numerusform>Знеособлено %n справу.{tail} Резервні копії, зроблені раніше, містять ці дані, доки їх не видалять.</numerusform>
                <numerusform>Знеособлено %n справи.{tail} Резервні копії, зроблені раніше, містять ці дані, доки їх не видалять.</numerusform>
                <numerusform>Знеособлено %n справ.{tail} Резервні копії, зроблені раніше, містять ці дані, доки їх не видалять.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff</source>
            <translation>
                <numerusform>%n працівник</numerusform>
                <numerusform>%n працівники</numerusform>
                <numerusform>%n працівників</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases in the review queue</source>
            <translation>
                <numerusform>%n справа в черзі перегляду</numerusform>
                <numerusform>%n справи в черзі перегляду</numerusform>
                <numerusform>%n справ у черзі перегляду</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stalled cases</source>
            <translation>
                <numerusform>%n справа без руху</numerusform>
                <numerusform>%n справи без руху</numerusform>
                <numerusform>%n справ без руху</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{table} (%n rows)</source>
            <translation>
                <numerusform>{table} (%n рядок)</numerusform>
                <numerusform>{table} (%n рядки)</numerusform>
                <numerusform>{table} (%n рядків)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The check found damage in {path}: %n problem(s), the first: {first}. Restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</source>
            <translation>
                <numerusform>Перевірка знайшла пошкодження в {path}: %n проблема, перша: {first}. Відновіть базу даних з резервної копії (Файл → Відновити з резервної копії… або ombuds-desk restore ФАЙЛ).</numerusform>
                <numerusform>Перевірка знайшла пошкодження в {path}: %n проблеми, перша: {first}. Відновіть базу даних з резервної копії (Файл → Відновити з резервної копії… або ombuds-desk restore ФАЙЛ).</numerusform>
                <numerusform>Перевірка знайшла пошкодження в {path}: %n проблем, перша: {first}. Відновіть базу даних з резервної копії (Файл → Відновити з резервної копії… або ombuds-desk restore ФАЙЛ).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>check every entry's hash and link; exit 1 naming the first entry altered, removed or inserted</source>
            <translation>перевірити хеш і зв’язок кожного запису; код виходу 1 і номер першого зміненого, видаленого чи вставленого запису</translation>
        </message>
        <message>
            <source>The audit trail has been tampered with: {problem}. Entries 1 to {entries} are intact, up to the hash {hash}.</source>
            <translation>Журнал аудиту було змінено: {problem}. Записи з 1 по {entries} цілі, до хешу {hash}.</translation>
        </message>
        <message>
            <source>The audit trail is intact: {entries} entries, head hash {hash}</source>
            <translation>Журнал аудиту цілий: записів — {entries}, хеш останнього {hash}</translation>
        </message>
        <message>
            <source>It matches the head recorded in {where}.</source>
            <translation>Він збігається з останнім записом, зафіксованим у {where}.</translation>
        </message>
        <message>
            <source>No backup has recorded a head yet to compare the newest entries with.</source>
            <translation>Жодна резервна копія ще не зафіксувала останній запис, з яким можна порівняти найновіші записи.</translation>
        </message>
    </context>
    <context>
        <name>AuditTrail</name>
        <message>
            <source>The audit trail holds an entry after its newest one (number {number}) that Ombuds Desk did not write: nothing was saved. An admin should run `ombuds-desk audit verify` and restore the newest good backup.</source>
            <translation>Журнал аудиту містить запис після свого останнього (номер {number}), якого Ombuds Desk не робив: нічого не збережено. Адміністратор має виконати `ombuds-desk audit verify` і відновити найновішу справну резервну копію.</translation>
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
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Прізвище</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>По батькові</translation>
        </message>
        <message>
            <source>Family name, Latin</source>
            <translation>Прізвище латиницею</translation>
        </message>
        <message>
            <source>Given name, Latin</source>
            <translation>Ім’я латиницею</translation>
        </message>
        <message>
            <source>Patronymic, Latin</source>
            <translation>По батькові латиницею</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата народження</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Стать</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Громадянство</translation>
        </message>
        <message>
            <source>Home region</source>
            <translation>Регіон проживання</translation>
        </message>
        <message>
            <source>Service number</source>
            <translation>Особистий номер</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Звання</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Військова частина</translation>
        </message>
        <message>
            <source>Captured on</source>
            <translation>Дата полонення</translation>
        </message>
        <message>
            <source>Captured at (where)</source>
            <translation>Місце полонення</translation>
        </message>
        <message>
            <source>Holding party</source>
            <translation>Сторона, що утримує</translation>
        </message>
        <message>
            <source>Place of detention</source>
            <translation>Місце утримання</translation>
        </message>
        <message>
            <source>ICRC no.</source>
            <translation>№ МКЧХ</translation>
        </message>
        <message>
            <source>Evacuated from</source>
            <translation>Евакуйовано з</translation>
        </message>
        <message>
            <source>Evacuated on</source>
            <translation>Дата евакуації</translation>
        </message>
        <message>
            <source>Current location</source>
            <translation>Місцеперебування</translation>
        </message>
        <message>
            <source>Evacuated by</source>
            <translation>Ким евакуйовано</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер справи</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Status since</source>
            <translation>Статус з</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>Block note</source>
            <translation>Примітка до блокування</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <source>Consent to be contacted</source>
            <translation>Згода на зв’язок</translation>
        </message>
        <message>
            <source>Consent to be named to the counterpart</source>
            <translation>Згода на зазначення для іншої сторони</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Next review on</source>
            <translation>Наступний перегляд</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>Переглянув(ла)</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Передано</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Від</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>Reassigned by</source>
            <translation>Передав(ла)</translation>
        </message>
        <message>
            <source>Author (relative)</source>
            <translation>Автор (родич)</translation>
        </message>
        <message>
            <source>Author's relationship</source>
            <translation>Спорідненість автора</translation>
        </message>
        <message>
            <source>Status date</source>
            <translation>Дата статусу</translation>
        </message>
        <message>
            <source>Withheld because</source>
            <translation>Затримано, бо</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>Зареєстрував(ла)</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Вага (г)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Made up by</source>
            <translation>Сформував(ла)</translation>
        </message>
        <message>
            <source>Handover date</source>
            <translation>Дата передачі</translation>
        </message>
        <message>
            <source>Handed over for</source>
            <translation>Передано для</translation>
        </message>
        <message>
            <source>Received for</source>
            <translation>Отримано для</translation>
        </message>
        <message>
            <source>Signed receipt</source>
            <translation>Підписана розписка</translation>
        </message>
        <message>
            <source>Target (parcels)</source>
            <translation>Мета (посилок)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Ім’я користувача</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Імпортував(ла)</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Використовується</translation>
        </message>
        <message>
            <source>Shareable with the counterpart</source>
            <translation>Можна передавати іншій стороні</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Створив(ла)</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Розмір (байтів)</translation>
        </message>
        <message>
            <source>{record} added</source>
            <translation>{record}: додано</translation>
        </message>
        <message>
            <source>{record} removed</source>
            <translation>{record}: видалено</translation>
        </message>
        <message>
            <source>Case registered</source>
            <translation>Справу зареєстровано</translation>
        </message>
        <message>
            <source>Contact added</source>
            <translation>Контактну особу додано</translation>
        </message>
        <message>
            <source>Note written</source>
            <translation>Примітку написано</translation>
        </message>
        <message>
            <source>Case reviewed</source>
            <translation>Справу переглянуто</translation>
        </message>
        <message>
            <source>Case reassigned</source>
            <translation>Справу передано</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Зареєстровано</translation>
        </message>
        <message>
            <source>Parcel made up</source>
            <translation>Посилку сформовано</translation>
        </message>
        <message>
            <source>Shipment started</source>
            <translation>Партію розпочато</translation>
        </message>
        <message>
            <source>Included in operation</source>
            <translation>Включено до операції</translation>
        </message>
        <message>
            <source>Member of staff added</source>
            <translation>Працівника додано</translation>
        </message>
        <message>
            <source>Block reason added</source>
            <translation>Причину блокування додано</translation>
        </message>
        <message>
            <source>Case removed</source>
            <translation>Справу видалено</translation>
        </message>
        <message>
            <source>Contact removed</source>
            <translation>Контактну особу видалено</translation>
        </message>
        <message>
            <source>Note removed</source>
            <translation>Примітку видалено</translation>
        </message>
        <message>
            <source>Parcel removed</source>
            <translation>Посилку видалено</translation>
        </message>
        <message>
            <source>Taken out of operation</source>
            <translation>Виключено з операції</translation>
        </message>
        <message>
            <source>window</source>
            <translation>вікно</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>командний рядок</translation>
        </message>
        <message>
            <source>idle lock</source>
            <translation>блокування через бездіяльність</translation>
        </message>
        <message>
            <source>first start</source>
            <translation>перший запуск</translation>
        </message>
        <message>
            <source>case sheet</source>
            <translation>картка справи</translation>
        </message>
        <message>
            <source>stalled-cases report</source>
            <translation>звіт про завислі справи</translation>
        </message>
        <message>
            <source>parcel labels</source>
            <translation>етикетки посилок</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>опис відправлення</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>внутрішня</translation>
        </message>
        <message>
            <source>counterpart</source>
            <translation>для другої сторони</translation>
        </message>
        <message>
            <source>persons list</source>
            <translation>список осіб</translation>
        </message>
        <message>
            <source>items list</source>
            <translation>список листів і предметів</translation>
        </message>
        <message>
            <source>parcels list</source>
            <translation>список посилок</translation>
        </message>
        <message>
            <source>retention archive list</source>
            <translation>архів строку зберігання</translation>
        </message>
        <message>
            <source>for the counterpart list</source>
            <translation>список для другої сторони</translation>
        </message>
        <message>
            <source>audit trail</source>
            <translation>журнал аудиту</translation>
        </message>
        <message>
            <source>every case</source>
            <translation>усі справи</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>на вимогу</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>щоденна</translation>
        </message>
        <message>
            <source>before restore</source>
            <translation>перед відновленням</translation>
        </message>
        <message>
            <source>AES-256 zip archive, password given separately</source>
            <translation>zip-архів AES-256, пароль передано окремо</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Рядків</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Стовпці</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фільтр</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Зашифровано</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Демо</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Шлях</translation>
        </message>
        <message>
            <source>Sha256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Записів аудиту</translation>
        </message>
        <message>
            <source>Audit head hash</source>
            <translation>Хеш останнього запису аудиту</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Таблиць</translation>
        </message>
        <message>
            <source>Retention months</source>
            <translation>Строк зберігання (місяців)</translation>
        </message>
        <message>
            <source>Final status</source>
            <translation>Остаточний статус</translation>
        </message>
        <message>
            <source>Final since</source>
            <translation>Остаточний з</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Очищено</translation>
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
            <source>Must change password</source>
            <translation>Має змінити пароль</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ні</translation>
        </message>
        <message>
            <source>item</source>
            <translation>відправлення</translation>
        </message>
        <message>
            <source>from {author}</source>
            <translation>від {author}</translation>
        </message>
        <message>
            <source>from the person</source>
            <translation>від особи</translation>
        </message>
        <message>
            <source>Unblocked</source>
            <translation>Розблоковано</translation>
        </message>
        <message>
            <source>Reactivated</source>
            <translation>Знову активний</translation>
        </message>
        <message>
            <source>Deactivated: can no longer sign in</source>
            <translation>Деактивовано: більше не може увійти</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Розблоковано</translation>
        </message>
        <message>
            <source>Locked until {until} (wrong passwords)</source>
            <translation>Заблоковано до {until} (неправильні паролі)</translation>
        </message>
        <message>
            <source>Password reset: a temporary one, to be changed at the next sign-in</source>
            <translation>Пароль скинуто: тимчасовий, змінити під час наступного входу</translation>
        </message>
        <message>
            <source>Back in use</source>
            <translation>Знову використовується</translation>
        </message>
        <message>
            <source>No longer offered</source>
            <translation>Більше не пропонується</translation>
        </message>
        <message>
            <source>A setting</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Пароль змінено</translation>
        </message>
        <message>
            <source>Saved; no field changed</source>
            <translation>Збережено; жодне поле не змінено</translation>
        </message>
        <message>
            <source>{field} of {record}: {change}</source>
            <translation>{field} ({record}): {change}</translation>
        </message>
        <message>
            <source>Note written: {text}</source>
            <translation>Примітку написано: {text}</translation>
        </message>
        <message>
            <source>{item} logged</source>
            <translation>{item}: зареєстровано</translation>
        </message>
        <message>
            <source>Contact added: {name} ({relationship})</source>
            <translation>Контактну особу додано: {name} ({relationship})</translation>
        </message>
        <message>
            <source>kept waiting</source>
            <translation>залишено в очікуванні</translation>
        </message>
        <message>
            <source>escalated to {to}</source>
            <translation>передано вище: {to}</translation>
        </message>
        <message>
            <source>reassigned to {to}</source>
            <translation>передано: {to}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрито</translation>
        </message>
        <message>
            <source>Case reviewed: {decision}</source>
            <translation>Справу переглянуто: {decision}</translation>
        </message>
        <message>
            <source> — next review {day}</source>
            <translation> — наступний перегляд {day}</translation>
        </message>
        <message>
            <source>Case reassigned to {to}</source>
            <translation>Справу передано: {to}</translation>
        </message>
        <message>
            <source> (was {caseworker}'s)</source>
            <translation> (раніше: {caseworker})</translation>
        </message>
        <message>
            <source>{item} removed</source>
            <translation>{item}: видалено</translation>
        </message>
        <message>
            <source>Note removed: {text}</source>
            <translation>Примітку видалено: {text}</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>записів: {count}</translation>
        </message>
        <message>
            <source> for “{username}”</source>
            <translation> для «{username}»</translation>
        </message>
        <message>
            <source> ({version} version)</source>
            <translation> (версія: {version})</translation>
        </message>
        <message>
            <source>{document} printed</source>
            <translation>{document}: надруковано</translation>
        </message>
        <message>
            <source>document</source>
            <translation>документ</translation>
        </message>
        <message>
            <source>Exported in {list}</source>
            <translation>Експортовано у списку: {list}</translation>
        </message>
        <message>
            <source>{list} exported</source>
            <translation>{list}: експортовано</translation>
        </message>
        <message>
            <source>This entry cannot be read: its recorded changes are damaged.</source>
            <translation>Цей запис неможливо прочитати: записані зміни пошкоджено.</translation>
        </message>
    </context>
    <context>
        <name>AuditVerify</name>
        <message>
            <source>The audit trail is intact: all {count} entries are as they were written; none was removed or slipped in.</source>
            <translation>Журнал аудиту цілий: усі {count} записів такі, якими їх записано; жоден не видалено й не вставлено.</translation>
        </message>
        <message>
            <source>Its newest entries agree with {where}.</source>
            <translation>Найновіші записи збігаються з {where}.</translation>
        </message>
        <message>
            <source>Newest entry: no. {number}, hash {hash}…</source>
            <translation>Останній запис: № {number}, хеш {hash}…</translation>
        </message>
        <message>
            <source>The audit trail has been tampered with: {problem}.</source>
            <translation>Журнал аудиту було змінено: {problem}.</translation>
        </message>
        <message>
            <source>Entries 1 to {last} are intact.</source>
            <translation>Записи з 1 по {last} цілі.</translation>
        </message>
        <message>
            <source>Nothing in the app changes entries: someone edited the database file directly. Keep the file as it is and compare it with the latest backup.</source>
            <translation>Програма ніколи не змінює записів: хтось редагував файл бази даних напряму. Збережіть файл як є та порівняйте його з останньою резервною копією.</translation>
        </message>
        <message>
            <source>entry {number} is missing: removed</source>
            <translation>запису {number} немає: його видалено</translation>
        </message>
        <message>
            <source>entry {number} appears twice</source>
            <translation>запис {number} трапляється двічі</translation>
        </message>
        <message>
            <source>entry {number} does not follow entry {before}: an entry was inserted or removed before it</source>
            <translation>запис {number} не продовжує запис {before}: перед ним запис вставлено або видалено</translation>
        </message>
        <message>
            <source>entry {number} was altered</source>
            <translation>запис {number} змінено</translation>
        </message>
        <message>
            <source>entries {first} to {last} were removed (the newest ones)</source>
            <translation>записи з {first} по {last} видалено (найновіші)</translation>
        </message>
        <message>
            <source>the chain's head row does not match entry {number}: it was rewritten</source>
            <translation>рядок вершини ланцюжка не відповідає запису {number}: його переписано</translation>
        </message>
        <message>
            <source>entries {first} to {last} were removed: {where} recorded {recorded} entries, the database now holds {now}</source>
            <translation>записи з {first} по {last} видалено: {where} зафіксувала записів — {recorded}, а в базі даних тепер — {now}</translation>
        </message>
        <message>
            <source>entry {number} differs from {where}: the trail was rewritten</source>
            <translation>запис {number} відрізняється від {where}: журнал переписано</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>write the backup to FILE (default: a new file in the backup folder)</source>
            <translation>записати резервну копію у FILE (типово: новий файл у теці резервних копій)</translation>
        </message>
        <message>
            <source>write a new backup file into DIR</source>
            <translation>записати новий файл резервної копії в теку DIR</translation>
        </message>
        <message>
            <source>Give a FILE or --folder DIR, not both.</source>
            <translation>Вкажіть FILE або --folder DIR, але не обидва.</translation>
        </message>
        <message>
            <source>Backed up {name}: {size} MB, audit trail of {entries} entries; manifest {path}.json</source>
            <translation>Резервну копію {name} зроблено: {size} МБ, у журналі аудиту записів — {entries}; маніфест {path}.json</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>резервна копія, яку слід відновити</translation>
        </message>
        <message>
            <source>Sign in as an admin of the backup to restore it.</source>
            <translation>Щоб відновити резервну копію, увійдіть як її адміністратор.</translation>
        </message>
        <message>
            <source>The database as it was is kept as {path}</source>
            <translation>Попередню базу даних збережено як {path}</translation>
        </message>
        <message>
            <source>Restored {backup} to {database} and upgraded to this version.</source>
            <translation>Резервну копію {backup} відновлено в {database} й оновлено до цієї версії.</translation>
        </message>
        <message>
            <source>Restored {backup} to {database}.</source>
            <translation>Резервну копію {backup} відновлено в {database}.</translation>
        </message>
        <message>
            <source>The backup was not encrypted: the restored database is encrypted with this database's passphrase, as the database was.</source>
            <translation>Резервна копія не була зашифрована: відновлену базу даних зашифровано парольною фразою цієї бази даних, як і раніше.</translation>
        </message>
        <message>
            <source>{target} already exists. Choose another name, or remove it first.</source>
            <translation>{target} уже існує. Виберіть іншу назву або спершу видаліть його.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {folder}: {why}. Choose another backup folder and try again.</source>
            <translation>Не вдається записати резервну копію в {folder}: {why}. Виберіть іншу папку для резервних копій і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>{why} The backup gave up waiting for it: nothing was saved.</source>
            <translation>{why} Резервне копіювання не дочекалося її: нічого не збережено.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space in {folder}, or choose another backup folder, and try again.</source>
            <translation>Диск заповнено: нічого не збережено. Звільніть місце в {folder} або виберіть іншу папку для резервних копій і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The backup to {target} failed: {why}. Nothing was saved; try again.</source>
            <translation>Резервне копіювання в {target} не вдалося: {why}. Нічого не збережено; спробуйте ще раз.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup. Choose a backup file.</source>
            <translation>{path} — це папка, а не резервна копія. Виберіть файл резервної копії.</translation>
        </message>
        <message>
            <source>There is no backup file {path}. Check the name and try again.</source>
            <translation>Файлу резервної копії {path} немає. Перевірте назву й спробуйте ще раз.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {why}. Choose another file.</source>
            <translation>Не вдається прочитати {path}: {why}. Виберіть інший файл.</translation>
        </message>
        <message>
            <source>{path} is not an Ombuds Desk backup: it is not a database file. Choose another file.</source>
            <translation>{path} не є резервною копією Ombuds Desk: це не файл бази даних. Виберіть інший файл.</translation>
        </message>
        <message>
            <source>The backup {path} is encrypted with a passphrase other than this database's: open a database with that passphrase to restore it, or choose another backup.</source>
            <translation>Резервну копію {path} зашифровано іншою парольною фразою, ніж цю базу даних: щоб відновити її, відкрийте базу даних із тією парольною фразою або виберіть іншу резервну копію.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer Ombuds Desk (schema {revision}). Install the newer version to restore it.</source>
            <translation>Резервну копію {path} створено новішою версією Ombuds Desk (схема {revision}). Установіть новішу версію, щоб відновити її.</translation>
        </message>
        <message>
            <source>The backup {path} was changed after it was made: it no longer matches the SHA-256 in {manifest}. Choose another backup.</source>
            <translation>Резервну копію {path} змінено після створення: вона більше не відповідає SHA-256 у {manifest}. Виберіть іншу резервну копію.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}): it cannot be restored. Choose another backup.</source>
            <translation>Резервну копію {path} пошкоджено ({problem}): її неможливо відновити. Виберіть іншу резервну копію.</translation>
        </message>
        <message>
            <source>{path} is not an Ombuds Desk backup: it is another program's database. Choose another file.</source>
            <translation>{path} не є резервною копією Ombuds Desk: це база даних іншої програми. Виберіть інший файл.</translation>
        </message>
        <message>
            <source>Could not set the current database aside before restoring: {why} Nothing was restored.</source>
            <translation>Не вдалося відкласти поточну базу даних перед відновленням: {why} Нічого не відновлено.</translation>
        </message>
        <message>
            <source>The database was set aside first as {path}.</source>
            <translation>Базу даних спершу відкладено як {path}.</translation>
        </message>
        <message>
            <source>The restore failed: {why}</source>
            <translation>Відновлення не вдалося: {why}</translation>
        </message>
        <message>
            <source>The database {path} is open in another window or program. Close it there, then restore again. Nothing was changed.</source>
            <translation>Базу даних {path} відкрито в іншому вікні або програмі. Закрийте її там, потім відновіть ще раз. Нічого не змінено.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>On a PostgreSQL server, backups are the server's job: the server's administrator runs pg_dump (pg_dump --format=custom --file=ombuds-desk.dump '{url}') and restores with pg_restore.</source>
            <translation>На сервері PostgreSQL резервні копії робить сам сервер: його адміністратор запускає pg_dump (pg_dump --format=custom --file=ombuds-desk.dump '{url}') і відновлює за допомогою pg_restore.</translation>
        </message>
        <message>
            <source>A backup cannot be recorded in it: copy the file itself.</source>
            <translation>Зафіксувати в ній резервну копію неможливо: скопіюйте сам файл.</translation>
        </message>
        <message>
            <source>The backup was put in place, but: {why}</source>
            <translation>Резервну копію поставлено на місце, але: {why}</translation>
        </message>
        <message>
            <source>The database as it was is kept as {path}.</source>
            <translation>Попередню базу даних збережено як {path}.</translation>
        </message>
        <message>
            <source>the backup of {when} ({path})</source>
            <translation>резервна копія від {when} ({path})</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>after saying what is wrong, print SQLite's own report (in English) for an administrator</source>
            <translation>після повідомлення про пошкодження вивести власний звіт SQLite (англійською) для адміністратора</translation>
        </message>
        <message>
            <source>{display_name} is a database server: it keeps its own files whole.</source>
            <translation>{display_name} — сервер баз даних: цілісність своїх файлів він стереже сам.</translation>
        </message>
        <message>
            <source>SQLite's report:</source>
            <translation>Звіт SQLite:</translation>
        </message>
        <message>
            <source>No damage found in {display_name}.</source>
            <translation>У {display_name} пошкоджень не знайдено.</translation>
        </message>
        <message>
            <source>There is no database at {path}: nothing was checked.</source>
            <translation>Бази даних {path} немає: нічого не перевірено.</translation>
        </message>
        <message>
            <source>{path} is not a database file: it does not begin as one does. Choose another file, or restore the database from a backup.</source>
            <translation>{path} — не файл бази даних: він починається не так, як база даних. Виберіть інший файл або відновіть базу даних з резервної копії.</translation>
        </message>
        <message>
            <source>The check could not read {path} to the end: {why}. The file is damaged: restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</source>
            <translation>Перевірка не змогла дочитати {path} до кінця: {why}. Файл пошкоджено: відновіть базу даних з резервної копії (Файл → Відновити з резервної копії… або ombuds-desk restore ФАЙЛ).</translation>
        </message>
        <message>
            <source>{finding} (in {table})</source>
            <translation>{finding} (у {table})</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>usage: </source>
            <translation>використання: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиційні аргументи</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметри</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показати цю довідку й вийти</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: помилка: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>потрібні такі аргументи: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>потрібен один з аргументів %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>невідомі аргументи: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>очікується один аргумент</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>очікується не більше одного аргументу</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>очікується щонайменше один аргумент</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>не можна разом з аргументом %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>неправильне значення %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>неправильний вибір: %(value)r (виберіть з %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не вдається відкрити '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>a SQLite file or an SQLAlchemy URL such as postgresql+psycopg://user@host/db (default: $OMBUDS_DESK_DB, else a file in your data folder)</source>
            <translation>файл SQLite або URL SQLAlchemy, наприклад postgresql+psycopg://user@host/db (типово: $OMBUDS_DESK_DB, інакше файл у вашій теці даних)</translation>
        </message>
        <message>
            <source>sign in as this member of staff (the password is asked on the terminal)</source>
            <translation>увійти як цей працівник (пароль запитується в терміналі)</translation>
        </message>
        <message>
            <source>for scripts: read the password from the first line of FILE, which only you may read (chmod 600 FILE)</source>
            <translation>для скриптів: прочитати пароль з першого рядка файлу FILE, який можете читати лише ви (chmod 600 FILE)</translation>
        </message>
        <message>
            <source>the language of messages, printouts and the window: en, ru or uk (default: the window's as chosen in Settings, else $LANG)</source>
            <translation>мова повідомлень, друкованих документів і вікна: en, ru або uk (типово: мова вікна, вибрана в налаштуваннях, інакше $LANG)</translation>
        </message>
        <message>
            <source>for scripts: an encrypted database's passphrase, the first line of FILE, which only you may read (chmod 600 FILE); without it, it is asked on the terminal</source>
            <translation>для скриптів: парольна фраза зашифрованої бази даних — перший рядок файлу FILE, який можете читати лише ви (chmod 600 FILE); без нього вона запитується в терміналі</translation>
        </message>
        <message>
            <source>Note: there was no database at {path}; a new, empty one was created.</source>
            <translation>Зауважте: за шляхом {path} бази даних не було; створено нову, порожню.</translation>
        </message>
        <message>
            <source>Passphrase of the encrypted database {path}: </source>
            <translation>Парольна фраза зашифрованої бази даних {path}: </translation>
        </message>
        <message>
            <source>An admin has reset the password of {name}: choose a new one first with `ombuds-desk users change-password --user {name}`.</source>
            <translation>Адміністратор скинув пароль користувача {name}: спершу виберіть новий командою `ombuds-desk users change-password --user {name}`.</translation>
        </message>
        <message>
            <source>Nobody can sign in to {db} yet: create its first admin with `ombuds-desk init --db {db} --office NAME --admin USERNAME`.</source>
            <translation>До {db} поки що ніхто не може увійти: створіть першого адміністратора командою `ombuds-desk init --db {db} --office NAME --admin USERNAME`.</translation>
        </message>
        <message>
            <source>Sign in with --user NAME: the password is then asked on the terminal, or read from --password-file FILE.</source>
            <translation>Увійдіть з --user NAME: пароль буде запитано в терміналі або прочитано з --password-file FILE.</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>Пароль для {name}: </translation>
        </message>
        <message>
            <source>{text} is not a date (use YYYY-MM-DD or DD.MM.YYYY)</source>
            <translation>{text} — не дата (пишіть ДД.ММ.РРРР або РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>{app}: case management for captives and evacuees. With no command, opens the main window.</source>
            <translation>{app}: ведення справ полонених і евакуйованих. Без команди відкриває головне вікно.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>показати версію й вийти</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>команди</translation>
        </message>
        <message>
            <source>the database {name} cannot be used: {why}</source>
            <translation>базу даних {name} неможливо використати: {why}</translation>
        </message>
        <message>
            <source>cannot use {path}: {why}</source>
            <translation>неможливо використати {path}: {why}</translation>
        </message>
        <message>
            <source>interrupted; nothing more was saved</source>
            <translation>перервано; більше нічого не збережено</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>import persons or letters and items from a CSV, XLSX, ODS or XLS file</source>
            <translation>імпортувати осіб або листи й відправлення з файлу CSV, XLSX, ODS чи XLS</translation>
        </message>
        <message>
            <source>export persons, a case's items or a shipment's parcels (CSV, XLSX or ODS)</source>
            <translation>експортувати осіб, відправлення справи або посилки партії (CSV, XLSX чи ODS)</translation>
        </message>
        <message>
            <source>search the register by name in any spelling, or by number</source>
            <translation>шукати в реєстрі за ім’ям у будь-якому написанні або за номером</translation>
        </message>
        <message>
            <source>list pairs of cases that may be one person</source>
            <translation>перелічити пари справ, що можуть стосуватися однієї особи</translation>
        </message>
        <message>
            <source>closed cases past the retention period: list, export to an encrypted archive, anonymise</source>
            <translation>закриті справи після строку зберігання: перелік, експорт у зашифрований архів, знеособлення</translation>
        </message>
        <message>
            <source>list parcels (optionally by status or shipment)</source>
            <translation>перелічити посилки (за потреби — за статусом чи партією)</translation>
        </message>
        <message>
            <source>show each campaign's progress against its target</source>
            <translation>показати поступ кожної кампанії щодо її мети</translation>
        </message>
        <message>
            <source>write a printable PDF: case sheets, stalled report, manifest, labels</source>
            <translation>записати PDF для друку: картки справ, звіт про справи без руху, опис, наклейки</translation>
        </message>
        <message>
            <source>change a case's repatriation status (as the rules allow)</source>
            <translation>змінити статус репатріації справи (як дозволяють правила)</translation>
        </message>
        <message>
            <source>mark a case blocked, with a reason</source>
            <translation>позначити справу як заблоковану, із причиною</translation>
        </message>
        <message>
            <source>lift a case's block</source>
            <translation>зняти блокування справи</translation>
        </message>
        <message>
            <source>list stalled cases, longest first</source>
            <translation>перелічити справи без руху, найдовші спершу</translation>
        </message>
        <message>
            <source>the supervisors' review queue: stalled cases not deferred by a review</source>
            <translation>черга перегляду керівників: справи без руху, не відкладені переглядом</translation>
        </message>
        <message>
            <source>the office's figures: open, stalled, completed per month, parcels</source>
            <translation>показники бюро: відкриті, без руху, завершені за місяць, посилки</translation>
        </message>
        <message>
            <source>back up the database now (safe while it is in use), with a manifest beside the copy</source>
            <translation>зробити резервну копію бази даних зараз (безпечно й під час роботи), з маніфестом поруч із копією</translation>
        </message>
        <message>
            <source>restore a backup in place of the database (checked first; the current file is set aside)</source>
            <translation>відновити резервну копію замість бази даних (спершу перевіряється; поточний файл відкладається)</translation>
        </message>
        <message>
            <source>check the whole database file for damage (SQLite's integrity check)</source>
            <translation>перевірити весь файл бази даних на пошкодження (перевірка цілісності SQLite)</translation>
        </message>
        <message>
            <source>copy the whole register into another, empty database (SQLite ⇄ PostgreSQL), checked table by table (admins)</source>
            <translation>скопіювати весь реєстр в іншу, порожню базу даних (SQLite ⇄ PostgreSQL) з перевіркою кожної таблиці (адміністратори)</translation>
        </message>
        <message>
            <source>encrypt the SQLite database file with a passphrase (SQLCipher), checked table by table (admins)</source>
            <translation>зашифрувати файл бази даних SQLite парольною фразою (SQLCipher) з перевіркою кожної таблиці (адміністратори)</translation>
        </message>
        <message>
            <source>turn an encrypted database file back into a plain one, checked table by table (admins)</source>
            <translation>перетворити зашифрований файл бази даних знову на звичайний з перевіркою кожної таблиці (адміністратори)</translation>
        </message>
        <message>
            <source>build a demo database of synthetic cases (headless)</source>
            <translation>створити демонстраційну базу даних зі штучними справами (без вікна)</translation>
        </message>
        <message>
            <source>open the main window (what plain `ombuds-desk` does)</source>
            <translation>відкрити головне вікно (те саме, що просто `ombuds-desk`)</translation>
        </message>
        <message>
            <source>create a database with its office and first admin, or upgrade an existing one</source>
            <translation>створити базу даних з бюро й першим адміністратором або оновити наявну</translation>
        </message>
        <message>
            <source>check the audit trail (admins)</source>
            <translation>перевірити журнал аудиту (адміністратори)</translation>
        </message>
        <message>
            <source>show the office's settings, or change one</source>
            <translation>показати налаштування бюро або змінити одне з них</translation>
        </message>
        <message>
            <source>staff administration: list, add, roles, passwords, deactivate, unlock</source>
            <translation>керування працівниками: перелік, додавання, ролі, паролі, вимкнення, розблокування</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} і {last}</translation>
        </message>
        <message>
            <source>{who} changed {fields} ({when})</source>
            <translation>{who} змінює: {fields} ({when})</translation>
        </message>
        <message>
            <source>{who} saved it ({when})</source>
            <translation>{who} зберігає ({when})</translation>
        </message>
        <message>
            <source>{what} was changed by someone else after you opened it: {saves}.</source>
            <translation>{what}: після того як ви відкрили запис, його змінив хтось інший: {saves}.</translation>
        </message>
        <message>
            <source>{what} was changed by someone else after you opened it.</source>
            <translation>{what}: після того як ви відкрили запис, його змінив хтось інший.</translation>
        </message>
        <message>
            <source>Your changes were not saved; reopen it to see the new version and edit again.</source>
            <translation>Ваші зміни не збережено; відкрийте запис знову, щоб побачити нову версію, і внесіть зміни ще раз.</translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>The database {name} is not empty: {listed}. Nothing was copied. Copy into a new, empty database.</source>
            <translation>База даних {name} не порожня: {listed}. Нічого не скопійовано. Копіюйте в нову, порожню базу даних.</translation>
        </message>
        <message>
            <source>The copy of the table {table} did not read back the same ({rows} rows, hash {hash}… in {source}; {got_rows} rows, hash {got_hash}… in the copy). Nothing was copied; please report this.</source>
            <translation>Копія таблиці {table} прочиталася не такою самою ({rows} рядків, хеш {hash}… у {source}; {got_rows} рядків, хеш {got_hash}… у копії). Нічого не скопійовано; будь ласка, повідомте про це.</translation>
        </message>
        <message>
            <source>{name} is both the source and the target: copy into another database.</source>
            <translation>{name} — і джерело, і призначення: копіюйте в іншу базу даних.</translation>
        </message>
        <message>
            <source>Nothing was copied.</source>
            <translation>Нічого не скопійовано.</translation>
        </message>
        <message>
            <source>The databases are at different schema versions ({want} in {source}, {have} in {target}): open both with this version of Ombuds Desk first. Nothing was copied.</source>
            <translation>Бази даних мають різні версії схеми ({want} у {source}, {have} у {target}): спершу відкрийте обидві цією версією Ombuds Desk. Нічого не скопійовано.</translation>
        </message>
        <message>
            <source>the register to copy: a SQLite file or a URL such as postgresql+psycopg://user@host/dbname</source>
            <translation>реєстр для копіювання: файл SQLite або URL, наприклад postgresql+psycopg://user@host/dbname</translation>
        </message>
        <message>
            <source>the empty database to copy it into (a new file is made; a server database must exist, empty)</source>
            <translation>порожня база даних, у яку копіювати (створюється новий файл; база даних на сервері має вже існувати й бути порожньою)</translation>
        </message>
        <message>
            <source>copy takes --from and --to, not --db: name both databases.</source>
            <translation>copy приймає --from і --to, а не --db: вкажіть обидві бази даних.</translation>
        </message>
        <message>
            <source>There is no database at {missing}: check the --from path.</source>
            <translation>За шляхом {missing} бази даних немає: перевірте шлях --from.</translation>
        </message>
        <message>
            <source>{table}  {rows}  sha256 {sha256}</source>
            <translation>{table}  {rows}  sha256 {sha256}</translation>
        </message>
        <message>
            <source>Done: {rows} rows in {count} tables copied into {target}; every table's row count and content hash match {source}.</source>
            <translation>Готово: {rows} рядків у {count} таблицях скопійовано в {target}; кількість рядків і хеш вмісту кожної таблиці збігаються з {source}.</translation>
        </message>
        <message>
            <source>  {table}: {rows} rows</source>
            <translation>  {table}: рядків — {rows}</translation>
        </message>
    </context>
    <context>
        <name>DataLocations</name>
        <message>
            <source>Backups</source>
            <translation>Резервні копії</translation>
        </message>
        <message>
            <source>the server's (pg_dump, by its administrator)</source>
            <translation>на сервері (pg_dump, робить його адміністратор)</translation>
        </message>
        <message>
            <source>as made</source>
            <translation>як зроблено</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Журнал роботи</translation>
        </message>
        <message>
            <source>not written (started from a terminal)</source>
            <translation>не ведеться (запуск із термінала)</translation>
        </message>
        <message>
            <source>Not encrypted: it holds no one's personal data, only user names, file names and errors.</source>
            <translation>Не зашифровано: тут немає нічиїх персональних даних, лише імена користувачів, назви файлів і помилки.</translation>
        </message>
        <message>
            <source>Exports</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>chosen at each export (offered: {folder})</source>
            <translation>вибирається під час кожного експорту (пропонується: {folder})</translation>
        </message>
        <message>
            <source>chosen at each export</source>
            <translation>вибирається під час кожного експорту</translation>
        </message>
        <message>
            <source>Exported lists and printed PDFs are not covered by the database's encryption: keep them in a safe place and delete them when they are no longer needed.</source>
            <translation>Шифрування бази даних не поширюється на експортовані списки й PDF для друку: зберігайте їх у надійному місці та видаляйте, коли вони більше не потрібні.</translation>
        </message>
        <message>
            <source>the app</source>
            <translation>програма</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База даних</translation>
        </message>
        <message>
            <source>On the office's server: its disks' encryption is the server administrator's.</source>
            <translation>На сервері бюро: за шифрування його дисків відповідає адміністратор сервера.</translation>
        </message>
        <message>
            <source>Encrypted with SQLCipher (AES-256): the passphrase is asked at every start and stored nowhere.</source>
            <translation>Зашифровано SQLCipher (AES-256): парольна фраза запитується під час кожного запуску й ніде не зберігається.</translation>
        </message>
        <message>
            <source>Not encrypted: anyone who can read the file can read the register. An admin can encrypt it (ombuds-desk encrypt).</source>
            <translation>Не зашифровано: будь-хто, хто може прочитати файл, може прочитати реєстр. Адміністратор може його зашифрувати (ombuds-desk encrypt).</translation>
        </message>
        <message>
            <source>Not encrypted, like the database.</source>
            <translation>Не зашифровано, як і база даних.</translation>
        </message>
        <message>
            <source>Encrypted with the database's passphrase.</source>
            <translation>Зашифровано парольною фразою бази даних.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Скасовано. Нічого не збережено.</translation>
        </message>
        <message>
            <source>The database {name} is read-only. Nothing was saved; open a writable copy.</source>
            <translation>База даних {name} доступна лише для читання. Нічого не збережено; відкрийте копію, доступну для запису.</translation>
        </message>
        <message>
            <source>The change clashes with a record already saved ({why}). Nothing was saved.</source>
            <translation>Зміна суперечить уже збереженому запису ({why}). Нічого не збережено.</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Нічого не збережено.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Диск заповнено: нічого не збережено. Звільніть місце й спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The database {name} is locked by another program or user. Wait a moment and try again.</source>
            <translation>Базу даних {name} заблокувала інша програма або інший користувач. Зачекайте трохи й спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The database {name} is on a read-only medium or in a folder you cannot write to: it is open for looking and printing only. To change it, copy it to a writable folder and open the copy.</source>
            <translation>База даних {name} на носії лише для читання або в папці, до якої ви не можете записувати: її відкрито лише для перегляду й друку. Щоб змінювати її, скопіюйте її в папку, доступну для запису, і відкрийте копію.</translation>
        </message>
        <message>
            <source>The database {name} is on a read-only medium or in a folder you cannot write to, and its latest changes are still in {log}, which cannot be read there. Copy both files to a writable folder and open the copy.</source>
            <translation>База даних {name} на носії лише для читання або в папці, до якої ви не можете записувати, а її останні зміни ще в {log}, який там не прочитати. Скопіюйте обидва файли в папку, доступну для запису, і відкрийте копію.</translation>
        </message>
        <message>
            <source>The database {name} is read-only and was made by an older version: it needs an upgrade first. Copy it to a writable folder and open the copy.</source>
            <translation>База даних {name} доступна лише для читання і створена старішою версією: спершу її треба оновити. Скопіюйте її в папку, доступну для запису, і відкрийте копію.</translation>
        </message>
        <message>
            <source>The file {name} is not an Ombuds Desk database or is damaged. Restore it from a backup or choose another file.</source>
            <translation>Файл {name} не є базою даних Ombuds Desk або пошкоджений. Відновіть його з резервної копії або виберіть інший файл.</translation>
        </message>
        <message>
            <source>The database {name} is damaged ({problem}). Restore it from a backup.</source>
            <translation>Базу даних {name} пошкоджено ({problem}). Відновіть її з резервної копії.</translation>
        </message>
        <message>
            <source>The database file {name} is empty (0 bytes): the register it held is not in it. Another program may have cut it short (a copy or a sync that failed): restore it from a backup. If it never held a register, delete the empty file and start again to create a new one.</source>
            <translation>Файл бази даних {name} порожній (0 байтів): реєстру, який у ньому був, там немає. Можливо, його обрізала інша програма (невдале копіювання чи синхронізація): відновіть його з резервної копії. Якщо в ньому ніколи не було реєстру, видаліть порожній файл і почніть знову, щоб створити новий.</translation>
        </message>
        <message numerus="yes">
            <source>The log beside the database {name} ({log}) is damaged: %n saved changes in it cannot be read, and the database would open without them. A copy of the log was kept as {kept}. Restore the newest backup, or open the database again to go on without those changes.</source>
            <translation>
                <numerusform>Журнал поруч із базою даних {name} ({log}) пошкоджено: %n збережену в ньому зміну неможливо прочитати, і база даних відкрилася б без неї. Копію журналу збережено як {kept}. Відновіть найновішу резервну копію або відкрийте базу даних ще раз, щоб працювати далі без цієї зміни.</numerusform>
                <numerusform>Журнал поруч із базою даних {name} ({log}) пошкоджено: %n збережені в ньому зміни неможливо прочитати, і база даних відкрилася б без них. Копію журналу збережено як {kept}. Відновіть найновішу резервну копію або відкрийте базу даних ще раз, щоб працювати далі без цих змін.</numerusform>
                <numerusform>Журнал поруч із базою даних {name} ({log}) пошкоджено: %n збережених у ньому змін неможливо прочитати, і база даних відкрилася б без них. Копію журналу збережено як {kept}. Відновіть найновішу резервну копію або відкрийте базу даних ще раз, щоб працювати далі без цих змін.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database {name} cannot be opened: its folder is missing or not writable. Check the folder, or choose another database.</source>
            <translation>Базу даних {name} не вдається відкрити: її папки немає або до неї не можна записувати. Перевірте папку або виберіть іншу базу даних.</translation>
        </message>
        <message>
            <source>Cannot create the database {name}: {why}. Choose another place.</source>
            <translation>Не вдається створити базу даних {name}: {why}. Виберіть інше місце.</translation>
        </message>
        <message>
            <source>“{url}” is not a database this app can open: {why}. Give a file path or a URL such as postgresql+psycopg://user@host/dbname.</source>
            <translation>«{url}» не є базою даних, яку ця програма може відкрити: {why}. Укажіть шлях до файлу або URL, наприклад postgresql+psycopg://user@host/dbname.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a database file.</source>
            <translation>{name} — це папка, а не файл бази даних.</translation>
        </message>
        <message>
            <source>Cannot reach the database server {name}: {why}</source>
            <translation>Не вдається зв’язатися із сервером бази даних {name}: {why}</translation>
        </message>
        <message>
            <source>The database {name} cannot be used: {why}</source>
            <translation>Базою даних {name} не можна скористатися: {why}</translation>
        </message>
        <message>
            <source>The database {name} could not be read or written: the disk or its file system refused (a disk that failed or was removed, a network folder out of reach, or a file that reached the largest size allowed there). Check the disk and try again; if it happens again, copy the database to another disk and open the copy.</source>
            <translation>Базу даних {name} не вдалося прочитати або записати: диск чи його файлова система відмовили (диск несправний або його від’єднано, мережева папка недоступна або файл досяг найбільшого дозволеного там розміру). Перевірте диск і спробуйте ще раз; якщо це повториться, скопіюйте базу даних на інший диск і відкрийте копію.</translation>
        </message>
        <message>
            <source>The database {name} has reached the largest file size allowed there (a limit of the file system, such as FAT32's 4 GB, or of your account). Move it to a disk that takes larger files, or ask your administrator to raise the limit, then try again.</source>
            <translation>База даних {name} досягла найбільшого розміру файлу, дозволеного там (обмеження файлової системи, як-от 4 ГБ у FAT32, або вашого облікового запису). Перенесіть її на диск, що приймає більші файли, або попросіть адміністратора зняти обмеження, і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>This database was made by a newer Ombuds Desk (schema {revision}). Install the newer version to open it.</source>
            <translation>Цю базу даних створила новіша версія Ombuds Desk (схема {revision}). Щоб відкрити її, встановіть новішу версію.</translation>
        </message>
        <message>
            <source>This database holds tables that are not Ombuds Desk's. Choose another file or an empty database.</source>
            <translation>Ця база даних містить таблиці, що не належать Ombuds Desk. Виберіть інший файл або порожню базу даних.</translation>
        </message>
        <message>
            <source>This database needs an upgrade (schema {old} to {new}) that only the owner of its tables may make: nothing was changed. Its administrator runs `ombuds-desk init --db` with the owner's URL once; then open it here again.</source>
            <translation>Цю базу даних треба оновити (схема {old} до {new}), а зробити це може лише власник її таблиць: нічого не змінено. Її адміністратор один раз запускає `ombuds-desk init --db` з URL власника; потім відкрийте її тут знову.</translation>
        </message>
        <message numerus="yes">
            <source>The upgrade would leave %n records pointing at nothing (the first: {table} row {row}, to {parent}). Nothing was changed; keep using the older version and report this.</source>
            <translation>
                <numerusform>Після оновлення %n запис посилався б на те, чого немає (перший: {table}, рядок {row}, на {parent}). Нічого не змінено; працюйте далі в старішій версії та повідомте про це.</numerusform>
                <numerusform>Після оновлення %n записи посилалися б на те, чого немає (перший: {table}, рядок {row}, на {parent}). Нічого не змінено; працюйте далі в старішій версії та повідомте про це.</numerusform>
                <numerusform>Після оновлення %n записів посилалися б на те, чого немає (перший: {table}, рядок {row}, на {parent}). Нічого не змінено; працюйте далі в старішій версії та повідомте про це.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database {name} is encrypted: give its passphrase (in the window, the dialog asks it; from the command line, --passphrase-file FILE or type it when asked).</source>
            <translation>База даних {name} зашифрована: вкажіть її парольну фразу (у вікні її запитає діалог; у командному рядку — --passphrase-file ФАЙЛ або введіть її, коли буде запит).</translation>
        </message>
        <message>
            <source>The passphrase does not open the database {name}. Check it (capital letters, the keyboard's language) and try again. If this file is not an encrypted Ombuds Desk database, no passphrase will open it: choose another file.</source>
            <translation>Ця парольна фраза не відкриває базу даних {name}. Перевірте її (великі літери, мову клавіатури) і спробуйте ще раз. Якщо цей файл не є зашифрованою базою даних Ombuds Desk, жодна парольна фраза його не відкриє: виберіть інший файл.</translation>
        </message>
        <message>
            <source>the copy failed its check ({problem})</source>
            <translation>копія не пройшла перевірку ({problem})</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>немає відповіді</translation>
        </message>
        <message>
            <source>no free temporary name beside {name}</source>
            <translation>поруч із {name} немає вільного тимчасового імені</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>інший запис уже має таке саме значення поля «{fields}»</translation>
        </message>
        <message>
            <source>another record already has the same details</source>
            <translation>інший запис уже має такі самі дані</translation>
        </message>
        <message>
            <source>a record it refers to was removed meanwhile</source>
            <translation>запис, на який вона посилається, тим часом видалено</translation>
        </message>
        <message>
            <source>{fields} must not be empty</source>
            <translation>поле «{fields}» не може бути порожнім</translation>
        </message>
        <message>
            <source>the database refused it as inconsistent</source>
            <translation>база даних відхилила її як суперечливу</translation>
        </message>
        <message>
            <source>the list of the file's free pages is wrong</source>
            <translation>список вільних сторінок файлу хибний</translation>
        </message>
        <message>
            <source>an index does not match its table</source>
            <translation>індекс не відповідає своїй таблиці</translation>
        </message>
        <message>
            <source>a stored value breaks its table's rules</source>
            <translation>збережене значення порушує правила своєї таблиці</translation>
        </message>
        <message>
            <source>some of its pages belong to nothing</source>
            <translation>деякі сторінки файлу нічому не належать</translation>
        </message>
        <message>
            <source>its pages do not fit together</source>
            <translation>сторінки файлу не узгоджуються між собою</translation>
        </message>
        <message>
            <source>its first page is not a database's</source>
            <translation>перша сторінка файлу не є сторінкою бази даних</translation>
        </message>
        <message>
            <source>part of it is not as a database file must be</source>
            <translation>частина файлу не така, якою має бути в базі даних</translation>
        </message>
        <message>
            <source>the check gave no answer</source>
            <translation>перевірка не дала відповіді</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Building demo data: {done} / {total} persons</source>
            <translation>Створення демонстраційних даних: {done} / {total} осіб</translation>
        </message>
        <message>
            <source>Demo database {display_name}
  {persons} persons ({captives} captives, {evacuees} evacuees), {users} staff users
  {contacts} contacts, {status_events} status events, {notes} notes
  {blocked} blocked, {finished} finished
  {items} letters and other items, {parcels} parcels, {mail_events} mail events
  {shipments} shipments, {acknowledgement_lines} acknowledged numbers, {campaigns} campaigns
  {operations} operations ({operation_members} persons), {reviews} case reviews
Built in {seconds} s</source>
            <translation>Демонстраційна база даних {display_name}
  осіб: {persons} (полонених: {captives}, евакуйованих: {evacuees}), працівників: {users}
  контактних осіб: {contacts}, подій статусу: {status_events}, нотаток: {notes}
  заблоковано: {blocked}, завершено: {finished}
  листів та інших відправлень: {items}, посилок: {parcels}, поштових подій: {mail_events}
  партій: {shipments}, підтверджених номерів: {acknowledgement_lines}, кампаній: {campaigns}
  операцій: {operations} (осіб: {operation_members}), переглядів справ: {reviews}
Створено за {seconds} с</translation>
        </message>
        <message>
            <source>how many synthetic cases (default {DEMO_PERSONS})</source>
            <translation>скільки штучних справ (типово {DEMO_PERSONS})</translation>
        </message>
        <message>
            <source>about N letters and other items in all, with their histories: the last months' mail and older mail over the register's years (default: the last months' only, about 2 for every 3 persons; a national register: --persons 100000 --items 1000000)</source>
            <translation>приблизно N листів та інших відправлень загалом, з їхньою історією: пошта останніх місяців і старіша пошта за роки реєстру (типово: лише останні місяці, приблизно 2 на кожні 3 особи; національний реєстр: --persons 100000 --items 1000000)</translation>
        </message>
        <message>
            <source>about N parcels in all (default with --items: one for every two persons)</source>
            <translation>приблизно N посилок загалом (типово з --items: одна на кожні дві особи)</translation>
        </message>
        <message>
            <source>the same seed gives the same data</source>
            <translation>те саме зерно дає ті самі дані</translation>
        </message>
    </context>
    <context>
        <name>Disclosures</name>
        <message>
            <source>No case with id {id}; it may have been merged or removed.</source>
            <translation>Справи з ідентифікатором {id} немає; можливо, її об’єднано з іншою або видалено.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>is too short: at least {count} characters (a few words are easier to remember than a jumble)</source>
            <translation>закоротка: щонайменше {count} символів (кілька слів запам’ятати легше, ніж безладний набір знаків)</translation>
        </message>
        <message>
            <source>begins or ends with a space, which is easily lost when it is typed again</source>
            <translation>починається або закінчується пропуском, який легко загубити під час повторного введення</translation>
        </message>
        <message>
            <source>Only a SQLite database file is encrypted by Ombuds Desk; a PostgreSQL server keeps its data safe with the server's own disk encryption.</source>
            <translation>Ombuds Desk шифрує лише файл бази даних SQLite; сервер PostgreSQL захищає свої дані власним шифруванням дисків.</translation>
        </message>
        <message>
            <source>There is no database file {path}.</source>
            <translation>Файлу бази даних {path} немає.</translation>
        </message>
        <message>
            <source>The database {path} is already encrypted. Nothing was changed.</source>
            <translation>База даних {path} уже зашифрована. Нічого не змінено.</translation>
        </message>
        <message>
            <source>The database {path} is not encrypted. Nothing was changed.</source>
            <translation>База даних {path} не зашифрована. Нічого не змінено.</translation>
        </message>
        <message>
            <source>Only a writable SQLite database file can be encrypted.</source>
            <translation>Зашифрувати можна лише файл бази даних SQLite, доступний для запису.</translation>
        </message>
        <message>
            <source>{name} already has staff: an admin encrypts it with `ombuds-desk encrypt`.</source>
            <translation>У {name} уже є працівники: її шифрує адміністратор командою `ombuds-desk encrypt`.</translation>
        </message>
        <message>
            <source>The passphrase {problem}.</source>
            <translation>Парольна фраза {problem}.</translation>
        </message>
        <message>
            <source>for scripts: the new passphrase, the first line of FILE, which only you may read (chmod 600 FILE); without it, it is asked twice on the terminal</source>
            <translation>для скриптів: нова парольна фраза — перший рядок файлу FILE, який можете читати лише ви (chmod 600 FILE); без нього вона запитується в терміналі двічі</translation>
        </message>
        <message>
            <source>{what} {path}: {tables} tables, {rows} rows, each table's rows and content hash checked against the old file.</source>
            <translation>{what} {path}: таблиць — {tables}, рядків — {rows}; рядки й хеш вмісту кожної таблиці звірено зі старим файлом.</translation>
        </message>
        <message>
            <source>There is no database file {path} to encrypt.</source>
            <translation>Файлу бази даних {path} для шифрування немає.</translation>
        </message>
        <message>
            <source>The passphrase {problem}. Nothing was changed.</source>
            <translation>Парольна фраза {problem}. Нічого не змінено.</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Зашифровано</translation>
        </message>
        <message>
            <source>Keep the passphrase safe: without it nobody, not even an admin, can open the database or its backups. It is not stored anywhere; the window asks it at start, commands take --passphrase-file FILE.</source>
            <translation>Бережіть парольну фразу: без неї ніхто, навіть адміністратор, не зможе відкрити базу даних чи її резервні копії. Вона ніде не зберігається; вікно запитує її під час запуску, команди приймають --passphrase-file FILE.</translation>
        </message>
        <message>
            <source>There is no database file {path} to decrypt.</source>
            <translation>Файлу бази даних {path} для розшифрування немає.</translation>
        </message>
        <message>
            <source>Decrypted</source>
            <translation>Розшифровано</translation>
        </message>
        <message>
            <source>The database file is plain again: anyone who can read the file can read the register. Backups made while it was encrypted stay encrypted (with the old passphrase).</source>
            <translation>Файл бази даних знову незашифрований: будь-хто, хто може прочитати файл, може прочитати реєстр. Резервні копії, зроблені, коли він був зашифрований, залишаються зашифрованими (старою парольною фразою).</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot sign in</source>
            <translation>Не вдається увійти</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Скасовано</translation>
        </message>
        <message>
            <source>Cannot copy the register</source>
            <translation>Не вдається скопіювати реєстр</translation>
        </message>
    </context>
    <context>
        <name>Init</name>
        <message>
            <source>the office's name, printed on reports (with --admin)</source>
            <translation>назва бюро, що друкується у звітах (разом з --admin)</translation>
        </message>
        <message>
            <source>create the first admin, who signs in with this user name; the password is asked twice, or read from --password-file FILE</source>
            <translation>створити першого адміністратора, який входить під цим іменем користувача; пароль запитується двічі або читається з --password-file FILE</translation>
        </message>
        <message>
            <source>the first admin's full name (default: USERNAME)</source>
            <translation>повне ім’я першого адміністратора (типово: USERNAME)</translation>
        </message>
        <message>
            <source>create the new database file encrypted with a passphrase (asked twice, or the first line of --passphrase-file FILE); it is asked again at every start</source>
            <translation>створити новий файл бази даних, зашифрований парольною фразою (запитується двічі або береться з першого рядка --passphrase-file FILE); її запитують під час кожного запуску</translation>
        </message>
        <message>
            <source>Database ready: {display_name}{state} (schema {schema})</source>
            <translation>База даних готова: {display_name}{state} (схема {schema})</translation>
        </message>
        <message>
            <source>The older database was copied first to {backup_made}</source>
            <translation>Стару базу даних спершу скопійовано в {backup_made}</translation>
        </message>
        <message>
            <source>--name is the first admin's full name: give it with --admin USERNAME.</source>
            <translation>--name — це повне ім’я першого адміністратора: вказуйте його разом з --admin USERNAME.</translation>
        </message>
        <message>
            <source>--encrypt is for a SQLite database file, not a server.</source>
            <translation>--encrypt — для файлу бази даних SQLite, а не для сервера.</translation>
        </message>
        <message>
            <source>{path} already exists: encrypt an existing database with `ombuds-desk encrypt --db {path}`.</source>
            <translation>{path} уже існує: наявну базу даних шифрують командою `ombuds-desk encrypt --db {path}`.</translation>
        </message>
        <message>
            <source>The passphrase {problem}. Nothing was created.</source>
            <translation>Парольна фраза {problem}. Нічого не створено.</translation>
        </message>
        <message>
            <source>{display_name} is a demo database: it signs its demo staff in by itself and takes no admin. Create a real database in a new file.</source>
            <translation>{display_name} — демонстраційна база даних: вона сама впускає своїх демонстраційних працівників і не приймає адміністратора. Створіть справжню базу даних у новому файлі.</translation>
        </message>
        <message>
            <source>{display_name} already has staff who can sign in: an admin adds new staff with `ombuds-desk users add USERNAME --name NAME --role ROLE`. The database was only upgraded.</source>
            <translation>У {display_name} уже є працівники, які можуть увійти: нових додає адміністратор командою `ombuds-desk users add USERNAME --name NAME --role ROLE`. Базу даних лише оновлено.</translation>
        </message>
        <message>
            <source>{display_name} already has staff: an admin or supervisor renames the office with `ombuds-desk settings set office_name NAME`. The database was only upgraded.</source>
            <translation>У {display_name} уже є працівники: назву бюро змінює адміністратор або керівник командою `ombuds-desk settings set office_name NAME`. Базу даних лише оновлено.</translation>
        </message>
        <message>
            <source>The office's name is recorded with the first admin: add --admin USERNAME.</source>
            <translation>Назва бюро записується разом з першим адміністратором: додайте --admin USERNAME.</translation>
        </message>
        <message>
            <source>Nobody can sign in yet: create the first admin with `ombuds-desk init --db {display_name} --office NAME --admin USERNAME`.</source>
            <translation>Поки що ніхто не може увійти: створіть першого адміністратора командою `ombuds-desk init --db {display_name} --office NAME --admin USERNAME`.</translation>
        </message>
        <message>
            <source>Password for the first admin, {name}: </source>
            <translation>Пароль першого адміністратора, {name}: </translation>
        </message>
        <message>
            <source>First admin: {username} ({full_name}). Sign in with --user {username}; add the staff with `ombuds-desk users add`.</source>
            <translation>Перший адміністратор: {username} ({full_name}). Входьте з --user {username}; працівників додавайте командою `ombuds-desk users add`.</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>unknown encoding {text}</source>
            <translation>невідоме кодування {text}</translation>
        </message>
        <message>
            <source>use comma, semicolon or tab</source>
            <translation>використовуйте кому, крапку з комою або табуляцію</translation>
        </message>
        <message>
            <source>what the file lists</source>
            <translation>що містить файл</translation>
        </message>
        <message>
            <source>a .csv, .xlsx, .ods or .xls file</source>
            <translation>файл .csv, .xlsx, .ods або .xls</translation>
        </message>
        <message>
            <source>check only; write nothing</source>
            <translation>лише перевірити; нічого не записувати</translation>
        </message>
        <message>
            <source>import the valid rows and skip those with problems</source>
            <translation>імпортувати правильні рядки й пропустити рядки з проблемами</translation>
        </message>
        <message>
            <source>override the detected encoding of a CSV file: {CHOICES}</source>
            <translation>замінити визначене кодування файлу CSV: {CHOICES}</translation>
        </message>
        <message>
            <source>override the detected delimiter: comma, semicolon or tab</source>
            <translation>замінити визначений роздільник: кома, крапка з комою або табуляція</translation>
        </message>
        <message>
            <source>, born {year}</source>
            <translation>, нар. {year}</translation>
        </message>
        <message>
            <source>There is no database at {path}; a dry run creates none.</source>
            <translation>За шляхом {path} бази даних немає; пробний запуск її не створює.</translation>
        </message>
        <message>
            <source>The database {display_name} was made by an older version and needs an upgrade, which a dry run does not do: open it in the app first.</source>
            <translation>Базу даних {display_name} створено старішою версією, і її треба оновити, а пробний запуск цього не робить: спершу відкрийте її в програмі.</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>попередження: {warning}</translation>
        </message>
        <message>
            <source>… and more warnings: {more}</source>
            <translation>… і ще попереджень: {more}</translation>
        </message>
        <message>
            <source>{exc} Choose it with --encoding NAME: {CHOICES}.</source>
            <translation>{exc} Виберіть його з --encoding NAME: {CHOICES}.</translation>
        </message>
        <message>
            <source>warning: line {line} may be the same person as {case_number} {name}{born} ({reasons})</source>
            <translation>попередження: рядок {line} може стосуватися тієї самої особи, що й {case_number} {name}{born} ({reasons})</translation>
        </message>
        <message>
            <source>dry run, nothing written: would add {add}, update {update}, unchanged {unchanged}, skip {bad}</source>
            <translation>пробний запуск, нічого не записано: було б додано {add}, оновлено {update}, без змін {unchanged}, пропущено {bad}</translation>
        </message>
        <message>
            <source>dry run, nothing written: would add {count}, skip {bad}</source>
            <translation>пробний запуск, нічого не записано: було б додано {count}, пропущено {bad}</translation>
        </message>
        <message>
            <source>added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}</source>
            <translation>додано {added}, оновлено {updated}, без змін {unchanged}, пропущено {skipped}</translation>
        </message>
        <message>
            <source>added {added}, skipped {skipped}</source>
            <translation>додано {added}, пропущено {skipped}</translation>
        </message>
        <message>
            <source>FILE, or CASE_NO/REF and FILE</source>
            <translation>FILE або CASE_NO/REF і FILE</translation>
        </message>
        <message>
            <source>persons: only this status</source>
            <translation>особи: лише з цим статусом</translation>
        </message>
        <message>
            <source>persons: captive or evacuee</source>
            <translation>особи: captive (полонені) або evacuee (евакуйовані)</translation>
        </message>
        <message>
            <source>persons: only stalled cases</source>
            <translation>особи: лише справи без руху</translation>
        </message>
        <message>
            <source>persons: as typed in the search box</source>
            <translation>особи: як у полі пошуку</translation>
        </message>
        <message>
            <source>usage: export {EXPORT_USAGE}</source>
            <translation>використання: export {EXPORT_USAGE}</translation>
        </message>
        <message>
            <source> (an AES-encrypted archive: give the password separately)</source>
            <translation> (архів, зашифрований AES: передайте пароль окремо)</translation>
        </message>
        <message>
            <source>No shipment with the reference “{targets}”.</source>
            <translation>Партії з номером «{targets}» немає.</translation>
        </message>
        <message>
            <source>names in any spelling, case, service or ICRC numbers</source>
            <translation>імена в будь-якому написанні, номери справ, військові номери чи номери МКЧХ</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вивести JSON замість таблиці</translation>
        </message>
        <message>
            <source>at most N ({limit})</source>
            <translation>не більше N ({limit})</translation>
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
            <source>Latin</source>
            <translation>Латиницею</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Народж.</translation>
        </message>
        <message>
            <source>No case matches “{text}”.</source>
            <translation>Жодна справа не відповідає «{text}».</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Схожість</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Справа</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>No possible duplicates in the register.</source>
            <translation>У реєстрі немає можливих дублікатів.</translation>
        </message>
    </context>
    <context>
        <name>Mail</name>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вивести JSON замість таблиці</translation>
        </message>
        <message>
            <source>only parcels of this shipment</source>
            <translation>лише посилки цієї партії</translation>
        </message>
        <message>
            <source>No shipment with the reference “{shipment}”.</source>
            <translation>Партії з номером «{shipment}» немає.</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посилка</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Справа</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Одержувач</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партія</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Пломба</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Грами</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Упаковано</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Відправлено</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>No campaigns.</source>
            <translation>Кампаній немає.</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампанія</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Мета</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Залишилося днів</translation>
        </message>
    </context>
    <context>
        <name>Passwords</name>
        <message>
            <source>write an AES-encrypted .zip; the password is asked twice at the terminal</source>
            <translation>записати .zip, зашифрований AES; пароль запитується в терміналі двічі</translation>
        </message>
        <message>
            <source>the archive's password ({MIN_PASSWORD}+ characters) on the first line of a file only you may read (chmod 600 FILE); implies an encrypted .zip</source>
            <translation>пароль архіву ({MIN_PASSWORD}+ символів) у першому рядку файлу, який можете читати лише ви (chmod 600 FILE); означає зашифрований .zip</translation>
        </message>
        <message>
            <source>The password file {path} does not exist: put the password on its first line and make it private with chmod 600 {path}.</source>
            <translation>Файлу з паролем {path} немає: запишіть пароль у його перший рядок і закрийте доступ іншим командою chmod 600 {path}.</translation>
        </message>
        <message>
            <source>Cannot read the password file {path}: {why}.</source>
            <translation>Не вдається прочитати файл з паролем {path}: {why}.</translation>
        </message>
        <message>
            <source>The password file {path} is not a file.</source>
            <translation>Файл з паролем {path} — не файл.</translation>
        </message>
        <message>
            <source>The password file {path} can be read or changed by other users: make it private with chmod 600 {path} and try again.</source>
            <translation>Файл з паролем {path} можуть читати або змінювати інші користувачі: закрийте доступ командою chmod 600 {path} і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text.</source>
            <translation>Файл з паролем {path} — не текст UTF-8.</translation>
        </message>
        <message>
            <source>The password file {path} is empty: put the password on its first line.</source>
            <translation>Файл з паролем {path} порожній: запишіть пароль у його перший рядок.</translation>
        </message>
        <message>
            <source>There is no terminal to type the password on: give it on the first line of a file only you can read, with {file_option} FILE.</source>
            <translation>Немає термінала, щоб ввести пароль: запишіть його в перший рядок файлу, який можете читати лише ви, і вкажіть {file_option} FILE.</translation>
        </message>
        <message>
            <source>No password was typed; nothing was done.</source>
            <translation>Пароль не введено; нічого не зроблено.</translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Той самий пароль ще раз: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed. Try again.</source>
            <translation>Паролі не збігаються; нічого не змінено. Спробуйте ще раз.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>register a person</source>
            <translation>зареєструвати особу</translation>
        </message>
        <message>
            <source>edit a case</source>
            <translation>редагувати справу</translation>
        </message>
        <message>
            <source>reassign a case</source>
            <translation>передати справу іншому працівникові</translation>
        </message>
        <message>
            <source>change a case's status</source>
            <translation>змінити статус справи</translation>
        </message>
        <message>
            <source>correct a status</source>
            <translation>виправити статус</translation>
        </message>
        <message>
            <source>undo one's own status change of the last minutes</source>
            <translation>скасувати власну зміну статусу, зроблену кілька хвилин тому</translation>
        </message>
        <message>
            <source>block or unblock a case</source>
            <translation>заблокувати або розблокувати справу</translation>
        </message>
        <message>
            <source>extend the list of block reasons</source>
            <translation>доповнити перелік причин блокування</translation>
        </message>
        <message>
            <source>add, edit or remove a relative</source>
            <translation>додати, змінити або вилучити родича</translation>
        </message>
        <message>
            <source>write a note</source>
            <translation>написати нотатку</translation>
        </message>
        <message>
            <source>open a case</source>
            <translation>відкрити справу</translation>
        </message>
        <message>
            <source>log, edit or remove letters and items</source>
            <translation>реєструвати, змінювати або вилучати листи й відправлення</translation>
        </message>
        <message>
            <source>screen items</source>
            <translation>перевіряти відправлення</translation>
        </message>
        <message>
            <source>make up, seal and reopen parcels</source>
            <translation>формувати, пломбувати й розпечатувати посилки</translation>
        </message>
        <message>
            <source>make up and hand over shipments</source>
            <translation>формувати й передавати партії</translation>
        </message>
        <message>
            <source>confirm the delivery of chosen parcels</source>
            <translation>підтвердити доставку вибраних посилок</translation>
        </message>
        <message>
            <source>confirm the delivery of every parcel of a shipment</source>
            <translation>підтвердити доставку всіх посилок партії</translation>
        </message>
        <message>
            <source>undo a confirmed delivery</source>
            <translation>скасувати підтверджену доставку</translation>
        </message>
        <message>
            <source>record a parcel returned or lost</source>
            <translation>зафіксувати повернення або втрату посилки</translation>
        </message>
        <message>
            <source>reconcile an acknowledgement</source>
            <translation>звірити підтвердження</translation>
        </message>
        <message>
            <source>set up campaigns</source>
            <translation>створювати кампанії</translation>
        </message>
        <message>
            <source>review stalled cases</source>
            <translation>переглядати справи без руху</translation>
        </message>
        <message>
            <source>see the team's work and workloads</source>
            <translation>бачити роботу й завантаження команди</translation>
        </message>
        <message>
            <source>plan an operation and choose its persons</source>
            <translation>планувати операцію й вибирати її учасників</translation>
        </message>
        <message>
            <source>complete an operation</source>
            <translation>завершити операцію</translation>
        </message>
        <message>
            <source>cancel or reopen an operation</source>
            <translation>скасувати або відновити операцію</translation>
        </message>
        <message>
            <source>import lists</source>
            <translation>імпортувати списки</translation>
        </message>
        <message>
            <source>merge cases</source>
            <translation>об’єднувати справи</translation>
        </message>
        <message>
            <source>export personal data</source>
            <translation>експортувати персональні дані</translation>
        </message>
        <message>
            <source>export and anonymise closed cases past their retention</source>
            <translation>експортувати й знеособлювати закриті справи після строку зберігання</translation>
        </message>
        <message>
            <source>print case sheets, manifests and reports</source>
            <translation>друкувати картки справ, описи й звіти</translation>
        </message>
        <message>
            <source>change the office's settings</source>
            <translation>змінювати налаштування бюро</translation>
        </message>
        <message>
            <source>change the idle lock and the backup folder</source>
            <translation>змінювати автоблокування та теку резервних копій</translation>
        </message>
        <message>
            <source>administer staff accounts</source>
            <translation>керувати обліковими записами працівників</translation>
        </message>
        <message>
            <source>browse and export the audit trail</source>
            <translation>переглядати й експортувати журнал аудиту</translation>
        </message>
        <message>
            <source>verify the audit trail</source>
            <translation>перевіряти журнал аудиту</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>робити резервну копію</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>відновлювати резервну копію</translation>
        </message>
        <message>
            <source>copy the whole register into another database</source>
            <translation>копіювати весь реєстр в іншу базу даних</translation>
        </message>
        <message>
            <source>encrypt or decrypt the database file</source>
            <translation>шифрувати або розшифровувати файл бази даних</translation>
        </message>
        <message>
            <source>Sign in first to {action}.</source>
            <translation>Увійдіть, щоб {action}.</translation>
        </message>
        <message>
            <source>Only {roles} can {action}; you are signed in as {role}.</source>
            <translation>Лише {roles} може {action}; ви увійшли як {role}.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} або {second}</translation>
        </message>
        <message>
            <source>an {role}</source>
            <translation>{role}</translation>
        </message>
        <message>
            <source>a {role}</source>
            <translation>{role}</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>the PDF to write (replaced if it exists)</source>
            <translation>PDF, який слід записати (наявний буде замінено)</translation>
        </message>
        <message>
            <source>case sheets, one or more cases in one PDF</source>
            <translation>картки справ: одна чи кілька справ в одному PDF</translation>
        </message>
        <message>
            <source>the counterpart version: only what the office may share (no staff names, notes, internal reasons or review state; relatives only with their consent)</source>
            <translation>версія для іншої сторони: лише те, чим бюро може ділитися (без імен працівників, нотаток, внутрішніх причин і стану перегляду; родичі — лише з їхньої згоди)</translation>
        </message>
        <message>
            <source>the stalled-cases report</source>
            <translation>звіт про справи без руху</translation>
        </message>
        <message>
            <source>{what} of a shipment</source>
            <translation>{what} партії</translation>
        </message>
        <message>
            <source>the shipment reference</source>
            <translation>номер партії</translation>
        </message>
        <message>
            <source>the counterpart version: the office hands over, no staff names</source>
            <translation>версія для іншої сторони: передає бюро, без імен працівників</translation>
        </message>
        <message>
            <source>a spreadsheet for the counterpart (allow-listed fields only; supervisors)</source>
            <translation>таблиця для іншої сторони (лише дозволені поля; керівники)</translation>
        </message>
        <message>
            <source>every case in the register</source>
            <translation>усі справи реєстру</translation>
        </message>
        <message>
            <source>{text} is not a label of the sheet: give 1 to {PER_PAGE}</source>
            <translation>{text} — не наклейка аркуша: вкажіть від 1 до {PER_PAGE}</translation>
        </message>
        <message>
            <source>the first free label of a partly used sheet, 1–{PER_PAGE}, left to right, top to bottom (default 1)</source>
            <translation>перша вільна наклейка частково використаного аркуша, 1–{PER_PAGE}, зліва направо, згори вниз (типово 1)</translation>
        </message>
        <message>
            <source>print labels whose place of detention is not recorded (the label says so) instead of stopping</source>
            <translation>друкувати наклейки, для яких не записано місця утримання (на наклейці це зазначено), замість зупинки</translation>
        </message>
        <message>
            <source>No case {cases}; nothing was written.</source>
            <translation>Справи {cases} немає; нічого не записано.</translation>
        </message>
        <message>
            <source>{what}, {pages}</source>
            <translation>{what}, {pages}</translation>
        </message>
        <message>
            <source>stalled-cases report: {cases}</source>
            <translation>звіт про справи без руху: {cases}</translation>
        </message>
        <message>
            <source>No shipment with reference “{reference}”.</source>
            <translation>Партії з номером «{reference}» немає.</translation>
        </message>
        <message>
            <source>manifest of {reference}: {parcels}</source>
            <translation>опис партії {reference}: {parcels}</translation>
        </message>
        <message>
            <source>{one_line}. Nothing was written. Record the place in each case (Cases → the person → Edit), or print anyway with --allow-missing-place (such a label says what is missing).</source>
            <translation>{one_line}. Нічого не записано. Запишіть місце в кожній справі (Справи → особа → Редагувати) або все одно надрукуйте з --allow-missing-place (на такій наклейці зазначено, чого бракує).</translation>
        </message>
        <message>
            <source>Warning: {what}
Their labels say what is missing.</source>
            <translation>Попередження: {what}
На їхніх наклейках зазначено, чого бракує.</translation>
        </message>
        <message>
            <source>, starting at label {start}</source>
            <translation>, починаючи з наклейки {start}</translation>
        </message>
        <message>
            <source>labels of {reference}: {labels}</source>
            <translation>наклейки партії {reference}: {labels}</translation>
        </message>
        <message>
            <source>Name the cases to export, or give --all; nothing was written.</source>
            <translation>Назвіть справи для експорту або вкажіть --all; нічого не записано.</translation>
        </message>
        <message>
            <source>cannot write {out}: the folder {parent} does not exist</source>
            <translation>неможливо записати {out}: теки {parent} не існує</translation>
        </message>
        <message>
            <source>Wrote {out}: {summary}</source>
            <translation>Записано {out}: {summary}</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
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
            <source>Final since</source>
            <translation>Завершено з</translation>
        </message>
        <message>
            <source>the closed cases due for anonymising</source>
            <translation>закриті справи, які настав час знеособити</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вивести JSON замість таблиці</translation>
        </message>
        <message>
            <source>write the cases due into a password-protected (AES) .zip archive</source>
            <translation>записати ці справи в захищений паролем (AES) архів .zip</translation>
        </message>
        <message>
            <source>the archive (.zip is added)</source>
            <translation>архів (.zip додається)</translation>
        </message>
        <message>
            <source>anonymise the cases due (names, relatives, free text go)</source>
            <translation>знеособити ці справи (імена, родичі й довільний текст видаляються)</translation>
        </message>
        <message>
            <source>the number of cases to anonymise, as `retention list` shows it</source>
            <translation>кількість справ для знеособлення, як її показує `retention list`</translation>
        </message>
        <message>
            <source>only this case (repeat for more); default: every case due</source>
            <translation>лише ця справа (повторіть для кількох); типово: усі справи, яким настав час</translation>
        </message>
        <message>
            <source>Not due for anonymising: {cases}. `retention list` shows the cases due. Nothing was done.</source>
            <translation>Ще не час знеособлювати: {cases}. `retention list` показує справи, яким настав час. Нічого не зроблено.</translation>
        </message>
        <message>
            <source>No closed case is older than the retention period ({months} months).</source>
            <translation>Жодна закрита справа не старша за строк зберігання ({months} міс.).</translation>
        </message>
        <message>
            <source>No case is due for anonymising: nothing was exported.</source>
            <translation>Жодну справу ще не час знеособлювати: нічого не експортовано.</translation>
        </message>
        <message>
            <source>No case is due for anonymising: nothing was done.</source>
            <translation>Жодну справу ще не час знеособлювати: нічого не зроблено.</translation>
        </message>
        <message>
            <source>The database file was rebuilt: the removed data is gone from it.</source>
            <translation>Файл бази даних перебудовано: видалених даних у ньому більше немає.</translation>
        </message>
        <message>
            <source>Rebuild the database file (or, on a server, VACUUM FULL) to remove the old data from its free space.</source>
            <translation>Перебудуйте файл бази даних (а на сервері виконайте VACUUM FULL), щоб прибрати старі дані з його вільного місця.</translation>
        </message>
        <message>
            <source>The database file could not be rebuilt now (another program is using it): it is rebuilt the next time it is opened, and until then the removed data stays in its free space.</source>
            <translation>Файл бази даних зараз неможливо перебудувати (ним користується інша програма): його буде перебудовано під час наступного відкриття, а доти видалені дані лишаються в його вільному місці.</translation>
        </message>
    </context>
    <context>
        <name>SettingWords</name>
        <message>
            <source>Office name</source>
            <translation>Назва установи</translation>
        </message>
        <message>
            <source>Stalled after (days)</source>
            <translation>Без руху після (днів)</translation>
        </message>
        <message>
            <source>No news after (days)</source>
            <translation>Без звісток після (днів)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Розмір паперу</translation>
        </message>
        <message>
            <source>Lock the window after (minutes idle)</source>
            <translation>Блокувати вікно після (хвилин бездіяльності)</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Тека резервних копій</translation>
        </message>
        <message>
            <source>Items need screening before packing</source>
            <translation>Відправлення перевіряються перед пакуванням</translation>
        </message>
        <message>
            <source>Acknowledgement expected within (days)</source>
            <translation>Підтвердження очікується протягом (днів)</translation>
        </message>
        <message>
            <source>Keep closed cases in full for (months)</source>
            <translation>Зберігати закриті справи повністю (місяців)</translation>
        </message>
        <message>
            <source>Counterpart's language</source>
            <translation>Мова іншої сторони</translation>
        </message>
        <message>
            <source>Second language on counterpart documents</source>
            <translation>Друга мова в документах для іншої сторони</translation>
        </message>
        <message>
            <source>Latin form of Ukrainian names</source>
            <translation>Латинське написання українських імен</translation>
        </message>
        <message>
            <source>Version of the search keys (kept by the program)</source>
            <translation>Версія пошукових ключів (веде програма)</translation>
        </message>
        <message>
            <source>Stalled dates worked out with (kept by the program)</source>
            <translation>Правило, за яким обчислено дати «без руху» (веде програма)</translation>
        </message>
        <message>
            <source>Demo database</source>
            <translation>Демонстраційна база даних</translation>
        </message>
        <message>
            <source>printed on every document</source>
            <translation>друкується на кожному документі</translation>
        </message>
        <message>
            <source>for every status without its own number below</source>
            <translation>для кожного статусу, що не має власного числа нижче</translation>
        </message>
        <message>
            <source>a captive silent for longer is on the no-news list</source>
            <translation>полонений, від якого довше немає звісток, потрапляє до списку «без звісток»</translation>
        </message>
        <message>
            <source>empty: the backups folder beside the database</source>
            <translation>порожньо: тека backups поруч із базою даних</translation>
        </message>
        <message>
            <source>no: a newly logged item is screened at once</source>
            <translation>ні: нове відправлення вважається перевіреним одразу</translation>
        </message>
        <message>
            <source>a shipment handed over longer ago with parcels unconfirmed is on My work</source>
            <translation>партія, передана раніше, з непідтвердженими посилками з’являється на сторінці «Моя робота»</translation>
        </message>
        <message>
            <source>after repatriation, return or closing; then a supervisor may anonymise them (Retention). Nothing is anonymised automatically</source>
            <translation>після репатріації, повернення або закриття; потім керівник може їх знеособити («Зберігання»). Автоматично нічого не знеособлюється</translation>
        </message>
        <message>
            <source>the language of documents made for the other side</source>
            <translation>мова документів, що готуються для іншої сторони</translation>
        </message>
        <message>
            <source>none: one language; else headings in both, side by side</source>
            <translation>немає: одна мова; інакше заголовки обома мовами поруч</translation>
        </message>
        <message>
            <source>printed beside a Cyrillic name; search finds either form</source>
            <translation>друкується поруч з ім’ям кирилицею; пошук знаходить обидва написання</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Англійська</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Російська</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Українська</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ні</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter (US)</source>
            <translation>Letter (США)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Немає</translation>
        </message>
        <message>
            <source>ICAO 9303 (Melnik Iaroslav)</source>
            <translation>ICAO 9303 (Melnik Iaroslav)</translation>
        </message>
        <message>
            <source>KMU 2010, as in passports (Melnyk Yaroslav)</source>
            <translation>КМУ 2010, як у паспортах (Melnyk Yaroslav)</translation>
        </message>
        <message>
            <source>{category}, {status} (days)</source>
            <translation>{category}, {status} (днів)</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>a whole number of days from {low} to {high}</source>
            <translation>ціле число днів від {low} до {high}</translation>
        </message>
        <message>
            <source>a whole number of minutes from {low} to {high}</source>
            <translation>ціле число хвилин від {low} до {high}</translation>
        </message>
        <message>
            <source>a whole number of months from {low} to {high}</source>
            <translation>ціле число місяців від {low} до {high}</translation>
        </message>
        <message>
            <source>cannot be empty</source>
            <translation>не може бути порожнім</translation>
        </message>
        <message>
            <source>at most {count} characters</source>
            <translation>не більше {count} символів</translation>
        </message>
        <message>
            <source> or </source>
            <translation> або </translation>
        </message>
        <message>
            <source>Unknown setting “{key}”. The settings are: {known}.</source>
            <translation>Невідоме налаштування «{key}». Налаштування: {known}.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Типово</translation>
        </message>
        <message>
            <source>Who may change it</source>
            <translation>Хто може змінювати</translation>
        </message>
        <message>
            <source>every setting: value, default, who may change it</source>
            <translation>усі налаштування: значення, типове значення, хто може змінювати</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вивести JSON замість таблиці</translation>
        </message>
        <message>
            <source>change one setting</source>
            <translation>змінити одне налаштування</translation>
        </message>
        <message>
            <source>one of {keys}</source>
            <translation>одне з: {keys}</translation>
        </message>
        <message>
            <source>the new value</source>
            <translation>нове значення</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(порожньо)</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Неправильне ім’я користувача або пароль.</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask an admin if you need it.</source>
            <translation>Цей обліковий запис вимкнено. Якщо він вам потрібен, зверніться до адміністратора.</translation>
        </message>
        <message>
            <source>must be at least {count} characters</source>
            <translation>має містити щонайменше {count} символів</translation>
        </message>
        <message>
            <source>must not be the user name</source>
            <translation>не може збігатися з іменем користувача</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked until {time} on {day}. An admin can unlock it sooner.</source>
            <translation>Забагато неправильних паролів: обліковий запис заблоковано до {time} {day}. Адміністратор може розблокувати його раніше.</translation>
        </message>
        <message>
            <source>After {count} wrong passwords the account is locked until {time} on {day}; an admin can unlock it sooner.</source>
            <translation>Після {count} неправильних паролів обліковий запис заблоковано до {time} {day}; адміністратор може розблокувати його раніше.</translation>
        </message>
        <message>
            <source>{left} more wrong and the account locks for {minutes} minutes.</source>
            <translation>Ще неправильних спроб до блокування на {minutes} хв: {left}.</translation>
        </message>
        <message>
            <source>must differ from the current one</source>
            <translation>має відрізнятися від поточного</translation>
        </message>
        <message>
            <source>is not your current password</source>
            <translation>не є вашим поточним паролем</translation>
        </message>
        <message>
            <source>Only a demo database signs in without a password.</source>
            <translation>Без пароля впускає лише демонстраційна база даних.</translation>
        </message>
        <message>
            <source>This demo database has no active supervisor to sign in.</source>
            <translation>У цій демонстраційній базі даних немає активного керівника, щоб увійти.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>No user with id {id}.</source>
            <translation>Користувача з ідентифікатором {id} немає.</translation>
        </message>
        <message>
            <source>No member of staff has the user name “{name}”.</source>
            <translation>Жоден працівник не має імені користувача «{name}».</translation>
        </message>
        <message>
            <source>required</source>
            <translation>обов’язкове поле</translation>
        </message>
        <message>
            <source>2 to 80 letters, digits, dots, hyphens, underscores or @</source>
            <translation>від 2 до 80 літер, цифр, крапок, дефісів, підкреслень або @</translation>
        </message>
        <message>
            <source>“{name}” already exists</source>
            <translation>«{name}» уже існує</translation>
        </message>
        <message>
            <source>{name} is the office's only active admin: {doing} would leave nobody to run the staff. Make someone else an admin first.</source>
            <translation>{name} — єдиний активний адміністратор бюро: {doing} залишить працівників без адміністратора. Спершу призначте адміністратором когось іншого.</translation>
        </message>
        <message>
            <source>changing their role</source>
            <translation>зміна ролі</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account: ask another admin.</source>
            <translation>Не можна вимкнути власний обліковий запис: зверніться до іншого адміністратора.</translation>
        </message>
        <message>
            <source>deactivating them</source>
            <translation>вимкнення облікового запису</translation>
        </message>
        <message>
            <source>This database already has staff who can sign in: an admin adds new members of staff (ombuds-desk users add, or the Administration page).</source>
            <translation>У цій базі даних уже є працівники, які можуть увійти: нових працівників додає адміністратор (ombuds-desk users add або сторінка «Адміністрування»).</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>for scripts: {whose} from the first line of FILE (chmod 600 FILE) instead of typing it twice</source>
            <translation>для скриптів: {whose} з першого рядка файлу FILE (chmod 600 FILE) замість двократного введення</translation>
        </message>
        <message>
            <source>every member of staff, with role, locks and sign-ins</source>
            <translation>усі працівники з ролями, блокуваннями та входами</translation>
        </message>
        <message>
            <source>only active accounts</source>
            <translation>лише активні облікові записи</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вивести JSON замість таблиці</translation>
        </message>
        <message>
            <source>add a member of staff with a temporary password</source>
            <translation>додати працівника з тимчасовим паролем</translation>
        </message>
        <message>
            <source>what they sign in with, e.g. o.bondar</source>
            <translation>ім’я для входу, наприклад o.bondar</translation>
        </message>
        <message>
            <source>as printed on documents</source>
            <translation>як друкується в документах</translation>
        </message>
        <message>
            <source>caseworker, supervisor or admin</source>
            <translation>caseworker (працівник), supervisor (керівник) або admin (адміністратор)</translation>
        </message>
        <message>
            <source>change a member of staff's role</source>
            <translation>змінити роль працівника</translation>
        </message>
        <message>
            <source>give a temporary password, to be changed at the next sign-in</source>
            <translation>видати тимчасовий пароль, який слід змінити під час наступного входу</translation>
        </message>
        <message>
            <source>choose your own new password (after a reset, or any time)</source>
            <translation>вибрати собі новий пароль (після скидання або будь-коли)</translation>
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
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ні</translation>
        </message>
        <message>
            <source>Temporary password for {name}: </source>
            <translation>Тимчасовий пароль для {name}: </translation>
        </message>
        <message>
            <source>Added {username} ({full_name}), {role}. They sign in with the temporary password and then choose their own (ombuds-desk users change-password).</source>
            <translation>Додано {username} ({full_name}), {role}. Працівник входить із тимчасовим паролем, а потім вибирає власний (ombuds-desk users change-password).</translation>
        </message>
        <message>
            <source>{username}: temporary password set and the account unlocked; they choose their own at the next sign-in (ombuds-desk users change-password).</source>
            <translation>{username}: тимчасовий пароль установлено, обліковий запис розблоковано; власний пароль працівник вибере під час наступного входу (ombuds-desk users change-password).</translation>
        </message>
        <message>
            <source>{name}: deactivated (their past work keeps their name)</source>
            <translation>{name}: вимкнено (попередня робота зберігає ім’я працівника)</translation>
        </message>
        <message>
            <source>{name}: active again</source>
            <translation>{name}: знову активний</translation>
        </message>
        <message>
            <source>{name}: unlocked</source>
            <translation>{name}: розблоковано</translation>
        </message>
        <message>
            <source>A demo database's staff have no passwords: it signs them in by itself.</source>
            <translation>Працівники демонстраційної бази даних не мають паролів: вона впускає їх сама.</translation>
        </message>
        <message>
            <source>New password for {name}: </source>
            <translation>Новий пароль для {name}: </translation>
        </message>
        <message>
            <source>{username}: your new password is set.</source>
            <translation>{username}: ваш новий пароль установлено.</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Updating search keys: {done} / {total} persons</source>
            <translation>Оновлення ключів пошуку: {done} / {total} осіб</translation>
        </message>
        <message>
            <source>Building the demo database {display_name} (once)…</source>
            <translation>Створення демонстраційної бази даних {display_name} (одноразово)…</translation>
        </message>
        <message>
            <source>Search keys updated to the current spelling rules.</source>
            <translation>Ключі пошуку оновлено за чинними правилами написання.</translation>
        </message>
        <message>
            <source>open the demo database (built with {DEMO_PERSONS} synthetic cases on first use), kept apart from the real one</source>
            <translation>відкрити демонстраційну базу даних (під час першого використання створюється з {DEMO_PERSONS} штучними справами), окремо від справжньої</translation>
        </message>
        <message>
            <source>the window cannot be opened: {exc}</source>
            <translation>вікно неможливо відкрити: {exc}</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Case number</source>
            <translation>Номер справи</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Днів</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>e.g. CAP-2026-00042</source>
            <translation>наприклад CAP-2026-00042</translation>
        </message>
        <message>
            <source>the new status, e.g. confirmed, 'listed for exchange', return_requested</source>
            <translation>новий статус, наприклад confirmed, 'listed for exchange', return_requested</translation>
        </message>
        <message>
            <source>why, and on whose word</source>
            <translation>чому і з чиїх слів</translation>
        </message>
        <message>
            <source>effective date (default: today)</source>
            <translation>дата набуття чинності (типово: сьогодні)</translation>
        </message>
        <message>
            <source>correct a mistaken status (supervisors): any status of the case's category, with --reason</source>
            <translation>виправити помилковий статус (керівники): будь-який статус категорії справи, з --reason</translation>
        </message>
        <message>
            <source>{case}: {old} → {new} (corrected)</source>
            <translation>{case}: {old} → {new} (виправлено)</translation>
        </message>
        <message>
            <source>e.g. 'Home country does not accept return'</source>
            <translation>наприклад 'Країна походження не приймає повернення'</translation>
        </message>
        <message>
            <source>free text beside the reason</source>
            <translation>довільний текст до причини</translation>
        </message>
        <message>
            <source>{case}: blocked — {reason}</source>
            <translation>{case}: заблоковано — {reason}</translation>
        </message>
        <message>
            <source>why the block is lifted</source>
            <translation>чому блокування знято</translation>
        </message>
        <message>
            <source>{case}: unblocked</source>
            <translation>{case}: розблоковано</translation>
        </message>
        <message>
            <source>a JSON list instead of a table</source>
            <translation>список JSON замість таблиці</translation>
        </message>
        <message>
            <source>count a case as stalled after more than N days unchanged, instead of the office's setting (blocked cases are always stalled)</source>
            <translation>вважати справу без руху, якщо вона не змінювалася понад N днів, замість налаштування бюро (заблоковані справи завжди без руху)</translation>
        </message>
        <message>
            <source>--days must be 0 or more</source>
            <translation>--days має бути 0 або більше</translation>
        </message>
        <message>
            <source>JSON instead of readable text</source>
            <translation>JSON замість звичайного тексту</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>Total cases</source>
            <translation>Усього справ</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Відкриті справи</translation>
        </message>
        <message>
            <source>Blocked cases</source>
            <translation>Заблоковані справи</translation>
        </message>
        <message>
            <source>Stalled cases</source>
            <translation>Справи без руху</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Черга перегляду</translation>
        </message>
        <message>
            <source>Stalled thresholds (days)</source>
            <translation>Пороги «без руху» (днів)</translation>
        </message>
        <message>
            <source>Open cases by category and status</source>
            <translation>Відкриті справи за категорією та статусом</translation>
        </message>
        <message>
            <source>Stalled cases by reason</source>
            <translation>Справи без руху за причиною</translation>
        </message>
        <message>
            <source>Stalled cases by age</source>
            <translation>Справи без руху за тривалістю</translation>
        </message>
        <message>
            <source>Completed per month</source>
            <translation>Завершено за місяць</translation>
        </message>
        <message>
            <source>Parcels by status</source>
            <translation>Посилки за статусом</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(немає)</translation>
        </message>
    </context>
</TS>
