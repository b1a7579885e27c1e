<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgeBand</name>
        <message>
            <source>Under 30 days</source>
            <translation>До 30 днів</translation>
        </message>
        <message>
            <source>30–60 days</source>
            <translation>30–60 днів</translation>
        </message>
        <message>
            <source>60–90 days</source>
            <translation>60–90 днів</translation>
        </message>
        <message>
            <source>90–180 days</source>
            <translation>90–180 днів</translation>
        </message>
        <message>
            <source>Over 180 days</source>
            <translation>Понад 180 днів</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Create</source>
            <translation>Створення</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалення</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Вхід</translation>
        </message>
        <message>
            <source>Sign in failed</source>
            <translation>Невдалий вхід</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Перегляд</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Друк</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Резервна копія</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Відновлення</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Знеособлення</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Шифрування</translation>
        </message>
        <message>
            <source>Decrypt</source>
            <translation>Розшифрування</translation>
        </message>
    </context>
    <context>
        <name>BackupKind</name>
        <message>
            <source>Daily</source>
            <translation>Щоденна</translation>
        </message>
        <message>
            <source>On demand</source>
            <translation>На вимогу</translation>
        </message>
        <message>
            <source>Before restore</source>
            <translation>Перед відновленням</translation>
        </message>
    </context>
    <context>
        <name>BlockDialog</name>
        <message>
            <source>Unblock case %s</source>
            <translation>Розблокувати справу %s</translation>
        </message>
        <message>
            <source>Block case %s</source>
            <translation>Заблокувати справу %s</translation>
        </message>
        <message>
            <source>Choose or type a reason</source>
            <translation>Виберіть або введіть причину</translation>
        </message>
        <message>
            <source>Blocked for:</source>
            <translation>Причина блокування:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Reaso&amp;ns…</source>
            <translation>Пере&amp;лік причин…</translation>
        </message>
        <message>
            <source>The office's list of reasons: which the counterpart may read</source>
            <translation>Перелік причин установи: які може бачити інша сторона</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>При&amp;мітка:</translation>
        </message>
        <message>
            <source>Internal: never printed for the counterpart</source>
            <translation>Внутрішня: ніколи не друкується для іншої сторони</translation>
        </message>
        <message>
            <source>&amp;Unblock</source>
            <translation>&amp;Розблокувати</translation>
        </message>
        <message>
            <source>&amp;Block</source>
            <translation>&amp;Заблокувати</translation>
        </message>
        <message>
            <source>Shareable: counterpart documents will give this reason.</source>
            <translation>Можна передавати: у документах для іншої сторони буде вказано цю причину.</translation>
        </message>
        <message>
            <source>Internal: counterpart documents will not mention this block.</source>
            <translation>Внутрішня: у документах для іншої сторони блокування не згадується.</translation>
        </message>
        <message>
            <source>Not on the office's list, so internal: counterpart documents will not mention this block.</source>
            <translation>Немає в переліку установи, тому внутрішня: у документах для іншої сторони блокування не згадується.</translation>
        </message>
        <message>
            <source>Case %s unblocked.</source>
            <translation>Справу %s розблоковано.</translation>
        </message>
        <message>
            <source>Case %s blocked again (unblocking undone).</source>
            <translation>Справу %s знову заблоковано (розблокування скасовано).</translation>
        </message>
        <message>
            <source>Case %s blocked: %s.</source>
            <translation>Справу %s заблоковано: %s.</translation>
        </message>
        <message>
            <source>Case %s unblocked again (block undone).</source>
            <translation>Справу %s знову розблоковано (блокування скасовано).</translation>
        </message>
        <message>
            <source>Block undone by %s: it was a mistake</source>
            <translation>Блокування скасував(ла) %s: його встановлено помилково</translation>
        </message>
    </context>
    <context>
        <name>BlockReasons</name>
        <message>
            <source>Home country does not accept return</source>
            <translation>Країна походження не приймає повернення</translation>
        </message>
        <message>
            <source>Identity not confirmed by holding party</source>
            <translation>Особу не підтверджено стороною, що утримує</translation>
        </message>
        <message>
            <source>No contact with family</source>
            <translation>Немає зв’язку з родиною</translation>
        </message>
        <message>
            <source>Whereabouts unknown</source>
            <translation>Місцеперебування невідоме</translation>
        </message>
        <message>
            <source>Awaiting documents</source>
            <translation>Очікуються документи</translation>
        </message>
    </context>
    <context>
        <name>BlockReasonsDialog</name>
        <message>
            <source>Block reasons</source>
            <translation>Причини блокування</translation>
        </message>
        <message>
            <source>Ticked reasons are &lt;b&gt;shareable&lt;/b&gt;: a counterpart document may say the case is held up for that reason. Unticked reasons are &lt;b&gt;internal&lt;/b&gt;: neither the reason nor the block is printed for the counterpart, and neither is any note or reason typed for one case only.</source>
            <translation>Позначені причини &lt;b&gt;можна передавати&lt;/b&gt;: у документі для іншої сторони може бути сказано, що справа затримується з цієї причини. Непозначені причини &lt;b&gt;внутрішні&lt;/b&gt;: ні причина, ні саме блокування для іншої сторони не друкуються, так само як будь-яка примітка чи причина, введена лише для однієї справи.</translation>
        </message>
        <message>
            <source>Another reason for the office's list</source>
            <translation>Ще одна причина для переліку установи</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додати</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>Only a supervisor can change the list.</source>
            <translation>Змінювати перелік може лише керівник.</translation>
        </message>
        <message>
            <source>  (standard)</source>
            <translation>  (стандартна)</translation>
        </message>
        <message>
            <source>“%s” is already on the list.</source>
            <translation>«%s» уже є в переліку.</translation>
        </message>
    </context>
    <context>
        <name>CaseHistoryTab</name>
        <message>
            <source>Nothing recorded about this case yet.</source>
            <translation>Про цю справу ще нічого не записано.</translation>
        </message>
        <message>
            <source>1 entry. Point at it to see every field it changed.</source>
            <translation>1 запис. Наведіть на нього, щоб побачити всі змінені поля.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first. Point at one to see every field it changed.</source>
            <translation>
                <numerusform>%n запис, найновіші вгорі. Наведіть на запис, щоб побачити всі змінені поля.</numerusform>
                <numerusform>%n записи, найновіші вгорі. Наведіть на запис, щоб побачити всі змінені поля.</numerusform>
                <numerusform>%n записів, найновіші вгорі. Наведіть на запис, щоб побачити всі змінені поля.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <source>Select a case in the list to see it here,
or press Ctrl+N to register a new one.</source>
            <translation>Виберіть справу в списку, щоб переглянути її тут,
або натисніть Ctrl+N, щоб зареєструвати нову.</translation>
        </message>
        <message>
            <source>Change &amp;status…</source>
            <translation>Змінити &amp;статус…</translation>
        </message>
        <message>
            <source>Bloc&amp;k…</source>
            <translation>Забло&amp;кувати…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Редагувати…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Відомості</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примітки</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Історія</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>&amp;Додати контакт…</translation>
        </message>
        <message>
            <source>Edit co&amp;ntact…</source>
            <translation>Редагувати ко&amp;нтакт…</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>&amp;Вилучити контакт</translation>
        </message>
        <message>
            <source>Type a note; Ctrl+Enter adds it</source>
            <translation>Введіть примітку; Ctrl+Enter додає її</translation>
        </message>
        <message>
            <source>Add n&amp;ote</source>
            <translation>Додати п&amp;римітку</translation>
        </message>
        <message>
            <source>caseworker: %s</source>
            <translation>працівник: %s</translation>
        </message>
        <message>
            <source>Contacts (%d)</source>
            <translation>Контакти (%d)</translation>
        </message>
        <message>
            <source>Notes (%d)</source>
            <translation>Примітки (%d)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; since %s — %s</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; з %s — %s</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 день</translation>
        </message>
        <message numerus="yes">
            <source>Stalled: no status change for %n days.</source>
            <translation>
                <numerusform>Без руху: статус не змінювався %n день.</numerusform>
                <numerusform>Без руху: статус не змінювався %n дні.</numerusform>
                <numerusform>Без руху: статус не змінювався %n днів.</numerusform>
            </translation>
        </message>
        <message>
            <source>Blocked: %s</source>
            <translation>Заблоковано: %s</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Unbloc&amp;k…</source>
            <translation>Розбло&amp;кувати…</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Приміток ще немає.</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <source>Registered</source>
            <translation>Зареєстровано</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Підтверджено</translation>
        </message>
        <message>
            <source>Listed for exchange</source>
            <translation>У списку на обмін</translation>
        </message>
        <message>
            <source>Repatriated</source>
            <translation>Репатрійовано</translation>
        </message>
        <message>
            <source>Return requested</source>
            <translation>Запит на повернення</translation>
        </message>
        <message>
            <source>Awaiting acceptance</source>
            <translation>Очікує прийняття</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Повернуто</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Звільнено</translation>
        </message>
        <message>
            <source>Resettled</source>
            <translation>Переселено</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Помер (померла)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрито</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Registered</source>
            <translation>Зареєстровано</translation>
        </message>
        <message>
            <source>Blocked: %s</source>
            <translation>Заблоковано: %s</translation>
        </message>
        <message>
            <source>Unblocked</source>
            <translation>Розблоковано</translation>
        </message>
        <message>
            <source>Corrected: %s → %s</source>
            <translation>Виправлено: %s → %s</translation>
        </message>
        <message>
            <source>Consent to be contacted by the office (not asked counts as no)</source>
            <translation>Згода на зв’язок з боку установи (якщо не питали — вважається «ні»)</translation>
        </message>
        <message>
            <source>Consent to be named on documents for the counterpart (not asked counts as no: only Yes puts the relative there)</source>
            <translation>Згода на зазначення в документах для іншої сторони (якщо не питали — вважається «ні»: родича вносять лише за відповіді «Так»)</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>Cases</source>
            <translation>Справи</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;Нова справа…</translation>
        </message>
        <message>
            <source>Register a new captive or evacuee</source>
            <translation>Зареєструвати нового полоненого або евакуйованого</translation>
        </message>
        <message>
            <source>&amp;Edit case…</source>
            <translation>&amp;Редагувати справу…</translation>
        </message>
        <message>
            <source>Edit the selected case's identity and details (also Enter)</source>
            <translation>Редагувати особові дані та відомості вибраної справи (також Enter)</translation>
        </message>
        <message>
            <source>Change &amp;status…</source>
            <translation>Змінити &amp;статус…</translation>
        </message>
        <message>
            <source>Move the selected case to its next repatriation status</source>
            <translation>Перевести вибрану справу до наступного статусу репатріації</translation>
        </message>
        <message>
            <source>Co&amp;rrect status…</source>
            <translation>Випр&amp;авити статус…</translation>
        </message>
        <message>
            <source>Put right a mistaken status of the selected case (supervisors)</source>
            <translation>Виправити помилковий статус вибраної справи (керівники)</translation>
        </message>
        <message>
            <source>Reass&amp;ign…</source>
            <translation>Пере&amp;дати…</translation>
        </message>
        <message>
            <source>Hand the cases selected in the list to another caseworker (supervisors)</source>
            <translation>Передати вибрані в списку справи іншому працівникові (керівники)</translation>
        </message>
        <message>
            <source>&amp;Block / unblock…</source>
            <translation>&amp;Заблокувати / розблокувати…</translation>
        </message>
        <message>
            <source>Block the selected case with a reason, or lift the block</source>
            <translation>Заблокувати вибрану справу із зазначенням причини або зняти блокування</translation>
        </message>
        <message>
            <source>Add &amp;contact…</source>
            <translation>Додати &amp;контакт…</translation>
        </message>
        <message>
            <source>Add a relative or next of kin to the selected case</source>
            <translation>Додати родича або найближчого родича до вибраної справи</translation>
        </message>
        <message>
            <source>Add n&amp;ote</source>
            <translation>Додати п&amp;римітку</translation>
        </message>
        <message>
            <source>Write a note on the selected case</source>
            <translation>Написати примітку до вибраної справи</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Пошук</translation>
        </message>
        <message>
            <source>Search by name (any spelling) or by case number</source>
            <translation>Пошук за ім’ям (будь-яке написання) або номером справи</translation>
        </message>
        <message>
            <source>Un&amp;block…</source>
            <translation>Роз&amp;блокувати…</translation>
        </message>
        <message>
            <source>&amp;Block…</source>
            <translation>За&amp;блокувати…</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Спочатку виберіть справу.</translation>
        </message>
        <message>
            <source>Select the cases to reassign in the list first.</source>
            <translation>Спочатку виберіть у списку справи для передачі.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; — %s&lt;br&gt;Caseworker now: %s</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; — %s&lt;br&gt;Працівник зараз: %s</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>нікого</translation>
        </message>
    </context>
    <context>
        <name>CasesFeature</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; cases selected in the list, all of them to one caseworker.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; справу вибрано в списку, усі — одному працівникові.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; справи вибрано в списку, усі — одному працівникові.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; справ вибрано в списку, усі — одному працівникові.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Captive</source>
            <translation>Полонений</translation>
        </message>
        <message>
            <source>Evacuee</source>
            <translation>Евакуйований</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Counterpart ombudsman</source>
            <translation>Омбудсман іншої сторони</translation>
        </message>
        <message>
            <source>ICRC</source>
            <translation>МКЧХ</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Recorded by, at</source>
            <translation>Хто і коли записав</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Ким доводиться</translation>
        </message>
        <message>
            <source>Phone, e-mail</source>
            <translation>Телефон, ел. пошта</translation>
        </message>
        <message>
            <source>Contact?</source>
            <translation>Зв’язок?</translation>
        </message>
        <message>
            <source>Counterpart?</source>
            <translation>Іншій стороні?</translation>
        </message>
        <message>
            <source>When, who</source>
            <translation>Коли, хто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Not asked</source>
            <translation>Не питали</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ні</translation>
        </message>
    </context>
    <context>
        <name>ContactController</name>
        <message>
            <source>Remove contact</source>
            <translation>Вилучити контакт</translation>
        </message>
        <message>
            <source>Remove %s (%s) from the contacts of %s?</source>
            <translation>Вилучити %s (%s) з контактів особи %s?</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Вилучити</translation>
        </message>
        <message>
            <source>Contact %s removed.</source>
            <translation>Контакт %s вилучено.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Прізвище *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>І&amp;м’я *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>По &amp;батькові</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>&amp;Ел. пошта</translation>
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
            <source>Relationship</source>
            <translation>Ким доводиться</translation>
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
            <source>Address</source>
            <translation>Адреса</translation>
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
            <source>Notes</source>
            <translation>Примітки</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Редагування контакту</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>Новий контакт</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— виберіть —</translation>
        </message>
        <message>
            <source>May the office contact this relative?</source>
            <translation>Чи може установа зв’язуватися з цим родичем?</translation>
        </message>
        <message>
            <source>May this relative's name and relationship appear on documents for the counterpart? Only Yes puts them there; No and Not asked keep them off.</source>
            <translation>Чи можна зазначати ім’я цього родича і ким він доводиться в документах для іншої сторони? Їх вносять лише за відповіді «Так»; за «Ні» та «Не питали» — не вносять.</translation>
        </message>
        <message>
            <source>&amp;Relationship *</source>
            <translation>&amp;Ким доводиться *</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адреса</translation>
        </message>
        <message>
            <source>&amp;Consent to be contacted</source>
            <translation>&amp;Згода на зв’язок</translation>
        </message>
        <message>
            <source>Named to the coun&amp;terpart</source>
            <translation>Зазначати для і&amp;ншої сторони</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>П&amp;римітки</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>З&amp;берегти</translation>
        </message>
    </context>
    <context>
        <name>Direction</name>
        <message>
            <source>To person</source>
            <translation>Особі</translation>
        </message>
        <message>
            <source>From person</source>
            <translation>Від особи</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <source>This person may already have a case</source>
            <translation>Можливо, на цю особу вже є справа</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Справа</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Latin name</source>
            <translation>Ім’я латиницею</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Народження</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Чому це може бути та сама особа</translation>
        </message>
        <message>
            <source>An existing case may be the same person.</source>
            <translation>Наявна справа може стосуватися тієї самої особи.</translation>
        </message>
        <message>
            <source>Check before registering a new case: a second case would split the person's letters, parcels and history.</source>
            <translation>Перевірте, перш ніж реєструвати нову справу: друга справа розділить листи, посилки та історію особи.</translation>
        </message>
        <message>
            <source>You are registering: %s</source>
            <translation>Ви реєструєте: %s</translation>
        </message>
        <message>
            <source>&amp;Open existing case</source>
            <translation>&amp;Відкрити наявну справу</translation>
        </message>
        <message>
            <source>&amp;Register anyway</source>
            <translation>&amp;Усе одно зареєструвати</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Повернутися до форми</translation>
        </message>
        <message>
            <source>born %s</source>
            <translation>народження: %s</translation>
        </message>
        <message>
            <source>date of birth not given</source>
            <translation>дату народження не вказано</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarningDialog</name>
        <message numerus="yes">
            <source>%n existing cases may be the same person.</source>
            <translation>
                <numerusform>%n наявна справа може стосуватися тієї самої особи.</numerusform>
                <numerusform>%n наявні справи можуть стосуватися тієї самої особи.</numerusform>
                <numerusform>%n наявних справ можуть стосуватися тієї самої особи.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot do that</source>
            <translation>Неможливо виконати</translation>
        </message>
        <message>
            <source>Please correct the form</source>
            <translation>Виправте, будь ласка, форму</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не знайдено</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Не дозволено</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Змінено іншим користувачем</translation>
        </message>
        <message>
            <source>Status change not allowed</source>
            <translation>Зміна статусу не дозволена</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Проблема з базою даних</translation>
        </message>
        <message>
            <source>Case {number}: {problem}.</source>
            <translation>Справа {number}: {problem}.</translation>
        </message>
        <message>
            <source>“{status}” is not a status for a {category}.</source>
            <translation>«{status}» не є статусом для категорії «{category}».</translation>
        </message>
        <message>
            <source>Case {number} is closed; it cannot be blocked.</source>
            <translation>Справу {number} закрито; її не можна заблокувати.</translation>
        </message>
        <message>
            <source>Case {number} is not blocked.</source>
            <translation>Справу {number} не заблоковано.</translation>
        </message>
        <message>
            <source>The latest event of case {number} is not a status change; nothing to undo.</source>
            <translation>Остання подія у справі {number} не є зміною статусу; скасовувати нічого.</translation>
        </message>
        <message>
            <source>Case {number} was changed by an operation; reopen or correct it instead.</source>
            <translation>Справу {number} змінено в межах операції; замість скасування відкрийте її знову або виправте.</translation>
        </message>
        <message>
            <source>The latest status change of case {number} was not yours; a supervisor can correct it (Correct status…).</source>
            <translation>Останню зміну статусу у справі {number} внесли не ви; її може виправити керівник («Виправити статус…»).</translation>
        </message>
        <message>
            <source>The status change of case {number} was made more than {minutes} minutes ago; a supervisor can correct it (Correct status…).</source>
            <translation>Статус справи {number} змінено понад {minutes} хв тому; його може виправити керівник («Виправити статус…»).</translation>
        </message>
        <message>
            <source>No case with id {id}; it may have been merged or removed.</source>
            <translation>Справи з ідентифікатором {id} немає; можливо, її об’єднано з іншою або вилучено.</translation>
        </message>
        <message>
            <source>No user with id {id}.</source>
            <translation>Користувача з ідентифікатором {id} немає.</translation>
        </message>
        <message>
            <source>That contact no longer exists; it may have been removed.</source>
            <translation>Цього контакту більше немає; можливо, його вилучено.</translation>
        </message>
        <message>
            <source>No case numbered “{number}”.</source>
            <translation>Справи з номером «{number}» немає.</translation>
        </message>
        <message>
            <source>No case was chosen: nothing was anonymised.</source>
            <translation>Не вибрано жодної справи: нічого не знеособлено.</translation>
        </message>
        <message>
            <source>{chosen} cases were chosen but {confirmed} confirmed: nothing was anonymised. Confirm the number of cases, {chosen}, to go on.</source>
            <translation>Вибрано справ: {chosen}, підтверджено: {confirmed}; нічого не знеособлено. Щоб продовжити, підтвердьте кількість справ — {chosen}.</translation>
        </message>
        <message>
            <source>Not due for anonymising (not closed long enough, already anonymised, or removed): {cases}. Nothing was anonymised; list the cases due again.</source>
            <translation>Ще не підлягають знеособленню (закриті недостатньо давно, уже знеособлені або вилучені): {cases}. Нічого не знеособлено; складіть перелік справ, що підлягають знеособленню, ще раз.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Search by name, any spelling, or case number</source>
            <translation>Ім’я (будь-яке написання) чи номер</translation>
        </message>
        <message>
            <source>Ctrl+F. Every word must match the start of a name. Down: into the list; Enter: show the case when only one matches.</source>
            <translation>Ctrl+F. Кожне слово має збігатися з початком імені. Стрілка вниз — до списку; Enter — відкрити справу, якщо знайдено лише одну.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>&amp;Blocked only</source>
            <translation>Лише за&amp;блоковані</translation>
        </message>
        <message>
            <source>S&amp;talled only</source>
            <translation>Лише без &amp;руху</translation>
        </message>
        <message>
            <source>Assigned to &amp;me</source>
            <translation>&amp;Мої справи</translation>
        </message>
        <message>
            <source>Tick to list only these cases.</source>
            <translation>Позначте, щоб показати лише ці справи.</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>По&amp;шук:</translation>
        </message>
        <message>
            <source>Categor&amp;y:</source>
            <translation>Кате&amp;горія:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Стат&amp;ус:</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>1 справа</translation>
        </message>
        <message numerus="yes">
            <source>%n cases</source>
            <translation>
                <numerusform>%n справа</numerusform>
                <numerusform>%n справи</numerusform>
                <numerusform>%n справ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemKind</name>
        <message>
            <source>Letter</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Postcard</source>
            <translation>Листівка</translation>
        </message>
        <message>
            <source>Drawing</source>
            <translation>Малюнок</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>Logged</source>
            <translation>Зареєстровано</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>Перевірено</translation>
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
            <source>Returned</source>
            <translation>Повернуто</translation>
        </message>
        <message>
            <source>Withheld</source>
            <translation>Затримано</translation>
        </message>
    </context>
    <context>
        <name>OperationKind</name>
        <message>
            <source>Exchange</source>
            <translation>Обмін</translation>
        </message>
        <message>
            <source>Group return</source>
            <translation>Групове повернення</translation>
        </message>
    </context>
    <context>
        <name>OperationStatus</name>
        <message>
            <source>Planned</source>
            <translation>Заплановано</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Скасовано</translation>
        </message>
    </context>
    <context>
        <name>ParcelStatus</name>
        <message>
            <source>Assembling</source>
            <translation>Комплектується</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Упакована</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Відправлена</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлена</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Повернута</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Втрачена</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit case %s</source>
            <translation>Редагування справи %s</translation>
        </message>
        <message>
            <source>Register a person</source>
            <translation>Реєстрація особи</translation>
        </message>
        <message>
            <source>YYYY, MM.YYYY or DD.MM.YYYY</source>
            <translation>РРРР, ММ.РРРР або ДД.ММ.РРРР</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>З&amp;берегти</translation>
        </message>
        <message>
            <source>Names as written, and in Latin letters</source>
            <translation>Імена як у документах і латиницею</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>Captivity</source>
            <translation>Полон</translation>
        </message>
        <message>
            <source>Evacuation</source>
            <translation>Евакуація</translation>
        </message>
        <message>
            <source>* required. Enter saves, Esc cancels.</source>
            <translation>* обов’язкові поля. Enter — зберегти, Esc — скасувати.</translation>
        </message>
        <message>
            <source>Correct it to “%s”</source>
            <translation>Виправити на «%s»</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <source>Stalled</source>
            <translation>Без руху</translation>
        </message>
        <message>
            <source>Amber rows: stalled cases — no status change for longer than the office allows.</source>
            <translation>Бурштинові рядки: справи без руху — статус не змінювався довше, ніж допускає установа.</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>Pink rows: blocked cases (a blocked case counts as stalled); point at the row for the reason.</source>
            <translation>Рожеві рядки: заблоковані справи (заблокована справа вважається справою без руху); наведіть на рядок, щоб побачити причину.</translation>
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
            <source>Latin name</source>
            <translation>Латиницею</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Днів</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Days stalled: days since the current status was set</source>
            <translation>Днів без руху: днів від встановлення поточного статусу</translation>
        </message>
        <message>
            <source>Days since the current status was set</source>
            <translation>Днів від встановлення поточного статусу</translation>
        </message>
        <message>
            <source>Blocked: %s</source>
            <translation>Заблоковано: %s</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причину не вказано</translation>
        </message>
        <message numerus="yes">
            <source>Stalled: no status change for %n days (since {since})</source>
            <translation>
                <numerusform>Без руху: статус не змінювався %n день (з {since})</numerusform>
                <numerusform>Без руху: статус не змінювався %n дні (з {since})</numerusform>
                <numerusform>Без руху: статус не змінювався %n днів (з {since})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>may hold only digits, spaces, ( ) and -, with + only in front</source>
            <translation>може містити лише цифри, пробіли, ( ) та -, а + лише на початку</translation>
        </message>
        <message>
            <source>is too short for a phone number: type at least {digits} digits</source>
            <translation>закороткий для номера телефону: введіть щонайменше {digits} цифр</translation>
        </message>
        <message>
            <source>has more digits than a phone number can ({digits} at most)</source>
            <translation>має більше цифр, ніж буває в номері телефону (не більше {digits})</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>не є адресою електронної пошти</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обов’язкове поле</translation>
        </message>
        <message>
            <source>the item is already “{status}”</source>
            <translation>відправлення вже має статус «{status}»</translation>
        </message>
        <message>
            <source>the parcel is already “{status}”</source>
            <translation>посилка вже має статус «{status}»</translation>
        </message>
        <message>
            <source>a {status} item cannot change any more (not to “{new}”)</source>
            <translation>статус відправлення «{status}» більше не змінюється (зокрема на «{new}»)</translation>
        </message>
        <message>
            <source>an {status} item cannot change any more (not to “{new}”)</source>
            <translation>статус відправлення «{status}» більше не змінюється (зокрема на «{new}»)</translation>
        </message>
        <message>
            <source>a {status} parcel cannot change any more (not to “{new}”)</source>
            <translation>статус посилки «{status}» більше не змінюється (зокрема на «{new}»)</translation>
        </message>
        <message>
            <source>an {status} parcel cannot change any more (not to “{new}”)</source>
            <translation>статус посилки «{status}» більше не змінюється (зокрема на «{new}»)</translation>
        </message>
        <message>
            <source>a {status} item cannot become “{new}”; it can become {options}</source>
            <translation>статус відправлення «{status}» не можна змінити на «{new}»; можливо: {options}</translation>
        </message>
        <message>
            <source>an {status} item cannot become “{new}”; it can become {options}</source>
            <translation>статус відправлення «{status}» не можна змінити на «{new}»; можливо: {options}</translation>
        </message>
        <message>
            <source>a {status} parcel cannot become “{new}”; it can become {options}</source>
            <translation>статус посилки «{status}» не можна змінити на «{new}»; можливо: {options}</translation>
        </message>
        <message>
            <source>an {status} parcel cannot become “{new}”; it can become {options}</source>
            <translation>статус посилки «{status}» не можна змінити на «{new}»; можливо: {options}</translation>
        </message>
        <message>
            <source>parcel {number} is {status}; items can only be added while it is being assembled</source>
            <translation>посилка {number} має статус «{status}»; відправлення можна додавати лише під час комплектування</translation>
        </message>
        <message>
            <source>the item belongs to another person's case</source>
            <translation>відправлення належить до справи іншої особи</translation>
        </message>
        <message>
            <source>the item is already in another parcel; an item can be in one parcel only</source>
            <translation>відправлення вже в іншій посилці; відправлення може бути лише в одній посилці</translation>
        </message>
        <message>
            <source>only items sent to the person go into a parcel</source>
            <translation>до посилки вкладають лише відправлення для особи</translation>
        </message>
        <message>
            <source>only screened items can be packed; this item is {status}</source>
            <translation>упакувати можна лише перевірені відправлення; статус цього — «{status}»</translation>
        </message>
        <message>
            <source>a packed parcel needs a seal number</source>
            <translation>для упакованої посилки потрібен номер пломби</translation>
        </message>
        <message>
            <source>the parcel is empty: add at least one item or describe its contents</source>
            <translation>посилка порожня: додайте хоча б одне відправлення або опишіть вміст</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>ще не настала</translation>
        </message>
        <message>
            <source>is before the previous step ({day})</source>
            <translation>раніша за попередній крок ({day})</translation>
        </message>
        <message>
            <source>is before the date of birth</source>
            <translation>раніша за дату народження</translation>
        </message>
        <message>
            <source>is more than {years} years ago</source>
            <translation>понад {years} років тому</translation>
        </message>
        <message>
            <source>must contain letters only</source>
            <translation>має містити лише літери</translation>
        </message>
        <message>
            <source>must be in Latin letters</source>
            <translation>має бути латиницею</translation>
        </message>
        <message>
            <source>is too long (200 characters at most)</source>
            <translation>задовге (не більше 200 символів)</translation>
        </message>
        <message>
            <source>must be captive or evacuee</source>
            <translation>має бути «полонений» або «евакуйований»</translation>
        </message>
        <message>
            <source>must be male, female or unknown</source>
            <translation>має бути «чоловіча», «жіноча» або «невідомо»</translation>
        </message>
        <message>
            <source>cannot be made from the {name}; type it in Latin letters</source>
            <translation>не вдається утворити з поля «{name}»; введіть латиницею</translation>
        </message>
        <message>
            <source>has Latin letters among Cyrillic ones: {letters}. They look the same, but sorting, printouts and other programs take them for other letters</source>
            <translation>містить латинські літери серед кириличних: {letters}. На вигляд вони такі самі, але під час сортування, у друкованих документах та інших програмах це інші літери</translation>
        </message>
        <message>
            <source>has Cyrillic letters among Latin ones: {letters}. They look the same, but sorting, printouts and other programs take them for other letters</source>
            <translation>містить кириличні літери серед латинських: {letters}. На вигляд вони такі самі, але під час сортування, у друкованих документах та інших програмах це інші літери</translation>
        </message>
        <message>
            <source>“{letter}” (letter {position})</source>
            <translation>«{letter}» (літера {position})</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>прізвище</translation>
        </message>
        <message>
            <source>given name</source>
            <translation>ім’я</translation>
        </message>
        <message>
            <source>patronymic</source>
            <translation>по батькові</translation>
        </message>
        <message>
            <source>“{status}” is not a status for a {category}</source>
            <translation>«{status}» не є статусом для категорії «{category}»</translation>
        </message>
        <message>
            <source>the case is already “{status}”</source>
            <translation>справа вже має статус «{status}»</translation>
        </message>
        <message>
            <source>the case is closed as “{status}”; a supervisor can correct it</source>
            <translation>справу закрито зі статусом «{status}»; виправити його може керівник</translation>
        </message>
        <message>
            <source>“{status}” cannot change to “{new}”; it can change to {options}</source>
            <translation>статус «{status}» не можна змінити на «{new}»; можливі зміни: {options}</translation>
        </message>
        <message>
            <source>“{reason}” is already on the list</source>
            <translation>«{reason}» уже є в переліку</translation>
        </message>
        <message>
            <source>“{reason}” is not on the office's list of reasons; add it first</source>
            <translation>«{reason}» немає в переліку причин установи; спочатку додайте її</translation>
        </message>
        <message>
            <source>a final status ends the case: say why, and on whose word</source>
            <translation>остаточний статус завершує справу: зазначте причину і на чиє повідомлення</translation>
        </message>
        <message>
            <source>is before the current status ({day})</source>
            <translation>раніша за поточний статус ({day})</translation>
        </message>
        <message>
            <source>a correction needs a reason</source>
            <translation>для виправлення потрібна причина</translation>
        </message>
        <message>
            <source>say why the case is blocked</source>
            <translation>зазначте, чому справу заблоковано</translation>
        </message>
        <message>
            <source>choose a relationship</source>
            <translation>виберіть, ким доводиться</translation>
        </message>
        <message>
            <source>must be yes, no or not asked</source>
            <translation>має бути «так», «ні» або «не питали»</translation>
        </message>
        <message>
            <source>a note cannot be empty</source>
            <translation>примітка не може бути порожньою</translation>
        </message>
        <message>
            <source>choose the caseworker who takes the case</source>
            <translation>виберіть працівника, який прийме справу</translation>
        </message>
        <message>
            <source>no such member of staff</source>
            <translation>такого працівника немає</translation>
        </message>
        <message>
            <source>{name} no longer works here</source>
            <translation>{name} тут більше не працює</translation>
        </message>
        <message>
            <source>{name} is an administrator, not a caseworker</source>
            <translation>{name} — адміністратор, а не працівник справ</translation>
        </message>
        <message>
            <source>say why the cases change hands (the new caseworker reads it)</source>
            <translation>зазначте, чому справи передаються (новий працівник це прочитає)</translation>
        </message>
        <message>
            <source>keep it under {most} characters</source>
            <translation>не більше {most} символів</translation>
        </message>
        <message>
            <source>choose at least one case</source>
            <translation>виберіть щонайменше одну справу</translation>
        </message>
        <message>
            <source>every case chosen is already {name}'s</source>
            <translation>усі вибрані справи вже веде {name}</translation>
        </message>
        <message>
            <source>choose the supervisor or colleague it goes to</source>
            <translation>виберіть керівника або колегу, якому її передано</translation>
        </message>
        <message>
            <source>escalate to someone else than yourself</source>
            <translation>передати можна лише комусь іншому, не собі</translation>
        </message>
        <message>
            <source>year {year} is out of range</source>
            <translation>рік {year} поза допустимими межами</translation>
        </message>
        <message>
            <source>month {month} does not exist</source>
            <translation>місяця {month} не існує</translation>
        </message>
        <message>
            <source>a day needs a month</source>
            <translation>для дня потрібен місяць</translation>
        </message>
        <message>
            <source>{day} does not exist</source>
            <translation>дати {day} не існує</translation>
        </message>
        <message>
            <source>use YYYY, MM.YYYY, DD.MM.YYYY or YYYY-MM-DD</source>
            <translation>введіть РРРР, ММ.РРРР, ДД.ММ.РРРР або РРРР-ММ-ДД</translation>
        </message>
    </context>
    <context>
        <name>Relationship</name>
        <message>
            <source>Wife</source>
            <translation>Дружина</translation>
        </message>
        <message>
            <source>Husband</source>
            <translation>Чоловік</translation>
        </message>
        <message>
            <source>Mother</source>
            <translation>Мати</translation>
        </message>
        <message>
            <source>Father</source>
            <translation>Батько</translation>
        </message>
        <message>
            <source>Son</source>
            <translation>Син</translation>
        </message>
        <message>
            <source>Daughter</source>
            <translation>Дочка</translation>
        </message>
        <message>
            <source>Brother</source>
            <translation>Брат</translation>
        </message>
        <message>
            <source>Sister</source>
            <translation>Сестра</translation>
        </message>
        <message>
            <source>Grandparent</source>
            <translation>Дідусь або бабуся</translation>
        </message>
        <message>
            <source>Grandchild</source>
            <translation>Онук або онука</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнер (партнерка)</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Інший родич</translation>
        </message>
        <message>
            <source>Friend</source>
            <translation>Друг (подруга)</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
    </context>
    <context>
        <name>ReviewDecision</name>
        <message>
            <source>Keep waiting</source>
            <translation>Чекати далі</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Передати вище</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Передати іншому</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
    </context>
    <context>
        <name>Reviews</name>
        <message>
            <source>Kept waiting</source>
            <translation>Залишено в очікуванні</translation>
        </message>
        <message>
            <source>Escalated to {to}</source>
            <translation>Передано вище: {to}</translation>
        </message>
        <message>
            <source>Reassigned to {to}</source>
            <translation>Передано: {to}</translation>
        </message>
        <message>
            <source>Closed on review</source>
            <translation>Закрито за результатами перегляду</translation>
        </message>
        <message>
            <source>{opening} by {reviewer} on {day}</source>
            <translation>{opening} ({reviewer}, {day})</translation>
        </message>
        <message>
            <source> — next review {day}</source>
            <translation> — наступний перегляд {day}</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Керівник</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Адміністратор</translation>
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <source>Male</source>
            <translation>Чоловіча</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Жіноча</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Невідомо</translation>
        </message>
    </context>
    <context>
        <name>ShipmentStatus</name>
        <message>
            <source>Preparing</source>
            <translation>Готується</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Передано</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрито</translation>
        </message>
    </context>
    <context>
        <name>StalledRule</name>
        <message>
            <source>{status} {days}</source>
            <translation>{status} {days}</translation>
        </message>
        <message>
            <source>{listed}; otherwise {days}</source>
            <translation>{listed}; в інших випадках {days}</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status — %s</source>
            <translation>Зміна статусу — %s</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s, now &lt;b&gt;%s&lt;/b&gt; since %s (%s)</source>
            <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s, зараз &lt;b&gt;%s&lt;/b&gt; з %s (%s)</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 день</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the new status</source>
            <translation>Виберіть новий статус</translation>
        </message>
        <message>
            <source>Why, and on whose word (e.g. ICRC notification)</source>
            <translation>Чому і на чиє повідомлення (напр., повідомлення МКЧХ)</translation>
        </message>
        <message>
            <source>Correct a &amp;mistaken status (any status, reason required)</source>
            <translation>Виправити &amp;помилковий статус (будь-який статус, причина обов’язкова)</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Новий статус:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>&amp;Effective on:</source>
            <translation>&amp;Діє з:</translation>
        </message>
        <message>
            <source>&amp;Change status</source>
            <translation>&amp;Змінити статус</translation>
        </message>
        <message>
            <source>Required: this ends the case. Why, and on whose word?</source>
            <translation>Обов’язково: це завершує справу. Чому і на чиє повідомлення?</translation>
        </message>
        <message>
            <source>What was wrong, and on whose word (required)</source>
            <translation>Що було неправильно і на чиє повідомлення (обов’язково)</translation>
        </message>
        <message>
            <source>C&amp;orrect status</source>
            <translation>&amp;Виправити статус</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>End the case</source>
            <translation>Завершення справи</translation>
        </message>
        <message>
            <source>Mark %s, %s, as %s? This ends the case.</source>
            <translation>Позначити %s, %s, як «%s»? Це завершує справу.</translation>
        </message>
        <message>
            <source>Afterwards only a supervisor can change it, by correcting the status.</source>
            <translation>Після цього змінити його зможе лише керівник, виправивши статус.</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Позначити як «%s»</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Повернутися</translation>
        </message>
        <message>
            <source>%s: %s → %s.</source>
            <translation>%s: %s → %s.</translation>
        </message>
        <message>
            <source>%s: back to %s (your change undone).</source>
            <translation>%s: повернуто до «%s» (вашу зміну скасовано).</translation>
        </message>
    </context>
    <context>
        <name>StatusEventKind</name>
        <message>
            <source>Registered</source>
            <translation>Реєстрація</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Виправлення</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Блокування</translation>
        </message>
        <message>
            <source>Unblocked</source>
            <translation>Розблокування</translation>
        </message>
    </context>
    <context>
        <name>StatusReasons</name>
        <message>
            <source>Case registered</source>
            <translation>Справу зареєстровано</translation>
        </message>
    </context>
</TS>
