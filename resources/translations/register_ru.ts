<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AgeBand</name>
        <message>
            <source>Under 30 days</source>
            <translation>До 30 дней</translation>
        </message>
        <message>
            <source>30–60 days</source>
            <translation>30–60 дней</translation>
        </message>
        <message>
            <source>60–90 days</source>
            <translation>60–90 дней</translation>
        </message>
        <message>
            <source>90–180 days</source>
            <translation>90–180 дней</translation>
        </message>
        <message>
            <source>Over 180 days</source>
            <translation>Более 180 дней</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Create</source>
            <translation>Создание</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удаление</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <source>Sign in failed</source>
            <translation>Неудачный вход</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Обезличивание</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Шифрование</translation>
        </message>
        <message>
            <source>Decrypt</source>
            <translation>Расшифровка</translation>
        </message>
    </context>
    <context>
        <name>BackupKind</name>
        <message>
            <source>Daily</source>
            <translation>Ежедневная</translation>
        </message>
        <message>
            <source>On demand</source>
            <translation>По запросу</translation>
        </message>
        <message>
            <source>Before restore</source>
            <translation>Перед восстановлением</translation>
        </message>
    </context>
    <context>
        <name>BlockDialog</name>
        <message>
            <source>Unblock case %s</source>
            <translation>Разблокировать дело %s</translation>
        </message>
        <message>
            <source>Block case %s</source>
            <translation>Заблокировать дело %s</translation>
        </message>
        <message>
            <source>Choose or type a reason</source>
            <translation>Выберите или введите причину</translation>
        </message>
        <message>
            <source>Blocked for:</source>
            <translation>Причина блокировки:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Reaso&amp;ns…</source>
            <translation>Пере&amp;чень причин…</translation>
        </message>
        <message>
            <source>The office's list of reasons: which the counterpart may read</source>
            <translation>Перечень причин учреждения: какие может видеть другая сторона</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>При&amp;мечание:</translation>
        </message>
        <message>
            <source>Internal: never printed for the counterpart</source>
            <translation>Внутреннее: никогда не печатается для другой стороны</translation>
        </message>
        <message>
            <source>&amp;Unblock</source>
            <translation>&amp;Разблокировать</translation>
        </message>
        <message>
            <source>&amp;Block</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>Shareable: counterpart documents will give this reason.</source>
            <translation>Можно передавать: в документах для другой стороны будет указана эта причина.</translation>
        </message>
        <message>
            <source>Internal: counterpart documents will not mention this block.</source>
            <translation>Внутренняя: в документах для другой стороны блокировка не упоминается.</translation>
        </message>
        <message>
            <source>Not on the office's list, so internal: counterpart documents will not mention this block.</source>
            <translation>Нет в перечне учреждения, поэтому внутренняя: в документах для другой стороны блокировка не упоминается.</translation>
        </message>
        <message>
            <source>Case %s unblocked.</source>
            <translation>Дело %s разблокировано.</translation>
        </message>
        <message>
            <source>Case %s blocked again (unblocking undone).</source>
            <translation>Дело %s снова заблокировано (разблокировка отменена).</translation>
        </message>
        <message>
            <source>Case %s blocked: %s.</source>
            <translation>Дело %s заблокировано: %s.</translation>
        </message>
        <message>
            <source>Case %s unblocked again (block undone).</source>
            <translation>Дело %s снова разблокировано (блокировка отменена).</translation>
        </message>
        <message>
            <source>Block undone by %s: it was a mistake</source>
            <translation>Блокировку отменил(а) %s: она была установлена ошибочно</translation>
        </message>
    </context>
    <context>
        <name>BlockReasons</name>
        <message>
            <source>Home country does not accept return</source>
            <translation>Страна происхождения не принимает возвращение</translation>
        </message>
        <message>
            <source>Identity not confirmed by holding party</source>
            <translation>Личность не подтверждена удерживающей стороной</translation>
        </message>
        <message>
            <source>No contact with family</source>
            <translation>Нет связи с семьёй</translation>
        </message>
        <message>
            <source>Whereabouts unknown</source>
            <translation>Местонахождение неизвестно</translation>
        </message>
        <message>
            <source>Awaiting documents</source>
            <translation>Ожидаются документы</translation>
        </message>
    </context>
    <context>
        <name>BlockReasonsDialog</name>
        <message>
            <source>Block reasons</source>
            <translation>Причины блокировки</translation>
        </message>
        <message>
            <source>Ticked reasons are &lt;b&gt;shareable&lt;/b&gt;: a counterpart document may say the case is held up for that reason. Unticked reasons are &lt;b&gt;internal&lt;/b&gt;: neither the reason nor the block is printed for the counterpart, and neither is any note or reason typed for one case only.</source>
            <translation>Отмеченные причины &lt;b&gt;можно передавать&lt;/b&gt;: в документе для другой стороны может быть сказано, что дело задерживается по этой причине. Неотмеченные причины &lt;b&gt;внутренние&lt;/b&gt;: ни причина, ни сама блокировка для другой стороны не печатаются, как и любое примечание или причина, введённая только для одного дела.</translation>
        </message>
        <message>
            <source>Another reason for the office's list</source>
            <translation>Ещё одна причина для перечня учреждения</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Only a supervisor can change the list.</source>
            <translation>Изменять перечень может только руководитель.</translation>
        </message>
        <message>
            <source>  (standard)</source>
            <translation>  (стандартная)</translation>
        </message>
        <message>
            <source>“%s” is already on the list.</source>
            <translation>«%s» уже есть в перечне.</translation>
        </message>
    </context>
    <context>
        <name>CaseHistoryTab</name>
        <message>
            <source>Nothing recorded about this case yet.</source>
            <translation>По этому делу ещё ничего не записано.</translation>
        </message>
        <message>
            <source>1 entry. Point at it to see every field it changed.</source>
            <translation>1 запись. Наведите на неё, чтобы увидеть все изменённые поля.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first. Point at one to see every field it changed.</source>
            <translation>
                <numerusform>%n запись, новые вверху. Наведите на запись, чтобы увидеть все изменённые поля.</numerusform>
                <numerusform>%n записи, новые вверху. Наведите на запись, чтобы увидеть все изменённые поля.</numerusform>
                <numerusform>%n записей, новые вверху. Наведите на запись, чтобы увидеть все изменённые поля.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <source>Select a case in the list to see it here,
or press Ctrl+N to register a new one.</source>
            <translation>Выберите дело в списке, чтобы увидеть его здесь,
или нажмите Ctrl+N, чтобы зарегистрировать новое.</translation>
        </message>
        <message>
            <source>Change &amp;status…</source>
            <translation>Изменить &amp;статус…</translation>
        </message>
        <message>
            <source>Bloc&amp;k…</source>
            <translation>Забло&amp;кировать…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Редактировать…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>&amp;Добавить контакт…</translation>
        </message>
        <message>
            <source>Edit co&amp;ntact…</source>
            <translation>Редактировать ко&amp;нтакт…</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>&amp;Удалить контакт</translation>
        </message>
        <message>
            <source>Type a note; Ctrl+Enter adds it</source>
            <translation>Введите примечание; Ctrl+Enter добавляет его</translation>
        </message>
        <message>
            <source>Add n&amp;ote</source>
            <translation>Добавить п&amp;римечание</translation>
        </message>
        <message>
            <source>caseworker: %s</source>
            <translation>сотрудник: %s</translation>
        </message>
        <message>
            <source>Contacts (%d)</source>
            <translation>Контакты (%d)</translation>
        </message>
        <message>
            <source>Notes (%d)</source>
            <translation>Примечания (%d)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; since %s — %s</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; с %s — %s</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 день</translation>
        </message>
        <message numerus="yes">
            <source>Stalled: no status change for %n days.</source>
            <translation>
                <numerusform>Без движения: статус не менялся %n день.</numerusform>
                <numerusform>Без движения: статус не менялся %n дня.</numerusform>
                <numerusform>Без движения: статус не менялся %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <source>Blocked: %s</source>
            <translation>Заблокировано: %s</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Unbloc&amp;k…</source>
            <translation>Разбло&amp;кировать…</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Примечаний пока нет.</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <source>Registered</source>
            <translation>Зарегистрирован</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Listed for exchange</source>
            <translation>В списке на обмен</translation>
        </message>
        <message>
            <source>Repatriated</source>
            <translation>Репатриирован</translation>
        </message>
        <message>
            <source>Return requested</source>
            <translation>Запрошено возвращение</translation>
        </message>
        <message>
            <source>Awaiting acceptance</source>
            <translation>Ожидает приёма</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращён</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Освобождён</translation>
        </message>
        <message>
            <source>Resettled</source>
            <translation>Переселён</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Умер (умерла)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Blocked: %s</source>
            <translation>Заблокировано: %s</translation>
        </message>
        <message>
            <source>Unblocked</source>
            <translation>Разблокировано</translation>
        </message>
        <message>
            <source>Corrected: %s → %s</source>
            <translation>Исправлено: %s → %s</translation>
        </message>
        <message>
            <source>Consent to be contacted by the office (not asked counts as no)</source>
            <translation>Согласие на связь со стороны учреждения (если не спрашивали — считается «нет»)</translation>
        </message>
        <message>
            <source>Consent to be named on documents for the counterpart (not asked counts as no: only Yes puts the relative there)</source>
            <translation>Согласие на указание в документах для другой стороны (если не спрашивали — считается «нет»: родственника вносят только при ответе «Да»)</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;Новое дело…</translation>
        </message>
        <message>
            <source>Register a new captive or evacuee</source>
            <translation>Зарегистрировать нового пленного или эвакуированного</translation>
        </message>
        <message>
            <source>&amp;Edit case…</source>
            <translation>&amp;Редактировать дело…</translation>
        </message>
        <message>
            <source>Edit the selected case's identity and details (also Enter)</source>
            <translation>Редактировать личные данные и сведения выбранного дела (также Enter)</translation>
        </message>
        <message>
            <source>Change &amp;status…</source>
            <translation>Изменить &amp;статус…</translation>
        </message>
        <message>
            <source>Move the selected case to its next repatriation status</source>
            <translation>Перевести выбранное дело в следующий статус репатриации</translation>
        </message>
        <message>
            <source>Co&amp;rrect status…</source>
            <translation>Испр&amp;авить статус…</translation>
        </message>
        <message>
            <source>Put right a mistaken status of the selected case (supervisors)</source>
            <translation>Исправить ошибочный статус выбранного дела (руководители)</translation>
        </message>
        <message>
            <source>Reass&amp;ign…</source>
            <translation>Пере&amp;дать…</translation>
        </message>
        <message>
            <source>Hand the cases selected in the list to another caseworker (supervisors)</source>
            <translation>Передать выбранные в списке дела другому сотруднику (руководители)</translation>
        </message>
        <message>
            <source>&amp;Block / unblock…</source>
            <translation>&amp;Заблокировать / разблокировать…</translation>
        </message>
        <message>
            <source>Block the selected case with a reason, or lift the block</source>
            <translation>Заблокировать выбранное дело с указанием причины или снять блокировку</translation>
        </message>
        <message>
            <source>Add &amp;contact…</source>
            <translation>Добавить &amp;контакт…</translation>
        </message>
        <message>
            <source>Add a relative or next of kin to the selected case</source>
            <translation>Добавить родственника или ближайшего родственника к выбранному делу</translation>
        </message>
        <message>
            <source>Add n&amp;ote</source>
            <translation>Добавить п&amp;римечание</translation>
        </message>
        <message>
            <source>Write a note on the selected case</source>
            <translation>Написать примечание к выбранному делу</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Поиск</translation>
        </message>
        <message>
            <source>Search by name (any spelling) or by case number</source>
            <translation>Поиск по имени (любое написание) или номеру дела</translation>
        </message>
        <message>
            <source>Un&amp;block…</source>
            <translation>Раз&amp;блокировать…</translation>
        </message>
        <message>
            <source>&amp;Block…</source>
            <translation>За&amp;блокировать…</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Сначала выберите дело.</translation>
        </message>
        <message>
            <source>Select the cases to reassign in the list first.</source>
            <translation>Сначала выберите в списке дела для передачи.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; — %s&lt;br&gt;Caseworker now: %s</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; — %s&lt;br&gt;Сотрудник сейчас: %s</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
    </context>
    <context>
        <name>CasesFeature</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; cases selected in the list, all of them to one caseworker.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; дело выбрано в списке, все — одному сотруднику.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; дела выбрано в списке, все — одному сотруднику.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; дел выбрано в списке, все — одному сотруднику.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Captive</source>
            <translation>Пленный</translation>
        </message>
        <message>
            <source>Evacuee</source>
            <translation>Эвакуированный</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Counterpart ombudsman</source>
            <translation>Омбудсмен другой стороны</translation>
        </message>
        <message>
            <source>ICRC</source>
            <translation>МККК</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
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
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Recorded by, at</source>
            <translation>Кто и когда записал</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Кем приходится</translation>
        </message>
        <message>
            <source>Phone, e-mail</source>
            <translation>Телефон, эл. почта</translation>
        </message>
        <message>
            <source>Contact?</source>
            <translation>Связь?</translation>
        </message>
        <message>
            <source>Counterpart?</source>
            <translation>Другой стороне?</translation>
        </message>
        <message>
            <source>When, who</source>
            <translation>Когда, кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Not asked</source>
            <translation>Не спрашивали</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>ContactController</name>
        <message>
            <source>Remove contact</source>
            <translation>Удалить контакт</translation>
        </message>
        <message>
            <source>Remove %s (%s) from the contacts of %s?</source>
            <translation>Удалить %s (%s) из контактов лица %s?</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Contact %s removed.</source>
            <translation>Контакт %s удалён.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Фамилия *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>И&amp;мя *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>&amp;Эл. почта</translation>
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
            <source>Relationship</source>
            <translation>Кем приходится</translation>
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
            <source>Address</source>
            <translation>Адрес</translation>
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
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Редактирование контакта</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>Новый контакт</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— выберите —</translation>
        </message>
        <message>
            <source>May the office contact this relative?</source>
            <translation>Может ли учреждение связываться с этим родственником?</translation>
        </message>
        <message>
            <source>May this relative's name and relationship appear on documents for the counterpart? Only Yes puts them there; No and Not asked keep them off.</source>
            <translation>Можно ли указывать имя этого родственника и кем он приходится в документах для другой стороны? Их вносят только при ответе «Да»; при «Нет» и «Не спрашивали» — не вносят.</translation>
        </message>
        <message>
            <source>&amp;Relationship *</source>
            <translation>&amp;Кем приходится *</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адрес</translation>
        </message>
        <message>
            <source>&amp;Consent to be contacted</source>
            <translation>&amp;Согласие на связь</translation>
        </message>
        <message>
            <source>Named to the coun&amp;terpart</source>
            <translation>Указывать для д&amp;ругой стороны</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>П&amp;римечания</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
    </context>
    <context>
        <name>Direction</name>
        <message>
            <source>To person</source>
            <translation>Лицу</translation>
        </message>
        <message>
            <source>From person</source>
            <translation>От лица</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <source>This person may already have a case</source>
            <translation>Возможно, на это лицо уже заведено дело</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Latin name</source>
            <translation>Имя латиницей</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Рождение</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Почему это может быть то же лицо</translation>
        </message>
        <message>
            <source>An existing case may be the same person.</source>
            <translation>Существующее дело может относиться к тому же лицу.</translation>
        </message>
        <message>
            <source>Check before registering a new case: a second case would split the person's letters, parcels and history.</source>
            <translation>Проверьте, прежде чем регистрировать новое дело: второе дело разделит письма, посылки и историю лица.</translation>
        </message>
        <message>
            <source>You are registering: %s</source>
            <translation>Вы регистрируете: %s</translation>
        </message>
        <message>
            <source>&amp;Open existing case</source>
            <translation>&amp;Открыть существующее дело</translation>
        </message>
        <message>
            <source>&amp;Register anyway</source>
            <translation>&amp;Всё равно зарегистрировать</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>В&amp;ернуться к форме</translation>
        </message>
        <message>
            <source>born %s</source>
            <translation>рождение: %s</translation>
        </message>
        <message>
            <source>date of birth not given</source>
            <translation>дата рождения не указана</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarningDialog</name>
        <message numerus="yes">
            <source>%n existing cases may be the same person.</source>
            <translation>
                <numerusform>%n существующее дело может относиться к тому же лицу.</numerusform>
                <numerusform>%n существующих дела могут относиться к тому же лицу.</numerusform>
                <numerusform>%n существующих дел могут относиться к тому же лицу.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot do that</source>
            <translation>Невозможно выполнить</translation>
        </message>
        <message>
            <source>Please correct the form</source>
            <translation>Пожалуйста, исправьте форму</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не найдено</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Не разрешено</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Изменено другим пользователем</translation>
        </message>
        <message>
            <source>Status change not allowed</source>
            <translation>Изменение статуса не разрешено</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Проблема с базой данных</translation>
        </message>
        <message>
            <source>Case {number}: {problem}.</source>
            <translation>Дело {number}: {problem}.</translation>
        </message>
        <message>
            <source>“{status}” is not a status for a {category}.</source>
            <translation>«{status}» не является статусом для категории «{category}».</translation>
        </message>
        <message>
            <source>Case {number} is closed; it cannot be blocked.</source>
            <translation>Дело {number} закрыто; его нельзя заблокировать.</translation>
        </message>
        <message>
            <source>Case {number} is not blocked.</source>
            <translation>Дело {number} не заблокировано.</translation>
        </message>
        <message>
            <source>The latest event of case {number} is not a status change; nothing to undo.</source>
            <translation>Последнее событие по делу {number} не является изменением статуса; отменять нечего.</translation>
        </message>
        <message>
            <source>Case {number} was changed by an operation; reopen or correct it instead.</source>
            <translation>Дело {number} изменено в рамках операции; вместо отмены откройте его снова или исправьте.</translation>
        </message>
        <message>
            <source>The latest status change of case {number} was not yours; a supervisor can correct it (Correct status…).</source>
            <translation>Последнее изменение статуса по делу {number} внесли не вы; его может исправить руководитель («Исправить статус…»).</translation>
        </message>
        <message>
            <source>The status change of case {number} was made more than {minutes} minutes ago; a supervisor can correct it (Correct status…).</source>
            <translation>Статус дела {number} изменён более {minutes} мин назад; его может исправить руководитель («Исправить статус…»).</translation>
        </message>
        <message>
            <source>No case with id {id}; it may have been merged or removed.</source>
            <translation>Дела с идентификатором {id} нет; возможно, оно объединено с другим или удалено.</translation>
        </message>
        <message>
            <source>No user with id {id}.</source>
            <translation>Пользователя с идентификатором {id} нет.</translation>
        </message>
        <message>
            <source>That contact no longer exists; it may have been removed.</source>
            <translation>Этого контакта больше нет; возможно, он удалён.</translation>
        </message>
        <message>
            <source>No case numbered “{number}”.</source>
            <translation>Дела с номером «{number}» нет.</translation>
        </message>
        <message>
            <source>No case was chosen: nothing was anonymised.</source>
            <translation>Не выбрано ни одного дела: ничего не обезличено.</translation>
        </message>
        <message>
            <source>{chosen} cases were chosen but {confirmed} confirmed: nothing was anonymised. Confirm the number of cases, {chosen}, to go on.</source>
            <translation>Выбрано дел: {chosen}, подтверждено: {confirmed}; ничего не обезличено. Чтобы продолжить, подтвердите количество дел — {chosen}.</translation>
        </message>
        <message>
            <source>Not due for anonymising (not closed long enough, already anonymised, or removed): {cases}. Nothing was anonymised; list the cases due again.</source>
            <translation>Ещё не подлежат обезличиванию (закрыты недостаточно давно, уже обезличены или удалены): {cases}. Ничего не обезличено; составьте перечень подлежащих обезличиванию дел заново.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Search by name, any spelling, or case number</source>
            <translation>Имя (любое написание) или номер</translation>
        </message>
        <message>
            <source>Ctrl+F. Every word must match the start of a name. Down: into the list; Enter: show the case when only one matches.</source>
            <translation>Ctrl+F. Каждое слово должно совпадать с началом имени. Стрелка вниз — к списку; Enter — открыть дело, если найдено только одно.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>&amp;Blocked only</source>
            <translation>Только за&amp;блокированные</translation>
        </message>
        <message>
            <source>S&amp;talled only</source>
            <translation>Только без &amp;движения</translation>
        </message>
        <message>
            <source>Assigned to &amp;me</source>
            <translation>&amp;Мои дела</translation>
        </message>
        <message>
            <source>Tick to list only these cases.</source>
            <translation>Отметьте, чтобы показать только эти дела.</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>По&amp;иск:</translation>
        </message>
        <message>
            <source>Categor&amp;y:</source>
            <translation>Кате&amp;гория:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Стат&amp;ус:</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>1 дело</translation>
        </message>
        <message numerus="yes">
            <source>%n cases</source>
            <translation>
                <numerusform>%n дело</numerusform>
                <numerusform>%n дела</numerusform>
                <numerusform>%n дел</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemKind</name>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Postcard</source>
            <translation>Открытка</translation>
        </message>
        <message>
            <source>Drawing</source>
            <translation>Рисунок</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>Logged</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Упаковано</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращено</translation>
        </message>
        <message>
            <source>Withheld</source>
            <translation>Задержано</translation>
        </message>
    </context>
    <context>
        <name>OperationKind</name>
        <message>
            <source>Exchange</source>
            <translation>Обмен</translation>
        </message>
        <message>
            <source>Group return</source>
            <translation>Групповое возвращение</translation>
        </message>
    </context>
    <context>
        <name>OperationStatus</name>
        <message>
            <source>Planned</source>
            <translation>Запланирована</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершена</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
    </context>
    <context>
        <name>ParcelStatus</name>
        <message>
            <source>Assembling</source>
            <translation>Комплектуется</translation>
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
            <source>Returned</source>
            <translation>Возвращена</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Утеряна</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit case %s</source>
            <translation>Редактирование дела %s</translation>
        </message>
        <message>
            <source>Register a person</source>
            <translation>Регистрация лица</translation>
        </message>
        <message>
            <source>YYYY, MM.YYYY or DD.MM.YYYY</source>
            <translation>ГГГГ, ММ.ГГГГ или ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Names as written, and in Latin letters</source>
            <translation>Имена как в документах и латиницей</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <source>Captivity</source>
            <translation>Плен</translation>
        </message>
        <message>
            <source>Evacuation</source>
            <translation>Эвакуация</translation>
        </message>
        <message>
            <source>* required. Enter saves, Esc cancels.</source>
            <translation>* обязательные поля. Enter — сохранить, Esc — отменить.</translation>
        </message>
        <message>
            <source>Correct it to “%s”</source>
            <translation>Исправить на «%s»</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <source>Stalled</source>
            <translation>Без движения</translation>
        </message>
        <message>
            <source>Amber rows: stalled cases — no status change for longer than the office allows.</source>
            <translation>Янтарные строки: дела без движения — статус не менялся дольше, чем допускает учреждение.</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Pink rows: blocked cases (a blocked case counts as stalled); point at the row for the reason.</source>
            <translation>Розовые строки: заблокированные дела (заблокированное дело считается делом без движения); наведите на строку, чтобы увидеть причину.</translation>
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
            <source>Latin name</source>
            <translation>Латиницей</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Days stalled: days since the current status was set</source>
            <translation>Дней без движения: дней с установки текущего статуса</translation>
        </message>
        <message>
            <source>Days since the current status was set</source>
            <translation>Дней с установки текущего статуса</translation>
        </message>
        <message>
            <source>Blocked: %s</source>
            <translation>Заблокировано: %s</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
        <message numerus="yes">
            <source>Stalled: no status change for %n days (since {since})</source>
            <translation>
                <numerusform>Без движения: статус не менялся %n день (с {since})</numerusform>
                <numerusform>Без движения: статус не менялся %n дня (с {since})</numerusform>
                <numerusform>Без движения: статус не менялся %n дней (с {since})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>may hold only digits, spaces, ( ) and -, with + only in front</source>
            <translation>может содержать только цифры, пробелы, ( ) и -, а + только в начале</translation>
        </message>
        <message>
            <source>is too short for a phone number: type at least {digits} digits</source>
            <translation>слишком короткий для номера телефона: введите не менее {digits} цифр</translation>
        </message>
        <message>
            <source>has more digits than a phone number can ({digits} at most)</source>
            <translation>содержит больше цифр, чем бывает в номере телефона (не более {digits})</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>не является адресом электронной почты</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <source>the item is already “{status}”</source>
            <translation>отправление уже имеет статус «{status}»</translation>
        </message>
        <message>
            <source>the parcel is already “{status}”</source>
            <translation>посылка уже имеет статус «{status}»</translation>
        </message>
        <message>
            <source>a {status} item cannot change any more (not to “{new}”)</source>
            <translation>статус отправления «{status}» больше не меняется (в том числе на «{new}»)</translation>
        </message>
        <message>
            <source>an {status} item cannot change any more (not to “{new}”)</source>
            <translation>статус отправления «{status}» больше не меняется (в том числе на «{new}»)</translation>
        </message>
        <message>
            <source>a {status} parcel cannot change any more (not to “{new}”)</source>
            <translation>статус посылки «{status}» больше не меняется (в том числе на «{new}»)</translation>
        </message>
        <message>
            <source>an {status} parcel cannot change any more (not to “{new}”)</source>
            <translation>статус посылки «{status}» больше не меняется (в том числе на «{new}»)</translation>
        </message>
        <message>
            <source>a {status} item cannot become “{new}”; it can become {options}</source>
            <translation>статус отправления «{status}» нельзя изменить на «{new}»; возможно: {options}</translation>
        </message>
        <message>
            <source>an {status} item cannot become “{new}”; it can become {options}</source>
            <translation>статус отправления «{status}» нельзя изменить на «{new}»; возможно: {options}</translation>
        </message>
        <message>
            <source>a {status} parcel cannot become “{new}”; it can become {options}</source>
            <translation>статус посылки «{status}» нельзя изменить на «{new}»; возможно: {options}</translation>
        </message>
        <message>
            <source>an {status} parcel cannot become “{new}”; it can become {options}</source>
            <translation>статус посылки «{status}» нельзя изменить на «{new}»; возможно: {options}</translation>
        </message>
        <message>
            <source>parcel {number} is {status}; items can only be added while it is being assembled</source>
            <translation>посылка {number} имеет статус «{status}»; отправления можно добавлять только во время комплектования</translation>
        </message>
        <message>
            <source>the item belongs to another person's case</source>
            <translation>отправление относится к делу другого лица</translation>
        </message>
        <message>
            <source>the item is already in another parcel; an item can be in one parcel only</source>
            <translation>отправление уже в другой посылке; отправление может быть только в одной посылке</translation>
        </message>
        <message>
            <source>only items sent to the person go into a parcel</source>
            <translation>в посылку вкладывают только отправления для лица</translation>
        </message>
        <message>
            <source>only screened items can be packed; this item is {status}</source>
            <translation>упаковать можно только проверенные отправления; статус этого — «{status}»</translation>
        </message>
        <message>
            <source>a packed parcel needs a seal number</source>
            <translation>для упакованной посылки нужен номер пломбы</translation>
        </message>
        <message>
            <source>the parcel is empty: add at least one item or describe its contents</source>
            <translation>посылка пуста: добавьте хотя бы одно отправление или опишите содержимое</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>ещё не наступила</translation>
        </message>
        <message>
            <source>is before the previous step ({day})</source>
            <translation>раньше предыдущего шага ({day})</translation>
        </message>
        <message>
            <source>is before the date of birth</source>
            <translation>раньше даты рождения</translation>
        </message>
        <message>
            <source>is more than {years} years ago</source>
            <translation>более {years} лет назад</translation>
        </message>
        <message>
            <source>must contain letters only</source>
            <translation>должно содержать только буквы</translation>
        </message>
        <message>
            <source>must be in Latin letters</source>
            <translation>должно быть латиницей</translation>
        </message>
        <message>
            <source>is too long (200 characters at most)</source>
            <translation>слишком длинное (не более 200 символов)</translation>
        </message>
        <message>
            <source>must be captive or evacuee</source>
            <translation>должно быть «пленный» или «эвакуированный»</translation>
        </message>
        <message>
            <source>must be male, female or unknown</source>
            <translation>должно быть «мужской», «женский» или «неизвестно»</translation>
        </message>
        <message>
            <source>cannot be made from the {name}; type it in Latin letters</source>
            <translation>не удаётся образовать из поля «{name}»; введите латиницей</translation>
        </message>
        <message>
            <source>has Latin letters among Cyrillic ones: {letters}. They look the same, but sorting, printouts and other programs take them for other letters</source>
            <translation>содержит латинские буквы среди кириллических: {letters}. На вид они такие же, но при сортировке, в печатных документах и других программах это другие буквы</translation>
        </message>
        <message>
            <source>has Cyrillic letters among Latin ones: {letters}. They look the same, but sorting, printouts and other programs take them for other letters</source>
            <translation>содержит кириллические буквы среди латинских: {letters}. На вид они такие же, но при сортировке, в печатных документах и других программах это другие буквы</translation>
        </message>
        <message>
            <source>“{letter}” (letter {position})</source>
            <translation>«{letter}» (буква {position})</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>фамилия</translation>
        </message>
        <message>
            <source>given name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>patronymic</source>
            <translation>отчество</translation>
        </message>
        <message>
            <source>“{status}” is not a status for a {category}</source>
            <translation>«{status}» не является статусом для категории «{category}»</translation>
        </message>
        <message>
            <source>the case is already “{status}”</source>
            <translation>дело уже имеет статус «{status}»</translation>
        </message>
        <message>
            <source>the case is closed as “{status}”; a supervisor can correct it</source>
            <translation>дело закрыто со статусом «{status}»; исправить его может руководитель</translation>
        </message>
        <message>
            <source>“{status}” cannot change to “{new}”; it can change to {options}</source>
            <translation>статус «{status}» нельзя изменить на «{new}»; возможные изменения: {options}</translation>
        </message>
        <message>
            <source>“{reason}” is already on the list</source>
            <translation>«{reason}» уже есть в перечне</translation>
        </message>
        <message>
            <source>“{reason}” is not on the office's list of reasons; add it first</source>
            <translation>«{reason}» нет в перечне причин учреждения; сначала добавьте её</translation>
        </message>
        <message>
            <source>a final status ends the case: say why, and on whose word</source>
            <translation>окончательный статус завершает дело: укажите причину и по чьему сообщению</translation>
        </message>
        <message>
            <source>is before the current status ({day})</source>
            <translation>раньше текущего статуса ({day})</translation>
        </message>
        <message>
            <source>a correction needs a reason</source>
            <translation>для исправления нужна причина</translation>
        </message>
        <message>
            <source>say why the case is blocked</source>
            <translation>укажите, почему дело заблокировано</translation>
        </message>
        <message>
            <source>choose a relationship</source>
            <translation>выберите, кем приходится</translation>
        </message>
        <message>
            <source>must be yes, no or not asked</source>
            <translation>должно быть «да», «нет» или «не спрашивали»</translation>
        </message>
        <message>
            <source>a note cannot be empty</source>
            <translation>примечание не может быть пустым</translation>
        </message>
        <message>
            <source>choose the caseworker who takes the case</source>
            <translation>выберите сотрудника, который примет дело</translation>
        </message>
        <message>
            <source>no such member of staff</source>
            <translation>такого сотрудника нет</translation>
        </message>
        <message>
            <source>{name} no longer works here</source>
            <translation>{name} здесь больше не работает</translation>
        </message>
        <message>
            <source>{name} is an administrator, not a caseworker</source>
            <translation>{name} — администратор, а не сотрудник по делам</translation>
        </message>
        <message>
            <source>say why the cases change hands (the new caseworker reads it)</source>
            <translation>укажите, почему дела передаются (новый сотрудник это прочитает)</translation>
        </message>
        <message>
            <source>keep it under {most} characters</source>
            <translation>не более {most} символов</translation>
        </message>
        <message>
            <source>choose at least one case</source>
            <translation>выберите хотя бы одно дело</translation>
        </message>
        <message>
            <source>every case chosen is already {name}'s</source>
            <translation>все выбранные дела уже ведёт {name}</translation>
        </message>
        <message>
            <source>choose the supervisor or colleague it goes to</source>
            <translation>выберите руководителя или коллегу, которому оно передаётся</translation>
        </message>
        <message>
            <source>escalate to someone else than yourself</source>
            <translation>передать можно только кому-то другому, не себе</translation>
        </message>
        <message>
            <source>year {year} is out of range</source>
            <translation>год {year} вне допустимых пределов</translation>
        </message>
        <message>
            <source>month {month} does not exist</source>
            <translation>месяца {month} не существует</translation>
        </message>
        <message>
            <source>a day needs a month</source>
            <translation>для дня нужен месяц</translation>
        </message>
        <message>
            <source>{day} does not exist</source>
            <translation>даты {day} не существует</translation>
        </message>
        <message>
            <source>use YYYY, MM.YYYY, DD.MM.YYYY or YYYY-MM-DD</source>
            <translation>введите ГГГГ, ММ.ГГГГ, ДД.ММ.ГГГГ или ГГГГ-ММ-ДД</translation>
        </message>
    </context>
    <context>
        <name>Relationship</name>
        <message>
            <source>Wife</source>
            <translation>Жена</translation>
        </message>
        <message>
            <source>Husband</source>
            <translation>Муж</translation>
        </message>
        <message>
            <source>Mother</source>
            <translation>Мать</translation>
        </message>
        <message>
            <source>Father</source>
            <translation>Отец</translation>
        </message>
        <message>
            <source>Son</source>
            <translation>Сын</translation>
        </message>
        <message>
            <source>Daughter</source>
            <translation>Дочь</translation>
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
            <translation>Дедушка или бабушка</translation>
        </message>
        <message>
            <source>Grandchild</source>
            <translation>Внук или внучка</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр (партнёрша)</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Другой родственник</translation>
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
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>ReviewDecision</name>
        <message>
            <source>Keep waiting</source>
            <translation>Ждать дальше</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Передать выше</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Передать другому</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>Reviews</name>
        <message>
            <source>Kept waiting</source>
            <translation>Оставлено в ожидании</translation>
        </message>
        <message>
            <source>Escalated to {to}</source>
            <translation>Передано выше: {to}</translation>
        </message>
        <message>
            <source>Reassigned to {to}</source>
            <translation>Передано: {to}</translation>
        </message>
        <message>
            <source>Closed on review</source>
            <translation>Закрыто по итогам рассмотрения</translation>
        </message>
        <message>
            <source>{opening} by {reviewer} on {day}</source>
            <translation>{opening} ({reviewer}, {day})</translation>
        </message>
        <message>
            <source> — next review {day}</source>
            <translation> — следующее рассмотрение {day}</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Администратор</translation>
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
    </context>
    <context>
        <name>ShipmentStatus</name>
        <message>
            <source>Preparing</source>
            <translation>Готовится</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Передана</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыта</translation>
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
            <translation>{listed}; в остальных случаях {days}</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status — %s</source>
            <translation>Изменение статуса — %s</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s, now &lt;b&gt;%s&lt;/b&gt; since %s (%s)</source>
            <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s, сейчас &lt;b&gt;%s&lt;/b&gt; с %s (%s)</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 день</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the new status</source>
            <translation>Выберите новый статус</translation>
        </message>
        <message>
            <source>Why, and on whose word (e.g. ICRC notification)</source>
            <translation>Почему и по чьему сообщению (напр., уведомление МККК)</translation>
        </message>
        <message>
            <source>Correct a &amp;mistaken status (any status, reason required)</source>
            <translation>Исправить &amp;ошибочный статус (любой статус, причина обязательна)</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Новый статус:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>П&amp;ричина:</translation>
        </message>
        <message>
            <source>&amp;Effective on:</source>
            <translation>&amp;Действует с:</translation>
        </message>
        <message>
            <source>&amp;Change status</source>
            <translation>&amp;Изменить статус</translation>
        </message>
        <message>
            <source>Required: this ends the case. Why, and on whose word?</source>
            <translation>Обязательно: это завершает дело. Почему и по чьему сообщению?</translation>
        </message>
        <message>
            <source>What was wrong, and on whose word (required)</source>
            <translation>Что было неверно и по чьему сообщению (обязательно)</translation>
        </message>
        <message>
            <source>C&amp;orrect status</source>
            <translation>Испр&amp;авить статус</translation>
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
            <translation>Завершение дела</translation>
        </message>
        <message>
            <source>Mark %s, %s, as %s? This ends the case.</source>
            <translation>Отметить %s, %s, как «%s»? Это завершает дело.</translation>
        </message>
        <message>
            <source>Afterwards only a supervisor can change it, by correcting the status.</source>
            <translation>После этого изменить его сможет только руководитель, исправив статус.</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Отметить как «%s»</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Вернуться</translation>
        </message>
        <message>
            <source>%s: %s → %s.</source>
            <translation>%s: %s → %s.</translation>
        </message>
        <message>
            <source>%s: back to %s (your change undone).</source>
            <translation>%s: возвращено к «%s» (ваше изменение отменено).</translation>
        </message>
    </context>
    <context>
        <name>StatusEventKind</name>
        <message>
            <source>Registered</source>
            <translation>Регистрация</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Исправление</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Блокировка</translation>
        </message>
        <message>
            <source>Unblocked</source>
            <translation>Разблокировка</translation>
        </message>
    </context>
    <context>
        <name>StatusReasons</name>
        <message>
            <source>Case registered</source>
            <translation>Дело зарегистрировано</translation>
        </message>
    </context>
</TS>
