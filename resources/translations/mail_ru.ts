<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AcknowledgementFile</name>
        <message>
            <source>No parcel-number column was found: the list needs a header such as “Parcel number”, “Номер посилки” or “Номер посылки” in its first rows.</source>
            <translation>Не найден столбец с номерами посылок: в первых строках списка должен быть заголовок вроде «Номер посылки», «Номер посилки» или “Parcel number”.</translation>
        </message>
        <message>
            <source>line {line}: “{text}” is not a date</source>
            <translation>строка {line}: «{text}» — не дата</translation>
        </message>
        <message>
            <source>; and {count} more</source>
            <translation>; и ещё {count}</translation>
        </message>
        <message>
            <source>Nothing was imported. Dates must be YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY — {problems}.</source>
            <translation>Ничего не импортировано. Даты должны быть в формате ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или ДД/ММ/ГГГГ — {problems}.</translation>
        </message>
        <message>
            <source>The list has a parcel-number column but no parcel numbers in it.</source>
            <translation>В списке есть столбец номеров посылок, но в нём нет ни одного номера.</translation>
        </message>
        <message>
            <source>The file's text encoding cannot be recognised; save it as CSV UTF-8 and try again.</source>
            <translation>Не удалось распознать кодировку текста файла; сохраните его как CSV UTF-8 и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be read ({problem}).</source>
            <translation>Таблицу не удаётся прочитать ({problem}).</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>Таблица пуста.</translation>
        </message>
        <message>
            <source>This is an old Excel file (.xls); save it as .xlsx or CSV and import that.</source>
            <translation>Это файл старого формата Excel (.xls); сохраните его как .xlsx или CSV и импортируйте его.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл пуст.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {problem}.</source>
            <translation>Не удаётся прочитать {file}: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>AddParcelsDialog</name>
        <message>
            <source>Add packed parcels</source>
            <translation>Добавить упакованные посылки</translation>
        </message>
        <message>
            <source>&amp;Add selected</source>
            <translation>&amp;Добавить выбранные</translation>
        </message>
        <message numerus="yes">
            <source>%n packed parcels wait for a shipment. Ctrl+A selects them all.</source>
            <translation>
                <numerusform>%n упакованная посылка ждёт партии. Ctrl+A выбирает все.</numerusform>
                <numerusform>%n упакованные посылки ждут партии. Ctrl+A выбирает все.</numerusform>
                <numerusform>%n упакованных посылок ждут партии. Ctrl+A выбирает все.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} parcels are still being assembled</source>
            <translation>
                <numerusform>{count} посылка ещё комплектуется</numerusform>
                <numerusform>{count} посылки ещё комплектуются</numerusform>
                <numerusform>{count} посылок ещё комплектуются</numerusform>
            </translation>
        </message>
        <message>
            <source>No packed parcels wait for a shipment: {why} — seal them first (open them on the Parcels page, Alt+5, and Pack and seal).</source>
            <translation>Ни одна упакованная посылка не ждёт партии: {why} — сначала опломбируйте их (откройте на странице «Посылки», Alt+5, и нажмите «Упаковать и опломбировать»).</translation>
        </message>
        <message>
            <source>No packed parcels wait for a shipment: every sealed parcel is in a shipment already. Make up and seal a parcel first (New parcel).</source>
            <translation>Ни одна упакованная посылка не ждёт партии: каждая опломбированная посылка уже в партии. Сначала соберите и опломбируйте посылку («Новая посылка»).</translation>
        </message>
    </context>
    <context>
        <name>CampaignWidget</name>
        <message>
            <source>deadline today</source>
            <translation>срок истекает сегодня</translation>
        </message>
        <message>
            <source>{delivered} of {target} delivered · {dispatched} dispatched · {packed} packed · {days_left}</source>
            <translation>доставлено {delivered} из {target} · отправлено {dispatched} · упаковано {packed} · {days_left}</translation>
        </message>
        <message>
            <source>{campaign}: {delivered} / {target} delivered · {days_left}</source>
            <translation>{campaign}: доставлено {delivered} / {target} · {days_left}</translation>
        </message>
        <message>
            <source>Campai&amp;gns…</source>
            <translation>&amp;Кампании…</translation>
        </message>
        <message>
            <source>Set up campaign targets and deadlines (supervisor)</source>
            <translation>Цели и сроки кампаний (руководитель)</translation>
        </message>
        <message>
            <source>No campaign yet: a supervisor can set a target.</source>
            <translation>Кампаний пока нет: цель может установить руководитель.</translation>
        </message>
    </context>
    <context>
        <name>Campaigns</name>
        <message>
            <source>No campaign with id {id}.</source>
            <translation>Кампании с id {id} нет.</translation>
        </message>
        <message>
            <source>Campaign “{name}”</source>
            <translation>Кампания «{name}»</translation>
        </message>
    </context>
    <context>
        <name>CampaignsDialog</name>
        <message>
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <source>e.g. Winter parcels 2026</source>
            <translation>напр. Зимние посылки 2026</translation>
        </message>
        <message>
            <source>parcels delivered</source>
            <translation>доставленных посылок</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Название *</translation>
        </message>
        <message>
            <source>&amp;Target (parcels delivered) *</source>
            <translation>&amp;Цель (доставленных посылок) *</translation>
        </message>
        <message>
            <source>Counting from</source>
            <translation>Считать с</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Target (parcels delivered)</source>
            <translation>Цель (доставленных посылок)</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Parcels for</source>
            <translation>Посылки для</translation>
        </message>
        <message>
            <source>&amp;Deadline *</source>
            <translation>&amp;Срок *</translation>
        </message>
        <message>
            <source>&amp;Parcels for</source>
            <translation>&amp;Посылки для</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>Но&amp;вая</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Only a supervisor can change campaigns.</source>
            <translation>Изменять кампании может только руководитель.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Days without news</source>
            <translation>Дней без вестей</translation>
        </message>
        <message>
            <source>Last news</source>
            <translation>Последние вести</translation>
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
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посылка</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партия</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Number on their list</source>
            <translation>Номер в их списке</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От кого</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Номер партии</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Передача</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посылки</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
    </context>
    <context>
        <name>Correspondence</name>
        <message>
            <source>No correspondence item with id {id}; it may have been removed.</source>
            <translation>Отправления с id {id} нет; возможно, оно удалено.</translation>
        </message>
        <message>
            <source>{item} is packed; only logged or screened items can be edited. Take it out of its parcel first, then correct it.</source>
            <translation>{item} упаковано; исправлять можно только зарегистрированные или проверенные отправления. Сначала выньте его из посылки, затем исправьте.</translation>
        </message>
        <message>
            <source>{item} is {status}; only logged or screened items can be edited.</source>
            <translation>{item}: статус «{status}»; исправлять можно только зарегистрированные или проверенные отправления.</translation>
        </message>
        <message>
            <source>{item} is packed in parcel {number}</source>
            <translation>{item} упаковано в посылку {number}</translation>
        </message>
        <message>
            <source>{item} is packed</source>
            <translation>{item} упаковано</translation>
        </message>
        <message>
            <source>{packed}; a packed or dispatched item cannot be removed, only withheld or returned. Take it out of the parcel first (it is screened again); then remove it, or withhold it.</source>
            <translation>{packed}; упакованное или отправленное отправление нельзя удалить, только задержать или вернуть. Сначала выньте его из посылки (оно снова станет проверенным); затем удалите или задержите его.</translation>
        </message>
        <message>
            <source>{item} is {status}; a packed or dispatched item cannot be removed: it left the office and stays on record. If it comes back, mark its parcel returned.</source>
            <translation>{item}: статус «{status}»; упакованное или отправленное отправление нельзя удалить: оно покинуло офис и остаётся в учёте. Если его вернут, отметьте его посылку как возвращённую.</translation>
        </message>
        <message>
            <source>{item} is {status}; it stays on record and cannot be removed (only a logged or screened item can).</source>
            <translation>{item}: статус «{status}»; оно остаётся в учёте, и его нельзя удалить (можно только зарегистрированное или проверенное).</translation>
        </message>
    </context>
    <context>
        <name>Deliveries</name>
        <message>
            <source>The shipment does not exist; nothing can be delivered from it.</source>
            <translation>Такой партии нет; из неё ничего нельзя доставить.</translation>
        </message>
        <message>
            <source>The shipment has not been handed over yet; nothing can be delivered from it.</source>
            <translation>Партия ещё не передана; из неё ничего нельзя доставить.</translation>
        </message>
        <message>
            <source>No parcel of shipment {reference} is still on its way; nothing changed.</source>
            <translation>Ни одна посылка партии {reference} уже не в пути; ничего не изменено.</translation>
        </message>
        <message>
            <source>No parcel was chosen; nothing changed.</source>
            <translation>Не выбрано ни одной посылки; ничего не изменено.</translation>
        </message>
        <message>
            <source>{number} is {status}</source>
            <translation>{number}: статус «{status}»</translation>
        </message>
        <message>
            <source>Only a delivered parcel's delivery can be undone: {parcels}. Nothing changed.</source>
            <translation>Отменить доставку можно только для доставленной посылки: {parcels}. Ничего не изменено.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No case with id {id}; it may have been merged or removed.</source>
            <translation>Дела с идентификатором {id} нет; возможно, оно объединено с другим или удалено.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
            <translation>Сканы и документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Receipt not attached</source>
            <translation>Расписка не приложена</translation>
        </message>
        <message>
            <source>Receipt not saved</source>
            <translation>Расписка не сохранена</translation>
        </message>
        <message>
            <source>Handed over &amp;by *</source>
            <translation>Кто &amp;передал *</translation>
        </message>
        <message>
            <source>Their &amp;organisation</source>
            <translation>&amp;Организация передающего</translation>
        </message>
        <message>
            <source>&amp;Received by *</source>
            <translation>Кто п&amp;ринял *</translation>
        </message>
        <message>
            <source>Receiving or&amp;ganisation</source>
            <translation>Организация по&amp;лучателя</translation>
        </message>
        <message>
            <source>Hand over shipment {reference}</source>
            <translation>Передача партии {reference}</translation>
        </message>
        <message>
            <source>Every parcel in &lt;b&gt;{reference}&lt;/b&gt; ({channel}) and every item in them becomes &lt;b&gt;dispatched&lt;/b&gt;. Record who handed it over and who received it.</source>
            <translation>Каждая посылка партии &lt;b&gt;{reference}&lt;/b&gt; ({channel}) и каждое отправление в них станет &lt;b&gt;отправленным&lt;/b&gt;. Укажите, кто передал и кто принял.</translation>
        </message>
        <message>
            <source>ICRC</source>
            <translation>МККК</translation>
        </message>
        <message>
            <source>Handover &amp;date</source>
            <translation>&amp;Дата передачи</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>П&amp;ередать</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Ukrainian</source>
            <translation>украинский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>русский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>английский</translation>
        </message>
        <message>
            <source>Crimean Tatar</source>
            <translation>крымскотатарский</translation>
        </message>
        <message>
            <source>Belarusian</source>
            <translation>белорусский</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Author's name</source>
            <translation>Имя автора</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Степень родства</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Дата поступления</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Страниц</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Edit item — {person}</source>
            <translation>Исправление отправления — {person}</translation>
        </message>
        <message>
            <source>Log letters and items — {person}</source>
            <translation>Регистрация писем и отправлений — {person}</translation>
        </message>
        <message>
            <source>To the person (from family)</source>
            <translation>Лицу (от семьи)</translation>
        </message>
        <message>
            <source>From the person</source>
            <translation>От лица</translation>
        </message>
        <message>
            <source>Other person… (type the name)</source>
            <translation>Другое лицо… (введите имя)</translation>
        </message>
        <message>
            <source>— nobody (item from the person) —</source>
            <translation>— никто (отправление от лица) —</translation>
        </message>
        <message>
            <source>Name as signed</source>
            <translation>Имя, как в подписи</translation>
        </message>
        <message>
            <source>— unknown —</source>
            <translation>— неизвестно —</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>e.g. drawing by his daughter, a house and a dog</source>
            <translation>напр. рисунок дочери: дом и собака</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Направление</translation>
        </message>
        <message>
            <source>&amp;Author</source>
            <translation>&amp;Автор</translation>
        </message>
        <message>
            <source>Author's na&amp;me</source>
            <translation>&amp;Имя автора</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Родство</translation>
        </message>
        <message>
            <source>Date &amp;received</source>
            <translation>Дата поступ&amp;ления</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Pages</source>
            <translation>Страни&amp;ц</translation>
        </message>
        <message>
            <source>Descr&amp;iption</source>
            <translation>&amp;Описание</translation>
        </message>
        <message>
            <source>Save and &amp;next</source>
            <translation>Сохранить и &amp;следующее</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Alt+N: save, keep author and date</source>
            <translation>Ctrl+Enter или Alt+N: сохранить, оставив автора и дату</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>Enter: save and close</source>
            <translation>Enter: сохранить и закрыть</translation>
        </message>
        <message>
            <source>Enter saves and closes · Ctrl+Enter saves and starts the next item</source>
            <translation>Enter — сохранить и закрыть · Ctrl+Enter — сохранить и начать следующее</translation>
        </message>
        <message>
            <source>Enter saves, Esc cancels</source>
            <translation>Enter сохраняет, Esc отменяет</translation>
        </message>
        <message numerus="yes">
            <source>%n items logged</source>
            <translation>
                <numerusform>Зарегистрировано %n отправление</numerusform>
                <numerusform>Зарегистрировано %n отправления</numerusform>
                <numerusform>Зарегистрировано %n отправлений</numerusform>
            </translation>
        </message>
        <message>
            <source>Content could endanger the person</source>
            <translation>Содержание может угрожать лицу</translation>
        </message>
        <message>
            <source>Content not allowed by the holding party</source>
            <translation>Содержание не разрешено удерживающей стороной</translation>
        </message>
        <message>
            <source>Sender could not be identified</source>
            <translation>Не удалось установить отправителя</translation>
        </message>
        <message>
            <source>{item} corrected.</source>
            <translation>{item} исправлено.</translation>
        </message>
        <message>
            <source>Withhold items</source>
            <translation>Задержать отправления</translation>
        </message>
        <message>
            <source>&amp;Withhold</source>
            <translation>&amp;Задержать</translation>
        </message>
    </context>
    <context>
        <name>MailFeature</name>
        <message>
            <source>Mail</source>
            <translation>Почта</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посылки</translation>
        </message>
        <message>
            <source>Shipments</source>
            <translation>Партии</translation>
        </message>
        <message>
            <source>No news</source>
            <translation>Без вестей</translation>
        </message>
        <message>
            <source>Campaign progress — details on the Parcels page (Alt+5)</source>
            <translation>Ход кампании — подробно на странице «Посылки» (Alt+5)</translation>
        </message>
        <message>
            <source>&amp;Log letters and items…</source>
            <translation>&amp;Зарегистрировать письма и отправления…</translation>
        </message>
        <message>
            <source>Log letters, drawings and photos on the selected case, one after another</source>
            <translation>Регистрировать письма, рисунки и фото по выбранному делу одно за другим</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Исправить отправление…</translation>
        </message>
        <message>
            <source>Correct the item selected on the case's Mail tab (F2 there)</source>
            <translation>Исправить отправление, выбранное на вкладке «Почта» дела (там F2)</translation>
        </message>
        <message>
            <source>Re&amp;move items…</source>
            <translation>У&amp;далить отправления…</translation>
        </message>
        <message>
            <source>Remove the items selected on the case's Mail tab, logged in error (Delete there)</source>
            <translation>Удалить ошибочно зарегистрированные отправления, выбранные на вкладке «Почта» дела (там Delete)</translation>
        </message>
        <message>
            <source>&amp;New parcel</source>
            <translation>&amp;Новая посылка</translation>
        </message>
        <message>
            <source>Start a parcel for the selected case</source>
            <translation>Начать посылку для выбранного дела</translation>
        </message>
        <message>
            <source>&amp;Parcels</source>
            <translation>&amp;Посылки</translation>
        </message>
        <message>
            <source>All parcels, with campaign progress (Alt+5)</source>
            <translation>Все посылки и ход кампаний (Alt+5)</translation>
        </message>
        <message>
            <source>&amp;Shipments</source>
            <translation>П&amp;артии</translation>
        </message>
        <message>
            <source>Shipments: handover, receipts, delivery (Alt+6)</source>
            <translation>Партии: передача, расписки, доставка (Alt+6)</translation>
        </message>
        <message>
            <source>No ne&amp;ws list</source>
            <translation>Список «Без в&amp;естей»</translation>
        </message>
        <message>
            <source>Captives without news for too long</source>
            <translation>Пленные, от которых слишком долго нет вестей</translation>
        </message>
        <message>
            <source>&amp;Campaigns…</source>
            <translation>&amp;Кампании…</translation>
        </message>
        <message>
            <source>Set up campaign targets (supervisor)</source>
            <translation>Цели кампаний (руководитель)</translation>
        </message>
        <message>
            <source>&amp;Import acknowledgement…</source>
            <translation>И&amp;мпорт подтверждения…</translation>
        </message>
        <message>
            <source>Reconcile the other side's list of delivered parcels</source>
            <translation>Сверить список доставленных посылок от другой стороны</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Сначала выберите дело.</translation>
        </message>
        <message>
            <source>Select an item on the Mail tab first.</source>
            <translation>Сначала выберите отправление на вкладке «Почта».</translation>
        </message>
        <message>
            <source>No parcel numbered {number}.</source>
            <translation>Посылки с номером {number} нет.</translation>
        </message>
    </context>
    <context>
        <name>MailHistory</name>
        <message>
            <source>Logged</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Parcel created</source>
            <translation>Посылка создана</translation>
        </message>
        <message>
            <source>Delivery confirmed</source>
            <translation>Доставка подтверждена</translation>
        </message>
        <message>
            <source>Empty, created by mistake</source>
            <translation>Пустая, создана по ошибке</translation>
        </message>
        <message>
            <source>Screened at once: the office's settings do not require screening</source>
            <translation>Проверено сразу: настройки офиса не требуют проверки</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посылка {number}</translation>
        </message>
        <message>
            <source>Taken out of parcel {number}</source>
            <translation>Вынуто из посылки {number}</translation>
        </message>
        <message>
            <source>Seal {seal} broken: {reason}</source>
            <translation>Пломба {seal} снята: {reason}</translation>
        </message>
        <message>
            <source>Seal {seal}</source>
            <translation>Пломба {seal}</translation>
        </message>
        <message>
            <source>Shipment {reference} handed over to {name}</source>
            <translation>Партия {reference} передана: {name}</translation>
        </message>
        <message>
            <source>Delivery of shipment {reference} confirmed</source>
            <translation>Доставка партии {reference} подтверждена</translation>
        </message>
        <message>
            <source>Delivery of parcel {number} undone: {reason}</source>
            <translation>Доставка посылки {number} отменена: {reason}</translation>
        </message>
        <message>
            <source>Delivery undone: {reason}</source>
            <translation>Доставка отменена: {reason}</translation>
        </message>
        <message>
            <source>Acknowledged by {source}</source>
            <translation>Подтверждено: {source}</translation>
        </message>
    </context>
    <context>
        <name>MailModels</name>
        <message>
            <source>Received</source>
            <translation>Поступило</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От кого</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>{grams} g</source>
            <translation>{grams} г</translation>
        </message>
        <message>
            <source>Parcel number</source>
            <translation>Номер посылки</translation>
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
            <source>Items</source>
            <translation>Отправлений</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Пломба</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партия</translation>
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
    </context>
    <context>
        <name>MailPlurals</name>
        <message numerus="yes">
            <source>{days} days left</source>
            <translation>
                <numerusform>остался {days} день</numerusform>
                <numerusform>осталось {days} дня</numerusform>
                <numerusform>осталось {days} дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deadline passed {days} days ago</source>
            <translation>
                <numerusform>срок истёк {days} день назад</numerusform>
                <numerusform>срок истёк {days} дня назад</numerusform>
                <numerusform>срок истёк {days} дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n letters</source>
            <translation>
                <numerusform>%n письмо</numerusform>
                <numerusform>%n письма</numerusform>
                <numerusform>%n писем</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n открытка</numerusform>
                <numerusform>%n открытки</numerusform>
                <numerusform>%n открыток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n drawings</source>
            <translation>
                <numerusform>%n рисунок</numerusform>
                <numerusform>%n рисунка</numerusform>
                <numerusform>%n рисунков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n фото</numerusform>
                <numerusform>%n фото</numerusform>
                <numerusform>%n фото</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other items</source>
            <translation>
                <numerusform>%n другое отправление</numerusform>
                <numerusform>%n других отправления</numerusform>
                <numerusform>%n других отправлений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{items} wait for screening</source>
            <translation>
                <numerusform>{items} ждёт проверки</numerusform>
                <numerusform>{items} ждут проверки</numerusform>
                <numerusform>{items} ждут проверки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{items} wait to be packed</source>
            <translation>
                <numerusform>{items} ждёт упаковки</numerusform>
                <numerusform>{items} ждут упаковки</numerusform>
                <numerusform>{items} ждут упаковки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n страница</numerusform>
                <numerusform>%n страницы</numerusform>
                <numerusform>%n страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged, waiting to be packed</source>
            <translation>
                <numerusform>%n зарегистрировано, ждёт упаковки</numerusform>
                <numerusform>%n зарегистрировано, ждут упаковки</numerusform>
                <numerusform>%n зарегистрировано, ждут упаковки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n packed, waiting to be dispatched</source>
            <translation>
                <numerusform>%n упаковано, ждёт отправки</numerusform>
                <numerusform>%n упаковано, ждут отправки</numerusform>
                <numerusform>%n упаковано, ждут отправки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Withhold %n items: they will not be sent. Why?</source>
            <translation>
                <numerusform>Задержать %n отправление: оно не будет отправлено. Почему?</numerusform>
                <numerusform>Задержать %n отправления: они не будут отправлены. Почему?</numerusform>
                <numerusform>Задержать %n отправлений: они не будут отправлены. Почему?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo the delivery of %n parcels ({numbers})? They go back to dispatched (or to lost, if recorded lost before), with their items.</source>
            <translation>
                <numerusform>Отменить доставку %n посылки ({numbers})? Она вернётся в статус «отправлено» (или «утеряно», если ранее была отмечена утерянной) вместе с отправлениями.</numerusform>
                <numerusform>Отменить доставку %n посылок ({numbers})? Они вернутся в статус «отправлено» (или «утеряно», если ранее были отмечены утерянными) вместе с отправлениями.</numerusform>
                <numerusform>Отменить доставку %n посылок ({numbers})? Они вернутся в статус «отправлено» (или «утеряно», если ранее были отмечены утерянными) вместе с отправлениями.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delivery of %n parcels undone.</source>
            <translation>
                <numerusform>Доставка %n посылки отменена.</numerusform>
                <numerusform>Доставка %n посылок отменена.</numerusform>
                <numerusform>Доставка %n посылок отменена.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailProblems</name>
        <message>
            <source>must be a whole number</source>
            <translation>должно быть целым числом</translation>
        </message>
        <message>
            <source>is after the deadline</source>
            <translation>позже срока</translation>
        </message>
        <message>
            <source>must be captive or evacuee, or empty for all</source>
            <translation>должно быть «пленный» или «эвакуированный», либо пусто для всех</translation>
        </message>
        <message>
            <source>give the full date (day, month and year)</source>
            <translation>укажите полную дату (день, месяц и год)</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <source>choose one of {choices}</source>
            <translation>выберите одно из: {choices}</translation>
        </message>
        <message>
            <source>is not one of this person's contacts</source>
            <translation>не является контактным лицом этого лица</translation>
        </message>
        <message>
            <source>choose a relationship</source>
            <translation>выберите степень родства</translation>
        </message>
        <message>
            <source>pick one of the person's contacts or type the author's name</source>
            <translation>выберите одно из контактных лиц или введите имя автора</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>дата в будущем</translation>
        </message>
        <message>
            <source>must be a whole number of grams</source>
            <translation>должно быть целым числом граммов</translation>
        </message>
        <message>
            <source>must be from 1 to {highest} grams</source>
            <translation>должно быть от 1 до {highest} г</translation>
        </message>
        <message>
            <source>a packed parcel without items needs its contents</source>
            <translation>упакованной посылке без отправлений нужно описание содержимого</translation>
        </message>
        <message>
            <source>is already used on parcel {number}</source>
            <translation>уже использована на посылке {number}</translation>
        </message>
        <message>
            <source>is too long ({limit} characters at most)</source>
            <translation>слишком длинное (не более {limit} символов)</translation>
        </message>
        <message>
            <source>must be from 1 to {highest}</source>
            <translation>должно быть от 1 до {highest}</translation>
        </message>
        <message>
            <source>“{reference}” is already used by another shipment</source>
            <translation>«{reference}» уже есть у другой партии</translation>
        </message>
        <message>
            <source>is required for the chain of custody</source>
            <translation>обязательно для цепочки передачи</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <source>the file is {size} MB; a receipt may be at most {limit} MB — scan it at a lower resolution</source>
            <translation>файл занимает {size} МБ; расписка может занимать не более {limit} МБ — отсканируйте её с меньшим разрешением</translation>
        </message>
    </context>
    <context>
        <name>MailTab</name>
        <message>
            <source>Logged twice</source>
            <translation>Зарегистрировано дважды</translation>
        </message>
        <message>
            <source>Logged on the wrong case</source>
            <translation>Зарегистрировано не в том деле</translation>
        </message>
        <message>
            <source>Logged by mistake: there is no such item</source>
            <translation>Зарегистрировано по ошибке: такого отправления нет</translation>
        </message>
        <message>
            <source>&amp;Log items…</source>
            <translation>&amp;Зарегистрировать…</translation>
        </message>
        <message>
            <source>Ctrl+L: log letters, drawings and photos, one after another</source>
            <translation>Ctrl+L: регистрировать письма, рисунки и фото одно за другим</translation>
        </message>
        <message>
            <source>&amp;Pass</source>
            <translation>&amp;Пропустить</translation>
        </message>
        <message>
            <source>Screening: the selected items may be sent</source>
            <translation>Проверка: выбранные отправления можно отправлять</translation>
        </message>
        <message>
            <source>&amp;Withhold…</source>
            <translation>Задер&amp;жать…</translation>
        </message>
        <message>
            <source>Screening: keep the selected items back, with a reason</source>
            <translation>Проверка: задержать выбранные отправления с указанием причины</translation>
        </message>
        <message>
            <source>New p&amp;arcel</source>
            <translation>Новая по&amp;сылка</translation>
        </message>
        <message>
            <source>Start a parcel for this person and fill it</source>
            <translation>Начать посылку для этого лица и наполнить её</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Исправить…</translation>
        </message>
        <message>
            <source>F2: correct the selected item (author, date, kind, description)</source>
            <translation>F2: исправить выбранное отправление (автор, дата, вид, описание)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>У&amp;далить…</translation>
        </message>
        <message>
            <source>Delete: remove the selected items logged in error, with a reason (undo offered)</source>
            <translation>Delete: удалить ошибочно зарегистрированные выбранные отправления с указанием причины (можно отменить)</translation>
        </message>
        <message>
            <source>&lt;b&gt;History of items and parcels&lt;/b&gt;</source>
            <translation>&lt;b&gt;История отправлений и посылок&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No letters or items are logged for this person yet — &lt;a href="log"&gt;Log items…&lt;/a&gt; (Ctrl+L)</source>
            <translation>Для этого лица ещё не зарегистрировано ни одного письма или отправления — &lt;a href="log"&gt;Зарегистрировать…&lt;/a&gt; (Ctrl+L)</translation>
        </message>
        <message>
            <source>No parcels yet: {waiting} — &lt;a href="parcel"&gt;New parcel&lt;/a&gt; (Alt+A)</source>
            <translation>Посылок ещё нет: {waiting} — &lt;a href="parcel"&gt;Новая посылка&lt;/a&gt; (Alt+A)</translation>
        </message>
        <message>
            <source>No parcels yet, and no screened items to pack: {waiting} — select them above and &lt;a href="pass"&gt;Pass&lt;/a&gt; them</source>
            <translation>Посылок ещё нет, и нет проверенных отправлений для упаковки: {waiting} — выберите их выше и &lt;a href="pass"&gt;пропустите&lt;/a&gt;</translation>
        </message>
        <message>
            <source>No parcels for this person yet: log the items to send first.</source>
            <translation>Посылок для этого лица ещё нет: сначала зарегистрируйте отправления, которые нужно отправить.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Items&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Отправления&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Parcels&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Посылки&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&amp;Edit…	F2</source>
            <translation>&amp;Исправить…	F2</translation>
        </message>
        <message>
            <source>Re&amp;move…	Del</source>
            <translation>У&amp;далить…	Del</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Delete empty parcel	Del</source>
            <translation>У&amp;далить пустую посылку	Del</translation>
        </message>
        <message>
            <source>Select one item to edit.</source>
            <translation>Выберите одно отправление для исправления.</translation>
        </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n отправление</numerusform>
                <numerusform>%n отправления</numerusform>
                <numerusform>%n отправлений</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove items</source>
            <translation>Удаление отправлений</translation>
        </message>
        <message>
            <source>Remove {what} logged in error? It goes from the case; the history keeps the removal and its reason. Why?</source>
            <translation>Удалить {what}, зарегистрированное по ошибке? Оно будет убрано из дела; в истории останутся удаление и его причина. Почему?</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>У&amp;далить</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected items cannot be removed.</source>
            <translation>
                <numerusform>%n из выбранных отправлений нельзя удалить.</numerusform>
                <numerusform>%n из выбранных отправлений нельзя удалить.</numerusform>
                <numerusform>%n из выбранных отправлений нельзя удалить.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot remove</source>
            <translation>Нельзя удалить</translation>
        </message>
        <message>
            <source>{item} removed.</source>
            <translation>{item} удалено.</translation>
        </message>
        <message numerus="yes">
            <source>%n items removed.</source>
            <translation>
                <numerusform>Удалено %n отправление.</numerusform>
                <numerusform>Удалено %n отправления.</numerusform>
                <numerusform>Удалено %n отправлений.</numerusform>
            </translation>
        </message>
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
        <message>
            <source>Assembling</source>
            <translation>Комплектуется</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Утеряно</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>само лицо</translation>
        </message>
        <message>
            <source>To them, from {author}</source>
            <translation>Лицу, от: {author}</translation>
        </message>
        <message>
            <source>From them</source>
            <translation>От лица</translation>
        </message>
        <message>
            <source>In parcel {number}</source>
            <translation>В посылке {number}</translation>
        </message>
        <message>
            <source>Withheld: {reason}</source>
            <translation>Задержано: {reason}</translation>
        </message>
        <message>
            <source>from him</source>
            <translation>от него</translation>
        </message>
        <message>
            <source>to him</source>
            <translation>ему</translation>
        </message>
        <message>
            <source>from her</source>
            <translation>от неё</translation>
        </message>
        <message>
            <source>to her</source>
            <translation>ей</translation>
        </message>
        <message>
            <source>from them</source>
            <translation>от лица</translation>
        </message>
        <message>
            <source>to them</source>
            <translation>лицу</translation>
        </message>
        <message>
            <source>No news {from_them} since registration, {days} ago</source>
            <translation>Вестей {from_them} нет с регистрации, {days} назад</translation>
        </message>
        <message>
            <source>Last news {from_them} {days} ago</source>
            <translation>Последние вести {from_them} {days} назад</translation>
        </message>
        <message>
            <source>no item dispatched {to_them} yet</source>
            <translation>{to_them} ещё ничего не отправлено</translation>
        </message>
        <message>
            <source>last item dispatched {to_them} {days} ago</source>
            <translation>последнее отправление {to_them} — {days} назад</translation>
        </message>
        <message>
            <source>{letters}, {cards}</source>
            <translation>{letters}, {cards}</translation>
        </message>
        <message>
            <source>GC III art. 71: at least {letters} letters and {cards} cards</source>
            <translation>ЖК III ст. 71: не менее {letters} писем и {cards} открыток</translation>
        </message>
        <message>
            <source>{from_them} in 30 days: {month} ({standard})</source>
            <translation>{from_them} за 30 дней: {month} ({standard})</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посылка {number}</translation>
        </message>
    </context>
    <context>
        <name>NewShipmentDialog</name>
        <message>
            <source>New shipment</source>
            <translation>Новая партия</translation>
        </message>
        <message>
            <source>e.g. ICRC-2026-12</source>
            <translation>напр. МККК-2026-12</translation>
        </message>
        <message>
            <source>&amp;Reference *</source>
            <translation>&amp;Номер партии *</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Канал</translation>
        </message>
        <message>
            <source>Planned &amp;handover</source>
            <translation>Планируемая &amp;передача</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>&amp;Создать</translation>
        </message>
    </context>
    <context>
        <name>NewsClock</name>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
    </context>
    <context>
        <name>NewsFilterBar</name>
        <message>
            <source>Any caseworker</source>
            <translation>Любой сотрудник</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <source>Blocked or not</source>
            <translation>Заблокированы или нет</translation>
        </message>
        <message>
            <source>Any length of silence</source>
            <translation>Любой срок</translation>
        </message>
        <message>
            <source>Not blocked</source>
            <translation>Не заблокировано</translation>
        </message>
        <message>
            <source>Blocked: {reason}</source>
            <translation>Заблокировано: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NewsPage</name>
        <message numerus="yes">
            <source>{count} of {total} captives</source>
            <translation>
                <numerusform>{count} из {total} пленного</numerusform>
                <numerusform>{count} из {total} пленных</numerusform>
                <numerusform>{count} из {total} пленных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} captives</source>
            <translation>
                <numerusform>{count} пленный</numerusform>
                <numerusform>{count} пленных</numerusform>
                <numerusform>{count} пленных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{captives}&lt;/b&gt; have sent no letter, card or other item for more than {days} days (office setting). Enter opens the case.</source>
            <translation>
                <numerusform>&lt;b&gt;{captives}&lt;/b&gt;: ни одного письма, открытки или другого отправления более {days} дня (настройка офиса). Enter открывает дело.</numerusform>
                <numerusform>&lt;b&gt;{captives}&lt;/b&gt;: ни одного письма, открытки или другого отправления более {days} дней (настройка офиса). Enter открывает дело.</numerusform>
                <numerusform>&lt;b&gt;{captives}&lt;/b&gt;: ни одного письма, открытки или другого отправления более {days} дней (настройка офиса). Enter открывает дело.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParcelDialog</name>
        <message>
            <source>&amp;Take out</source>
            <translation>&amp;Вынуть</translation>
        </message>
        <message>
            <source>Take the selected item out of the parcel</source>
            <translation>Вынуть выбранное отправление из посылки</translation>
        </message>
        <message>
            <source>Space ticks an item; then Add ticked items</source>
            <translation>Пробел отмечает отправление; затем «Добавить отмеченные»</translation>
        </message>
        <message>
            <source>&amp;Add ticked items</source>
            <translation>&amp;Добавить отмеченные</translation>
        </message>
        <message>
            <source>Logged, not screened yet: they cannot be packed until they pass screening</source>
            <translation>Зарегистрированы, ещё не проверены: их нельзя упаковать, пока они не пройдут проверку</translation>
        </message>
        <message>
            <source>&amp;Screen them now</source>
            <translation>&amp;Проверить сейчас</translation>
        </message>
        <message>
            <source>Pass these items at screening here; to withhold one, use Withhold… on the case's Mail tab</source>
            <translation>Пропустите эти отправления при проверке здесь; чтобы задержать одно из них, используйте «Задержать…» на вкладке «Почта» дела</translation>
        </message>
        <message>
            <source>&amp;Delete parcel</source>
            <translation>Уда&amp;лить посылку</translation>
        </message>
        <message>
            <source>Delete this empty parcel, created by mistake (Undo in the status bar)</source>
            <translation>Удалить эту пустую посылку, созданную по ошибке (отменить можно в строке состояния)</translation>
        </message>
        <message>
            <source>Other contents, e.g. warm socks, soap, tea</source>
            <translation>Другое содержимое, напр. тёплые носки, мыло, чай</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>граммов</translation>
        </message>
        <message>
            <source>Save c&amp;ontents</source>
            <translation>Сохранить содер&amp;жимое</translation>
        </message>
        <message>
            <source>Seal number</source>
            <translation>Номер пломбы</translation>
        </message>
        <message>
            <source>&amp;Pack and seal</source>
            <translation>&amp;Упаковать и опломбировать</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>Вскр&amp;ыть…</translation>
        </message>
        <message>
            <source>In this parcel</source>
            <translation>В этой посылке</translation>
        </message>
        <message>
            <source>Screened items of this person</source>
            <translation>Проверенные отправления этого лица</translation>
        </message>
        <message>
            <source>Weight (g):</source>
            <translation>Вес (г):</translation>
        </message>
        <message>
            <source>Seal:</source>
            <translation>Пломба:</translation>
        </message>
        <message>
            <source>Print &amp;label…</source>
            <translation>Печать на&amp;клейки…</translation>
        </message>
        <message>
            <source>Save this parcel's label (with QR code) as a PDF</source>
            <translation>Сохранить наклейку этой посылки (с QR-кодом) в PDF</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посылка {number}</translation>
        </message>
        <message>
            <source>seal {number}</source>
            <translation>пломба {number}</translation>
        </message>
        <message>
            <source>For &lt;b&gt;{name}&lt;/b&gt; ({case_number})</source>
            <translation>Для &lt;b&gt;{name}&lt;/b&gt; ({case_number})</translation>
        </message>
        <message>
            <source>No screened items for this person: {waiting} — &lt;a href="screen"&gt;Screen them now&lt;/a&gt;</source>
            <translation>Для этого лица нет проверенных отправлений: {waiting} — &lt;a href="screen"&gt;Проверить сейчас&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Taken out of parcel {number}: {item}</source>
            <translation>Вынуто из посылки {number}: {item}</translation>
        </message>
        <message>
            <source>Other contents</source>
            <translation>Другое содержимое</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Вес (г)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>The parcel is sealed: reopen it to add items.</source>
            <translation>Посылка опломбирована: вскройте её, чтобы добавить отправления.</translation>
        </message>
        <message>
            <source>No screened items for this person wait to be packed: every item to them is in a parcel, withheld or not logged yet (Log items on the case's Mail tab).</source>
            <translation>Ни одно проверенное отправление этого лица не ждёт упаковки: каждое отправление ему — в посылке, задержано или ещё не зарегистрировано (зарегистрируйте на вкладке «Почта» дела).</translation>
        </message>
        <message>
            <source>No letters or items in this parcel; its other contents are below.</source>
            <translation>В этой посылке нет писем и отправлений; её другое содержимое — ниже.</translation>
        </message>
        <message>
            <source>Nothing in this parcel yet: tick screened items on the right (Space) and Add ticked items, or describe other contents below.</source>
            <translation>В посылке ещё ничего нет: отметьте проверенные отправления справа (пробел) и нажмите «Добавить отмеченные» или опишите другое содержимое ниже.</translation>
        </message>
        <message>
            <source>Nothing in this parcel.</source>
            <translation>В посылке ничего нет.</translation>
        </message>
        <message>
            <source>Reopen parcel</source>
            <translation>Вскрытие посылки</translation>
        </message>
        <message>
            <source>Break the seal of this parcel to change what is in it. Why?</source>
            <translation>Снять пломбу с этой посылки, чтобы изменить её содержимое. Почему?</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>Вскр&amp;ыть</translation>
        </message>
        <message>
            <source>Item to add</source>
            <translation>Нужно добавить отправление</translation>
        </message>
        <message>
            <source>Seal damaged</source>
            <translation>Пломба повреждена</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translation>Сохранить наклейку в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ParcelRemoval</name>
        <message>
            <source>Parcel {number} deleted; its number is not given to another parcel.</source>
            <translation>Посылка {number} удалена; её номер не будет присвоен другой посылке.</translation>
        </message>
    </context>
    <context>
        <name>Parcels</name>
        <message>
            <source>Parcel {number}: {problem}.</source>
            <translation>Посылка {number}: {problem}.</translation>
        </message>
        <message>
            <source>No parcel with id {id}.</source>
            <translation>Посылки с id {id} нет.</translation>
        </message>
        <message>
            <source>No parcel numbered “{number}”.</source>
            <translation>Посылки с номером «{number}» нет.</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посылка {number}</translation>
        </message>
        <message>
            <source>Nothing was added to {parcel}. {problems}.</source>
            <translation>Ничего не добавлено ({parcel}). {problems}.</translation>
        </message>
        <message>
            <source>{item} is not in {parcel}.</source>
            <translation>{item} не входит в состав: {parcel}.</translation>
        </message>
        <message>
            <source>{parcel} is {status}; items can only be taken out while it is being assembled.</source>
            <translation>{parcel}: статус «{status}»; вынимать отправления можно только во время комплектования.</translation>
        </message>
        <message>
            <source>{parcel} is {status}; its contents can no longer change.</source>
            <translation>{parcel}: статус «{status}»; её содержимое уже нельзя изменить.</translation>
        </message>
        <message>
            <source>{parcel} is in a shipment; take it out of it first.</source>
            <translation>{parcel} в партии; сначала выньте её оттуда.</translation>
        </message>
        <message>
            <source>{parcel} is {status}; only a parcel still being assembled, never sealed, can be deleted.</source>
            <translation>{parcel}: статус «{status}»; удалить можно только посылку, которая ещё комплектуется и никогда не была опломбирована.</translation>
        </message>
        <message>
            <source>{parcel} holds 1 item; take them out first, then delete the empty parcel.</source>
            <translation>{parcel} содержит 1 отправление: сначала выньте его, затем удалите пустую посылку.</translation>
        </message>
        <message>
            <source>{parcel} holds {count} items; take them out first, then delete the empty parcel.</source>
            <translation>{parcel} содержит отправления ({count}): сначала выньте их, затем удалите пустую посылку.</translation>
        </message>
        <message>
            <source>{parcel} was sealed once (its seal was broken since); it stays on record. Fill it again or leave it empty.</source>
            <translation>{parcel} уже была опломбирована (пломба затем снята); она остаётся в учёте. Наполните её снова или оставьте пустой.</translation>
        </message>
        <message>
            <source>{parcel} is named in a shipment or an acknowledgement; it stays on record.</source>
            <translation>{parcel} упоминается в партии или подтверждении; она остаётся в учёте.</translation>
        </message>
        <message>
            <source>Parcel {number} is back already.</source>
            <translation>Посылка {number} уже восстановлена.</translation>
        </message>
    </context>
    <context>
        <name>ParcelsPage</name>
        <message>
            <source>Parcel number (scan), seal number or case number</source>
            <translation>Номер посылки, пломбы или дела</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Not in a shi&amp;pment</source>
            <translation>Не в &amp;партии</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>По&amp;иск:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Ст&amp;атус:</translation>
        </message>
        <message>
            <source>&amp;New parcel</source>
            <translation>&amp;Новая посылка</translation>
        </message>
        <message>
            <source>Start a parcel for the case selected on Cases</source>
            <translation>Начать посылку для дела, выбранного на странице «Дела»</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Open the selected parcel (Enter)</source>
            <translation>Открыть выбранную посылку (Enter)</translation>
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation>Печать на&amp;клеек…</translation>
        </message>
        <message>
            <source>Save the selected parcels' labels as a PDF</source>
            <translation>Сохранить наклейки выбранных посылок в PDF</translation>
        </message>
        <message>
            <source>Undo deliver&amp;y…</source>
            <translation>Отменить дос&amp;тавку…</translation>
        </message>
        <message>
            <source>The selected delivered parcels were not delivered after all (a reason)</source>
            <translation>Выбранные доставленные посылки на самом деле не доставлены (с причиной)</translation>
        </message>
        <message numerus="yes">
            <source>{count} parcels</source>
            <translation>
                <numerusform>{count} посылка</numerusform>
                <numerusform>{count} посылки</numerusform>
                <numerusform>{count} посылок</numerusform>
            </translation>
        </message>
        <message>
            <source>Labels saved to {file}</source>
            <translation>Наклейки сохранены в {file}</translation>
        </message>
        <message>
            <source>No parcel matches the search and filters above: a parcel number, seal number or case number is found by its beginning. Clear them to see every parcel.</source>
            <translation>Ни одна посылка не соответствует поиску и фильтрам выше: номер посылки, пломбы или дела ищется по началу. Очистите их, чтобы увидеть все посылки.</translation>
        </message>
        <message>
            <source>No parcels yet: select a case on the Cases page, then New parcel (or New parcel on the case's Mail tab).</source>
            <translation>Посылок ещё нет: выберите дело на странице «Дела», затем «Новая посылка» (или «Новая посылка» на вкладке «Почта» дела).</translation>
        </message>
        <message>
            <source>No case selected</source>
            <translation>Дело не выбрано</translation>
        </message>
        <message>
            <source>Select the recipient's case on the Cases page first.</source>
            <translation>Сначала выберите дело получателя на странице «Дела».</translation>
        </message>
        <message>
            <source>Save the labels as PDF</source>
            <translation>Сохранить наклейки в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Choose or type the reason</source>
            <translation>Выберите или введите причину</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message>
            <source>{numbers} numbers on the list · {delivered} now delivered · {already} delivered already</source>
            <translation>номеров в списке: {numbers} · доставлено сейчас: {delivered} · уже были доставлены: {already}</translation>
        </message>
        <message>
            <source>Unknown to this office</source>
            <translation>Неизвестны этому офису</translation>
        </message>
        <message>
            <source>Not dispatched (cannot be delivered)</source>
            <translation>Не отправлены (не могут быть доставлены)</translation>
        </message>
        <message>
            <source>Delivery date before dispatch or in the future</source>
            <translation>Дата доставки раньше отправки или в будущем</translation>
        </message>
        <message>
            <source>Acknowledgement — {file}</source>
            <translation>Подтверждение — {file}</translation>
        </message>
        <message>
            <source>Who sent it, e.g. ICRC or the counterpart office</source>
            <translation>Кто прислал, напр. МККК или офис другой стороны</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>&amp;Sent by *</source>
            <translation>&amp;Прислал *</translation>
        </message>
        <message>
            <source>&amp;Unacknowledged after</source>
            <translation>&amp;Не подтверждено после</translation>
        </message>
        <message>
            <source>&amp;Import and reconcile</source>
            <translation>&amp;Импортировать и сверить</translation>
        </message>
        <message>
            <source>This file cannot be read as an acknowledgement list.</source>
            <translation>Этот файл не удаётся прочитать как список подтверждений.</translation>
        </message>
        <message>
            <source>delivery dates from “{column}”</source>
            <translation>даты доставки из столбца «{column}»</translation>
        </message>
        <message numerus="yes">
            <source>{count} parcel numbers in column “{column}”, {dates}. Nothing changes until you import.</source>
            <translation>
                <numerusform>{count} номер посылки в столбце «{column}», {dates}. Ничего не изменится, пока вы не импортируете.</numerusform>
                <numerusform>{count} номера посылок в столбце «{column}», {dates}. Ничего не изменится, пока вы не импортируете.</numerusform>
                <numerusform>{count} номеров посылок в столбце «{column}», {dates}. Ничего не изменится, пока вы не импортируете.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Dispatched, not acknowledged after {days} days&lt;/b&gt; ({count})</source>
            <translation>
                <numerusform>&lt;b&gt;Отправлено, не подтверждено через {days} день&lt;/b&gt; ({count})</numerusform>
                <numerusform>&lt;b&gt;Отправлено, не подтверждено через {days} дня&lt;/b&gt; ({count})</numerusform>
                <numerusform>&lt;b&gt;Отправлено, не подтверждено через {days} дней&lt;/b&gt; ({count})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Acknowledged numbers this office does not know&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Подтверждённые номера, неизвестные этому офису&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>no delivery dates (today is used)</source>
            <translation>без дат доставки (берётся сегодняшняя)</translation>
        </message>
    </context>
    <context>
        <name>ShipmentPanel</name>
        <message>
            <source>Scan or type a parcel number, then Enter</source>
            <translation>Отсканируйте или введите номер посылки, затем Enter</translation>
        </message>
        <message>
            <source>Add &amp;packed parcels…</source>
            <translation>Добавить упакованные посы&amp;лки…</translation>
        </message>
        <message>
            <source>Date of the delivery, return or loss</source>
            <translation>Дата доставки, возврата или утери</translation>
        </message>
        <message>
            <source>Ta&amp;ke out</source>
            <translation>Вы&amp;нуть</translation>
        </message>
        <message>
            <source>Take the selected parcels out of the shipment</source>
            <translation>Вынуть выбранные посылки из партии</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>П&amp;ередать…</translation>
        </message>
        <message>
            <source>Record the handover: every parcel becomes dispatched</source>
            <translation>Записать передачу: каждая посылка становится отправленной</translation>
        </message>
        <message>
            <source>The selected parcels arrived (Shift, Ctrl: several)</source>
            <translation>Выбранные посылки прибыли (Shift, Ctrl: несколько)</translation>
        </message>
        <message>
            <source>Confirm &amp;all delivered…</source>
            <translation>Доставлены &amp;все…</translation>
        </message>
        <message>
            <source>Every parcel of this shipment still on its way arrived; asks first (supervisors)</source>
            <translation>Все посылки этой партии, которые ещё в пути, прибыли; сначала спрашивает (руководители)</translation>
        </message>
        <message>
            <source>Mark &amp;returned…</source>
            <translation>Возвра&amp;щено…</translation>
        </message>
        <message>
            <source>The selected parcel came back, with a reason</source>
            <translation>Выбранная посылка вернулась, с причиной</translation>
        </message>
        <message>
            <source>Mark &amp;lost…</source>
            <translation>У&amp;теряно…</translation>
        </message>
        <message>
            <source>The selected parcel is lost, with a reason</source>
            <translation>Выбранная посылка утеряна, с причиной</translation>
        </message>
        <message>
            <source>Undo deliver&amp;y…</source>
            <translation>Отменить доставк&amp;у…</translation>
        </message>
        <message>
            <source>The selected delivered parcels were not delivered after all, with a reason (supervisors)</source>
            <translation>Выбранные доставленные посылки на самом деле не доставлены, с причиной (руководители)</translation>
        </message>
        <message>
            <source>Attach re&amp;ceipt…</source>
            <translation>Приложить р&amp;асписку…</translation>
        </message>
        <message>
            <source>Store the signed receipt (scan) with the shipment</source>
            <translation>Сохранить подписанную расписку (скан) вместе с партией</translation>
        </message>
        <message>
            <source>Sa&amp;ve receipt as…</source>
            <translation>Сохранить расп&amp;иску…</translation>
        </message>
        <message>
            <source>Save the attached receipt to a file</source>
            <translation>Сохранить приложенную расписку в файл</translation>
        </message>
        <message>
            <source>Add &amp;by number:</source>
            <translation>Добавить по но&amp;меру:</translation>
        </message>
        <message>
            <source>After the handover, o&amp;n:</source>
            <translation>После передачи, д&amp;ата:</translation>
        </message>
        <message>
            <source>Select a shipment, or create one with New shipment.</source>
            <translation>Выберите партию или создайте новую («Новая партия»).</translation>
        </message>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n посылка</numerusform>
                <numerusform>%n посылки</numerusform>
                <numerusform>%n посылок</numerusform>
            </translation>
        </message>
        <message>
            <source>Handed over on {day} by {sender} to {receiver}.</source>
            <translation>Передано {day}: передал(а) {sender}, принял(а) {receiver}.</translation>
        </message>
        <message>
            <source>Receipt: {file}</source>
            <translation>Расписка: {file}</translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;all %n parcels delivered…</source>
            <translation>
                <numerusform>Доставлены &amp;все (%n)…</numerusform>
                <numerusform>Доставлены &amp;все (%n)…</numerusform>
                <numerusform>Доставлены &amp;все (%n)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;delivery of %n selected</source>
            <translation>
                <numerusform>&amp;Доставлено: %n выбранная</numerusform>
                <numerusform>&amp;Доставлено: %n выбранные</numerusform>
                <numerusform>&amp;Доставлено: %n выбранных</numerusform>
            </translation>
        </message>
        <message>
            <source>Added {number}.</source>
            <translation>Добавлена {number}.</translation>
        </message>
        <message>
            <source>{number} is already in this shipment.</source>
            <translation>{number} уже в этой партии.</translation>
        </message>
        <message numerus="yes">
            <source>Confirm that all %n parcels of shipment {reference} still on their way were delivered on {day}?</source>
            <translation>
                <numerusform>Подтвердить, что %n посылка партии {reference}, которая была в пути, доставлена {day}?</numerusform>
                <numerusform>Подтвердить, что все %n посылки партии {reference}, которые были в пути, доставлены {day}?</numerusform>
                <numerusform>Подтвердить, что все %n посылок партии {reference}, которые были в пути, доставлены {day}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm %n delivered</source>
            <translation>
                <numerusform>Подтвердить доставку (%n)</numerusform>
                <numerusform>Подтвердить доставку (%n)</numerusform>
                <numerusform>Подтвердить доставку (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {number} of {reference} confirmed delivered.</source>
            <translation>Доставка посылки {number} партии {reference} подтверждена.</translation>
        </message>
        <message numerus="yes">
            <source>%n parcels of {reference} confirmed delivered.</source>
            <translation>
                <numerusform>Доставка %n посылки партии {reference} подтверждена.</numerusform>
                <numerusform>Доставка %n посылок партии {reference} подтверждена.</numerusform>
                <numerusform>Доставка %n посылок партии {reference} подтверждена.</numerusform>
            </translation>
        </message>
        <message>
            <source>undone by {name} right after confirming it</source>
            <translation>отменено ({name}) сразу после подтверждения</translation>
        </message>
        <message numerus="yes">
            <source>Delivery of %n parcels undone.</source>
            <translation>
                <numerusform>Доставка %n посылки отменена.</numerusform>
                <numerusform>Доставка %n посылок отменена.</numerusform>
                <numerusform>Доставка %n посылок отменена.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivery of {number} undone.</source>
            <translation>Доставка {number} отменена.</translation>
        </message>
        <message>
            <source>No signed receipt attached yet.</source>
            <translation>Подписанная расписка ещё не приложена.</translation>
        </message>
        <message>
            <source>No parcels in this shipment yet: scan or type a parcel number above, or Add packed parcels… (only sealed parcels can be shipped).</source>
            <translation>В этой партии ещё нет посылок: отсканируйте или введите номер посылки выше либо используйте «Добавить упакованные посылки…» (отправлять можно только опломбированные посылки).</translation>
        </message>
        <message>
            <source>No parcels in this shipment.</source>
            <translation>В этой партии нет посылок.</translation>
        </message>
        <message>
            <source>Confirm the &amp;last parcel delivered…</source>
            <translation>Доставлена &amp;последняя…</translation>
        </message>
        <message>
            <source>Confirm &amp;delivery</source>
            <translation>&amp;Доставлено</translation>
        </message>
        <message>
            <source>Confirm all deliveries</source>
            <translation>Подтверждение всех доставок</translation>
        </message>
        <message>
            <source>Their letters and items become delivered too. Returned and lost parcels stay as they are.</source>
            <translation>Их письма и отправления тоже станут доставленными. Возвращённые и утерянные посылки остаются как есть.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Select the one parcel that came back or was lost.</source>
            <translation>Выберите одну посылку, которая вернулась или утеряна.</translation>
        </message>
        <message>
            <source>Parcel returned</source>
            <translation>Посылка возвращена</translation>
        </message>
        <message>
            <source>Parcel lost</source>
            <translation>Посылка утеряна</translation>
        </message>
        <message>
            <source>Why? The reason stays in the parcel's history.</source>
            <translation>Почему? Причина останется в истории посылки.</translation>
        </message>
        <message>
            <source>Mark &amp;returned</source>
            <translation>Возвра&amp;щено</translation>
        </message>
        <message>
            <source>Mark &amp;lost</source>
            <translation>У&amp;теряно</translation>
        </message>
        <message>
            <source>Attach the signed receipt</source>
            <translation>Приложить подписанную расписку</translation>
        </message>
        <message>
            <source>Save the receipt as</source>
            <translation>Сохранить расписку как</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>Shipments</name>
        <message>
            <source>Shipment {reference}</source>
            <translation>Партия {reference}</translation>
        </message>
        <message>
            <source>No shipment with id {id}.</source>
            <translation>Партии с id {id} нет.</translation>
        </message>
        <message>
            <source>Shipment {reference} is {status}; parcels can no longer be added.</source>
            <translation>Партия {reference}: статус «{status}»; посылки уже нельзя добавлять.</translation>
        </message>
        <message>
            <source>Shipment {reference} is {status}; parcels can no longer be taken out.</source>
            <translation>Партия {reference}: статус «{status}»; посылки уже нельзя вынимать.</translation>
        </message>
        <message>
            <source>parcel {number} is already in another shipment</source>
            <translation>посылка {number} уже в другой партии</translation>
        </message>
        <message>
            <source>parcel {number} is {status}; only packed parcels can be shipped</source>
            <translation>посылка {number}: статус «{status}»; отправлять можно только упакованные посылки</translation>
        </message>
        <message>
            <source>Nothing was added to shipment {reference}: {problems}.</source>
            <translation>В партию {reference} ничего не добавлено: {problems}.</translation>
        </message>
        <message>
            <source>Parcel {number} is not in shipment {reference}.</source>
            <translation>Посылки {number} нет в партии {reference}.</translation>
        </message>
        <message>
            <source>Shipment {reference} has already been handed over.</source>
            <translation>Партия {reference} уже передана.</translation>
        </message>
        <message>
            <source>Shipment {reference} has no parcels to hand over.</source>
            <translation>В партии {reference} нет посылок для передачи.</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsPage</name>
        <message>
            <source>&amp;New shipment…</source>
            <translation>&amp;Новая партия…</translation>
        </message>
        <message>
            <source>Start a batch of parcels for one handover</source>
            <translation>Начать партию посылок для одной передачи</translation>
        </message>
        <message>
            <source>&amp;Import acknowledgement…</source>
            <translation>&amp;Импорт подтверждения…</translation>
        </message>
        <message>
            <source>Read the other side's list of delivered parcels (CSV or XLSX) and reconcile</source>
            <translation>Прочитать список доставленных посылок от другой стороны (CSV или XLSX) и сверить</translation>
        </message>
        <message>
            <source>No shipments yet: New shipment… starts a batch of sealed parcels for one handover.</source>
            <translation>Партий ещё нет: «Новая партия…» начинает партию опломбированных посылок для одной передачи.</translation>
        </message>
        <message>
            <source>Import an acknowledgement list</source>
            <translation>Импорт списка подтверждений</translation>
        </message>
        <message>
            <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Списки (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>StackedBar</name>
        <message>
            <source>Delivered {delivered}, dispatched {dispatched}, packed {packed} — target {target} ({percent}% delivered)</source>
            <translation>Доставлено {delivered}, отправлено {dispatched}, упаковано {packed} — цель {target} (доставлено {percent}%)</translation>
        </message>
    </context>
    <context>
        <name>UndoDelivery</name>
        <message>
            <source>Undo the delivery of parcel {number}? It goes back to dispatched (or to lost, if it had been recorded lost), with its items.</source>
            <translation>Отменить доставку посылки {number}? Она вернётся в статус «отправлено» (или «утеряно», если ранее была отмечена утерянной) вместе с отправлениями.</translation>
        </message>
        <message>
            <source>Undo delivery</source>
            <translation>Отмена доставки</translation>
        </message>
        <message>
            <source>Why? The reason stays in their history.</source>
            <translation>Почему? Причина останется в их истории.</translation>
        </message>
        <message>
            <source>&amp;Undo delivery</source>
            <translation>&amp;Отменить доставку</translation>
        </message>
        <message>
            <source>Delivery of {number} undone.</source>
            <translation>Доставка {number} отменена.</translation>
        </message>
    </context>
    <context>
        <name>WaitingWords</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} и {last}</translation>
        </message>
    </context>
</TS>
