<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AcknowledgementFile</name>
        <message>
            <source>No parcel-number column was found: the list needs a header such as “Parcel number”, “Номер посилки” or “Номер посылки” in its first rows.</source>
            <translation>Не знайдено стовпця з номерами посилок: у перших рядках списку має бути заголовок на кшталт «Номер посилки», «Номер посылки» або “Parcel number”.</translation>
        </message>
        <message>
            <source>line {line}: “{text}” is not a date</source>
            <translation>рядок {line}: «{text}» — не дата</translation>
        </message>
        <message>
            <source>; and {count} more</source>
            <translation>; і ще {count}</translation>
        </message>
        <message>
            <source>Nothing was imported. Dates must be YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY — {problems}.</source>
            <translation>Нічого не імпортовано. Дати мають бути у форматі РРРР-ММ-ДД, ДД.ММ.РРРР або ДД/ММ/РРРР — {problems}.</translation>
        </message>
        <message>
            <source>The list has a parcel-number column but no parcel numbers in it.</source>
            <translation>У списку є стовпець номерів посилок, але в ньому немає жодного номера.</translation>
        </message>
        <message>
            <source>The file's text encoding cannot be recognised; save it as CSV UTF-8 and try again.</source>
            <translation>Не вдалося розпізнати кодування тексту файлу; збережіть його як CSV UTF-8 і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be read ({problem}).</source>
            <translation>Таблицю не вдається прочитати ({problem}).</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>Таблиця порожня.</translation>
        </message>
        <message>
            <source>This is an old Excel file (.xls); save it as .xlsx or CSV and import that.</source>
            <translation>Це файл старого формату Excel (.xls); збережіть його як .xlsx або CSV та імпортуйте його.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл порожній.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {problem}.</source>
            <translation>Не вдається прочитати {file}: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>AddParcelsDialog</name>
        <message>
            <source>Add packed parcels</source>
            <translation>Додати упаковані посилки</translation>
        </message>
        <message>
            <source>&amp;Add selected</source>
            <translation>&amp;Додати вибрані</translation>
        </message>
        <message numerus="yes">
            <source>%n packed parcels wait for a shipment. Ctrl+A selects them all.</source>
            <translation>
                <numerusform>%n упакована посилка чекає на партію. Ctrl+A вибирає всі.</numerusform>
                <numerusform>%n упаковані посилки чекають на партію. Ctrl+A вибирає всі.</numerusform>
                <numerusform>%n упакованих посилок чекають на партію. Ctrl+A вибирає всі.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} parcels are still being assembled</source>
            <translation>
                <numerusform>{count} посилка ще комплектується</numerusform>
                <numerusform>{count} посилки ще комплектуються</numerusform>
                <numerusform>{count} посилок ще комплектуються</numerusform>
            </translation>
        </message>
        <message>
            <source>No packed parcels wait for a shipment: {why} — seal them first (open them on the Parcels page, Alt+5, and Pack and seal).</source>
            <translation>Жодна упакована посилка не чекає на партію: {why} — спершу опломбуйте їх (відкрийте на сторінці «Посилки», Alt+5, і натисніть «Упакувати й опломбувати»).</translation>
        </message>
        <message>
            <source>No packed parcels wait for a shipment: every sealed parcel is in a shipment already. Make up and seal a parcel first (New parcel).</source>
            <translation>Жодна упакована посилка не чекає на партію: кожна опломбована посилка вже в партії. Спершу сформуйте й опломбуйте посилку («Нова посилка»).</translation>
        </message>
    </context>
    <context>
        <name>CampaignWidget</name>
        <message>
            <source>deadline today</source>
            <translation>строк спливає сьогодні</translation>
        </message>
        <message>
            <source>{delivered} of {target} delivered · {dispatched} dispatched · {packed} packed · {days_left}</source>
            <translation>доставлено {delivered} з {target} · відправлено {dispatched} · упаковано {packed} · {days_left}</translation>
        </message>
        <message>
            <source>{campaign}: {delivered} / {target} delivered · {days_left}</source>
            <translation>{campaign}: доставлено {delivered} / {target} · {days_left}</translation>
        </message>
        <message>
            <source>Campai&amp;gns…</source>
            <translation>&amp;Кампанії…</translation>
        </message>
        <message>
            <source>Set up campaign targets and deadlines (supervisor)</source>
            <translation>Цілі й строки кампаній (керівник)</translation>
        </message>
        <message>
            <source>No campaign yet: a supervisor can set a target.</source>
            <translation>Кампаній ще немає: ціль може встановити керівник.</translation>
        </message>
    </context>
    <context>
        <name>Campaigns</name>
        <message>
            <source>No campaign with id {id}.</source>
            <translation>Кампанії з id {id} немає.</translation>
        </message>
        <message>
            <source>Campaign “{name}”</source>
            <translation>Кампанія «{name}»</translation>
        </message>
    </context>
    <context>
        <name>CampaignsDialog</name>
        <message>
            <source>Campaigns</source>
            <translation>Кампанії</translation>
        </message>
        <message>
            <source>e.g. Winter parcels 2026</source>
            <translation>напр. Зимові посилки 2026</translation>
        </message>
        <message>
            <source>parcels delivered</source>
            <translation>доставлених посилок</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Від</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Назва *</translation>
        </message>
        <message>
            <source>&amp;Target (parcels delivered) *</source>
            <translation>&amp;Ціль (доставлених посилок) *</translation>
        </message>
        <message>
            <source>Counting from</source>
            <translation>Лічити від</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Target (parcels delivered)</source>
            <translation>Ціль (доставлених посилок)</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>Parcels for</source>
            <translation>Посилки для</translation>
        </message>
        <message>
            <source>&amp;Deadline *</source>
            <translation>&amp;Строк *</translation>
        </message>
        <message>
            <source>&amp;Parcels for</source>
            <translation>&amp;Посилки для</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>Но&amp;ва</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ви&amp;лучити</translation>
        </message>
        <message>
            <source>Only a supervisor can change campaigns.</source>
            <translation>Змінювати кампанії може лише керівник.</translation>
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
            <translation>Що</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Хто</translation>
        </message>
        <message>
            <source>Days without news</source>
            <translation>Днів без звісток</translation>
        </message>
        <message>
            <source>Last news</source>
            <translation>Останні звістки</translation>
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
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Посилка</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Одержувач</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партія</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Відправлено</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Днів</translation>
        </message>
        <message>
            <source>Number on their list</source>
            <translation>Номер у їхньому списку</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Від кого</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Номер партії</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Передача</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посилки</translation>
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
            <translation>Відправлення з id {id} немає; можливо, його вилучено.</translation>
        </message>
        <message>
            <source>{item} is packed; only logged or screened items can be edited. Take it out of its parcel first, then correct it.</source>
            <translation>{item} упаковано; виправляти можна лише зареєстровані або перевірені відправлення. Спершу вийміть його з посилки, потім виправте.</translation>
        </message>
        <message>
            <source>{item} is {status}; only logged or screened items can be edited.</source>
            <translation>{item}: статус «{status}»; виправляти можна лише зареєстровані або перевірені відправлення.</translation>
        </message>
        <message>
            <source>{item} is packed in parcel {number}</source>
            <translation>{item} упаковано в посилку {number}</translation>
        </message>
        <message>
            <source>{item} is packed</source>
            <translation>{item} упаковано</translation>
        </message>
        <message>
            <source>{packed}; a packed or dispatched item cannot be removed, only withheld or returned. Take it out of the parcel first (it is screened again); then remove it, or withhold it.</source>
            <translation>{packed}; упаковане або відправлене відправлення не можна вилучити, лише затримати або повернути. Спершу вийміть його з посилки (воно знову стане перевіреним); потім вилучіть або затримайте його.</translation>
        </message>
        <message>
            <source>{item} is {status}; a packed or dispatched item cannot be removed: it left the office and stays on record. If it comes back, mark its parcel returned.</source>
            <translation>{item}: статус «{status}»; упаковане або відправлене відправлення не можна вилучити: воно залишило офіс і зберігається в обліку. Якщо його повернуть, позначте його посилку як повернуту.</translation>
        </message>
        <message>
            <source>{item} is {status}; it stays on record and cannot be removed (only a logged or screened item can).</source>
            <translation>{item}: статус «{status}»; воно зберігається в обліку, і його не можна вилучити (можна лише зареєстроване або перевірене).</translation>
        </message>
    </context>
    <context>
        <name>Deliveries</name>
        <message>
            <source>The shipment does not exist; nothing can be delivered from it.</source>
            <translation>Такої партії немає; з неї нічого не можна доставити.</translation>
        </message>
        <message>
            <source>The shipment has not been handed over yet; nothing can be delivered from it.</source>
            <translation>Партію ще не передано; з неї нічого не можна доставити.</translation>
        </message>
        <message>
            <source>No parcel of shipment {reference} is still on its way; nothing changed.</source>
            <translation>Жодна посилка партії {reference} уже не в дорозі; нічого не змінено.</translation>
        </message>
        <message>
            <source>No parcel was chosen; nothing changed.</source>
            <translation>Не вибрано жодної посилки; нічого не змінено.</translation>
        </message>
        <message>
            <source>{number} is {status}</source>
            <translation>{number}: статус «{status}»</translation>
        </message>
        <message>
            <source>Only a delivered parcel's delivery can be undone: {parcels}. Nothing changed.</source>
            <translation>Скасувати доставку можна лише для доставленої посилки: {parcels}. Нічого не змінено.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No case with id {id}; it may have been merged or removed.</source>
            <translation>Справи з ідентифікатором {id} немає; можливо, її об’єднано з іншою або вилучено.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
            <translation>Скани й документи (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Receipt not attached</source>
            <translation>Розписку не додано</translation>
        </message>
        <message>
            <source>Receipt not saved</source>
            <translation>Розписку не збережено</translation>
        </message>
        <message>
            <source>Handed over &amp;by *</source>
            <translation>Хто &amp;передав *</translation>
        </message>
        <message>
            <source>Their &amp;organisation</source>
            <translation>&amp;Організація передавача</translation>
        </message>
        <message>
            <source>&amp;Received by *</source>
            <translation>Хто при&amp;йняв *</translation>
        </message>
        <message>
            <source>Receiving or&amp;ganisation</source>
            <translation>Організація одер&amp;жувача</translation>
        </message>
        <message>
            <source>Hand over shipment {reference}</source>
            <translation>Передача партії {reference}</translation>
        </message>
        <message>
            <source>Every parcel in &lt;b&gt;{reference}&lt;/b&gt; ({channel}) and every item in them becomes &lt;b&gt;dispatched&lt;/b&gt;. Record who handed it over and who received it.</source>
            <translation>Кожна посилка партії &lt;b&gt;{reference}&lt;/b&gt; ({channel}) і кожне відправлення в них стане &lt;b&gt;відправленим&lt;/b&gt;. Зазначте, хто передав і хто прийняв.</translation>
        </message>
        <message>
            <source>ICRC</source>
            <translation>МКЧХ</translation>
        </message>
        <message>
            <source>Handover &amp;date</source>
            <translation>&amp;Дата передачі</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>П&amp;ередати</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Ukrainian</source>
            <translation>українська</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>російська</translation>
        </message>
        <message>
            <source>English</source>
            <translation>англійська</translation>
        </message>
        <message>
            <source>Crimean Tatar</source>
            <translation>кримськотатарська</translation>
        </message>
        <message>
            <source>Belarusian</source>
            <translation>білоруська</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Напрямок</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Author's name</source>
            <translation>Ім’я автора</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Ступінь спорідненості</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Дата надходження</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Сторінок</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Edit item — {person}</source>
            <translation>Виправлення відправлення — {person}</translation>
        </message>
        <message>
            <source>Log letters and items — {person}</source>
            <translation>Реєстрація листів і відправлень — {person}</translation>
        </message>
        <message>
            <source>To the person (from family)</source>
            <translation>Особі (від родини)</translation>
        </message>
        <message>
            <source>From the person</source>
            <translation>Від особи</translation>
        </message>
        <message>
            <source>Other person… (type the name)</source>
            <translation>Інша особа… (введіть ім’я)</translation>
        </message>
        <message>
            <source>— nobody (item from the person) —</source>
            <translation>— ніхто (відправлення від особи) —</translation>
        </message>
        <message>
            <source>Name as signed</source>
            <translation>Ім’я, як у підписі</translation>
        </message>
        <message>
            <source>— unknown —</source>
            <translation>— невідомо —</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>ДД.ММ.РРРР</translation>
        </message>
        <message>
            <source>e.g. drawing by his daughter, a house and a dog</source>
            <translation>напр. малюнок доньки: будинок і собака</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Напрямок</translation>
        </message>
        <message>
            <source>&amp;Author</source>
            <translation>&amp;Автор</translation>
        </message>
        <message>
            <source>Author's na&amp;me</source>
            <translation>&amp;Ім’я автора</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Спорідненість</translation>
        </message>
        <message>
            <source>Date &amp;received</source>
            <translation>Дата на&amp;дходження</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>&amp;Pages</source>
            <translation>С&amp;торінок</translation>
        </message>
        <message>
            <source>Descr&amp;iption</source>
            <translation>&amp;Опис</translation>
        </message>
        <message>
            <source>Save and &amp;next</source>
            <translation>Зберегти й наст&amp;упне</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Alt+N: save, keep author and date</source>
            <translation>Ctrl+Enter або Alt+N: зберегти, залишивши автора й дату</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>З&amp;берегти</translation>
        </message>
        <message>
            <source>Enter: save and close</source>
            <translation>Enter: зберегти й закрити</translation>
        </message>
        <message>
            <source>Enter saves and closes · Ctrl+Enter saves and starts the next item</source>
            <translation>Enter — зберегти й закрити · Ctrl+Enter — зберегти й почати наступне</translation>
        </message>
        <message>
            <source>Enter saves, Esc cancels</source>
            <translation>Enter зберігає, Esc скасовує</translation>
        </message>
        <message numerus="yes">
            <source>%n items logged</source>
            <translation>
                <numerusform>Зареєстровано %n відправлення</numerusform>
                <numerusform>Зареєстровано %n відправлення</numerusform>
                <numerusform>Зареєстровано %n відправлень</numerusform>
            </translation>
        </message>
        <message>
            <source>Content could endanger the person</source>
            <translation>Зміст може загрожувати особі</translation>
        </message>
        <message>
            <source>Content not allowed by the holding party</source>
            <translation>Зміст не дозволено стороною, що утримує</translation>
        </message>
        <message>
            <source>Sender could not be identified</source>
            <translation>Не вдалося встановити відправника</translation>
        </message>
        <message>
            <source>{item} corrected.</source>
            <translation>{item} виправлено.</translation>
        </message>
        <message>
            <source>Withhold items</source>
            <translation>Затримати відправлення</translation>
        </message>
        <message>
            <source>&amp;Withhold</source>
            <translation>&amp;Затримати</translation>
        </message>
    </context>
    <context>
        <name>MailFeature</name>
        <message>
            <source>Mail</source>
            <translation>Пошта</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посилки</translation>
        </message>
        <message>
            <source>Shipments</source>
            <translation>Партії</translation>
        </message>
        <message>
            <source>No news</source>
            <translation>Без звісток</translation>
        </message>
        <message>
            <source>Campaign progress — details on the Parcels page (Alt+5)</source>
            <translation>Хід кампанії — докладно на сторінці «Посилки» (Alt+5)</translation>
        </message>
        <message>
            <source>&amp;Log letters and items…</source>
            <translation>&amp;Зареєструвати листи й відправлення…</translation>
        </message>
        <message>
            <source>Log letters, drawings and photos on the selected case, one after another</source>
            <translation>Реєструвати листи, малюнки й фото до вибраної справи одне за одним</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Виправити відправлення…</translation>
        </message>
        <message>
            <source>Correct the item selected on the case's Mail tab (F2 there)</source>
            <translation>Виправити відправлення, вибране на вкладці «Пошта» справи (там F2)</translation>
        </message>
        <message>
            <source>Re&amp;move items…</source>
            <translation>Ви&amp;лучити відправлення…</translation>
        </message>
        <message>
            <source>Remove the items selected on the case's Mail tab, logged in error (Delete there)</source>
            <translation>Вилучити помилково зареєстровані відправлення, вибрані на вкладці «Пошта» справи (там Delete)</translation>
        </message>
        <message>
            <source>&amp;New parcel</source>
            <translation>&amp;Нова посилка</translation>
        </message>
        <message>
            <source>Start a parcel for the selected case</source>
            <translation>Почати посилку для вибраної справи</translation>
        </message>
        <message>
            <source>&amp;Parcels</source>
            <translation>&amp;Посилки</translation>
        </message>
        <message>
            <source>All parcels, with campaign progress (Alt+5)</source>
            <translation>Усі посилки та хід кампаній (Alt+5)</translation>
        </message>
        <message>
            <source>&amp;Shipments</source>
            <translation>П&amp;артії</translation>
        </message>
        <message>
            <source>Shipments: handover, receipts, delivery (Alt+6)</source>
            <translation>Партії: передача, розписки, доставка (Alt+6)</translation>
        </message>
        <message>
            <source>No ne&amp;ws list</source>
            <translation>Список «Без зві&amp;сток»</translation>
        </message>
        <message>
            <source>Captives without news for too long</source>
            <translation>Полонені, від яких надто довго немає звісток</translation>
        </message>
        <message>
            <source>&amp;Campaigns…</source>
            <translation>&amp;Кампанії…</translation>
        </message>
        <message>
            <source>Set up campaign targets (supervisor)</source>
            <translation>Цілі кампаній (керівник)</translation>
        </message>
        <message>
            <source>&amp;Import acknowledgement…</source>
            <translation>&amp;Імпорт підтвердження…</translation>
        </message>
        <message>
            <source>Reconcile the other side's list of delivered parcels</source>
            <translation>Звірити список доставлених посилок від іншої сторони</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Спершу виберіть справу.</translation>
        </message>
        <message>
            <source>Select an item on the Mail tab first.</source>
            <translation>Спершу виберіть відправлення на вкладці «Пошта».</translation>
        </message>
        <message>
            <source>No parcel numbered {number}.</source>
            <translation>Посилки з номером {number} немає.</translation>
        </message>
    </context>
    <context>
        <name>MailHistory</name>
        <message>
            <source>Logged</source>
            <translation>Зареєстровано</translation>
        </message>
        <message>
            <source>Parcel created</source>
            <translation>Посилку створено</translation>
        </message>
        <message>
            <source>Delivery confirmed</source>
            <translation>Доставку підтверджено</translation>
        </message>
        <message>
            <source>Empty, created by mistake</source>
            <translation>Порожня, створена помилково</translation>
        </message>
        <message>
            <source>Screened at once: the office's settings do not require screening</source>
            <translation>Перевірено одразу: налаштування офісу не вимагають перевірки</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посилка {number}</translation>
        </message>
        <message>
            <source>Taken out of parcel {number}</source>
            <translation>Вийнято з посилки {number}</translation>
        </message>
        <message>
            <source>Seal {seal} broken: {reason}</source>
            <translation>Пломбу {seal} знято: {reason}</translation>
        </message>
        <message>
            <source>Seal {seal}</source>
            <translation>Пломба {seal}</translation>
        </message>
        <message>
            <source>Shipment {reference} handed over to {name}</source>
            <translation>Партію {reference} передано: {name}</translation>
        </message>
        <message>
            <source>Delivery of shipment {reference} confirmed</source>
            <translation>Доставку партії {reference} підтверджено</translation>
        </message>
        <message>
            <source>Delivery of parcel {number} undone: {reason}</source>
            <translation>Доставку посилки {number} скасовано: {reason}</translation>
        </message>
        <message>
            <source>Delivery undone: {reason}</source>
            <translation>Доставку скасовано: {reason}</translation>
        </message>
        <message>
            <source>Acknowledged by {source}</source>
            <translation>Підтверджено: {source}</translation>
        </message>
    </context>
    <context>
        <name>MailModels</name>
        <message>
            <source>Received</source>
            <translation>Надійшло</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Від кого</translation>
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
            <translation>Номер посилки</translation>
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
            <source>Items</source>
            <translation>Відправлень</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вага</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Пломба</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Партія</translation>
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
    </context>
    <context>
        <name>MailPlurals</name>
        <message numerus="yes">
            <source>{days} days left</source>
            <translation>
                <numerusform>залишився {days} день</numerusform>
                <numerusform>залишилося {days} дні</numerusform>
                <numerusform>залишилося {days} днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deadline passed {days} days ago</source>
            <translation>
                <numerusform>строк минув {days} день тому</numerusform>
                <numerusform>строк минув {days} дні тому</numerusform>
                <numerusform>строк минув {days} днів тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n letters</source>
            <translation>
                <numerusform>%n лист</numerusform>
                <numerusform>%n листи</numerusform>
                <numerusform>%n листів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n листівка</numerusform>
                <numerusform>%n листівки</numerusform>
                <numerusform>%n листівок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n drawings</source>
            <translation>
                <numerusform>%n малюнок</numerusform>
                <numerusform>%n малюнки</numerusform>
                <numerusform>%n малюнків</numerusform>
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
                <numerusform>%n інше відправлення</numerusform>
                <numerusform>%n інші відправлення</numerusform>
                <numerusform>%n інших відправлень</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{items} wait for screening</source>
            <translation>
                <numerusform>{items} чекає на перевірку</numerusform>
                <numerusform>{items} чекають на перевірку</numerusform>
                <numerusform>{items} чекають на перевірку</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{items} wait to be packed</source>
            <translation>
                <numerusform>{items} чекає на пакування</numerusform>
                <numerusform>{items} чекають на пакування</numerusform>
                <numerusform>{items} чекають на пакування</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n сторінка</numerusform>
                <numerusform>%n сторінки</numerusform>
                <numerusform>%n сторінок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged, waiting to be packed</source>
            <translation>
                <numerusform>%n зареєстроване, чекає на пакування</numerusform>
                <numerusform>%n зареєстровані, чекають на пакування</numerusform>
                <numerusform>%n зареєстрованих, чекають на пакування</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n packed, waiting to be dispatched</source>
            <translation>
                <numerusform>%n упаковане, чекає на відправку</numerusform>
                <numerusform>%n упаковані, чекають на відправку</numerusform>
                <numerusform>%n упакованих, чекають на відправку</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Withhold %n items: they will not be sent. Why?</source>
            <translation>
                <numerusform>Затримати %n відправлення: його не буде надіслано. Чому?</numerusform>
                <numerusform>Затримати %n відправлення: їх не буде надіслано. Чому?</numerusform>
                <numerusform>Затримати %n відправлень: їх не буде надіслано. Чому?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo the delivery of %n parcels ({numbers})? They go back to dispatched (or to lost, if recorded lost before), with their items.</source>
            <translation>
                <numerusform>Скасувати доставку %n посилки ({numbers})? Вона повернеться до статусу «відправлено» (або «втрачено», якщо її раніше було позначено втраченою) разом із відправленнями.</numerusform>
                <numerusform>Скасувати доставку %n посилок ({numbers})? Вони повернуться до статусу «відправлено» (або «втрачено», якщо їх раніше було позначено втраченими) разом із відправленнями.</numerusform>
                <numerusform>Скасувати доставку %n посилок ({numbers})? Вони повернуться до статусу «відправлено» (або «втрачено», якщо їх раніше було позначено втраченими) разом із відправленнями.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delivery of %n parcels undone.</source>
            <translation>
                <numerusform>Доставку %n посилки скасовано.</numerusform>
                <numerusform>Доставку %n посилок скасовано.</numerusform>
                <numerusform>Доставку %n посилок скасовано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailProblems</name>
        <message>
            <source>must be a whole number</source>
            <translation>має бути цілим числом</translation>
        </message>
        <message>
            <source>is after the deadline</source>
            <translation>пізніше за строк</translation>
        </message>
        <message>
            <source>must be captive or evacuee, or empty for all</source>
            <translation>має бути «полонений» або «евакуйований», або порожнє для всіх</translation>
        </message>
        <message>
            <source>give the full date (day, month and year)</source>
            <translation>вкажіть повну дату (день, місяць і рік)</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обов’язкове поле</translation>
        </message>
        <message>
            <source>choose one of {choices}</source>
            <translation>виберіть одне з: {choices}</translation>
        </message>
        <message>
            <source>is not one of this person's contacts</source>
            <translation>не є контактною особою цієї особи</translation>
        </message>
        <message>
            <source>choose a relationship</source>
            <translation>виберіть ступінь спорідненості</translation>
        </message>
        <message>
            <source>pick one of the person's contacts or type the author's name</source>
            <translation>виберіть одну з контактних осіб або введіть ім’я автора</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>дата в майбутньому</translation>
        </message>
        <message>
            <source>must be a whole number of grams</source>
            <translation>має бути цілим числом грамів</translation>
        </message>
        <message>
            <source>must be from 1 to {highest} grams</source>
            <translation>має бути від 1 до {highest} г</translation>
        </message>
        <message>
            <source>a packed parcel without items needs its contents</source>
            <translation>упакована посилка без відправлень потребує опису вмісту</translation>
        </message>
        <message>
            <source>is already used on parcel {number}</source>
            <translation>вже використано на посилці {number}</translation>
        </message>
        <message>
            <source>is too long ({limit} characters at most)</source>
            <translation>задовге (щонайбільше {limit} символів)</translation>
        </message>
        <message>
            <source>must be from 1 to {highest}</source>
            <translation>має бути від 1 до {highest}</translation>
        </message>
        <message>
            <source>“{reference}” is already used by another shipment</source>
            <translation>«{reference}» вже має інша партія</translation>
        </message>
        <message>
            <source>is required for the chain of custody</source>
            <translation>обов’язкове для ланцюга передачі</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл порожній</translation>
        </message>
        <message>
            <source>the file is {size} MB; a receipt may be at most {limit} MB — scan it at a lower resolution</source>
            <translation>файл має {size} МБ; розписка може мати щонайбільше {limit} МБ — відскануйте її з меншою роздільністю</translation>
        </message>
    </context>
    <context>
        <name>MailTab</name>
        <message>
            <source>Logged twice</source>
            <translation>Зареєстровано двічі</translation>
        </message>
        <message>
            <source>Logged on the wrong case</source>
            <translation>Зареєстровано не в тій справі</translation>
        </message>
        <message>
            <source>Logged by mistake: there is no such item</source>
            <translation>Зареєстровано помилково: такого відправлення немає</translation>
        </message>
        <message>
            <source>&amp;Log items…</source>
            <translation>&amp;Зареєструвати…</translation>
        </message>
        <message>
            <source>Ctrl+L: log letters, drawings and photos, one after another</source>
            <translation>Ctrl+L: реєструвати листи, малюнки й фото одне за одним</translation>
        </message>
        <message>
            <source>&amp;Pass</source>
            <translation>&amp;Пропустити</translation>
        </message>
        <message>
            <source>Screening: the selected items may be sent</source>
            <translation>Перевірка: вибрані відправлення можна надсилати</translation>
        </message>
        <message>
            <source>&amp;Withhold…</source>
            <translation>За&amp;тримати…</translation>
        </message>
        <message>
            <source>Screening: keep the selected items back, with a reason</source>
            <translation>Перевірка: затримати вибрані відправлення із зазначенням причини</translation>
        </message>
        <message>
            <source>New p&amp;arcel</source>
            <translation>Нова по&amp;силка</translation>
        </message>
        <message>
            <source>Start a parcel for this person and fill it</source>
            <translation>Почати посилку для цієї особи й наповнити її</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Виправити…</translation>
        </message>
        <message>
            <source>F2: correct the selected item (author, date, kind, description)</source>
            <translation>F2: виправити вибране відправлення (автор, дата, вид, опис)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Ви&amp;лучити…</translation>
        </message>
        <message>
            <source>Delete: remove the selected items logged in error, with a reason (undo offered)</source>
            <translation>Delete: вилучити помилково зареєстровані вибрані відправлення із зазначенням причини (можна скасувати)</translation>
        </message>
        <message>
            <source>&lt;b&gt;History of items and parcels&lt;/b&gt;</source>
            <translation>&lt;b&gt;Історія відправлень і посилок&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No letters or items are logged for this person yet — &lt;a href="log"&gt;Log items…&lt;/a&gt; (Ctrl+L)</source>
            <translation>Для цієї особи ще не зареєстровано жодного листа чи відправлення — &lt;a href="log"&gt;Зареєструвати…&lt;/a&gt; (Ctrl+L)</translation>
        </message>
        <message>
            <source>No parcels yet: {waiting} — &lt;a href="parcel"&gt;New parcel&lt;/a&gt; (Alt+A)</source>
            <translation>Посилок ще немає: {waiting} — &lt;a href="parcel"&gt;Нова посилка&lt;/a&gt; (Alt+A)</translation>
        </message>
        <message>
            <source>No parcels yet, and no screened items to pack: {waiting} — select them above and &lt;a href="pass"&gt;Pass&lt;/a&gt; them</source>
            <translation>Посилок ще немає, і немає перевірених відправлень для пакування: {waiting} — виберіть їх вище й &lt;a href="pass"&gt;пропустіть&lt;/a&gt;</translation>
        </message>
        <message>
            <source>No parcels for this person yet: log the items to send first.</source>
            <translation>Посилок для цієї особи ще немає: спершу зареєструйте відправлення, які треба надіслати.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Items&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Відправлення&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Parcels&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Посилки&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&amp;Edit…	F2</source>
            <translation>&amp;Виправити…	F2</translation>
        </message>
        <message>
            <source>Re&amp;move…	Del</source>
            <translation>Ви&amp;лучити…	Del</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <source>&amp;Delete empty parcel	Del</source>
            <translation>Ви&amp;далити порожню посилку	Del</translation>
        </message>
        <message>
            <source>Select one item to edit.</source>
            <translation>Виберіть одне відправлення для виправлення.</translation>
        </message>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n відправлення</numerusform>
                <numerusform>%n відправлення</numerusform>
                <numerusform>%n відправлень</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove items</source>
            <translation>Вилучення відправлень</translation>
        </message>
        <message>
            <source>Remove {what} logged in error? It goes from the case; the history keeps the removal and its reason. Why?</source>
            <translation>Вилучити {what}, зареєстроване помилково? Його буде прибрано зі справи; в історії залишаться вилучення та його причина. Чому?</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ви&amp;лучити</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected items cannot be removed.</source>
            <translation>
                <numerusform>%n з вибраних відправлень не можна вилучити.</numerusform>
                <numerusform>%n з вибраних відправлень не можна вилучити.</numerusform>
                <numerusform>%n з вибраних відправлень не можна вилучити.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot remove</source>
            <translation>Не можна вилучити</translation>
        </message>
        <message>
            <source>{item} removed.</source>
            <translation>{item} вилучено.</translation>
        </message>
        <message numerus="yes">
            <source>%n items removed.</source>
            <translation>
                <numerusform>Вилучено %n відправлення.</numerusform>
                <numerusform>Вилучено %n відправлення.</numerusform>
                <numerusform>Вилучено %n відправлень.</numerusform>
            </translation>
        </message>
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
        <message>
            <source>Assembling</source>
            <translation>Комплектується</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Втрачено</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Вилучено</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>сама особа</translation>
        </message>
        <message>
            <source>To them, from {author}</source>
            <translation>Особі, від: {author}</translation>
        </message>
        <message>
            <source>From them</source>
            <translation>Від особи</translation>
        </message>
        <message>
            <source>In parcel {number}</source>
            <translation>У посилці {number}</translation>
        </message>
        <message>
            <source>Withheld: {reason}</source>
            <translation>Затримано: {reason}</translation>
        </message>
        <message>
            <source>from him</source>
            <translation>від нього</translation>
        </message>
        <message>
            <source>to him</source>
            <translation>йому</translation>
        </message>
        <message>
            <source>from her</source>
            <translation>від неї</translation>
        </message>
        <message>
            <source>to her</source>
            <translation>їй</translation>
        </message>
        <message>
            <source>from them</source>
            <translation>від особи</translation>
        </message>
        <message>
            <source>to them</source>
            <translation>особі</translation>
        </message>
        <message>
            <source>No news {from_them} since registration, {days} ago</source>
            <translation>Звісток {from_them} немає з реєстрації, {days} тому</translation>
        </message>
        <message>
            <source>Last news {from_them} {days} ago</source>
            <translation>Останні звістки {from_them} {days} тому</translation>
        </message>
        <message>
            <source>no item dispatched {to_them} yet</source>
            <translation>{to_them} ще нічого не відправлено</translation>
        </message>
        <message>
            <source>last item dispatched {to_them} {days} ago</source>
            <translation>останнє відправлення {to_them} — {days} тому</translation>
        </message>
        <message>
            <source>{letters}, {cards}</source>
            <translation>{letters}, {cards}</translation>
        </message>
        <message>
            <source>GC III art. 71: at least {letters} letters and {cards} cards</source>
            <translation>ЖК III ст. 71: щонайменше {letters} листи і {cards} листівки</translation>
        </message>
        <message>
            <source>{from_them} in 30 days: {month} ({standard})</source>
            <translation>{from_them} за 30 днів: {month} ({standard})</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посилка {number}</translation>
        </message>
    </context>
    <context>
        <name>NewShipmentDialog</name>
        <message>
            <source>New shipment</source>
            <translation>Нова партія</translation>
        </message>
        <message>
            <source>e.g. ICRC-2026-12</source>
            <translation>напр. МКЧХ-2026-12</translation>
        </message>
        <message>
            <source>&amp;Reference *</source>
            <translation>&amp;Номер партії *</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Канал</translation>
        </message>
        <message>
            <source>Planned &amp;handover</source>
            <translation>Запланована &amp;передача</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>&amp;Створити</translation>
        </message>
    </context>
    <context>
        <name>NewsClock</name>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
    </context>
    <context>
        <name>NewsFilterBar</name>
        <message>
            <source>Any caseworker</source>
            <translation>Будь-який працівник</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Будь-який статус</translation>
        </message>
        <message>
            <source>Blocked or not</source>
            <translation>Заблоковані чи ні</translation>
        </message>
        <message>
            <source>Any length of silence</source>
            <translation>Будь-який строк</translation>
        </message>
        <message>
            <source>Not blocked</source>
            <translation>Не заблоковано</translation>
        </message>
        <message>
            <source>Blocked: {reason}</source>
            <translation>Заблоковано: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NewsPage</name>
        <message numerus="yes">
            <source>{count} of {total} captives</source>
            <translation>
                <numerusform>{count} з {total} полоненого</numerusform>
                <numerusform>{count} з {total} полонених</numerusform>
                <numerusform>{count} з {total} полонених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} captives</source>
            <translation>
                <numerusform>{count} полонений</numerusform>
                <numerusform>{count} полонених</numerusform>
                <numerusform>{count} полонених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{captives}&lt;/b&gt; have sent no letter, card or other item for more than {days} days (office setting). Enter opens the case.</source>
            <translation>
                <numerusform>&lt;b&gt;{captives}&lt;/b&gt;: жодного листа, листівки чи іншого відправлення понад {days} день (налаштування офісу). Enter відкриває справу.</numerusform>
                <numerusform>&lt;b&gt;{captives}&lt;/b&gt;: жодного листа, листівки чи іншого відправлення понад {days} дні (налаштування офісу). Enter відкриває справу.</numerusform>
                <numerusform>&lt;b&gt;{captives}&lt;/b&gt;: жодного листа, листівки чи іншого відправлення понад {days} днів (налаштування офісу). Enter відкриває справу.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParcelDialog</name>
        <message>
            <source>&amp;Take out</source>
            <translation>&amp;Вийняти</translation>
        </message>
        <message>
            <source>Take the selected item out of the parcel</source>
            <translation>Вийняти вибране відправлення з посилки</translation>
        </message>
        <message>
            <source>Space ticks an item; then Add ticked items</source>
            <translation>Пробіл позначає відправлення; потім «Додати позначені»</translation>
        </message>
        <message>
            <source>&amp;Add ticked items</source>
            <translation>&amp;Додати позначені</translation>
        </message>
        <message>
            <source>Logged, not screened yet: they cannot be packed until they pass screening</source>
            <translation>Зареєстровані, ще не перевірені: їх не можна пакувати, доки вони не пройдуть перевірку</translation>
        </message>
        <message>
            <source>&amp;Screen them now</source>
            <translation>&amp;Перевірити зараз</translation>
        </message>
        <message>
            <source>Pass these items at screening here; to withhold one, use Withhold… on the case's Mail tab</source>
            <translation>Пропустіть ці відправлення при перевірці тут; щоб затримати одне з них, скористайтеся «Затримати…» на вкладці «Пошта» справи</translation>
        </message>
        <message>
            <source>&amp;Delete parcel</source>
            <translation>Вида&amp;лити посилку</translation>
        </message>
        <message>
            <source>Delete this empty parcel, created by mistake (Undo in the status bar)</source>
            <translation>Видалити цю порожню посилку, створену помилково (скасувати можна в рядку стану)</translation>
        </message>
        <message>
            <source>Other contents, e.g. warm socks, soap, tea</source>
            <translation>Інший вміст, напр. теплі шкарпетки, мило, чай</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>грамів</translation>
        </message>
        <message>
            <source>Save c&amp;ontents</source>
            <translation>Зберегти вмі&amp;ст</translation>
        </message>
        <message>
            <source>Seal number</source>
            <translation>Номер пломби</translation>
        </message>
        <message>
            <source>&amp;Pack and seal</source>
            <translation>&amp;Упакувати й опломбувати</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>&amp;Розкрити…</translation>
        </message>
        <message>
            <source>In this parcel</source>
            <translation>У цій посилці</translation>
        </message>
        <message>
            <source>Screened items of this person</source>
            <translation>Перевірені відправлення цієї особи</translation>
        </message>
        <message>
            <source>Weight (g):</source>
            <translation>Вага (г):</translation>
        </message>
        <message>
            <source>Seal:</source>
            <translation>Пломба:</translation>
        </message>
        <message>
            <source>Print &amp;label…</source>
            <translation>Друкувати на&amp;клейку…</translation>
        </message>
        <message>
            <source>Save this parcel's label (with QR code) as a PDF</source>
            <translation>Зберегти наклейку цієї посилки (з QR-кодом) у PDF</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посилка {number}</translation>
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
            <translation>Для цієї особи немає перевірених відправлень: {waiting} — &lt;a href="screen"&gt;Перевірити зараз&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Taken out of parcel {number}: {item}</source>
            <translation>Вийнято з посилки {number}: {item}</translation>
        </message>
        <message>
            <source>Other contents</source>
            <translation>Інший вміст</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Вага (г)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Історія</translation>
        </message>
        <message>
            <source>The parcel is sealed: reopen it to add items.</source>
            <translation>Посилку опломбовано: розкрийте її, щоб додати відправлення.</translation>
        </message>
        <message>
            <source>No screened items for this person wait to be packed: every item to them is in a parcel, withheld or not logged yet (Log items on the case's Mail tab).</source>
            <translation>Жодне перевірене відправлення цієї особи не чекає на пакування: кожне відправлення їй — у посилці, затримане або ще не зареєстроване (зареєструйте на вкладці «Пошта» справи).</translation>
        </message>
        <message>
            <source>No letters or items in this parcel; its other contents are below.</source>
            <translation>У цій посилці немає листів і відправлень; її інший вміст — нижче.</translation>
        </message>
        <message>
            <source>Nothing in this parcel yet: tick screened items on the right (Space) and Add ticked items, or describe other contents below.</source>
            <translation>У посилці ще нічого немає: позначте перевірені відправлення праворуч (пробіл) і натисніть «Додати позначені» або опишіть інший вміст нижче.</translation>
        </message>
        <message>
            <source>Nothing in this parcel.</source>
            <translation>У посилці нічого немає.</translation>
        </message>
        <message>
            <source>Reopen parcel</source>
            <translation>Розкриття посилки</translation>
        </message>
        <message>
            <source>Break the seal of this parcel to change what is in it. Why?</source>
            <translation>Зняти пломбу з цієї посилки, щоб змінити її вміст. Чому?</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Розкрити</translation>
        </message>
        <message>
            <source>Item to add</source>
            <translation>Треба додати відправлення</translation>
        </message>
        <message>
            <source>Seal damaged</source>
            <translation>Пломбу пошкоджено</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translation>Зберегти наклейку в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файли PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ParcelRemoval</name>
        <message>
            <source>Parcel {number} deleted; its number is not given to another parcel.</source>
            <translation>Посилку {number} видалено; її номер не буде надано іншій посилці.</translation>
        </message>
    </context>
    <context>
        <name>Parcels</name>
        <message>
            <source>Parcel {number}: {problem}.</source>
            <translation>Посилка {number}: {problem}.</translation>
        </message>
        <message>
            <source>No parcel with id {id}.</source>
            <translation>Посилки з id {id} немає.</translation>
        </message>
        <message>
            <source>No parcel numbered “{number}”.</source>
            <translation>Посилки з номером «{number}» немає.</translation>
        </message>
        <message>
            <source>Parcel {number}</source>
            <translation>Посилка {number}</translation>
        </message>
        <message>
            <source>Nothing was added to {parcel}. {problems}.</source>
            <translation>Нічого не додано ({parcel}). {problems}.</translation>
        </message>
        <message>
            <source>{item} is not in {parcel}.</source>
            <translation>{item} не входить до складу: {parcel}.</translation>
        </message>
        <message>
            <source>{parcel} is {status}; items can only be taken out while it is being assembled.</source>
            <translation>{parcel}: статус «{status}»; виймати відправлення можна лише під час комплектування.</translation>
        </message>
        <message>
            <source>{parcel} is {status}; its contents can no longer change.</source>
            <translation>{parcel}: статус «{status}»; її вміст уже не можна змінити.</translation>
        </message>
        <message>
            <source>{parcel} is in a shipment; take it out of it first.</source>
            <translation>{parcel} у партії; спершу вийміть її звідти.</translation>
        </message>
        <message>
            <source>{parcel} is {status}; only a parcel still being assembled, never sealed, can be deleted.</source>
            <translation>{parcel}: статус «{status}»; видалити можна лише посилку, яка ще комплектується й ніколи не була опломбована.</translation>
        </message>
        <message>
            <source>{parcel} holds 1 item; take them out first, then delete the empty parcel.</source>
            <translation>{parcel} містить 1 відправлення: спершу вийміть його, потім видаліть порожню посилку.</translation>
        </message>
        <message>
            <source>{parcel} holds {count} items; take them out first, then delete the empty parcel.</source>
            <translation>{parcel} містить відправлення ({count}): спершу вийміть їх, потім видаліть порожню посилку.</translation>
        </message>
        <message>
            <source>{parcel} was sealed once (its seal was broken since); it stays on record. Fill it again or leave it empty.</source>
            <translation>{parcel} вже була опломбована (пломбу згодом знято); вона залишається в обліку. Наповніть її знову або залиште порожньою.</translation>
        </message>
        <message>
            <source>{parcel} is named in a shipment or an acknowledgement; it stays on record.</source>
            <translation>{parcel} згадано в партії або підтвердженні; вона залишається в обліку.</translation>
        </message>
        <message>
            <source>Parcel {number} is back already.</source>
            <translation>Посилку {number} уже повернуто.</translation>
        </message>
    </context>
    <context>
        <name>ParcelsPage</name>
        <message>
            <source>Parcel number (scan), seal number or case number</source>
            <translation>Номер посилки, пломби чи справи</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>Not in a shi&amp;pment</source>
            <translation>Не в &amp;партії</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>По&amp;шук:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Ст&amp;атус:</translation>
        </message>
        <message>
            <source>&amp;New parcel</source>
            <translation>&amp;Нова посилка</translation>
        </message>
        <message>
            <source>Start a parcel for the case selected on Cases</source>
            <translation>Почати посилку для справи, вибраної на сторінці «Справи»</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <source>Open the selected parcel (Enter)</source>
            <translation>Відкрити вибрану посилку (Enter)</translation>
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation>Друкувати на&amp;клейки…</translation>
        </message>
        <message>
            <source>Save the selected parcels' labels as a PDF</source>
            <translation>Зберегти наклейки вибраних посилок у PDF</translation>
        </message>
        <message>
            <source>Undo deliver&amp;y…</source>
            <translation>Скасувати дос&amp;тавку…</translation>
        </message>
        <message>
            <source>The selected delivered parcels were not delivered after all (a reason)</source>
            <translation>Вибрані доставлені посилки насправді не доставлено (з причиною)</translation>
        </message>
        <message numerus="yes">
            <source>{count} parcels</source>
            <translation>
                <numerusform>{count} посилка</numerusform>
                <numerusform>{count} посилки</numerusform>
                <numerusform>{count} посилок</numerusform>
            </translation>
        </message>
        <message>
            <source>Labels saved to {file}</source>
            <translation>Наклейки збережено у {file}</translation>
        </message>
        <message>
            <source>No parcel matches the search and filters above: a parcel number, seal number or case number is found by its beginning. Clear them to see every parcel.</source>
            <translation>Жодна посилка не відповідає пошуку й фільтрам вище: номер посилки, пломби чи справи шукається за початком. Очистьте їх, щоб побачити всі посилки.</translation>
        </message>
        <message>
            <source>No parcels yet: select a case on the Cases page, then New parcel (or New parcel on the case's Mail tab).</source>
            <translation>Посилок ще немає: виберіть справу на сторінці «Справи», потім «Нова посилка» (або «Нова посилка» на вкладці «Пошта» справи).</translation>
        </message>
        <message>
            <source>No case selected</source>
            <translation>Справу не вибрано</translation>
        </message>
        <message>
            <source>Select the recipient's case on the Cases page first.</source>
            <translation>Спершу виберіть справу одержувача на сторінці «Справи».</translation>
        </message>
        <message>
            <source>Save the labels as PDF</source>
            <translation>Зберегти наклейки в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файли PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Choose or type the reason</source>
            <translation>Виберіть або введіть причину</translation>
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
            <translation>номерів у списку: {numbers} · доставлено зараз: {delivered} · уже були доставлені: {already}</translation>
        </message>
        <message>
            <source>Unknown to this office</source>
            <translation>Невідомі цьому офісу</translation>
        </message>
        <message>
            <source>Not dispatched (cannot be delivered)</source>
            <translation>Не відправлені (не можуть бути доставлені)</translation>
        </message>
        <message>
            <source>Delivery date before dispatch or in the future</source>
            <translation>Дата доставки раніша за відправку або в майбутньому</translation>
        </message>
        <message>
            <source>Acknowledgement — {file}</source>
            <translation>Підтвердження — {file}</translation>
        </message>
        <message>
            <source>Who sent it, e.g. ICRC or the counterpart office</source>
            <translation>Хто надіслав, напр. МКЧХ або офіс іншої сторони</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>&amp;Sent by *</source>
            <translation>&amp;Надіслав *</translation>
        </message>
        <message>
            <source>&amp;Unacknowledged after</source>
            <translation>Не під&amp;тверджено після</translation>
        </message>
        <message>
            <source>&amp;Import and reconcile</source>
            <translation>&amp;Імпортувати й звірити</translation>
        </message>
        <message>
            <source>This file cannot be read as an acknowledgement list.</source>
            <translation>Цей файл не вдається прочитати як список підтверджень.</translation>
        </message>
        <message>
            <source>delivery dates from “{column}”</source>
            <translation>дати доставки зі стовпця «{column}»</translation>
        </message>
        <message numerus="yes">
            <source>{count} parcel numbers in column “{column}”, {dates}. Nothing changes until you import.</source>
            <translation>
                <numerusform>{count} номер посилки в стовпці «{column}», {dates}. Нічого не зміниться, доки ви не імпортуєте.</numerusform>
                <numerusform>{count} номери посилок у стовпці «{column}», {dates}. Нічого не зміниться, доки ви не імпортуєте.</numerusform>
                <numerusform>{count} номерів посилок у стовпці «{column}», {dates}. Нічого не зміниться, доки ви не імпортуєте.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Dispatched, not acknowledged after {days} days&lt;/b&gt; ({count})</source>
            <translation>
                <numerusform>&lt;b&gt;Відправлено, не підтверджено через {days} день&lt;/b&gt; ({count})</numerusform>
                <numerusform>&lt;b&gt;Відправлено, не підтверджено через {days} дні&lt;/b&gt; ({count})</numerusform>
                <numerusform>&lt;b&gt;Відправлено, не підтверджено через {days} днів&lt;/b&gt; ({count})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Acknowledged numbers this office does not know&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Підтверджені номери, невідомі цьому офісу&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>no delivery dates (today is used)</source>
            <translation>без дат доставки (береться сьогоднішня)</translation>
        </message>
    </context>
    <context>
        <name>ShipmentPanel</name>
        <message>
            <source>Scan or type a parcel number, then Enter</source>
            <translation>Відскануйте або введіть номер посилки, потім Enter</translation>
        </message>
        <message>
            <source>Add &amp;packed parcels…</source>
            <translation>Додати у&amp;паковані посилки…</translation>
        </message>
        <message>
            <source>Date of the delivery, return or loss</source>
            <translation>Дата доставки, повернення або втрати</translation>
        </message>
        <message>
            <source>Ta&amp;ke out</source>
            <translation>Ви&amp;йняти</translation>
        </message>
        <message>
            <source>Take the selected parcels out of the shipment</source>
            <translation>Вийняти вибрані посилки з партії</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>П&amp;ередати…</translation>
        </message>
        <message>
            <source>Record the handover: every parcel becomes dispatched</source>
            <translation>Записати передачу: кожна посилка стає відправленою</translation>
        </message>
        <message>
            <source>The selected parcels arrived (Shift, Ctrl: several)</source>
            <translation>Вибрані посилки прибули (Shift, Ctrl: кілька)</translation>
        </message>
        <message>
            <source>Confirm &amp;all delivered…</source>
            <translation>Доставлено &amp;всі…</translation>
        </message>
        <message>
            <source>Every parcel of this shipment still on its way arrived; asks first (supervisors)</source>
            <translation>Усі посилки цієї партії, які ще в дорозі, прибули; спершу запитує (керівники)</translation>
        </message>
        <message>
            <source>Mark &amp;returned…</source>
            <translation>&amp;Повернуто…</translation>
        </message>
        <message>
            <source>The selected parcel came back, with a reason</source>
            <translation>Вибрану посилку повернуто, з причиною</translation>
        </message>
        <message>
            <source>Mark &amp;lost…</source>
            <translation>Втра&amp;чено…</translation>
        </message>
        <message>
            <source>The selected parcel is lost, with a reason</source>
            <translation>Вибрану посилку втрачено, з причиною</translation>
        </message>
        <message>
            <source>Undo deliver&amp;y…</source>
            <translation>Скасувати дос&amp;тавку…</translation>
        </message>
        <message>
            <source>The selected delivered parcels were not delivered after all, with a reason (supervisors)</source>
            <translation>Вибрані доставлені посилки насправді не доставлено, з причиною (керівники)</translation>
        </message>
        <message>
            <source>Attach re&amp;ceipt…</source>
            <translation>Додати р&amp;озписку…</translation>
        </message>
        <message>
            <source>Store the signed receipt (scan) with the shipment</source>
            <translation>Зберегти підписану розписку (скан) разом із партією</translation>
        </message>
        <message>
            <source>Sa&amp;ve receipt as…</source>
            <translation>Зберегти розп&amp;иску…</translation>
        </message>
        <message>
            <source>Save the attached receipt to a file</source>
            <translation>Зберегти додану розписку у файл</translation>
        </message>
        <message>
            <source>Add &amp;by number:</source>
            <translation>Додати за &amp;номером:</translation>
        </message>
        <message>
            <source>After the handover, o&amp;n:</source>
            <translation>Після передачі, д&amp;ата:</translation>
        </message>
        <message>
            <source>Select a shipment, or create one with New shipment.</source>
            <translation>Виберіть партію або створіть нову («Нова партія»).</translation>
        </message>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n посилка</numerusform>
                <numerusform>%n посилки</numerusform>
                <numerusform>%n посилок</numerusform>
            </translation>
        </message>
        <message>
            <source>Handed over on {day} by {sender} to {receiver}.</source>
            <translation>Передано {day}: передав(-ла) {sender}, прийняв(-ла) {receiver}.</translation>
        </message>
        <message>
            <source>Receipt: {file}</source>
            <translation>Розписка: {file}</translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;all %n parcels delivered…</source>
            <translation>
                <numerusform>Доставлено &amp;всі (%n)…</numerusform>
                <numerusform>Доставлено &amp;всі (%n)…</numerusform>
                <numerusform>Доставлено &amp;всі (%n)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;delivery of %n selected</source>
            <translation>
                <numerusform>&amp;Доставлено: %n вибрана</numerusform>
                <numerusform>&amp;Доставлено: %n вибрані</numerusform>
                <numerusform>&amp;Доставлено: %n вибраних</numerusform>
            </translation>
        </message>
        <message>
            <source>Added {number}.</source>
            <translation>Додано {number}.</translation>
        </message>
        <message>
            <source>{number} is already in this shipment.</source>
            <translation>{number} уже в цій партії.</translation>
        </message>
        <message numerus="yes">
            <source>Confirm that all %n parcels of shipment {reference} still on their way were delivered on {day}?</source>
            <translation>
                <numerusform>Підтвердити, що %n посилку партії {reference}, яка була в дорозі, доставлено {day}?</numerusform>
                <numerusform>Підтвердити, що всі %n посилки партії {reference}, які були в дорозі, доставлено {day}?</numerusform>
                <numerusform>Підтвердити, що всі %n посилок партії {reference}, які були в дорозі, доставлено {day}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm %n delivered</source>
            <translation>
                <numerusform>Підтвердити доставку (%n)</numerusform>
                <numerusform>Підтвердити доставку (%n)</numerusform>
                <numerusform>Підтвердити доставку (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {number} of {reference} confirmed delivered.</source>
            <translation>Доставку посилки {number} партії {reference} підтверджено.</translation>
        </message>
        <message numerus="yes">
            <source>%n parcels of {reference} confirmed delivered.</source>
            <translation>
                <numerusform>Доставку %n посилки партії {reference} підтверджено.</numerusform>
                <numerusform>Доставку %n посилок партії {reference} підтверджено.</numerusform>
                <numerusform>Доставку %n посилок партії {reference} підтверджено.</numerusform>
            </translation>
        </message>
        <message>
            <source>undone by {name} right after confirming it</source>
            <translation>скасовано ({name}) одразу після підтвердження</translation>
        </message>
        <message numerus="yes">
            <source>Delivery of %n parcels undone.</source>
            <translation>
                <numerusform>Доставку %n посилки скасовано.</numerusform>
                <numerusform>Доставку %n посилок скасовано.</numerusform>
                <numerusform>Доставку %n посилок скасовано.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivery of {number} undone.</source>
            <translation>Доставку {number} скасовано.</translation>
        </message>
        <message>
            <source>No signed receipt attached yet.</source>
            <translation>Підписану розписку ще не додано.</translation>
        </message>
        <message>
            <source>No parcels in this shipment yet: scan or type a parcel number above, or Add packed parcels… (only sealed parcels can be shipped).</source>
            <translation>У цій партії ще немає посилок: відскануйте або введіть номер посилки вище чи скористайтеся «Додати упаковані посилки…» (відправляти можна лише опломбовані посилки).</translation>
        </message>
        <message>
            <source>No parcels in this shipment.</source>
            <translation>У цій партії немає посилок.</translation>
        </message>
        <message>
            <source>Confirm the &amp;last parcel delivered…</source>
            <translation>Доставлено о&amp;станню…</translation>
        </message>
        <message>
            <source>Confirm &amp;delivery</source>
            <translation>&amp;Доставлено</translation>
        </message>
        <message>
            <source>Confirm all deliveries</source>
            <translation>Підтвердження всіх доставок</translation>
        </message>
        <message>
            <source>Their letters and items become delivered too. Returned and lost parcels stay as they are.</source>
            <translation>Їхні листи й відправлення теж стануть доставленими. Повернуті й утрачені посилки залишаються як є.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Select the one parcel that came back or was lost.</source>
            <translation>Виберіть одну посилку, яку повернуто або втрачено.</translation>
        </message>
        <message>
            <source>Parcel returned</source>
            <translation>Посилку повернуто</translation>
        </message>
        <message>
            <source>Parcel lost</source>
            <translation>Посилку втрачено</translation>
        </message>
        <message>
            <source>Why? The reason stays in the parcel's history.</source>
            <translation>Чому? Причина залишиться в історії посилки.</translation>
        </message>
        <message>
            <source>Mark &amp;returned</source>
            <translation>&amp;Повернуто</translation>
        </message>
        <message>
            <source>Mark &amp;lost</source>
            <translation>Втра&amp;чено</translation>
        </message>
        <message>
            <source>Attach the signed receipt</source>
            <translation>Додати підписану розписку</translation>
        </message>
        <message>
            <source>Save the receipt as</source>
            <translation>Зберегти розписку як</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Усі файли (*)</translation>
        </message>
    </context>
    <context>
        <name>Shipments</name>
        <message>
            <source>Shipment {reference}</source>
            <translation>Партія {reference}</translation>
        </message>
        <message>
            <source>No shipment with id {id}.</source>
            <translation>Партії з id {id} немає.</translation>
        </message>
        <message>
            <source>Shipment {reference} is {status}; parcels can no longer be added.</source>
            <translation>Партія {reference}: статус «{status}»; посилки вже не можна додавати.</translation>
        </message>
        <message>
            <source>Shipment {reference} is {status}; parcels can no longer be taken out.</source>
            <translation>Партія {reference}: статус «{status}»; посилки вже не можна виймати.</translation>
        </message>
        <message>
            <source>parcel {number} is already in another shipment</source>
            <translation>посилка {number} уже в іншій партії</translation>
        </message>
        <message>
            <source>parcel {number} is {status}; only packed parcels can be shipped</source>
            <translation>посилка {number}: статус «{status}»; відправляти можна лише упаковані посилки</translation>
        </message>
        <message>
            <source>Nothing was added to shipment {reference}: {problems}.</source>
            <translation>До партії {reference} нічого не додано: {problems}.</translation>
        </message>
        <message>
            <source>Parcel {number} is not in shipment {reference}.</source>
            <translation>Посилки {number} немає в партії {reference}.</translation>
        </message>
        <message>
            <source>Shipment {reference} has already been handed over.</source>
            <translation>Партію {reference} уже передано.</translation>
        </message>
        <message>
            <source>Shipment {reference} has no parcels to hand over.</source>
            <translation>У партії {reference} немає посилок для передачі.</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsPage</name>
        <message>
            <source>&amp;New shipment…</source>
            <translation>&amp;Нова партія…</translation>
        </message>
        <message>
            <source>Start a batch of parcels for one handover</source>
            <translation>Почати партію посилок для однієї передачі</translation>
        </message>
        <message>
            <source>&amp;Import acknowledgement…</source>
            <translation>&amp;Імпорт підтвердження…</translation>
        </message>
        <message>
            <source>Read the other side's list of delivered parcels (CSV or XLSX) and reconcile</source>
            <translation>Прочитати список доставлених посилок від іншої сторони (CSV або XLSX) і звірити</translation>
        </message>
        <message>
            <source>No shipments yet: New shipment… starts a batch of sealed parcels for one handover.</source>
            <translation>Партій ще немає: «Нова партія…» починає партію опломбованих посилок для однієї передачі.</translation>
        </message>
        <message>
            <source>Import an acknowledgement list</source>
            <translation>Імпорт списку підтверджень</translation>
        </message>
        <message>
            <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Списки (*.csv *.xlsx *.txt);;Усі файли (*)</translation>
        </message>
    </context>
    <context>
        <name>StackedBar</name>
        <message>
            <source>Delivered {delivered}, dispatched {dispatched}, packed {packed} — target {target} ({percent}% delivered)</source>
            <translation>Доставлено {delivered}, відправлено {dispatched}, упаковано {packed} — ціль {target} (доставлено {percent}%)</translation>
        </message>
    </context>
    <context>
        <name>UndoDelivery</name>
        <message>
            <source>Undo the delivery of parcel {number}? It goes back to dispatched (or to lost, if it had been recorded lost), with its items.</source>
            <translation>Скасувати доставку посилки {number}? Вона повернеться до статусу «відправлено» (або «втрачено», якщо її раніше було позначено втраченою) разом із відправленнями.</translation>
        </message>
        <message>
            <source>Undo delivery</source>
            <translation>Скасування доставки</translation>
        </message>
        <message>
            <source>Why? The reason stays in their history.</source>
            <translation>Чому? Причина залишиться в їхній історії.</translation>
        </message>
        <message>
            <source>&amp;Undo delivery</source>
            <translation>&amp;Скасувати доставку</translation>
        </message>
        <message>
            <source>Delivery of {number} undone.</source>
            <translation>Доставку {number} скасовано.</translation>
        </message>
    </context>
    <context>
        <name>WaitingWords</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} і {last}</translation>
        </message>
    </context>
</TS>
