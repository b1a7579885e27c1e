<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source>%n other fields</source>
            <translation>
                <numerusform>ещё %n поле</numerusform>
                <numerusform>ещё %n поля</numerusform>
                <numerusform>ещё %n полей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s), made before the database was encrypted, are not: delete them or keep them somewhere as safe.</source>
            <translation>
                <numerusform>%n более старая резервная копия, сделанная до шифрования базы данных, не зашифрована: удалите её или храните в столь же надёжном месте.</numerusform>
                <numerusform>%n более старые резервные копии, сделанные до шифрования базы данных, не зашифрованы: удалите их или храните в столь же надёжном месте.</numerusform>
                <numerusform>%n более старых резервных копий, сделанных до шифрования базы данных, не зашифрованы: удалите их или храните в столь же надёжном месте.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) made before, in {folder}, are NOT encrypted: delete them, or keep them somewhere as safe. New backups are encrypted.</source>
            <translation>
                <numerusform>%n резервная копия, сделанная ранее (в {folder}), НЕ зашифрована: удалите её или храните в столь же надёжном месте. Новые резервные копии шифруются.</numerusform>
                <numerusform>%n резервные копии, сделанные ранее (в {folder}), НЕ зашифрованы: удалите их или храните в столь же надёжном месте. Новые резервные копии шифруются.</numerusform>
                <numerusform>%n резервных копий, сделанных ранее (в {folder}), НЕ зашифрованы: удалите их или храните в столь же надёжном месте. Новые резервные копии шифруются.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and more problems: {more}; %n in all</source>
            <translation>
                <numerusform>… и ещё проблем: {more}; всего %n</numerusform>
                <numerusform>… и ещё проблем: {more}; всего %n</numerusform>
                <numerusform>… и ещё проблем: {more}; всего %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {name}; nothing was imported (--skip-invalid imports the valid rows)</source>
            <translation>
                <numerusform>%n проблема в {name}; ничего не импортировано (--skip-invalid импортирует правильные строки)</numerusform>
                <numerusform>%n проблемы в {name}; ничего не импортировано (--skip-invalid импортирует правильные строки)</numerusform>
                <numerusform>%n проблем в {name}; ничего не импортировано (--skip-invalid импортирует правильные строки)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n person(s) to {written}{locked}</source>
            <translation>
                <numerusform>Записан %n человек в {written}{locked}</numerusform>
                <numerusform>Записано %n человека в {written}{locked}</numerusform>
                <numerusform>Записано %n человек в {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n item(s) to {written}{locked}</source>
            <translation>
                <numerusform>Записано %n отправление в {written}{locked}</numerusform>
                <numerusform>Записано %n отправления в {written}{locked}</numerusform>
                <numerusform>Записано %n отправлений в {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n parcel(s) to {written}{locked}</source>
            <translation>
                <numerusform>Записана %n посылка в {written}{locked}</numerusform>
                <numerusform>Записано %n посылки в {written}{locked}</numerusform>
                <numerusform>Записано %n посылок в {written}{locked}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcel(s)</source>
            <translation>
                <numerusform>%n посылка</numerusform>
                <numerusform>%n посылки</numerusform>
                <numerusform>%n посылок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n страница</numerusform>
                <numerusform>%n страницы</numerusform>
                <numerusform>%n страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case sheet(s)</source>
            <translation>
                <numerusform>%n карточка дела</numerusform>
                <numerusform>%n карточки дел</numerusform>
                <numerusform>%n карточек дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n дело</numerusform>
                <numerusform>%n дела</numerusform>
                <numerusform>%n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the {total} parcels of {reference} lack(s) a place of detention:</source>
            <translation>
                <numerusform>%n из {total} посылок партии {reference} не имеет места содержания:</numerusform>
                <numerusform>%n из {total} посылок партии {reference} не имеют места содержания:</numerusform>
                <numerusform>%n из {total} посылок партии {reference} не имеют места содержания:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n наклейка</numerusform>
                <numerusform>%n наклейки</numerusform>
                <numerusform>%n наклеек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) for the counterpart</source>
            <translation>
                <numerusform>%n дело для другой стороны</numerusform>
                <numerusform>%n дела для другой стороны</numerusform>
                <numerusform>%n дел для другой стороны</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) closed more than {months} months ago. Export them first with `retention export FILE`, then `retention anonymise --confirm %n`.</source>
            <translation>
                <numerusform>%n дело закрыто более {months} мес. назад. Сначала экспортируйте его командой `retention export FILE`, затем выполните `retention anonymise --confirm %n`.</numerusform>
                <numerusform>%n дела закрыты более {months} мес. назад. Сначала экспортируйте их командой `retention export FILE`, затем выполните `retention anonymise --confirm %n`.</numerusform>
                <numerusform>%n дел закрыты более {months} мес. назад. Сначала экспортируйте их командой `retention export FILE`, затем выполните `retention anonymise --confirm %n`.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n case(s) to {written} (AES-encrypted; give the password separately and keep it: it is not stored anywhere).</source>
            <translation>
                <numerusform>Записано %n дело в {written} (зашифровано AES; передайте пароль отдельно и сохраните его: он нигде не хранится).</numerusform>
                <numerusform>Записано %n дела в {written} (зашифровано AES; передайте пароль отдельно и сохраните его: он нигде не хранится).</numerusform>
                <numerusform>Записано %n дел в {written} (зашифровано AES; передайте пароль отдельно и сохраните его: он нигде не хранится).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) would be anonymised: their names, relatives, addresses and free text are removed for good. Run again with --confirm %n to do it (export them first if the office must keep a copy).</source>
            <translation>
                <numerusform>Будет обезличено %n дело: имена, родственники, адреса и свободный текст удаляются навсегда. Чтобы выполнить, запустите ещё раз с --confirm %n (если бюро должно сохранить копию, сначала экспортируйте).</numerusform>
                <numerusform>Будет обезличено %n дела: имена, родственники, адреса и свободный текст удаляются навсегда. Чтобы выполнить, запустите ещё раз с --confirm %n (если бюро должно сохранить копию, сначала экспортируйте).</numerusform>
                <numerusform>Будет обезличено %n дел: имена, родственники, адреса и свободный текст удаляются навсегда. Чтобы выполнить, запустите ещё раз с --confirm %n (если бюро должно сохранить копию, сначала экспортируйте).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymised %n case(s).{tail} Backups made before now still hold it until they are deleted.</source>
            <translation>
                <numerusform>Обезличено %n дело.{tail} Резервные копии, сделанные ранее, содержат эти данные, пока их не удалят.</numerusform>
                <numerusform>Обезличено %n дела.{tail} Резервные копии, сделанные ранее, содержат эти данные, пока их не удалят.</numerusform>
                <numerusform>Обезличено %n дел.{tail} Резервные копии, сделанные ранее, содержат эти данные, пока их не удалят.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) of staff</source>
            <translation>
                <numerusform>%n сотрудник</numerusform>
                <numerusform>%n сотрудника</numerusform>
                <numerusform>%n сотрудников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases in the review queue</source>
            <translation>
                <numerusform>%n дело в очереди рассмотрения</numerusform>
                <numerusform>%n дела в очереди рассмотрения</numerusform>
                <numerusform>%n дел в очереди рассмотрения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stalled cases</source>
            <translation>
                <numerusform>%n дело без движения</numerusform>
                <numerusform>%n дела без движения</numerusform>
                <numerusform>%n дел без движения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{table} (%n rows)</source>
            <translation>
                <numerusform>{table} (%n строка)</numerusform>
                <numerusform>{table} (%n строки)</numerusform>
                <numerusform>{table} (%n строк)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The check found damage in {path}: %n problem(s), the first: {first}. Restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</source>
            <translation>
                <numerusform>Проверка нашла повреждения в {path}: %n проблема, первая: {first}. Восстановите базу данных из резервной копии (Файл → Восстановить из резервной копии… или ombuds-desk restore ФАЙЛ).</numerusform>
                <numerusform>Проверка нашла повреждения в {path}: %n проблемы, первая: {first}. Восстановите базу данных из резервной копии (Файл → Восстановить из резервной копии… или ombuds-desk restore ФАЙЛ).</numerusform>
                <numerusform>Проверка нашла повреждения в {path}: %n проблем, первая: {first}. Восстановите базу данных из резервной копии (Файл → Восстановить из резервной копии… или ombuds-desk restore ФАЙЛ).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>check every entry's hash and link; exit 1 naming the first entry altered, removed or inserted</source>
            <translation>проверить хеш и связь каждой записи; код выхода 1 и номер первой изменённой, удалённой или вставленной записи</translation>
        </message>
        <message>
            <source>The audit trail has been tampered with: {problem}. Entries 1 to {entries} are intact, up to the hash {hash}.</source>
            <translation>Журнал аудита был изменён: {problem}. Записи с 1 по {entries} целы, до хеша {hash}.</translation>
        </message>
        <message>
            <source>The audit trail is intact: {entries} entries, head hash {hash}</source>
            <translation>Журнал аудита цел: записей — {entries}, хеш последней {hash}</translation>
        </message>
        <message>
            <source>It matches the head recorded in {where}.</source>
            <translation>Он совпадает с последней записью, зафиксированной в {where}.</translation>
        </message>
        <message>
            <source>No backup has recorded a head yet to compare the newest entries with.</source>
            <translation>Ни одна резервная копия ещё не зафиксировала последнюю запись, с которой можно сравнить самые новые записи.</translation>
        </message>
    </context>
    <context>
        <name>AuditTrail</name>
        <message>
            <source>The audit trail holds an entry after its newest one (number {number}) that Ombuds Desk did not write: nothing was saved. An admin should run `ombuds-desk audit verify` and restore the newest good backup.</source>
            <translation>Журнал аудита содержит запись после своей последней (номер {number}), которую Ombuds Desk не делал: ничего не сохранено. Администратор должен выполнить `ombuds-desk audit verify` и восстановить самую новую исправную резервную копию.</translation>
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
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Family name, Latin</source>
            <translation>Фамилия латиницей</translation>
        </message>
        <message>
            <source>Given name, Latin</source>
            <translation>Имя латиницей</translation>
        </message>
        <message>
            <source>Patronymic, Latin</source>
            <translation>Отчество латиницей</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Home region</source>
            <translation>Регион проживания</translation>
        </message>
        <message>
            <source>Service number</source>
            <translation>Личный номер</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Звание</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Воинская часть</translation>
        </message>
        <message>
            <source>Captured on</source>
            <translation>Дата пленения</translation>
        </message>
        <message>
            <source>Captured at (where)</source>
            <translation>Место пленения</translation>
        </message>
        <message>
            <source>Holding party</source>
            <translation>Удерживающая сторона</translation>
        </message>
        <message>
            <source>Place of detention</source>
            <translation>Место содержания</translation>
        </message>
        <message>
            <source>ICRC no.</source>
            <translation>№ МККК</translation>
        </message>
        <message>
            <source>Evacuated from</source>
            <translation>Эвакуирован из</translation>
        </message>
        <message>
            <source>Evacuated on</source>
            <translation>Дата эвакуации</translation>
        </message>
        <message>
            <source>Current location</source>
            <translation>Местонахождение</translation>
        </message>
        <message>
            <source>Evacuated by</source>
            <translation>Кем эвакуирован</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Status since</source>
            <translation>Статус с</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Block note</source>
            <translation>Примечание к блокировке</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Consent to be contacted</source>
            <translation>Согласие на связь</translation>
        </message>
        <message>
            <source>Consent to be named to the counterpart</source>
            <translation>Согласие на указание для другой стороны</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Next review on</source>
            <translation>Следующий пересмотр</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>Пересмотрел(а)</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Передано</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>Reassigned by</source>
            <translation>Передал(а)</translation>
        </message>
        <message>
            <source>Author (relative)</source>
            <translation>Автор (родственник)</translation>
        </message>
        <message>
            <source>Author's relationship</source>
            <translation>Родство автора</translation>
        </message>
        <message>
            <source>Status date</source>
            <translation>Дата статуса</translation>
        </message>
        <message>
            <source>Withheld because</source>
            <translation>Задержано, потому что</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>Зарегистрировал(а)</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Вес (г)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Made up by</source>
            <translation>Сформировал(а)</translation>
        </message>
        <message>
            <source>Handover date</source>
            <translation>Дата передачи</translation>
        </message>
        <message>
            <source>Handed over for</source>
            <translation>Передано для</translation>
        </message>
        <message>
            <source>Received for</source>
            <translation>Получено для</translation>
        </message>
        <message>
            <source>Signed receipt</source>
            <translation>Подписанная расписка</translation>
        </message>
        <message>
            <source>Target (parcels)</source>
            <translation>Цель (посылок)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Импортировал(а)</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Используется</translation>
        </message>
        <message>
            <source>Shareable with the counterpart</source>
            <translation>Можно передавать другой стороне</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Создал(а)</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Размер (байт)</translation>
        </message>
        <message>
            <source>{record} added</source>
            <translation>{record}: добавлено</translation>
        </message>
        <message>
            <source>{record} removed</source>
            <translation>{record}: удалено</translation>
        </message>
        <message>
            <source>Case registered</source>
            <translation>Дело зарегистрировано</translation>
        </message>
        <message>
            <source>Contact added</source>
            <translation>Контактное лицо добавлено</translation>
        </message>
        <message>
            <source>Note written</source>
            <translation>Примечание написано</translation>
        </message>
        <message>
            <source>Case reviewed</source>
            <translation>Дело пересмотрено</translation>
        </message>
        <message>
            <source>Case reassigned</source>
            <translation>Дело передано</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Parcel made up</source>
            <translation>Посылка сформирована</translation>
        </message>
        <message>
            <source>Shipment started</source>
            <translation>Партия начата</translation>
        </message>
        <message>
            <source>Included in operation</source>
            <translation>Включено в операцию</translation>
        </message>
        <message>
            <source>Member of staff added</source>
            <translation>Сотрудник добавлен</translation>
        </message>
        <message>
            <source>Block reason added</source>
            <translation>Причина блокировки добавлена</translation>
        </message>
        <message>
            <source>Case removed</source>
            <translation>Дело удалено</translation>
        </message>
        <message>
            <source>Contact removed</source>
            <translation>Контактное лицо удалено</translation>
        </message>
        <message>
            <source>Note removed</source>
            <translation>Примечание удалено</translation>
        </message>
        <message>
            <source>Parcel removed</source>
            <translation>Посылка удалена</translation>
        </message>
        <message>
            <source>Taken out of operation</source>
            <translation>Исключено из операции</translation>
        </message>
        <message>
            <source>window</source>
            <translation>окно</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>командная строка</translation>
        </message>
        <message>
            <source>idle lock</source>
            <translation>блокировка из-за бездействия</translation>
        </message>
        <message>
            <source>first start</source>
            <translation>первый запуск</translation>
        </message>
        <message>
            <source>case sheet</source>
            <translation>карточка дела</translation>
        </message>
        <message>
            <source>stalled-cases report</source>
            <translation>отчёт о зависших делах</translation>
        </message>
        <message>
            <source>parcel labels</source>
            <translation>этикетки посылок</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>опись отправления</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>внутренняя</translation>
        </message>
        <message>
            <source>counterpart</source>
            <translation>для другой стороны</translation>
        </message>
        <message>
            <source>persons list</source>
            <translation>список лиц</translation>
        </message>
        <message>
            <source>items list</source>
            <translation>список писем и предметов</translation>
        </message>
        <message>
            <source>parcels list</source>
            <translation>список посылок</translation>
        </message>
        <message>
            <source>retention archive list</source>
            <translation>архив срока хранения</translation>
        </message>
        <message>
            <source>for the counterpart list</source>
            <translation>список для другой стороны</translation>
        </message>
        <message>
            <source>audit trail</source>
            <translation>журнал аудита</translation>
        </message>
        <message>
            <source>every case</source>
            <translation>все дела</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>по требованию</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>ежедневная</translation>
        </message>
        <message>
            <source>before restore</source>
            <translation>перед восстановлением</translation>
        </message>
        <message>
            <source>AES-256 zip archive, password given separately</source>
            <translation>zip-архив AES-256, пароль передан отдельно</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фильтр</translation>
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
            <translation>Путь</translation>
        </message>
        <message>
            <source>Sha256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Записей аудита</translation>
        </message>
        <message>
            <source>Audit head hash</source>
            <translation>Хеш последней записи аудита</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Таблиц</translation>
        </message>
        <message>
            <source>Retention months</source>
            <translation>Срок хранения (месяцев)</translation>
        </message>
        <message>
            <source>Final status</source>
            <translation>Окончательный статус</translation>
        </message>
        <message>
            <source>Final since</source>
            <translation>Окончательный с</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Очищено</translation>
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
            <source>Must change password</source>
            <translation>Должен сменить пароль</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>item</source>
            <translation>отправление</translation>
        </message>
        <message>
            <source>from {author}</source>
            <translation>от {author}</translation>
        </message>
        <message>
            <source>from the person</source>
            <translation>от лица</translation>
        </message>
        <message>
            <source>Unblocked</source>
            <translation>Разблокировано</translation>
        </message>
        <message>
            <source>Reactivated</source>
            <translation>Снова активен</translation>
        </message>
        <message>
            <source>Deactivated: can no longer sign in</source>
            <translation>Деактивирован: больше не может войти</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Разблокирован</translation>
        </message>
        <message>
            <source>Locked until {until} (wrong passwords)</source>
            <translation>Заблокирован до {until} (неверные пароли)</translation>
        </message>
        <message>
            <source>Password reset: a temporary one, to be changed at the next sign-in</source>
            <translation>Пароль сброшен: временный, сменить при следующем входе</translation>
        </message>
        <message>
            <source>Back in use</source>
            <translation>Снова используется</translation>
        </message>
        <message>
            <source>No longer offered</source>
            <translation>Больше не предлагается</translation>
        </message>
        <message>
            <source>A setting</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Пароль изменён</translation>
        </message>
        <message>
            <source>Saved; no field changed</source>
            <translation>Сохранено; ни одно поле не изменено</translation>
        </message>
        <message>
            <source>{field} of {record}: {change}</source>
            <translation>{field} ({record}): {change}</translation>
        </message>
        <message>
            <source>Note written: {text}</source>
            <translation>Примечание написано: {text}</translation>
        </message>
        <message>
            <source>{item} logged</source>
            <translation>{item}: зарегистрировано</translation>
        </message>
        <message>
            <source>Contact added: {name} ({relationship})</source>
            <translation>Контактное лицо добавлено: {name} ({relationship})</translation>
        </message>
        <message>
            <source>kept waiting</source>
            <translation>оставлено в ожидании</translation>
        </message>
        <message>
            <source>escalated to {to}</source>
            <translation>передано выше: {to}</translation>
        </message>
        <message>
            <source>reassigned to {to}</source>
            <translation>передано: {to}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыто</translation>
        </message>
        <message>
            <source>Case reviewed: {decision}</source>
            <translation>Дело пересмотрено: {decision}</translation>
        </message>
        <message>
            <source> — next review {day}</source>
            <translation> — следующее рассмотрение {day}</translation>
        </message>
        <message>
            <source>Case reassigned to {to}</source>
            <translation>Дело передано: {to}</translation>
        </message>
        <message>
            <source> (was {caseworker}'s)</source>
            <translation> (ранее: {caseworker})</translation>
        </message>
        <message>
            <source>{item} removed</source>
            <translation>{item}: удалено</translation>
        </message>
        <message>
            <source>Note removed: {text}</source>
            <translation>Примечание удалено: {text}</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>записей: {count}</translation>
        </message>
        <message>
            <source> for “{username}”</source>
            <translation> для «{username}»</translation>
        </message>
        <message>
            <source> ({version} version)</source>
            <translation> (версия: {version})</translation>
        </message>
        <message>
            <source>{document} printed</source>
            <translation>{document}: напечатано</translation>
        </message>
        <message>
            <source>document</source>
            <translation>документ</translation>
        </message>
        <message>
            <source>Exported in {list}</source>
            <translation>Экспортировано в списке: {list}</translation>
        </message>
        <message>
            <source>{list} exported</source>
            <translation>{list}: экспортировано</translation>
        </message>
        <message>
            <source>This entry cannot be read: its recorded changes are damaged.</source>
            <translation>Эту запись невозможно прочитать: записанные изменения повреждены.</translation>
        </message>
    </context>
    <context>
        <name>AuditVerify</name>
        <message>
            <source>The audit trail is intact: all {count} entries are as they were written; none was removed or slipped in.</source>
            <translation>Журнал аудита цел: все {count} записей такие, какими их записали; ни одна не удалена и не вставлена.</translation>
        </message>
        <message>
            <source>Its newest entries agree with {where}.</source>
            <translation>Самые новые записи совпадают с {where}.</translation>
        </message>
        <message>
            <source>Newest entry: no. {number}, hash {hash}…</source>
            <translation>Последняя запись: № {number}, хеш {hash}…</translation>
        </message>
        <message>
            <source>The audit trail has been tampered with: {problem}.</source>
            <translation>Журнал аудита был изменён: {problem}.</translation>
        </message>
        <message>
            <source>Entries 1 to {last} are intact.</source>
            <translation>Записи с 1 по {last} целы.</translation>
        </message>
        <message>
            <source>Nothing in the app changes entries: someone edited the database file directly. Keep the file as it is and compare it with the latest backup.</source>
            <translation>Программа никогда не изменяет записи: кто-то редактировал файл базы данных напрямую. Сохраните файл как есть и сравните его с последней резервной копией.</translation>
        </message>
        <message>
            <source>entry {number} is missing: removed</source>
            <translation>записи {number} нет: она удалена</translation>
        </message>
        <message>
            <source>entry {number} appears twice</source>
            <translation>запись {number} встречается дважды</translation>
        </message>
        <message>
            <source>entry {number} does not follow entry {before}: an entry was inserted or removed before it</source>
            <translation>запись {number} не продолжает запись {before}: перед ней запись вставлена или удалена</translation>
        </message>
        <message>
            <source>entry {number} was altered</source>
            <translation>запись {number} изменена</translation>
        </message>
        <message>
            <source>entries {first} to {last} were removed (the newest ones)</source>
            <translation>записи с {first} по {last} удалены (самые новые)</translation>
        </message>
        <message>
            <source>the chain's head row does not match entry {number}: it was rewritten</source>
            <translation>строка вершины цепочки не соответствует записи {number}: она переписана</translation>
        </message>
        <message>
            <source>entries {first} to {last} were removed: {where} recorded {recorded} entries, the database now holds {now}</source>
            <translation>записи с {first} по {last} удалены: {where} зафиксировала записей — {recorded}, а в базе данных теперь — {now}</translation>
        </message>
        <message>
            <source>entry {number} differs from {where}: the trail was rewritten</source>
            <translation>запись {number} отличается от {where}: журнал переписан</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>write the backup to FILE (default: a new file in the backup folder)</source>
            <translation>записать резервную копию в FILE (по умолчанию: новый файл в папке резервных копий)</translation>
        </message>
        <message>
            <source>write a new backup file into DIR</source>
            <translation>записать новый файл резервной копии в папку DIR</translation>
        </message>
        <message>
            <source>Give a FILE or --folder DIR, not both.</source>
            <translation>Укажите FILE или --folder DIR, но не оба.</translation>
        </message>
        <message>
            <source>Backed up {name}: {size} MB, audit trail of {entries} entries; manifest {path}.json</source>
            <translation>Резервная копия {name} сделана: {size} МБ, в журнале аудита записей — {entries}; манифест {path}.json</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>резервная копия, которую нужно восстановить</translation>
        </message>
        <message>
            <source>Sign in as an admin of the backup to restore it.</source>
            <translation>Чтобы восстановить резервную копию, войдите как её администратор.</translation>
        </message>
        <message>
            <source>The database as it was is kept as {path}</source>
            <translation>Прежняя база данных сохранена как {path}</translation>
        </message>
        <message>
            <source>Restored {backup} to {database} and upgraded to this version.</source>
            <translation>Резервная копия {backup} восстановлена в {database} и обновлена до этой версии.</translation>
        </message>
        <message>
            <source>Restored {backup} to {database}.</source>
            <translation>Резервная копия {backup} восстановлена в {database}.</translation>
        </message>
        <message>
            <source>The backup was not encrypted: the restored database is encrypted with this database's passphrase, as the database was.</source>
            <translation>Резервная копия не была зашифрована: восстановленная база данных зашифрована парольной фразой этой базы данных, как и раньше.</translation>
        </message>
        <message>
            <source>{target} already exists. Choose another name, or remove it first.</source>
            <translation>{target} уже существует. Выберите другое имя или сначала удалите его.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {folder}: {why}. Choose another backup folder and try again.</source>
            <translation>Не удаётся записать резервную копию в {folder}: {why}. Выберите другую папку для резервных копий и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>{why} The backup gave up waiting for it: nothing was saved.</source>
            <translation>{why} Резервное копирование не дождалось её: ничего не сохранено.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space in {folder}, or choose another backup folder, and try again.</source>
            <translation>Диск заполнен: ничего не сохранено. Освободите место в {folder} или выберите другую папку для резервных копий и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>The backup to {target} failed: {why}. Nothing was saved; try again.</source>
            <translation>Резервное копирование в {target} не удалось: {why}. Ничего не сохранено; попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup. Choose a backup file.</source>
            <translation>{path} — это папка, а не резервная копия. Выберите файл резервной копии.</translation>
        </message>
        <message>
            <source>There is no backup file {path}. Check the name and try again.</source>
            <translation>Файла резервной копии {path} нет. Проверьте имя и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {why}. Choose another file.</source>
            <translation>Не удаётся прочитать {path}: {why}. Выберите другой файл.</translation>
        </message>
        <message>
            <source>{path} is not an Ombuds Desk backup: it is not a database file. Choose another file.</source>
            <translation>{path} не является резервной копией Ombuds Desk: это не файл базы данных. Выберите другой файл.</translation>
        </message>
        <message>
            <source>The backup {path} is encrypted with a passphrase other than this database's: open a database with that passphrase to restore it, or choose another backup.</source>
            <translation>Резервная копия {path} зашифрована другой парольной фразой, чем эта база данных: чтобы восстановить её, откройте базу данных с той парольной фразой или выберите другую резервную копию.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer Ombuds Desk (schema {revision}). Install the newer version to restore it.</source>
            <translation>Резервная копия {path} создана более новой версией Ombuds Desk (схема {revision}). Установите более новую версию, чтобы восстановить её.</translation>
        </message>
        <message>
            <source>The backup {path} was changed after it was made: it no longer matches the SHA-256 in {manifest}. Choose another backup.</source>
            <translation>Резервная копия {path} изменена после создания: она больше не соответствует SHA-256 в {manifest}. Выберите другую резервную копию.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}): it cannot be restored. Choose another backup.</source>
            <translation>Резервная копия {path} повреждена ({problem}): её невозможно восстановить. Выберите другую резервную копию.</translation>
        </message>
        <message>
            <source>{path} is not an Ombuds Desk backup: it is another program's database. Choose another file.</source>
            <translation>{path} не является резервной копией Ombuds Desk: это база данных другой программы. Выберите другой файл.</translation>
        </message>
        <message>
            <source>Could not set the current database aside before restoring: {why} Nothing was restored.</source>
            <translation>Не удалось отложить текущую базу данных перед восстановлением: {why} Ничего не восстановлено.</translation>
        </message>
        <message>
            <source>The database was set aside first as {path}.</source>
            <translation>База данных сначала отложена как {path}.</translation>
        </message>
        <message>
            <source>The restore failed: {why}</source>
            <translation>Восстановление не удалось: {why}</translation>
        </message>
        <message>
            <source>The database {path} is open in another window or program. Close it there, then restore again. Nothing was changed.</source>
            <translation>База данных {path} открыта в другом окне или программе. Закройте её там, затем восстановите ещё раз. Ничего не изменено.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>On a PostgreSQL server, backups are the server's job: the server's administrator runs pg_dump (pg_dump --format=custom --file=ombuds-desk.dump '{url}') and restores with pg_restore.</source>
            <translation>На сервере PostgreSQL резервные копии делает сам сервер: его администратор запускает pg_dump (pg_dump --format=custom --file=ombuds-desk.dump '{url}') и восстанавливает с помощью pg_restore.</translation>
        </message>
        <message>
            <source>A backup cannot be recorded in it: copy the file itself.</source>
            <translation>Зафиксировать в ней резервную копию нельзя: скопируйте сам файл.</translation>
        </message>
        <message>
            <source>The backup was put in place, but: {why}</source>
            <translation>Резервная копия поставлена на место, но: {why}</translation>
        </message>
        <message>
            <source>The database as it was is kept as {path}.</source>
            <translation>Прежняя база данных сохранена как {path}.</translation>
        </message>
        <message>
            <source>the backup of {when} ({path})</source>
            <translation>резервная копия от {when} ({path})</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>after saying what is wrong, print SQLite's own report (in English) for an administrator</source>
            <translation>после сообщения о повреждении вывести собственный отчёт SQLite (на английском) для администратора</translation>
        </message>
        <message>
            <source>{display_name} is a database server: it keeps its own files whole.</source>
            <translation>{display_name} — сервер баз данных: целостность своих файлов он обеспечивает сам.</translation>
        </message>
        <message>
            <source>SQLite's report:</source>
            <translation>Отчёт SQLite:</translation>
        </message>
        <message>
            <source>No damage found in {display_name}.</source>
            <translation>В {display_name} повреждений не найдено.</translation>
        </message>
        <message>
            <source>There is no database at {path}: nothing was checked.</source>
            <translation>Базы данных {path} нет: ничего не проверено.</translation>
        </message>
        <message>
            <source>{path} is not a database file: it does not begin as one does. Choose another file, or restore the database from a backup.</source>
            <translation>{path} — не файл базы данных: он начинается не так, как база данных. Выберите другой файл или восстановите базу данных из резервной копии.</translation>
        </message>
        <message>
            <source>The check could not read {path} to the end: {why}. The file is damaged: restore the database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).</source>
            <translation>Проверка не смогла дочитать {path} до конца: {why}. Файл повреждён: восстановите базу данных из резервной копии (Файл → Восстановить из резервной копии… или ombuds-desk restore ФАЙЛ).</translation>
        </message>
        <message>
            <source>{finding} (in {table})</source>
            <translation>{finding} (в {table})</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>требуются следующие аргументы: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>требуется один из аргументов %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>неизвестные аргументы: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ожидается один аргумент</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>ожидается не более одного аргумента</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>ожидается хотя бы один аргумент</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>нельзя вместе с аргументом %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимый выбор: %(value)r (выберите из %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не удаётся открыть '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>a SQLite file or an SQLAlchemy URL such as postgresql+psycopg://user@host/db (default: $OMBUDS_DESK_DB, else a file in your data folder)</source>
            <translation>файл SQLite или URL SQLAlchemy, например postgresql+psycopg://user@host/db (по умолчанию: $OMBUDS_DESK_DB, иначе файл в вашей папке данных)</translation>
        </message>
        <message>
            <source>sign in as this member of staff (the password is asked on the terminal)</source>
            <translation>войти как этот сотрудник (пароль запрашивается в терминале)</translation>
        </message>
        <message>
            <source>for scripts: read the password from the first line of FILE, which only you may read (chmod 600 FILE)</source>
            <translation>для скриптов: прочитать пароль из первой строки файла FILE, который можете читать только вы (chmod 600 FILE)</translation>
        </message>
        <message>
            <source>the language of messages, printouts and the window: en, ru or uk (default: the window's as chosen in Settings, else $LANG)</source>
            <translation>язык сообщений, печатных документов и окна: en, ru или uk (по умолчанию: язык окна, выбранный в настройках, иначе $LANG)</translation>
        </message>
        <message>
            <source>for scripts: an encrypted database's passphrase, the first line of FILE, which only you may read (chmod 600 FILE); without it, it is asked on the terminal</source>
            <translation>для скриптов: парольная фраза зашифрованной базы данных — первая строка файла FILE, который можете читать только вы (chmod 600 FILE); без него она запрашивается в терминале</translation>
        </message>
        <message>
            <source>Note: there was no database at {path}; a new, empty one was created.</source>
            <translation>Обратите внимание: по пути {path} базы данных не было; создана новая, пустая.</translation>
        </message>
        <message>
            <source>Passphrase of the encrypted database {path}: </source>
            <translation>Парольная фраза зашифрованной базы данных {path}: </translation>
        </message>
        <message>
            <source>An admin has reset the password of {name}: choose a new one first with `ombuds-desk users change-password --user {name}`.</source>
            <translation>Администратор сбросил пароль пользователя {name}: сначала выберите новый командой `ombuds-desk users change-password --user {name}`.</translation>
        </message>
        <message>
            <source>Nobody can sign in to {db} yet: create its first admin with `ombuds-desk init --db {db} --office NAME --admin USERNAME`.</source>
            <translation>В {db} пока никто не может войти: создайте первого администратора командой `ombuds-desk init --db {db} --office NAME --admin USERNAME`.</translation>
        </message>
        <message>
            <source>Sign in with --user NAME: the password is then asked on the terminal, or read from --password-file FILE.</source>
            <translation>Войдите с --user NAME: пароль будет запрошен в терминале или прочитан из --password-file FILE.</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>Пароль для {name}: </translation>
        </message>
        <message>
            <source>{text} is not a date (use YYYY-MM-DD or DD.MM.YYYY)</source>
            <translation>{text} — не дата (пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{app}: case management for captives and evacuees. With no command, opens the main window.</source>
            <translation>{app}: ведение дел пленных и эвакуированных. Без команды открывает главное окно.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>показать версию и выйти</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>команды</translation>
        </message>
        <message>
            <source>the database {name} cannot be used: {why}</source>
            <translation>базу данных {name} невозможно использовать: {why}</translation>
        </message>
        <message>
            <source>cannot use {path}: {why}</source>
            <translation>невозможно использовать {path}: {why}</translation>
        </message>
        <message>
            <source>interrupted; nothing more was saved</source>
            <translation>прервано; больше ничего не сохранено</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>import persons or letters and items from a CSV, XLSX, ODS or XLS file</source>
            <translation>импортировать лиц или письма и отправления из файла CSV, XLSX, ODS или XLS</translation>
        </message>
        <message>
            <source>export persons, a case's items or a shipment's parcels (CSV, XLSX or ODS)</source>
            <translation>экспортировать лиц, отправления дела или посылки партии (CSV, XLSX или ODS)</translation>
        </message>
        <message>
            <source>search the register by name in any spelling, or by number</source>
            <translation>искать в реестре по имени в любом написании или по номеру</translation>
        </message>
        <message>
            <source>list pairs of cases that may be one person</source>
            <translation>перечислить пары дел, которые могут относиться к одному лицу</translation>
        </message>
        <message>
            <source>closed cases past the retention period: list, export to an encrypted archive, anonymise</source>
            <translation>закрытые дела после срока хранения: список, экспорт в зашифрованный архив, обезличивание</translation>
        </message>
        <message>
            <source>list parcels (optionally by status or shipment)</source>
            <translation>перечислить посылки (при необходимости — по статусу или партии)</translation>
        </message>
        <message>
            <source>show each campaign's progress against its target</source>
            <translation>показать ход каждой кампании относительно её цели</translation>
        </message>
        <message>
            <source>write a printable PDF: case sheets, stalled report, manifest, labels</source>
            <translation>записать PDF для печати: карточки дел, отчёт о делах без движения, опись, наклейки</translation>
        </message>
        <message>
            <source>change a case's repatriation status (as the rules allow)</source>
            <translation>изменить статус репатриации дела (как позволяют правила)</translation>
        </message>
        <message>
            <source>mark a case blocked, with a reason</source>
            <translation>отметить дело как заблокированное, с причиной</translation>
        </message>
        <message>
            <source>lift a case's block</source>
            <translation>снять блокировку дела</translation>
        </message>
        <message>
            <source>list stalled cases, longest first</source>
            <translation>перечислить дела без движения, самые долгие сначала</translation>
        </message>
        <message>
            <source>the supervisors' review queue: stalled cases not deferred by a review</source>
            <translation>очередь рассмотрения руководителей: дела без движения, не отложенные рассмотрением</translation>
        </message>
        <message>
            <source>the office's figures: open, stalled, completed per month, parcels</source>
            <translation>показатели бюро: открытые, без движения, завершённые за месяц, посылки</translation>
        </message>
        <message>
            <source>back up the database now (safe while it is in use), with a manifest beside the copy</source>
            <translation>сделать резервную копию базы данных сейчас (безопасно и во время работы), с манифестом рядом с копией</translation>
        </message>
        <message>
            <source>restore a backup in place of the database (checked first; the current file is set aside)</source>
            <translation>восстановить резервную копию вместо базы данных (сначала проверяется; текущий файл откладывается)</translation>
        </message>
        <message>
            <source>check the whole database file for damage (SQLite's integrity check)</source>
            <translation>проверить весь файл базы данных на повреждения (проверка целостности SQLite)</translation>
        </message>
        <message>
            <source>copy the whole register into another, empty database (SQLite ⇄ PostgreSQL), checked table by table (admins)</source>
            <translation>скопировать весь реестр в другую, пустую базу данных (SQLite ⇄ PostgreSQL) с проверкой каждой таблицы (администраторы)</translation>
        </message>
        <message>
            <source>encrypt the SQLite database file with a passphrase (SQLCipher), checked table by table (admins)</source>
            <translation>зашифровать файл базы данных SQLite парольной фразой (SQLCipher) с проверкой каждой таблицы (администраторы)</translation>
        </message>
        <message>
            <source>turn an encrypted database file back into a plain one, checked table by table (admins)</source>
            <translation>превратить зашифрованный файл базы данных снова в обычный с проверкой каждой таблицы (администраторы)</translation>
        </message>
        <message>
            <source>build a demo database of synthetic cases (headless)</source>
            <translation>создать демонстрационную базу данных с вымышленными делами (без окна)</translation>
        </message>
        <message>
            <source>open the main window (what plain `ombuds-desk` does)</source>
            <translation>открыть главное окно (то же, что просто `ombuds-desk`)</translation>
        </message>
        <message>
            <source>create a database with its office and first admin, or upgrade an existing one</source>
            <translation>создать базу данных с бюро и первым администратором или обновить существующую</translation>
        </message>
        <message>
            <source>check the audit trail (admins)</source>
            <translation>проверить журнал аудита (администраторы)</translation>
        </message>
        <message>
            <source>show the office's settings, or change one</source>
            <translation>показать настройки бюро или изменить одну из них</translation>
        </message>
        <message>
            <source>staff administration: list, add, roles, passwords, deactivate, unlock</source>
            <translation>управление сотрудниками: список, добавление, роли, пароли, отключение, разблокировка</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} и {last}</translation>
        </message>
        <message>
            <source>{who} changed {fields} ({when})</source>
            <translation>{who} изменяет: {fields} ({when})</translation>
        </message>
        <message>
            <source>{who} saved it ({when})</source>
            <translation>{who} сохраняет ({when})</translation>
        </message>
        <message>
            <source>{what} was changed by someone else after you opened it: {saves}.</source>
            <translation>{what}: после того как вы открыли запись, её изменил кто-то другой: {saves}.</translation>
        </message>
        <message>
            <source>{what} was changed by someone else after you opened it.</source>
            <translation>{what}: после того как вы открыли запись, её изменил кто-то другой.</translation>
        </message>
        <message>
            <source>Your changes were not saved; reopen it to see the new version and edit again.</source>
            <translation>Ваши изменения не сохранены; откройте запись снова, чтобы увидеть новую версию, и внесите изменения ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>The database {name} is not empty: {listed}. Nothing was copied. Copy into a new, empty database.</source>
            <translation>База данных {name} не пуста: {listed}. Ничего не скопировано. Копируйте в новую, пустую базу данных.</translation>
        </message>
        <message>
            <source>The copy of the table {table} did not read back the same ({rows} rows, hash {hash}… in {source}; {got_rows} rows, hash {got_hash}… in the copy). Nothing was copied; please report this.</source>
            <translation>Копия таблицы {table} прочиталась не такой же ({rows} строк, хеш {hash}… в {source}; {got_rows} строк, хеш {got_hash}… в копии). Ничего не скопировано; пожалуйста, сообщите об этом.</translation>
        </message>
        <message>
            <source>{name} is both the source and the target: copy into another database.</source>
            <translation>{name} — и источник, и назначение: копируйте в другую базу данных.</translation>
        </message>
        <message>
            <source>Nothing was copied.</source>
            <translation>Ничего не скопировано.</translation>
        </message>
        <message>
            <source>The databases are at different schema versions ({want} in {source}, {have} in {target}): open both with this version of Ombuds Desk first. Nothing was copied.</source>
            <translation>Базы данных имеют разные версии схемы ({want} в {source}, {have} в {target}): сначала откройте обе этой версией Ombuds Desk. Ничего не скопировано.</translation>
        </message>
        <message>
            <source>the register to copy: a SQLite file or a URL such as postgresql+psycopg://user@host/dbname</source>
            <translation>реестр для копирования: файл SQLite или URL, например postgresql+psycopg://user@host/dbname</translation>
        </message>
        <message>
            <source>the empty database to copy it into (a new file is made; a server database must exist, empty)</source>
            <translation>пустая база данных, в которую копировать (создаётся новый файл; база данных на сервере должна уже существовать и быть пустой)</translation>
        </message>
        <message>
            <source>copy takes --from and --to, not --db: name both databases.</source>
            <translation>copy принимает --from и --to, а не --db: укажите обе базы данных.</translation>
        </message>
        <message>
            <source>There is no database at {missing}: check the --from path.</source>
            <translation>По пути {missing} базы данных нет: проверьте путь --from.</translation>
        </message>
        <message>
            <source>{table}  {rows}  sha256 {sha256}</source>
            <translation>{table}  {rows}  sha256 {sha256}</translation>
        </message>
        <message>
            <source>Done: {rows} rows in {count} tables copied into {target}; every table's row count and content hash match {source}.</source>
            <translation>Готово: {rows} строк в {count} таблицах скопировано в {target}; число строк и хеш содержимого каждой таблицы совпадают с {source}.</translation>
        </message>
        <message>
            <source>  {table}: {rows} rows</source>
            <translation>  {table}: строк — {rows}</translation>
        </message>
    </context>
    <context>
        <name>DataLocations</name>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>the server's (pg_dump, by its administrator)</source>
            <translation>на сервере (pg_dump, делает его администратор)</translation>
        </message>
        <message>
            <source>as made</source>
            <translation>как сделано</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Журнал работы</translation>
        </message>
        <message>
            <source>not written (started from a terminal)</source>
            <translation>не ведётся (запуск из терминала)</translation>
        </message>
        <message>
            <source>Not encrypted: it holds no one's personal data, only user names, file names and errors.</source>
            <translation>Не зашифровано: здесь нет ничьих персональных данных, только имена пользователей, имена файлов и ошибки.</translation>
        </message>
        <message>
            <source>Exports</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>chosen at each export (offered: {folder})</source>
            <translation>выбирается при каждом экспорте (предлагается: {folder})</translation>
        </message>
        <message>
            <source>chosen at each export</source>
            <translation>выбирается при каждом экспорте</translation>
        </message>
        <message>
            <source>Exported lists and printed PDFs are not covered by the database's encryption: keep them in a safe place and delete them when they are no longer needed.</source>
            <translation>Шифрование базы данных не распространяется на экспортированные списки и PDF для печати: храните их в надёжном месте и удаляйте, когда они больше не нужны.</translation>
        </message>
        <message>
            <source>the app</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>On the office's server: its disks' encryption is the server administrator's.</source>
            <translation>На сервере бюро: за шифрование его дисков отвечает администратор сервера.</translation>
        </message>
        <message>
            <source>Encrypted with SQLCipher (AES-256): the passphrase is asked at every start and stored nowhere.</source>
            <translation>Зашифровано SQLCipher (AES-256): парольная фраза запрашивается при каждом запуске и нигде не хранится.</translation>
        </message>
        <message>
            <source>Not encrypted: anyone who can read the file can read the register. An admin can encrypt it (ombuds-desk encrypt).</source>
            <translation>Не зашифровано: любой, кто может прочитать файл, может прочитать реестр. Администратор может его зашифровать (ombuds-desk encrypt).</translation>
        </message>
        <message>
            <source>Not encrypted, like the database.</source>
            <translation>Не зашифровано, как и база данных.</translation>
        </message>
        <message>
            <source>Encrypted with the database's passphrase.</source>
            <translation>Зашифровано парольной фразой базы данных.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Отменено. Ничего не сохранено.</translation>
        </message>
        <message>
            <source>The database {name} is read-only. Nothing was saved; open a writable copy.</source>
            <translation>База данных {name} доступна только для чтения. Ничего не сохранено; откройте копию, доступную для записи.</translation>
        </message>
        <message>
            <source>The change clashes with a record already saved ({why}). Nothing was saved.</source>
            <translation>Изменение противоречит уже сохранённой записи ({why}). Ничего не сохранено.</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Ничего не сохранено.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Диск заполнен: ничего не сохранено. Освободите место и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>The database {name} is locked by another program or user. Wait a moment and try again.</source>
            <translation>База данных {name} заблокирована другой программой или другим пользователем. Подождите немного и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>The database {name} is on a read-only medium or in a folder you cannot write to: it is open for looking and printing only. To change it, copy it to a writable folder and open the copy.</source>
            <translation>База данных {name} находится на носителе только для чтения или в папке, в которую вы не можете записывать: она открыта только для просмотра и печати. Чтобы изменять её, скопируйте её в папку, доступную для записи, и откройте копию.</translation>
        </message>
        <message>
            <source>The database {name} is on a read-only medium or in a folder you cannot write to, and its latest changes are still in {log}, which cannot be read there. Copy both files to a writable folder and open the copy.</source>
            <translation>База данных {name} находится на носителе только для чтения или в папке, в которую вы не можете записывать, а её последние изменения ещё в {log}, который там не прочитать. Скопируйте оба файла в папку, доступную для записи, и откройте копию.</translation>
        </message>
        <message>
            <source>The database {name} is read-only and was made by an older version: it needs an upgrade first. Copy it to a writable folder and open the copy.</source>
            <translation>База данных {name} доступна только для чтения и создана более старой версией: сначала её нужно обновить. Скопируйте её в папку, доступную для записи, и откройте копию.</translation>
        </message>
        <message>
            <source>The file {name} is not an Ombuds Desk database or is damaged. Restore it from a backup or choose another file.</source>
            <translation>Файл {name} не является базой данных Ombuds Desk или повреждён. Восстановите его из резервной копии или выберите другой файл.</translation>
        </message>
        <message>
            <source>The database {name} is damaged ({problem}). Restore it from a backup.</source>
            <translation>База данных {name} повреждена ({problem}). Восстановите её из резервной копии.</translation>
        </message>
        <message>
            <source>The database file {name} is empty (0 bytes): the register it held is not in it. Another program may have cut it short (a copy or a sync that failed): restore it from a backup. If it never held a register, delete the empty file and start again to create a new one.</source>
            <translation>Файл базы данных {name} пуст (0 байт): реестра, который в нём был, там нет. Возможно, его обрезала другая программа (неудачное копирование или синхронизация): восстановите его из резервной копии. Если в нём никогда не было реестра, удалите пустой файл и начните заново, чтобы создать новый.</translation>
        </message>
        <message numerus="yes">
            <source>The log beside the database {name} ({log}) is damaged: %n saved changes in it cannot be read, and the database would open without them. A copy of the log was kept as {kept}. Restore the newest backup, or open the database again to go on without those changes.</source>
            <translation>
                <numerusform>Журнал рядом с базой данных {name} ({log}) повреждён: %n сохранённое в нём изменение невозможно прочитать, и база данных открылась бы без него. Копия журнала сохранена как {kept}. Восстановите самую новую резервную копию или откройте базу данных ещё раз, чтобы продолжить работу без этого изменения.</numerusform>
                <numerusform>Журнал рядом с базой данных {name} ({log}) повреждён: %n сохранённых в нём изменения невозможно прочитать, и база данных открылась бы без них. Копия журнала сохранена как {kept}. Восстановите самую новую резервную копию или откройте базу данных ещё раз, чтобы продолжить работу без этих изменений.</numerusform>
                <numerusform>Журнал рядом с базой данных {name} ({log}) повреждён: %n сохранённых в нём изменений невозможно прочитать, и база данных открылась бы без них. Копия журнала сохранена как {kept}. Восстановите самую новую резервную копию или откройте базу данных ещё раз, чтобы продолжить работу без этих изменений.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database {name} cannot be opened: its folder is missing or not writable. Check the folder, or choose another database.</source>
            <translation>Базу данных {name} не удаётся открыть: её папки нет или в неё нельзя записывать. Проверьте папку или выберите другую базу данных.</translation>
        </message>
        <message>
            <source>Cannot create the database {name}: {why}. Choose another place.</source>
            <translation>Не удаётся создать базу данных {name}: {why}. Выберите другое место.</translation>
        </message>
        <message>
            <source>“{url}” is not a database this app can open: {why}. Give a file path or a URL such as postgresql+psycopg://user@host/dbname.</source>
            <translation>«{url}» не является базой данных, которую эта программа может открыть: {why}. Укажите путь к файлу или URL, например postgresql+psycopg://user@host/dbname.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a database file.</source>
            <translation>{name} — это папка, а не файл базы данных.</translation>
        </message>
        <message>
            <source>Cannot reach the database server {name}: {why}</source>
            <translation>Не удаётся связаться с сервером базы данных {name}: {why}</translation>
        </message>
        <message>
            <source>The database {name} cannot be used: {why}</source>
            <translation>Базой данных {name} нельзя воспользоваться: {why}</translation>
        </message>
        <message>
            <source>The database {name} could not be read or written: the disk or its file system refused (a disk that failed or was removed, a network folder out of reach, or a file that reached the largest size allowed there). Check the disk and try again; if it happens again, copy the database to another disk and open the copy.</source>
            <translation>Базу данных {name} не удалось прочитать или записать: диск или его файловая система отказали (диск неисправен или отключён, сетевая папка недоступна или файл достиг наибольшего допустимого там размера). Проверьте диск и попробуйте ещё раз; если это повторится, скопируйте базу данных на другой диск и откройте копию.</translation>
        </message>
        <message>
            <source>The database {name} has reached the largest file size allowed there (a limit of the file system, such as FAT32's 4 GB, or of your account). Move it to a disk that takes larger files, or ask your administrator to raise the limit, then try again.</source>
            <translation>База данных {name} достигла наибольшего размера файла, допустимого там (ограничение файловой системы, например 4 ГБ в FAT32, или вашей учётной записи). Перенесите её на диск, принимающий файлы большего размера, или попросите администратора снять ограничение, и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>This database was made by a newer Ombuds Desk (schema {revision}). Install the newer version to open it.</source>
            <translation>Эту базу данных создала более новая версия Ombuds Desk (схема {revision}). Чтобы открыть её, установите более новую версию.</translation>
        </message>
        <message>
            <source>This database holds tables that are not Ombuds Desk's. Choose another file or an empty database.</source>
            <translation>В этой базе данных есть таблицы, не принадлежащие Ombuds Desk. Выберите другой файл или пустую базу данных.</translation>
        </message>
        <message>
            <source>This database needs an upgrade (schema {old} to {new}) that only the owner of its tables may make: nothing was changed. Its administrator runs `ombuds-desk init --db` with the owner's URL once; then open it here again.</source>
            <translation>Эту базу данных нужно обновить (схема {old} до {new}), а сделать это может только владелец её таблиц: ничего не изменено. Её администратор один раз запускает `ombuds-desk init --db` с URL владельца; затем откройте её здесь снова.</translation>
        </message>
        <message numerus="yes">
            <source>The upgrade would leave %n records pointing at nothing (the first: {table} row {row}, to {parent}). Nothing was changed; keep using the older version and report this.</source>
            <translation>
                <numerusform>После обновления %n запись ссылалась бы на то, чего нет (первая: {table}, строка {row}, на {parent}). Ничего не изменено; продолжайте работать в прежней версии и сообщите об этом.</numerusform>
                <numerusform>После обновления %n записи ссылались бы на то, чего нет (первая: {table}, строка {row}, на {parent}). Ничего не изменено; продолжайте работать в прежней версии и сообщите об этом.</numerusform>
                <numerusform>После обновления %n записей ссылались бы на то, чего нет (первая: {table}, строка {row}, на {parent}). Ничего не изменено; продолжайте работать в прежней версии и сообщите об этом.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database {name} is encrypted: give its passphrase (in the window, the dialog asks it; from the command line, --passphrase-file FILE or type it when asked).</source>
            <translation>База данных {name} зашифрована: укажите её парольную фразу (в окне её запросит диалог; в командной строке — --passphrase-file ФАЙЛ или введите её по запросу).</translation>
        </message>
        <message>
            <source>The passphrase does not open the database {name}. Check it (capital letters, the keyboard's language) and try again. If this file is not an encrypted Ombuds Desk database, no passphrase will open it: choose another file.</source>
            <translation>Эта парольная фраза не открывает базу данных {name}. Проверьте её (заглавные буквы, язык клавиатуры) и попробуйте ещё раз. Если этот файл не зашифрованная база данных Ombuds Desk, никакая парольная фраза его не откроет: выберите другой файл.</translation>
        </message>
        <message>
            <source>the copy failed its check ({problem})</source>
            <translation>копия не прошла проверку ({problem})</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>нет ответа</translation>
        </message>
        <message>
            <source>no free temporary name beside {name}</source>
            <translation>рядом с {name} нет свободного временного имени</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>другая запись уже имеет такое же значение поля «{fields}»</translation>
        </message>
        <message>
            <source>another record already has the same details</source>
            <translation>другая запись уже имеет такие же данные</translation>
        </message>
        <message>
            <source>a record it refers to was removed meanwhile</source>
            <translation>запись, на которую оно ссылается, тем временем удалена</translation>
        </message>
        <message>
            <source>{fields} must not be empty</source>
            <translation>поле «{fields}» не может быть пустым</translation>
        </message>
        <message>
            <source>the database refused it as inconsistent</source>
            <translation>база данных отклонила его как противоречивое</translation>
        </message>
        <message>
            <source>the list of the file's free pages is wrong</source>
            <translation>список свободных страниц файла неверен</translation>
        </message>
        <message>
            <source>an index does not match its table</source>
            <translation>индекс не соответствует своей таблице</translation>
        </message>
        <message>
            <source>a stored value breaks its table's rules</source>
            <translation>сохранённое значение нарушает правила своей таблицы</translation>
        </message>
        <message>
            <source>some of its pages belong to nothing</source>
            <translation>некоторые страницы файла ничему не принадлежат</translation>
        </message>
        <message>
            <source>its pages do not fit together</source>
            <translation>страницы файла не согласуются между собой</translation>
        </message>
        <message>
            <source>its first page is not a database's</source>
            <translation>первая страница файла не является страницей базы данных</translation>
        </message>
        <message>
            <source>part of it is not as a database file must be</source>
            <translation>часть файла не такая, какой должна быть в базе данных</translation>
        </message>
        <message>
            <source>the check gave no answer</source>
            <translation>проверка не дала ответа</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Building demo data: {done} / {total} persons</source>
            <translation>Создание демонстрационных данных: {done} / {total} лиц</translation>
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
            <translation>Демонстрационная база данных {display_name}
  лиц: {persons} (пленных: {captives}, эвакуированных: {evacuees}), сотрудников: {users}
  контактных лиц: {contacts}, событий статуса: {status_events}, заметок: {notes}
  заблокировано: {blocked}, завершено: {finished}
  писем и других отправлений: {items}, посылок: {parcels}, почтовых событий: {mail_events}
  партий: {shipments}, подтверждённых номеров: {acknowledgement_lines}, кампаний: {campaigns}
  операций: {operations} (лиц: {operation_members}), рассмотрений дел: {reviews}
Создано за {seconds} с</translation>
        </message>
        <message>
            <source>how many synthetic cases (default {DEMO_PERSONS})</source>
            <translation>сколько вымышленных дел (по умолчанию {DEMO_PERSONS})</translation>
        </message>
        <message>
            <source>about N letters and other items in all, with their histories: the last months' mail and older mail over the register's years (default: the last months' only, about 2 for every 3 persons; a national register: --persons 100000 --items 1000000)</source>
            <translation>примерно N писем и других отправлений всего, с их историей: почта последних месяцев и более старая почта за годы реестра (по умолчанию: только последние месяцы, примерно 2 на каждые 3 лица; национальный реестр: --persons 100000 --items 1000000)</translation>
        </message>
        <message>
            <source>about N parcels in all (default with --items: one for every two persons)</source>
            <translation>примерно N посылок всего (по умолчанию с --items: одна на каждые два лица)</translation>
        </message>
        <message>
            <source>the same seed gives the same data</source>
            <translation>одно и то же зерно даёт одни и те же данные</translation>
        </message>
    </context>
    <context>
        <name>Disclosures</name>
        <message>
            <source>No case with id {id}; it may have been merged or removed.</source>
            <translation>Дела с идентификатором {id} нет; возможно, оно объединено с другим или удалено.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>is too short: at least {count} characters (a few words are easier to remember than a jumble)</source>
            <translation>слишком короткая: не менее {count} символов (несколько слов запомнить легче, чем беспорядочный набор знаков)</translation>
        </message>
        <message>
            <source>begins or ends with a space, which is easily lost when it is typed again</source>
            <translation>начинается или заканчивается пробелом, который легко потерять при повторном вводе</translation>
        </message>
        <message>
            <source>Only a SQLite database file is encrypted by Ombuds Desk; a PostgreSQL server keeps its data safe with the server's own disk encryption.</source>
            <translation>Ombuds Desk шифрует только файл базы данных SQLite; сервер PostgreSQL защищает свои данные собственным шифрованием дисков.</translation>
        </message>
        <message>
            <source>There is no database file {path}.</source>
            <translation>Файла базы данных {path} нет.</translation>
        </message>
        <message>
            <source>The database {path} is already encrypted. Nothing was changed.</source>
            <translation>База данных {path} уже зашифрована. Ничего не изменено.</translation>
        </message>
        <message>
            <source>The database {path} is not encrypted. Nothing was changed.</source>
            <translation>База данных {path} не зашифрована. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Only a writable SQLite database file can be encrypted.</source>
            <translation>Зашифровать можно только файл базы данных SQLite, доступный для записи.</translation>
        </message>
        <message>
            <source>{name} already has staff: an admin encrypts it with `ombuds-desk encrypt`.</source>
            <translation>В {name} уже есть сотрудники: её шифрует администратор командой `ombuds-desk encrypt`.</translation>
        </message>
        <message>
            <source>The passphrase {problem}.</source>
            <translation>Парольная фраза {problem}.</translation>
        </message>
        <message>
            <source>for scripts: the new passphrase, the first line of FILE, which only you may read (chmod 600 FILE); without it, it is asked twice on the terminal</source>
            <translation>для скриптов: новая парольная фраза — первая строка файла FILE, который можете читать только вы (chmod 600 FILE); без него она запрашивается в терминале дважды</translation>
        </message>
        <message>
            <source>{what} {path}: {tables} tables, {rows} rows, each table's rows and content hash checked against the old file.</source>
            <translation>{what} {path}: таблиц — {tables}, строк — {rows}; строки и хеш содержимого каждой таблицы сверены со старым файлом.</translation>
        </message>
        <message>
            <source>There is no database file {path} to encrypt.</source>
            <translation>Файла базы данных {path} для шифрования нет.</translation>
        </message>
        <message>
            <source>The passphrase {problem}. Nothing was changed.</source>
            <translation>Парольная фраза {problem}. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Зашифровано</translation>
        </message>
        <message>
            <source>Keep the passphrase safe: without it nobody, not even an admin, can open the database or its backups. It is not stored anywhere; the window asks it at start, commands take --passphrase-file FILE.</source>
            <translation>Берегите парольную фразу: без неё никто, даже администратор, не сможет открыть базу данных или её резервные копии. Она нигде не хранится; окно запрашивает её при запуске, команды принимают --passphrase-file FILE.</translation>
        </message>
        <message>
            <source>There is no database file {path} to decrypt.</source>
            <translation>Файла базы данных {path} для расшифровки нет.</translation>
        </message>
        <message>
            <source>Decrypted</source>
            <translation>Расшифровано</translation>
        </message>
        <message>
            <source>The database file is plain again: anyone who can read the file can read the register. Backups made while it was encrypted stay encrypted (with the old passphrase).</source>
            <translation>Файл базы данных снова не зашифрован: любой, кто может прочитать файл, может прочитать реестр. Резервные копии, сделанные, пока он был зашифрован, остаются зашифрованными (старой парольной фразой).</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot sign in</source>
            <translation>Не удаётся войти</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Cannot copy the register</source>
            <translation>Не удаётся скопировать реестр</translation>
        </message>
    </context>
    <context>
        <name>Init</name>
        <message>
            <source>the office's name, printed on reports (with --admin)</source>
            <translation>название бюро, печатаемое в отчётах (вместе с --admin)</translation>
        </message>
        <message>
            <source>create the first admin, who signs in with this user name; the password is asked twice, or read from --password-file FILE</source>
            <translation>создать первого администратора, который входит под этим именем пользователя; пароль запрашивается дважды или читается из --password-file FILE</translation>
        </message>
        <message>
            <source>the first admin's full name (default: USERNAME)</source>
            <translation>полное имя первого администратора (по умолчанию: USERNAME)</translation>
        </message>
        <message>
            <source>create the new database file encrypted with a passphrase (asked twice, or the first line of --passphrase-file FILE); it is asked again at every start</source>
            <translation>создать новый файл базы данных, зашифрованный парольной фразой (запрашивается дважды или берётся из первой строки --passphrase-file FILE); её запрашивают при каждом запуске</translation>
        </message>
        <message>
            <source>Database ready: {display_name}{state} (schema {schema})</source>
            <translation>База данных готова: {display_name}{state} (схема {schema})</translation>
        </message>
        <message>
            <source>The older database was copied first to {backup_made}</source>
            <translation>Старая база данных сначала скопирована в {backup_made}</translation>
        </message>
        <message>
            <source>--name is the first admin's full name: give it with --admin USERNAME.</source>
            <translation>--name — это полное имя первого администратора: указывайте его вместе с --admin USERNAME.</translation>
        </message>
        <message>
            <source>--encrypt is for a SQLite database file, not a server.</source>
            <translation>--encrypt — для файла базы данных SQLite, а не для сервера.</translation>
        </message>
        <message>
            <source>{path} already exists: encrypt an existing database with `ombuds-desk encrypt --db {path}`.</source>
            <translation>{path} уже существует: существующую базу данных шифруют командой `ombuds-desk encrypt --db {path}`.</translation>
        </message>
        <message>
            <source>The passphrase {problem}. Nothing was created.</source>
            <translation>Парольная фраза {problem}. Ничего не создано.</translation>
        </message>
        <message>
            <source>{display_name} is a demo database: it signs its demo staff in by itself and takes no admin. Create a real database in a new file.</source>
            <translation>{display_name} — демонстрационная база данных: она сама впускает своих демонстрационных сотрудников и не принимает администратора. Создайте настоящую базу данных в новом файле.</translation>
        </message>
        <message>
            <source>{display_name} already has staff who can sign in: an admin adds new staff with `ombuds-desk users add USERNAME --name NAME --role ROLE`. The database was only upgraded.</source>
            <translation>В {display_name} уже есть сотрудники, которые могут войти: новых добавляет администратор командой `ombuds-desk users add USERNAME --name NAME --role ROLE`. База данных только обновлена.</translation>
        </message>
        <message>
            <source>{display_name} already has staff: an admin or supervisor renames the office with `ombuds-desk settings set office_name NAME`. The database was only upgraded.</source>
            <translation>В {display_name} уже есть сотрудники: название бюро меняет администратор или руководитель командой `ombuds-desk settings set office_name NAME`. База данных только обновлена.</translation>
        </message>
        <message>
            <source>The office's name is recorded with the first admin: add --admin USERNAME.</source>
            <translation>Название бюро записывается вместе с первым администратором: добавьте --admin USERNAME.</translation>
        </message>
        <message>
            <source>Nobody can sign in yet: create the first admin with `ombuds-desk init --db {display_name} --office NAME --admin USERNAME`.</source>
            <translation>Пока никто не может войти: создайте первого администратора командой `ombuds-desk init --db {display_name} --office NAME --admin USERNAME`.</translation>
        </message>
        <message>
            <source>Password for the first admin, {name}: </source>
            <translation>Пароль первого администратора, {name}: </translation>
        </message>
        <message>
            <source>First admin: {username} ({full_name}). Sign in with --user {username}; add the staff with `ombuds-desk users add`.</source>
            <translation>Первый администратор: {username} ({full_name}). Входите с --user {username}; сотрудников добавляйте командой `ombuds-desk users add`.</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>unknown encoding {text}</source>
            <translation>неизвестная кодировка {text}</translation>
        </message>
        <message>
            <source>use comma, semicolon or tab</source>
            <translation>используйте запятую, точку с запятой или табуляцию</translation>
        </message>
        <message>
            <source>what the file lists</source>
            <translation>что содержит файл</translation>
        </message>
        <message>
            <source>a .csv, .xlsx, .ods or .xls file</source>
            <translation>файл .csv, .xlsx, .ods или .xls</translation>
        </message>
        <message>
            <source>check only; write nothing</source>
            <translation>только проверить; ничего не записывать</translation>
        </message>
        <message>
            <source>import the valid rows and skip those with problems</source>
            <translation>импортировать правильные строки и пропустить строки с проблемами</translation>
        </message>
        <message>
            <source>override the detected encoding of a CSV file: {CHOICES}</source>
            <translation>заменить определённую кодировку файла CSV: {CHOICES}</translation>
        </message>
        <message>
            <source>override the detected delimiter: comma, semicolon or tab</source>
            <translation>заменить определённый разделитель: запятая, точка с запятой или табуляция</translation>
        </message>
        <message>
            <source>, born {year}</source>
            <translation>, род. {year}</translation>
        </message>
        <message>
            <source>There is no database at {path}; a dry run creates none.</source>
            <translation>По пути {path} базы данных нет; пробный запуск её не создаёт.</translation>
        </message>
        <message>
            <source>The database {display_name} was made by an older version and needs an upgrade, which a dry run does not do: open it in the app first.</source>
            <translation>База данных {display_name} создана более старой версией, и её нужно обновить, а пробный запуск этого не делает: сначала откройте её в программе.</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>предупреждение: {warning}</translation>
        </message>
        <message>
            <source>… and more warnings: {more}</source>
            <translation>… и ещё предупреждений: {more}</translation>
        </message>
        <message>
            <source>{exc} Choose it with --encoding NAME: {CHOICES}.</source>
            <translation>{exc} Выберите её с --encoding NAME: {CHOICES}.</translation>
        </message>
        <message>
            <source>warning: line {line} may be the same person as {case_number} {name}{born} ({reasons})</source>
            <translation>предупреждение: строка {line} может относиться к тому же лицу, что и {case_number} {name}{born} ({reasons})</translation>
        </message>
        <message>
            <source>dry run, nothing written: would add {add}, update {update}, unchanged {unchanged}, skip {bad}</source>
            <translation>пробный запуск, ничего не записано: было бы добавлено {add}, обновлено {update}, без изменений {unchanged}, пропущено {bad}</translation>
        </message>
        <message>
            <source>dry run, nothing written: would add {count}, skip {bad}</source>
            <translation>пробный запуск, ничего не записано: было бы добавлено {count}, пропущено {bad}</translation>
        </message>
        <message>
            <source>added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}</source>
            <translation>добавлено {added}, обновлено {updated}, без изменений {unchanged}, пропущено {skipped}</translation>
        </message>
        <message>
            <source>added {added}, skipped {skipped}</source>
            <translation>добавлено {added}, пропущено {skipped}</translation>
        </message>
        <message>
            <source>FILE, or CASE_NO/REF and FILE</source>
            <translation>FILE или CASE_NO/REF и FILE</translation>
        </message>
        <message>
            <source>persons: only this status</source>
            <translation>лица: только с этим статусом</translation>
        </message>
        <message>
            <source>persons: captive or evacuee</source>
            <translation>лица: captive (пленные) или evacuee (эвакуированные)</translation>
        </message>
        <message>
            <source>persons: only stalled cases</source>
            <translation>лица: только дела без движения</translation>
        </message>
        <message>
            <source>persons: as typed in the search box</source>
            <translation>лица: как в поле поиска</translation>
        </message>
        <message>
            <source>usage: export {EXPORT_USAGE}</source>
            <translation>использование: export {EXPORT_USAGE}</translation>
        </message>
        <message>
            <source> (an AES-encrypted archive: give the password separately)</source>
            <translation> (архив, зашифрованный AES: передайте пароль отдельно)</translation>
        </message>
        <message>
            <source>No shipment with the reference “{targets}”.</source>
            <translation>Партии с номером «{targets}» нет.</translation>
        </message>
        <message>
            <source>names in any spelling, case, service or ICRC numbers</source>
            <translation>имена в любом написании, номера дел, личные номера или номера МККК</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вывести JSON вместо таблицы</translation>
        </message>
        <message>
            <source>at most N ({limit})</source>
            <translation>не более N ({limit})</translation>
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
            <source>Latin</source>
            <translation>Латиницей</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Род.</translation>
        </message>
        <message>
            <source>No case matches “{text}”.</source>
            <translation>Ни одно дело не соответствует «{text}».</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>No possible duplicates in the register.</source>
            <translation>В реестре нет возможных дубликатов.</translation>
        </message>
    </context>
    <context>
        <name>Mail</name>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вывести JSON вместо таблицы</translation>
        </message>
        <message>
            <source>only parcels of this shipment</source>
            <translation>только посылки этой партии</translation>
        </message>
        <message>
            <source>No shipment with the reference “{shipment}”.</source>
            <translation>Партии с номером «{shipment}» нет.</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посылка</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партия</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Пломба</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Граммы</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Упакована</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Отправлена</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлена</translation>
        </message>
        <message>
            <source>No campaigns.</source>
            <translation>Кампаний нет.</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампания</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Осталось дней</translation>
        </message>
    </context>
    <context>
        <name>Passwords</name>
        <message>
            <source>write an AES-encrypted .zip; the password is asked twice at the terminal</source>
            <translation>записать .zip, зашифрованный AES; пароль запрашивается в терминале дважды</translation>
        </message>
        <message>
            <source>the archive's password ({MIN_PASSWORD}+ characters) on the first line of a file only you may read (chmod 600 FILE); implies an encrypted .zip</source>
            <translation>пароль архива ({MIN_PASSWORD}+ символов) в первой строке файла, который можете читать только вы (chmod 600 FILE); означает зашифрованный .zip</translation>
        </message>
        <message>
            <source>The password file {path} does not exist: put the password on its first line and make it private with chmod 600 {path}.</source>
            <translation>Файла с паролем {path} нет: запишите пароль в его первую строку и закройте доступ другим командой chmod 600 {path}.</translation>
        </message>
        <message>
            <source>Cannot read the password file {path}: {why}.</source>
            <translation>Не удаётся прочитать файл с паролем {path}: {why}.</translation>
        </message>
        <message>
            <source>The password file {path} is not a file.</source>
            <translation>Файл с паролем {path} — не файл.</translation>
        </message>
        <message>
            <source>The password file {path} can be read or changed by other users: make it private with chmod 600 {path} and try again.</source>
            <translation>Файл с паролем {path} могут читать или изменять другие пользователи: закройте доступ командой chmod 600 {path} и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text.</source>
            <translation>Файл с паролем {path} — не текст UTF-8.</translation>
        </message>
        <message>
            <source>The password file {path} is empty: put the password on its first line.</source>
            <translation>Файл с паролем {path} пуст: запишите пароль в его первую строку.</translation>
        </message>
        <message>
            <source>There is no terminal to type the password on: give it on the first line of a file only you can read, with {file_option} FILE.</source>
            <translation>Нет терминала, чтобы ввести пароль: запишите его в первую строку файла, который можете читать только вы, и укажите {file_option} FILE.</translation>
        </message>
        <message>
            <source>No password was typed; nothing was done.</source>
            <translation>Пароль не введён; ничего не сделано.</translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Тот же пароль ещё раз: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed. Try again.</source>
            <translation>Пароли не совпадают; ничего не изменено. Попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>register a person</source>
            <translation>зарегистрировать лицо</translation>
        </message>
        <message>
            <source>edit a case</source>
            <translation>редактировать дело</translation>
        </message>
        <message>
            <source>reassign a case</source>
            <translation>передать дело другому сотруднику</translation>
        </message>
        <message>
            <source>change a case's status</source>
            <translation>изменить статус дела</translation>
        </message>
        <message>
            <source>correct a status</source>
            <translation>исправить статус</translation>
        </message>
        <message>
            <source>undo one's own status change of the last minutes</source>
            <translation>отменить собственное изменение статуса, сделанное несколько минут назад</translation>
        </message>
        <message>
            <source>block or unblock a case</source>
            <translation>заблокировать или разблокировать дело</translation>
        </message>
        <message>
            <source>extend the list of block reasons</source>
            <translation>дополнить список причин блокировки</translation>
        </message>
        <message>
            <source>add, edit or remove a relative</source>
            <translation>добавить, изменить или удалить родственника</translation>
        </message>
        <message>
            <source>write a note</source>
            <translation>написать заметку</translation>
        </message>
        <message>
            <source>open a case</source>
            <translation>открыть дело</translation>
        </message>
        <message>
            <source>log, edit or remove letters and items</source>
            <translation>регистрировать, изменять или удалять письма и отправления</translation>
        </message>
        <message>
            <source>screen items</source>
            <translation>проверять отправления</translation>
        </message>
        <message>
            <source>make up, seal and reopen parcels</source>
            <translation>формировать, пломбировать и вскрывать посылки</translation>
        </message>
        <message>
            <source>make up and hand over shipments</source>
            <translation>формировать и передавать партии</translation>
        </message>
        <message>
            <source>confirm the delivery of chosen parcels</source>
            <translation>подтвердить доставку выбранных посылок</translation>
        </message>
        <message>
            <source>confirm the delivery of every parcel of a shipment</source>
            <translation>подтвердить доставку всех посылок партии</translation>
        </message>
        <message>
            <source>undo a confirmed delivery</source>
            <translation>отменить подтверждённую доставку</translation>
        </message>
        <message>
            <source>record a parcel returned or lost</source>
            <translation>зафиксировать возврат или утрату посылки</translation>
        </message>
        <message>
            <source>reconcile an acknowledgement</source>
            <translation>сверить подтверждение</translation>
        </message>
        <message>
            <source>set up campaigns</source>
            <translation>создавать кампании</translation>
        </message>
        <message>
            <source>review stalled cases</source>
            <translation>рассматривать дела без движения</translation>
        </message>
        <message>
            <source>see the team's work and workloads</source>
            <translation>видеть работу и загрузку команды</translation>
        </message>
        <message>
            <source>plan an operation and choose its persons</source>
            <translation>планировать операцию и выбирать её участников</translation>
        </message>
        <message>
            <source>complete an operation</source>
            <translation>завершить операцию</translation>
        </message>
        <message>
            <source>cancel or reopen an operation</source>
            <translation>отменить или возобновить операцию</translation>
        </message>
        <message>
            <source>import lists</source>
            <translation>импортировать списки</translation>
        </message>
        <message>
            <source>merge cases</source>
            <translation>объединять дела</translation>
        </message>
        <message>
            <source>export personal data</source>
            <translation>экспортировать персональные данные</translation>
        </message>
        <message>
            <source>export and anonymise closed cases past their retention</source>
            <translation>экспортировать и обезличивать закрытые дела после срока хранения</translation>
        </message>
        <message>
            <source>print case sheets, manifests and reports</source>
            <translation>печатать карточки дел, описи и отчёты</translation>
        </message>
        <message>
            <source>change the office's settings</source>
            <translation>изменять настройки бюро</translation>
        </message>
        <message>
            <source>change the idle lock and the backup folder</source>
            <translation>изменять автоблокировку и папку резервных копий</translation>
        </message>
        <message>
            <source>administer staff accounts</source>
            <translation>управлять учётными записями сотрудников</translation>
        </message>
        <message>
            <source>browse and export the audit trail</source>
            <translation>просматривать и экспортировать журнал аудита</translation>
        </message>
        <message>
            <source>verify the audit trail</source>
            <translation>проверять журнал аудита</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>делать резервную копию</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>восстанавливать резервную копию</translation>
        </message>
        <message>
            <source>copy the whole register into another database</source>
            <translation>копировать весь реестр в другую базу данных</translation>
        </message>
        <message>
            <source>encrypt or decrypt the database file</source>
            <translation>шифровать или расшифровывать файл базы данных</translation>
        </message>
        <message>
            <source>Sign in first to {action}.</source>
            <translation>Войдите, чтобы {action}.</translation>
        </message>
        <message>
            <source>Only {roles} can {action}; you are signed in as {role}.</source>
            <translation>Только {roles} может {action}; вы вошли как {role}.</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} или {second}</translation>
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
            <translation>PDF, который нужно записать (существующий будет заменён)</translation>
        </message>
        <message>
            <source>case sheets, one or more cases in one PDF</source>
            <translation>карточки дел: одно или несколько дел в одном PDF</translation>
        </message>
        <message>
            <source>the counterpart version: only what the office may share (no staff names, notes, internal reasons or review state; relatives only with their consent)</source>
            <translation>версия для другой стороны: только то, чем бюро может делиться (без имён сотрудников, заметок, внутренних причин и состояния рассмотрения; родственники — только с их согласия)</translation>
        </message>
        <message>
            <source>the stalled-cases report</source>
            <translation>отчёт о делах без движения</translation>
        </message>
        <message>
            <source>{what} of a shipment</source>
            <translation>{what} партии</translation>
        </message>
        <message>
            <source>the shipment reference</source>
            <translation>номер партии</translation>
        </message>
        <message>
            <source>the counterpart version: the office hands over, no staff names</source>
            <translation>версия для другой стороны: передаёт бюро, без имён сотрудников</translation>
        </message>
        <message>
            <source>a spreadsheet for the counterpart (allow-listed fields only; supervisors)</source>
            <translation>таблица для другой стороны (только разрешённые поля; руководители)</translation>
        </message>
        <message>
            <source>every case in the register</source>
            <translation>все дела реестра</translation>
        </message>
        <message>
            <source>{text} is not a label of the sheet: give 1 to {PER_PAGE}</source>
            <translation>{text} — не наклейка листа: укажите от 1 до {PER_PAGE}</translation>
        </message>
        <message>
            <source>the first free label of a partly used sheet, 1–{PER_PAGE}, left to right, top to bottom (default 1)</source>
            <translation>первая свободная наклейка частично использованного листа, 1–{PER_PAGE}, слева направо, сверху вниз (по умолчанию 1)</translation>
        </message>
        <message>
            <source>print labels whose place of detention is not recorded (the label says so) instead of stopping</source>
            <translation>печатать наклейки, для которых не записано место содержания (на наклейке это указано), вместо остановки</translation>
        </message>
        <message>
            <source>No case {cases}; nothing was written.</source>
            <translation>Дела {cases} нет; ничего не записано.</translation>
        </message>
        <message>
            <source>{what}, {pages}</source>
            <translation>{what}, {pages}</translation>
        </message>
        <message>
            <source>stalled-cases report: {cases}</source>
            <translation>отчёт о делах без движения: {cases}</translation>
        </message>
        <message>
            <source>No shipment with reference “{reference}”.</source>
            <translation>Партии с номером «{reference}» нет.</translation>
        </message>
        <message>
            <source>manifest of {reference}: {parcels}</source>
            <translation>опись партии {reference}: {parcels}</translation>
        </message>
        <message>
            <source>{one_line}. Nothing was written. Record the place in each case (Cases → the person → Edit), or print anyway with --allow-missing-place (such a label says what is missing).</source>
            <translation>{one_line}. Ничего не записано. Запишите место в каждом деле (Дела → лицо → Редактировать) или всё равно напечатайте с --allow-missing-place (на такой наклейке указано, чего не хватает).</translation>
        </message>
        <message>
            <source>Warning: {what}
Their labels say what is missing.</source>
            <translation>Предупреждение: {what}
На их наклейках указано, чего не хватает.</translation>
        </message>
        <message>
            <source>, starting at label {start}</source>
            <translation>, начиная с наклейки {start}</translation>
        </message>
        <message>
            <source>labels of {reference}: {labels}</source>
            <translation>наклейки партии {reference}: {labels}</translation>
        </message>
        <message>
            <source>Name the cases to export, or give --all; nothing was written.</source>
            <translation>Назовите дела для экспорта или укажите --all; ничего не записано.</translation>
        </message>
        <message>
            <source>cannot write {out}: the folder {parent} does not exist</source>
            <translation>невозможно записать {out}: папки {parent} не существует</translation>
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
            <source>Final since</source>
            <translation>Завершено с</translation>
        </message>
        <message>
            <source>the closed cases due for anonymising</source>
            <translation>закрытые дела, которые пора обезличить</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вывести JSON вместо таблицы</translation>
        </message>
        <message>
            <source>write the cases due into a password-protected (AES) .zip archive</source>
            <translation>записать эти дела в защищённый паролем (AES) архив .zip</translation>
        </message>
        <message>
            <source>the archive (.zip is added)</source>
            <translation>архив (.zip добавляется)</translation>
        </message>
        <message>
            <source>anonymise the cases due (names, relatives, free text go)</source>
            <translation>обезличить эти дела (имена, родственники и свободный текст удаляются)</translation>
        </message>
        <message>
            <source>the number of cases to anonymise, as `retention list` shows it</source>
            <translation>число дел для обезличивания, как его показывает `retention list`</translation>
        </message>
        <message>
            <source>only this case (repeat for more); default: every case due</source>
            <translation>только это дело (повторите для нескольких); по умолчанию: все дела, которым пришёл срок</translation>
        </message>
        <message>
            <source>Not due for anonymising: {cases}. `retention list` shows the cases due. Nothing was done.</source>
            <translation>Ещё не время обезличивать: {cases}. `retention list` показывает дела, которым пришёл срок. Ничего не сделано.</translation>
        </message>
        <message>
            <source>No closed case is older than the retention period ({months} months).</source>
            <translation>Ни одно закрытое дело не старше срока хранения ({months} мес.).</translation>
        </message>
        <message>
            <source>No case is due for anonymising: nothing was exported.</source>
            <translation>Ни одно дело ещё не пора обезличивать: ничего не экспортировано.</translation>
        </message>
        <message>
            <source>No case is due for anonymising: nothing was done.</source>
            <translation>Ни одно дело ещё не пора обезличивать: ничего не сделано.</translation>
        </message>
        <message>
            <source>The database file was rebuilt: the removed data is gone from it.</source>
            <translation>Файл базы данных перестроен: удалённых данных в нём больше нет.</translation>
        </message>
        <message>
            <source>Rebuild the database file (or, on a server, VACUUM FULL) to remove the old data from its free space.</source>
            <translation>Перестройте файл базы данных (а на сервере выполните VACUUM FULL), чтобы убрать старые данные из его свободного места.</translation>
        </message>
        <message>
            <source>The database file could not be rebuilt now (another program is using it): it is rebuilt the next time it is opened, and until then the removed data stays in its free space.</source>
            <translation>Файл базы данных сейчас невозможно перестроить (им пользуется другая программа): он будет перестроен при следующем открытии, а до тех пор удалённые данные остаются в его свободном месте.</translation>
        </message>
    </context>
    <context>
        <name>SettingWords</name>
        <message>
            <source>Office name</source>
            <translation>Название учреждения</translation>
        </message>
        <message>
            <source>Stalled after (days)</source>
            <translation>Без движения после (дней)</translation>
        </message>
        <message>
            <source>No news after (days)</source>
            <translation>Без вестей после (дней)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Размер бумаги</translation>
        </message>
        <message>
            <source>Lock the window after (minutes idle)</source>
            <translation>Блокировать окно после (минут бездействия)</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <source>Items need screening before packing</source>
            <translation>Отправления проверяются перед упаковкой</translation>
        </message>
        <message>
            <source>Acknowledgement expected within (days)</source>
            <translation>Подтверждение ожидается в течение (дней)</translation>
        </message>
        <message>
            <source>Keep closed cases in full for (months)</source>
            <translation>Хранить закрытые дела полностью (месяцев)</translation>
        </message>
        <message>
            <source>Counterpart's language</source>
            <translation>Язык другой стороны</translation>
        </message>
        <message>
            <source>Second language on counterpart documents</source>
            <translation>Второй язык в документах для другой стороны</translation>
        </message>
        <message>
            <source>Latin form of Ukrainian names</source>
            <translation>Латинское написание украинских имён</translation>
        </message>
        <message>
            <source>Version of the search keys (kept by the program)</source>
            <translation>Версия поисковых ключей (ведёт программа)</translation>
        </message>
        <message>
            <source>Stalled dates worked out with (kept by the program)</source>
            <translation>Правило, по которому вычислены даты «без движения» (ведёт программа)</translation>
        </message>
        <message>
            <source>Demo database</source>
            <translation>Демонстрационная база данных</translation>
        </message>
        <message>
            <source>printed on every document</source>
            <translation>печатается на каждом документе</translation>
        </message>
        <message>
            <source>for every status without its own number below</source>
            <translation>для каждого статуса, у которого нет своего числа ниже</translation>
        </message>
        <message>
            <source>a captive silent for longer is on the no-news list</source>
            <translation>пленный, от которого дольше нет вестей, попадает в список «без вестей»</translation>
        </message>
        <message>
            <source>empty: the backups folder beside the database</source>
            <translation>пусто: папка backups рядом с базой данных</translation>
        </message>
        <message>
            <source>no: a newly logged item is screened at once</source>
            <translation>нет: новое отправление считается проверенным сразу</translation>
        </message>
        <message>
            <source>a shipment handed over longer ago with parcels unconfirmed is on My work</source>
            <translation>партия, переданная раньше, с неподтверждёнными посылками появляется на странице «Моя работа»</translation>
        </message>
        <message>
            <source>after repatriation, return or closing; then a supervisor may anonymise them (Retention). Nothing is anonymised automatically</source>
            <translation>после репатриации, возвращения или закрытия; затем руководитель может их обезличить («Хранение»). Автоматически ничего не обезличивается</translation>
        </message>
        <message>
            <source>the language of documents made for the other side</source>
            <translation>язык документов, подготовленных для другой стороны</translation>
        </message>
        <message>
            <source>none: one language; else headings in both, side by side</source>
            <translation>нет: один язык; иначе заголовки на обоих языках рядом</translation>
        </message>
        <message>
            <source>printed beside a Cyrillic name; search finds either form</source>
            <translation>печатается рядом с именем на кириллице; поиск находит оба написания</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Украинский</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
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
            <translation>Нет</translation>
        </message>
        <message>
            <source>ICAO 9303 (Melnik Iaroslav)</source>
            <translation>ICAO 9303 (Melnik Iaroslav)</translation>
        </message>
        <message>
            <source>KMU 2010, as in passports (Melnyk Yaroslav)</source>
            <translation>КМУ 2010, как в паспортах Украины (Melnyk Yaroslav)</translation>
        </message>
        <message>
            <source>{category}, {status} (days)</source>
            <translation>{category}, {status} (дней)</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>a whole number of days from {low} to {high}</source>
            <translation>целое число дней от {low} до {high}</translation>
        </message>
        <message>
            <source>a whole number of minutes from {low} to {high}</source>
            <translation>целое число минут от {low} до {high}</translation>
        </message>
        <message>
            <source>a whole number of months from {low} to {high}</source>
            <translation>целое число месяцев от {low} до {high}</translation>
        </message>
        <message>
            <source>cannot be empty</source>
            <translation>не может быть пустым</translation>
        </message>
        <message>
            <source>at most {count} characters</source>
            <translation>не более {count} символов</translation>
        </message>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>Unknown setting “{key}”. The settings are: {known}.</source>
            <translation>Неизвестная настройка «{key}». Настройки: {known}.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <source>Who may change it</source>
            <translation>Кто может изменять</translation>
        </message>
        <message>
            <source>every setting: value, default, who may change it</source>
            <translation>все настройки: значение, значение по умолчанию, кто может изменять</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вывести JSON вместо таблицы</translation>
        </message>
        <message>
            <source>change one setting</source>
            <translation>изменить одну настройку</translation>
        </message>
        <message>
            <source>one of {keys}</source>
            <translation>одна из: {keys}</translation>
        </message>
        <message>
            <source>the new value</source>
            <translation>новое значение</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Неверное имя пользователя или пароль.</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask an admin if you need it.</source>
            <translation>Эта учётная запись отключена. Если она вам нужна, обратитесь к администратору.</translation>
        </message>
        <message>
            <source>must be at least {count} characters</source>
            <translation>должен содержать не менее {count} символов</translation>
        </message>
        <message>
            <source>must not be the user name</source>
            <translation>не может совпадать с именем пользователя</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked until {time} on {day}. An admin can unlock it sooner.</source>
            <translation>Слишком много неверных паролей: учётная запись заблокирована до {time} {day}. Администратор может разблокировать её раньше.</translation>
        </message>
        <message>
            <source>After {count} wrong passwords the account is locked until {time} on {day}; an admin can unlock it sooner.</source>
            <translation>После {count} неверных паролей учётная запись заблокирована до {time} {day}; администратор может разблокировать её раньше.</translation>
        </message>
        <message>
            <source>{left} more wrong and the account locks for {minutes} minutes.</source>
            <translation>Ещё неверных попыток до блокировки на {minutes} мин: {left}.</translation>
        </message>
        <message>
            <source>must differ from the current one</source>
            <translation>должен отличаться от текущего</translation>
        </message>
        <message>
            <source>is not your current password</source>
            <translation>не является вашим текущим паролем</translation>
        </message>
        <message>
            <source>Only a demo database signs in without a password.</source>
            <translation>Без пароля впускает только демонстрационная база данных.</translation>
        </message>
        <message>
            <source>This demo database has no active supervisor to sign in.</source>
            <translation>В этой демонстрационной базе данных нет активного руководителя, чтобы войти.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>No user with id {id}.</source>
            <translation>Пользователя с идентификатором {id} нет.</translation>
        </message>
        <message>
            <source>No member of staff has the user name “{name}”.</source>
            <translation>Ни у одного сотрудника нет имени пользователя «{name}».</translation>
        </message>
        <message>
            <source>required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <source>2 to 80 letters, digits, dots, hyphens, underscores or @</source>
            <translation>от 2 до 80 букв, цифр, точек, дефисов, подчёркиваний или @</translation>
        </message>
        <message>
            <source>“{name}” already exists</source>
            <translation>«{name}» уже существует</translation>
        </message>
        <message>
            <source>{name} is the office's only active admin: {doing} would leave nobody to run the staff. Make someone else an admin first.</source>
            <translation>{name} — единственный активный администратор бюро: {doing} оставит сотрудников без администратора. Сначала назначьте администратором кого-то другого.</translation>
        </message>
        <message>
            <source>changing their role</source>
            <translation>изменение роли</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account: ask another admin.</source>
            <translation>Нельзя отключить собственную учётную запись: обратитесь к другому администратору.</translation>
        </message>
        <message>
            <source>deactivating them</source>
            <translation>отключение учётной записи</translation>
        </message>
        <message>
            <source>This database already has staff who can sign in: an admin adds new members of staff (ombuds-desk users add, or the Administration page).</source>
            <translation>В этой базе данных уже есть сотрудники, которые могут войти: новых сотрудников добавляет администратор (ombuds-desk users add или страница «Администрирование»).</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>for scripts: {whose} from the first line of FILE (chmod 600 FILE) instead of typing it twice</source>
            <translation>для скриптов: {whose} из первой строки файла FILE (chmod 600 FILE) вместо двукратного ввода</translation>
        </message>
        <message>
            <source>every member of staff, with role, locks and sign-ins</source>
            <translation>все сотрудники с ролями, блокировками и входами</translation>
        </message>
        <message>
            <source>only active accounts</source>
            <translation>только активные учётные записи</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вывести JSON вместо таблицы</translation>
        </message>
        <message>
            <source>add a member of staff with a temporary password</source>
            <translation>добавить сотрудника с временным паролем</translation>
        </message>
        <message>
            <source>what they sign in with, e.g. o.bondar</source>
            <translation>имя для входа, например o.bondar</translation>
        </message>
        <message>
            <source>as printed on documents</source>
            <translation>как печатается в документах</translation>
        </message>
        <message>
            <source>caseworker, supervisor or admin</source>
            <translation>caseworker (сотрудник), supervisor (руководитель) или admin (администратор)</translation>
        </message>
        <message>
            <source>change a member of staff's role</source>
            <translation>изменить роль сотрудника</translation>
        </message>
        <message>
            <source>give a temporary password, to be changed at the next sign-in</source>
            <translation>выдать временный пароль, который нужно сменить при следующем входе</translation>
        </message>
        <message>
            <source>choose your own new password (after a reset, or any time)</source>
            <translation>выбрать себе новый пароль (после сброса или в любое время)</translation>
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
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Temporary password for {name}: </source>
            <translation>Временный пароль для {name}: </translation>
        </message>
        <message>
            <source>Added {username} ({full_name}), {role}. They sign in with the temporary password and then choose their own (ombuds-desk users change-password).</source>
            <translation>Добавлен {username} ({full_name}), {role}. Сотрудник входит с временным паролем, а затем выбирает собственный (ombuds-desk users change-password).</translation>
        </message>
        <message>
            <source>{username}: temporary password set and the account unlocked; they choose their own at the next sign-in (ombuds-desk users change-password).</source>
            <translation>{username}: временный пароль установлен, учётная запись разблокирована; собственный пароль сотрудник выберет при следующем входе (ombuds-desk users change-password).</translation>
        </message>
        <message>
            <source>{name}: deactivated (their past work keeps their name)</source>
            <translation>{name}: отключён (прежняя работа сохраняет имя сотрудника)</translation>
        </message>
        <message>
            <source>{name}: active again</source>
            <translation>{name}: снова активен</translation>
        </message>
        <message>
            <source>{name}: unlocked</source>
            <translation>{name}: разблокирован</translation>
        </message>
        <message>
            <source>A demo database's staff have no passwords: it signs them in by itself.</source>
            <translation>У сотрудников демонстрационной базы данных нет паролей: она впускает их сама.</translation>
        </message>
        <message>
            <source>New password for {name}: </source>
            <translation>Новый пароль для {name}: </translation>
        </message>
        <message>
            <source>{username}: your new password is set.</source>
            <translation>{username}: ваш новый пароль установлен.</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Updating search keys: {done} / {total} persons</source>
            <translation>Обновление ключей поиска: {done} / {total} лиц</translation>
        </message>
        <message>
            <source>Building the demo database {display_name} (once)…</source>
            <translation>Создание демонстрационной базы данных {display_name} (однократно)…</translation>
        </message>
        <message>
            <source>Search keys updated to the current spelling rules.</source>
            <translation>Ключи поиска обновлены по действующим правилам написания.</translation>
        </message>
        <message>
            <source>open the demo database (built with {DEMO_PERSONS} synthetic cases on first use), kept apart from the real one</source>
            <translation>открыть демонстрационную базу данных (при первом использовании создаётся с {DEMO_PERSONS} вымышленными делами), отдельно от настоящей</translation>
        </message>
        <message>
            <source>the window cannot be opened: {exc}</source>
            <translation>окно невозможно открыть: {exc}</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Case number</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>e.g. CAP-2026-00042</source>
            <translation>например CAP-2026-00042</translation>
        </message>
        <message>
            <source>the new status, e.g. confirmed, 'listed for exchange', return_requested</source>
            <translation>новый статус, например confirmed, 'listed for exchange', return_requested</translation>
        </message>
        <message>
            <source>why, and on whose word</source>
            <translation>почему и с чьих слов</translation>
        </message>
        <message>
            <source>effective date (default: today)</source>
            <translation>дата вступления в силу (по умолчанию: сегодня)</translation>
        </message>
        <message>
            <source>correct a mistaken status (supervisors): any status of the case's category, with --reason</source>
            <translation>исправить ошибочный статус (руководители): любой статус категории дела, с --reason</translation>
        </message>
        <message>
            <source>{case}: {old} → {new} (corrected)</source>
            <translation>{case}: {old} → {new} (исправлено)</translation>
        </message>
        <message>
            <source>e.g. 'Home country does not accept return'</source>
            <translation>например 'Страна происхождения не принимает возвращение'</translation>
        </message>
        <message>
            <source>free text beside the reason</source>
            <translation>свободный текст к причине</translation>
        </message>
        <message>
            <source>{case}: blocked — {reason}</source>
            <translation>{case}: заблокировано — {reason}</translation>
        </message>
        <message>
            <source>why the block is lifted</source>
            <translation>почему блокировка снята</translation>
        </message>
        <message>
            <source>{case}: unblocked</source>
            <translation>{case}: разблокировано</translation>
        </message>
        <message>
            <source>a JSON list instead of a table</source>
            <translation>список JSON вместо таблицы</translation>
        </message>
        <message>
            <source>count a case as stalled after more than N days unchanged, instead of the office's setting (blocked cases are always stalled)</source>
            <translation>считать дело без движения, если оно не менялось более N дней, вместо настройки бюро (заблокированные дела всегда без движения)</translation>
        </message>
        <message>
            <source>--days must be 0 or more</source>
            <translation>--days должно быть 0 или больше</translation>
        </message>
        <message>
            <source>JSON instead of readable text</source>
            <translation>JSON вместо обычного текста</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Total cases</source>
            <translation>Всего дел</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Открытые дела</translation>
        </message>
        <message>
            <source>Blocked cases</source>
            <translation>Заблокированные дела</translation>
        </message>
        <message>
            <source>Stalled cases</source>
            <translation>Дела без движения</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Очередь рассмотрения</translation>
        </message>
        <message>
            <source>Stalled thresholds (days)</source>
            <translation>Пороги «без движения» (дней)</translation>
        </message>
        <message>
            <source>Open cases by category and status</source>
            <translation>Открытые дела по категории и статусу</translation>
        </message>
        <message>
            <source>Stalled cases by reason</source>
            <translation>Дела без движения по причине</translation>
        </message>
        <message>
            <source>Stalled cases by age</source>
            <translation>Дела без движения по длительности</translation>
        </message>
        <message>
            <source>Completed per month</source>
            <translation>Завершено за месяц</translation>
        </message>
        <message>
            <source>Parcels by status</source>
            <translation>Посылки по статусу</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
    </context>
</TS>
