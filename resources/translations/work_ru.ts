<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>BulkReviewDialog</name>
        <message>
            <source>Next review:</source>
            <translation>Следующее рассмотрение:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Решение:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>Ne&amp;xt review:</source>
            <translation>&amp;Следующее рассмотрение:</translation>
        </message>
        <message>
            <source>&amp;Save reviews…</source>
            <translation>&amp;Сохранить рассмотрения…</translation>
        </message>
        <message>
            <source>Why the cases are closed (required)</source>
            <translation>Почему дела закрыты (обязательно)</translation>
        </message>
        <message>
            <source>What was decided, and what happens next</source>
            <translation>Что решено и что дальше</translation>
        </message>
        <message>
            <source>&amp;Close them</source>
            <translation>&amp;Закрыть их</translation>
        </message>
        <message>
            <source>&amp;Keep them waiting</source>
            <translation>&amp;Оставить в ожидании</translation>
        </message>
    </context>
    <context>
        <name>BulkReviewDialogPlurals</name>
        <message numerus="yes">
            <source>Close %n cases? Closing ends each case; it needs no further review.</source>
            <translation>
                <numerusform>Закрыть %n дело? Закрытие завершает каждое дело; дальнейшее рассмотрение не нужно.</numerusform>
                <numerusform>Закрыть %n дела? Закрытие завершает каждое дело; дальнейшее рассмотрение не нужно.</numerusform>
                <numerusform>Закрыть %n дел? Закрытие завершает каждое дело; дальнейшее рассмотрение не нужно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep %n cases waiting until {date}?</source>
            <translation>
                <numerusform>Оставить %n дело в ожидании до {date}?</numerusform>
                <numerusform>Оставить %n дела в ожидании до {date}?</numerusform>
                <numerusform>Оставить %n дел в ожидании до {date}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review %n cases</source>
            <translation>
                <numerusform>Рассмотрение %n дела</numerusform>
                <numerusform>Рассмотрение %n дел</numerusform>
                <numerusform>Рассмотрение %n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The same decision for the &lt;b&gt;%n cases&lt;/b&gt; selected in the queue. Each gets a review of its own, as if reviewed one by one; to reassign or escalate, review a case by itself.</source>
            <translation>
                <numerusform>Одно решение для &lt;b&gt;%n дела&lt;/b&gt;, выбранного в очереди. Каждое получает отдельное рассмотрение, как при рассмотрении по одному; чтобы передать или эскалировать, рассматривайте дело отдельно.</numerusform>
                <numerusform>Одно решение для &lt;b&gt;%n дел&lt;/b&gt;, выбранных в очереди. Каждое получает отдельное рассмотрение, как при рассмотрении по одному; чтобы передать или эскалировать, рассматривайте дело отдельно.</numerusform>
                <numerusform>Одно решение для &lt;b&gt;%n дел&lt;/b&gt;, выбранных в очереди. Каждое получает отдельное рассмотрение, как при рассмотрении по одному; чтобы передать или эскалировать, рассматривайте дело отдельно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases reviewed.</source>
            <translation>
                <numerusform>Рассмотрено %n дело.</numerusform>
                <numerusform>Рассмотрено %n дела.</numerusform>
                <numerusform>Рассмотрено %n дел.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открытые</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Без движения</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message>
            <source>Complete operation</source>
            <translation>Завершить операцию</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;All %n persons in it become &lt;b&gt;{status}&lt;/b&gt; on the date below, each with a history entry naming this operation. If any one of them cannot, nothing changes.</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;Все (%n лицо) получают статус &lt;b&gt;{status}&lt;/b&gt; на дату ниже, каждое с записью в истории с названием этой операции. Если хотя бы для одного это невозможно, ничего не меняется.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;Все %n лица получают статус &lt;b&gt;{status}&lt;/b&gt; на дату ниже, каждое с записью в истории с названием этой операции. Если хотя бы для одного это невозможно, ничего не меняется.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;Все %n лиц получают статус &lt;b&gt;{status}&lt;/b&gt; на дату ниже, каждое с записью в истории с названием этой операции. Если хотя бы для одного это невозможно, ничего не меняется.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Completed on:</source>
            <translation>&amp;Дата завершения:</translation>
        </message>
        <message>
            <source>&amp;Complete operation</source>
            <translation>&amp;Завершить операцию</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Campaign progress</source>
            <translation>Ход кампаний</translation>
        </message>
        <message>
            <source>No campaigns yet.</source>
            <translation>Кампаний пока нет.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; — by {date}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; — до {date}</translation>
        </message>
        <message>
            <source>{delivered} of {target} delivered ({percent}%)</source>
            <translation>Доставлено {delivered} из {target} ({percent}%)</translation>
        </message>
        <message>
            <source>Delivered {delivered} · dispatched {dispatched} · packed {packed} · target {target} · {left}</source>
            <translation>Доставлено {delivered} · отправлено {dispatched} · упаковано {packed} · цель {target} · {left}</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>открытые дела</translation>
        </message>
        <message>
            <source>stalled</source>
            <translation>без движения</translation>
        </message>
        <message>
            <source>in the review queue</source>
            <translation>в очереди рассмотрения</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>заблокировано</translation>
        </message>
        <message>
            <source>cases in all</source>
            <translation>всего дел</translation>
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
            <source>Stalled cases by caseworker</source>
            <translation>Дела без движения по сотруднику</translation>
        </message>
        <message>
            <source>Stalled cases by days unchanged</source>
            <translation>Дела без движения по дням без изменений</translation>
        </message>
        <message>
            <source>Persons repatriated / returned per month</source>
            <translation>Репатриировано / возвращено лиц за месяц</translation>
        </message>
        <message>
            <source>Parcels by status</source>
            <translation>Посылки по статусу</translation>
        </message>
        <message>
            <source>As of {date} · stalled = blocked, or unchanged for longer than its status allows</source>
            <translation>По состоянию на {date} · без движения = заблокировано или без изменений дольше, чем допускает статус</translation>
        </message>
        <message>
            <source>The office's stalled thresholds (Settings): {thresholds}</source>
            <translation>Пороги «без движения» учреждения (Настройки): {thresholds}</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посылки</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <source>Captives</source>
            <translation>Пленные</translation>
        </message>
        <message>
            <source>Evacuees</source>
            <translation>Эвакуированные</translation>
        </message>
        <message>
            <source>Total open</source>
            <translation>Всего открытых</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Без движения</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>Stalled in all</source>
            <translation>Всего без движения</translation>
        </message>
        <message>
            <source>Days unchanged</source>
            <translation>Дней без изменений</translation>
        </message>
        <message>
            <source>(no caseworker)</source>
            <translation>(без сотрудника)</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <source>Repatriated</source>
            <translation>Репатриировано</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращено</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Repatr.</source>
            <translation>Репатр.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPagePlurals</name>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>Остался %n день</numerusform>
                <numerusform>Осталось %n дня</numerusform>
                <numerusform>Осталось %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deadline passed %n days ago</source>
            <translation>
                <numerusform>срок истёк %n день назад</numerusform>
                <numerusform>срок истёк %n дня назад</numerusform>
                <numerusform>срок истёк %n дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cases under %n days are here because they are blocked.</source>
            <translation>
                <numerusform>Дела до %n дня здесь, потому что заблокированы.</numerusform>
                <numerusform>Дела до %n дней здесь, потому что заблокированы.</numerusform>
                <numerusform>Дела до %n дней здесь, потому что заблокированы.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>birth year unknown</source>
            <translation>год рождения неизвестен</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>дата рождения</translation>
        </message>
        <message>
            <source>both born {when}</source>
            <translation>оба родились {when}</translation>
        </message>
        <message>
            <source>both born {year}</source>
            <translation>оба родились в {year} г.</translation>
        </message>
        <message>
            <source>same service number {number}</source>
            <translation>тот же личный номер {number}</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>то же имя</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>похожее имя</translation>
        </message>
        <message>
            <source>{name} and {birth}</source>
            <translation>{name} и {birth}</translation>
        </message>
        <message>
            <source>{name}, {birth}</source>
            <translation>{name}, {birth}</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Strong</source>
            <translation>Сильное</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Слабое</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Совпадение</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Баллы</translation>
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
            <source>Born</source>
            <translation>Год рожд.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>&amp;Искать снова</translation>
        </message>
        <message>
            <source>Open &amp;left case</source>
            <translation>Открыть &amp;левое дело</translation>
        </message>
        <message>
            <source>Open &amp;right case</source>
            <translation>Открыть &amp;правое дело</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <source>Only a supervisor can merge cases.</source>
            <translation>Объединять дела может только руководитель.</translation>
        </message>
        <message>
            <source>Cases that may be one person: a similar name in any spelling and the same birth year, or the same service number. A strong match (score {score} or more) is all but certainly one person; a weak one needs a look.</source>
            <translation>Дела, которые могут относиться к одному лицу: похожее имя в любом написании и тот же год рождения или тот же личный номер. Сильное совпадение ({score} баллов и больше) — почти наверняка одно лицо; слабое требует проверки.</translation>
        </message>
        <message>
            <source>Looking for possible duplicates in the register…</source>
            <translation>Поиск возможных дубликатов в реестре…</translation>
        </message>
        <message>
            <source>Looking for possible duplicates again… The pairs below are from the last search.</source>
            <translation>Повторный поиск возможных дубликатов… Пары ниже — из предыдущего поиска.</translation>
        </message>
        <message>
            <source>No possible duplicates in the register.</source>
            <translation>Возможных дубликатов в реестре нет.</translation>
        </message>
        <message>
            <source>Strong matches: {strong}; weak: {weak}.</source>
            <translation>Сильных совпадений: {strong}; слабых: {weak}.</translation>
        </message>
        <message>
            <source>Search cancelled. Press Search again to look for duplicates.</source>
            <translation>Поиск отменён. Нажмите «Искать снова», чтобы найти дубликаты.</translation>
        </message>
        <message>
            <source>The search did not finish. Press Search again to look for duplicates.</source>
            <translation>Поиск не завершён. Нажмите «Искать снова», чтобы найти дубликаты.</translation>
        </message>
        <message>
            <source>Cases merged.</source>
            <translation>Дела объединены.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPagePlurals</name>
        <message numerus="yes">
            <source>The %n likeliest pairs, best first. Merge or open them, then search again.</source>
            <translation>
                <numerusform>%n наиболее вероятная пара, лучшие первыми. Объедините или откройте их, затем ищите снова.</numerusform>
                <numerusform>%n наиболее вероятные пары, лучшие первыми. Объедините или откройте их, затем ищите снова.</numerusform>
                <numerusform>%n наиболее вероятных пар, лучшие первыми. Объедините или откройте их, затем ищите снова.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pairs of cases that may be one person, likeliest first.</source>
            <translation>
                <numerusform>%n пара дел, которые могут быть одним лицом, наиболее вероятные первыми.</numerusform>
                <numerusform>%n пары дел, которые могут быть одним лицом, наиболее вероятные первыми.</numerusform>
                <numerusform>%n пар дел, которые могут быть одним лицом, наиболее вероятные первыми.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet, LibreOffice (*.ods);;CSV, UTF-8 for Excel (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;Таблица OpenDocument, LibreOffice (*.ods);;CSV, UTF-8 для Excel (*.csv)</translation>
        </message>
        <message>
            <source>Exporting items to {file}…</source>
            <translation>Экспорт отправлений в {file}…</translation>
        </message>
        <message>
            <source>Exporting parcels to {file}…</source>
            <translation>Экспорт посылок в {file}…</translation>
        </message>
        <message>
            <source>Exporting persons to {file}…</source>
            <translation>Экспорт лиц в {file}…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>&amp;Letters and items of case {number}</source>
            <translation>&amp;Письма и отправления дела {number}</translation>
        </message>
        <message>
            <source>&amp;Letters and items of a case (select one)</source>
            <translation>&amp;Письма и отправления дела (выберите дело)</translation>
        </message>
        <message>
            <source>Parcels of a &amp;shipment:</source>
            <translation>Посылки &amp;партии:</translation>
        </message>
        <message>
            <source>Next, choose the file: .xlsx for Excel, .ods for LibreOffice, or .csv.</source>
            <translation>Далее выберите файл: .xlsx для Excel, .ods для LibreOffice или .csv.</translation>
        </message>
        <message>
            <source>Save the import template as</source>
            <translation>Сохранить шаблон импорта как</translation>
        </message>
        <message>
            <source>persons template.xlsx</source>
            <translation>шаблон лиц.xlsx</translation>
        </message>
        <message>
            <source>Template saved to {file}: fill in one person a row, then import it.</source>
            <translation>Шаблон сохранён в {file}: заполните по одному лицу в строке, затем импортируйте.</translation>
        </message>
        <message>
            <source>Export the items of {number}</source>
            <translation>Экспорт отправлений дела {number}</translation>
        </message>
        <message>
            <source>{number} items.xlsx</source>
            <translation>{number} отправления.xlsx</translation>
        </message>
        <message>
            <source>Export the parcels of {reference}</source>
            <translation>Экспорт посылок партии {reference}</translation>
        </message>
        <message>
            <source>{reference} parcels.xlsx</source>
            <translation>{reference} посылки.xlsx</translation>
        </message>
        <message>
            <source>Export the person list</source>
            <translation>Экспорт списка лиц</translation>
        </message>
        <message>
            <source>Persons {date}.xlsx</source>
            <translation>Лица {date}.xlsx</translation>
        </message>
        <message>
            <source> (encrypted; give the password separately)</source>
            <translation> (зашифровано; пароль передайте отдельно)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт отменён; файл не записан.</translation>
        </message>
        <message>
            <source>no extension</source>
            <translation>нет расширения</translation>
        </message>
        <message>
            <source>{file} has {extension}: an export is written as .csv, .xlsx or .ods. Give the file one of these extensions. Nothing was written.</source>
            <translation>{file}: {extension}; экспорт записывается как .csv, .xlsx или .ods. Дайте файлу одно из этих расширений. Ничего не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written: the folder {folder} does not exist. Choose a folder that does, or create it first. Nothing was written.</source>
            <translation>{file} не записать: папки {folder} нет. Выберите существующую папку или сначала создайте её. Ничего не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written: the disk is full. Free some space in {folder}, or choose another folder. Nothing was written.</source>
            <translation>{file} не записать: диск заполнен. Освободите место в {folder} или выберите другую папку. Ничего не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written: you may not write to the folder {folder}. Choose another folder. Nothing was written.</source>
            <translation>{file} не записать: в папку {folder} вам нельзя записывать. Выберите другую папку. Ничего не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written ({error}). Nothing was written.</source>
            <translation>{file} не записать ({error}). Ничего не записано.</translation>
        </message>
        <message>
            <source>No shipment with id {id}.</source>
            <translation>Партии с id {id} нет.</translation>
        </message>
        <message>
            <source>Only cases due for anonymising are archived here; list them again. Nothing was written.</source>
            <translation>Здесь архивируются только дела, срок обезличивания которых наступил; составьте их список заново. Ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>ExportPlurals</name>
        <message numerus="yes">
            <source>Exported %n items to {file}{locked}.</source>
            <translation>
                <numerusform>Экспортировано %n отправление в {file}{locked}.</numerusform>
                <numerusform>Экспортировано %n отправления в {file}{locked}.</numerusform>
                <numerusform>Экспортировано %n отправлений в {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n parcels to {file}{locked}.</source>
            <translation>
                <numerusform>Экспортирована %n посылка в {file}{locked}.</numerusform>
                <numerusform>Экспортировано %n посылки в {file}{locked}.</numerusform>
                <numerusform>Экспортировано %n посылок в {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n persons to {file}{locked}.</source>
            <translation>
                <numerusform>Экспортировано %n лицо в {file}{locked}.</numerusform>
                <numerusform>Экспортировано %n лица в {file}{locked}.</numerusform>
                <numerusform>Экспортировано %n лиц в {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The &amp;person list as filtered now (%n cases)</source>
            <translation>
                <numerusform>&amp;Список лиц с текущим фильтром (%n дело)</numerusform>
                <numerusform>&amp;Список лиц с текущим фильтром (%n дела)</numerusform>
                <numerusform>&amp;Список лиц с текущим фильтром (%n дел)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive's password has %n characters; use at least {least} (a few words are easy to pass on by telephone). Nothing was written.</source>
            <translation>
                <numerusform>В пароле архива %n символ; нужно не меньше {least} (несколько слов легко передать по телефону). Ничего не записано.</numerusform>
                <numerusform>В пароле архива %n символа; нужно не меньше {least} (несколько слов легко передать по телефону). Ничего не записано.</numerusform>
                <numerusform>В пароле архива %n символов; нужно не меньше {least} (несколько слов легко передать по телефону). Ничего не записано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n characters</source>
            <translation>
                <numerusform>не меньше %n символа</numerusform>
                <numerusform>не меньше %n символов</numerusform>
                <numerusform>не меньше %n символов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>an Excel workbook</source>
            <translation>книга Excel</translation>
        </message>
        <message>
            <source>an old Excel (.xls) workbook</source>
            <translation>старая книга Excel (.xls)</translation>
        </message>
        <message>
            <source>an OpenDocument spreadsheet</source>
            <translation>таблица OpenDocument</translation>
        </message>
        <message>
            <source>Import persons from {file}</source>
            <translation>Импорт лиц из {file}</translation>
        </message>
        <message>
            <source>Import letters and items from {file}</source>
            <translation>Импорт писем и отправлений из {file}</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>В файле</translation>
        </message>
        <message>
            <source>May be the same person as</source>
            <translation>Может быть тем же лицом, что</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>First rows</source>
            <translation>Первые строки</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Возможные дубликаты</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>Import only the &amp;valid rows (skip the rows with problems)</source>
            <translation>Импортировать только &amp;правильные строки (пропустить строки с ошибками)</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Проверить</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Кодировка:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Разделитель:</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was imported.</source>
            <translation>Отменено. Ничего не импортировано.</translation>
        </message>
        <message>
            <source>Choose it under “Encoding” above.</source>
            <translation>Выберите её в поле «Кодировка» выше.</translation>
        </message>
        <message>
            <source>Press Check to check the file again.</source>
            <translation>Нажмите «Проверить», чтобы проверить файл снова.</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Чтение {file}…</translation>
        </message>
        <message>
            <source>The sheet read is “{sheet}”, the first shown of {count}.</source>
            <translation>Читается лист «{sheet}» — первый видимый из {count}.</translation>
        </message>
        <message>
            <source>No row can be imported.</source>
            <translation>Ни одну строку нельзя импортировать.</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Импортировано: {summary}.</translation>
        </message>
        <message>
            <source>Done: {summary}. The register is updated.</source>
            <translation>Готово: {summary}. Реестр обновлён.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>{add} to add, {update} to update, {unchanged} unchanged, {invalid} invalid</source>
            <translation>добавить: {add}, обновить: {update}, без изменений: {unchanged}, с ошибками: {invalid}</translation>
        </message>
        <message>
            <source>{add} to add, {invalid} invalid</source>
            <translation>добавить: {add}, с ошибками: {invalid}</translation>
        </message>
        <message>
            <source>, born {year}</source>
            <translation>, {year} г. р.</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>запятая</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>точка с запятой</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 с BOM</translation>
        </message>
        <message>
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
        <message>
            <source>UTF-16 LE (no BOM)</source>
            <translation>UTF-16 LE (без BOM)</translation>
        </message>
        <message>
            <source>UTF-16 BE (no BOM)</source>
            <translation>UTF-16 BE (без BOM)</translation>
        </message>
        <message>
            <source>Windows-1251 (Cyrillic)</source>
            <translation>Windows-1251 (кириллица)</translation>
        </message>
        <message>
            <source>KOI8-R (Russian)</source>
            <translation>KOI8-R (русский)</translation>
        </message>
        <message>
            <source>KOI8-U (Ukrainian)</source>
            <translation>KOI8-U (украинский)</translation>
        </message>
        <message>
            <source>DOS 866 (Cyrillic)</source>
            <translation>DOS 866 (кириллица)</translation>
        </message>
        <message>
            <source>Mac Cyrillic</source>
            <translation>Mac (кириллица)</translation>
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation>Windows-1252 (западноевропейская)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialogPlurals</name>
        <message numerus="yes">
            <source>{file}: {kind}, %n rows; dates are read as dates.</source>
            <translation>
                <numerusform>{file}: {kind}, %n строка; даты читаются как даты.</numerusform>
                <numerusform>{file}: {kind}, %n строки; даты читаются как даты.</numerusform>
                <numerusform>{file}: {kind}, %n строк; даты читаются как даты.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows. Both were detected; if the names look garbled, choose another.</source>
            <translation>
                <numerusform>{file}: %n строка. Кодировка и разделитель определены автоматически; если имена искажены, выберите другие.</numerusform>
                <numerusform>{file}: %n строки. Кодировка и разделитель определены автоматически; если имена искажены, выберите другие.</numerusform>
                <numerusform>{file}: %n строк. Кодировка и разделитель определены автоматически; если имена искажены, выберите другие.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows read. Press Check to find any problems before importing.</source>
            <translation>
                <numerusform>Прочитана %n строка. Нажмите «Проверить», чтобы найти ошибки до импорта.</numerusform>
                <numerusform>Прочитано %n строки. Нажмите «Проверить», чтобы найти ошибки до импорта.</numerusform>
                <numerusform>Прочитано %n строк. Нажмите «Проверить», чтобы найти ошибки до импорта.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking %n rows…</source>
            <translation>
                <numerusform>Проверка %n строки…</numerusform>
                <numerusform>Проверка %n строк…</numerusform>
                <numerusform>Проверка %n строк…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — the first {shown} of %n problems are listed</source>
            <translation>
                <numerusform> — показаны первые {shown} из %n ошибки</numerusform>
                <numerusform> — показаны первые {shown} из %n ошибок</numerusform>
                <numerusform> — показаны первые {shown} из %n ошибок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %n warning(s): see Warnings</source>
            <translation>
                <numerusform> — %n предупреждение: см. «Предупреждения»</numerusform>
                <numerusform> — %n предупреждения: см. «Предупреждения»</numerusform>
                <numerusform> — %n предупреждений: см. «Предупреждения»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {rows}. Nothing will be imported while any row is invalid: correct the file and check again, or tick “Import only the valid rows”.</source>
            <translation>
                <numerusform>%n ошибка в {rows}. Пока есть хоть одна неправильная строка, ничего не будет импортировано: исправьте файл и проверьте снова или отметьте «Импортировать только правильные строки».</numerusform>
                <numerusform>%n ошибки в {rows}. Пока есть хоть одна неправильная строка, ничего не будет импортировано: исправьте файл и проверьте снова или отметьте «Импортировать только правильные строки».</numerusform>
                <numerusform>%n ошибок в {rows}. Пока есть хоть одна неправильная строка, ничего не будет импортировано: исправьте файл и проверьте снова или отметьте «Импортировать только правильные строки».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строке</numerusform>
                <numerusform>%n строках</numerusform>
                <numerusform>%n строках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n invalid row(s) will be skipped.</source>
            <translation>
                <numerusform> %n строка с ошибками будет пропущена.</numerusform>
                <numerusform> %n строки с ошибками будут пропущены.</numerusform>
                <numerusform> %n строк с ошибками будут пропущены.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready to import %n row(s).</source>
            <translation>
                <numerusform>Готово к импорту: %n строка.</numerusform>
                <numerusform>Готово к импорту: %n строки.</numerusform>
                <numerusform>Готово к импорту: %n строк.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n rows from {file}…</source>
            <translation>
                <numerusform>Импорт %n строки из {file}…</numerusform>
                <numerusform>Импорт %n строк из {file}…</numerusform>
                <numerusform>Импорт %n строк из {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %n new person(s) may already have a case: see Possible duplicates</source>
            <translation>
                <numerusform> — у %n нового лица, возможно, уже есть дело: см. «Возможные дубликаты»</numerusform>
                <numerusform> — у %n новых лиц, возможно, уже есть дело: см. «Возможные дубликаты»</numerusform>
                <numerusform> — у %n новых лиц, возможно, уже есть дело: см. «Возможные дубликаты»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProblems</name>
        <message>
            <source>“{text}”: a ? where a letter should be, probably lost in an encoding without it (ʼ і ї є ґ); correct it, or ask for the file in UTF-8</source>
            <translation>«{text}»: знак ? вместо буквы, вероятно потерянной в кодировке без неё (ʼ і ї є ґ); исправьте или попросите файл в UTF-8</translation>
        </message>
        <message>
            <source>case {number} keeps its caseworker</source>
            <translation>дело {number} остаётся за своим сотрудником</translation>
        </message>
        <message>
            <source>the case is left unassigned</source>
            <translation>дело остаётся без сотрудника</translation>
        </message>
        <message>
            <source>“{who}” is not on the staff here, so {what}; assign it after the import</source>
            <translation>«{who}» нет среди сотрудников этого учреждения, поэтому {what}; назначьте после импорта</translation>
        </message>
        <message>
            <source>case {number} already has this item (logged on {logged}): importing the row logs it a second time; leave the row out if it is the same one</source>
            <translation>в деле {number} это отправление уже есть (внесено {logged}): импорт этой строки внесёт его второй раз; удалите строку, если это то же отправление</translation>
        </message>
        <message>
            <source>the same item as on line {line}: both are logged; leave one out if they are the same</source>
            <translation>то же отправление, что и в строке {line}: будут внесены оба; удалите одну из строк, если это одно отправление</translation>
        </message>
        <message>
            <source>{added} added, {skipped} skipped</source>
            <translation>добавлено: {added}, пропущено: {skipped}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <source>no case numbered {number}</source>
            <translation>дела с номером {number} нет</translation>
        </message>
        <message>
            <source>a supervisor or admin</source>
            <translation>руководитель или администратор</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>руководитель</translation>
        </message>
        <message>
            <source>captive</source>
            <translation>пленный</translation>
        </message>
        <message>
            <source>evacuee</source>
            <translation>эвакуированный</translation>
        </message>
        <message>
            <source>give the full date (day, month and year)</source>
            <translation>укажите полную дату (день, месяц и год)</translation>
        </message>
        <message>
            <source>{number} appears again (first on line {line})</source>
            <translation>{number} встречается повторно (впервые в строке {line})</translation>
        </message>
        <message>
            <source>no case numbered {number}; leave it empty for a new case</source>
            <translation>дела с номером {number} нет; для нового дела оставьте поле пустым</translation>
        </message>
        <message>
            <source>{number} is not a {category} case</source>
            <translation>{number} — не дело категории «{category}»</translation>
        </message>
        <message>
            <source>case {number} is a {category}</source>
            <translation>дело {number} относится к категории «{category}»</translation>
        </message>
        <message>
            <source>must be captive or evacuee</source>
            <translation>должно быть «пленный» или «эвакуированный»</translation>
        </message>
        <message>
            <source>is too long ({limit} characters at most)</source>
            <translation>слишком длинное (не больше {limit} символов)</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>дата в будущем</translation>
        </message>
        <message>
            <source>“{text}” is not a status</source>
            <translation>«{text}» — не статус</translation>
        </message>
        <message>
            <source>“{status}” is not a status for a {category}</source>
            <translation>«{status}» — не статус для категории «{category}»</translation>
        </message>
        <message>
            <source>is before the current status ({date})</source>
            <translation>раньше текущего статуса ({date})</translation>
        </message>
        <message>
            <source>{why}; only {who} can import this as a correction</source>
            <translation>{why}; импортировать это как исправление может только {who}</translation>
        </message>
        <message>
            <source>a case closed as “{status}” cannot be blocked</source>
            <translation>дело, закрытое со статусом «{status}», нельзя заблокировать</translation>
        </message>
        <message>
            <source>only {who} can reassign a case</source>
            <translation>передать дело другому сотруднику может только {who}</translation>
        </message>
        <message>
            <source>“{name}” {problem}. It is imported as it is: correct it in the case.</source>
            <translation>«{name}» {problem}. Импортировано как есть: исправьте в деле.</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
            <translation>добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}, пропущено: {skipped}</translation>
        </message>
        <message>
            <source>{name} is not a text (CSV) file, an Excel workbook (.xlsx, .xls) or an OpenDocument spreadsheet (.ods).</source>
            <translation>{name} — не текстовый файл (CSV), не книга Excel (.xlsx, .xls) и не таблица OpenDocument (.ods).</translation>
        </message>
        <message>
            <source>line {line}: {column}: {message}</source>
            <translation>строка {line}: {column}: {message}</translation>
        </message>
        <message>
            <source>unknown column</source>
            <translation>неизвестный столбец</translation>
        </message>
        <message>
            <source>repeats the column for {field}</source>
            <translation>повторяет столбец для {field}</translation>
        </message>
        <message>
            <source>has values (the first on line {line}) but no header, so they would not be imported: give the column one of the list's headers, or delete it</source>
            <translation>содержит значения (первое — в строке {line}), но не имеет заголовка, поэтому они не будут импортированы: дайте столбцу один из заголовков списка или удалите его</translation>
        </message>
        <message>
            <source>none of the columns of this sheet is one of the list's: the import reads the first sheet shown, “{sheet}”, of the {count} in the file; move the list to the first sheet (or delete the others) and import again</source>
            <translation>ни один столбец этого листа не является столбцом списка: импорт читает первый видимый лист, «{sheet}», из {count} в файле; перенесите список на первый лист (или удалите остальные) и импортируйте ещё раз</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>столбец {number}</translation>
        </message>
        <message>
            <source>holds a control character ({code}), which a list should not: the file may be damaged; correct the cell</source>
            <translation>содержит управляющий символ ({code}), которого в списке быть не должно: файл, возможно, повреждён; исправьте ячейку</translation>
        </message>
        <message>
            <source>shows {error}, the error of a formula in the program that made the file (a lookup that found nothing, a cell deleted): correct it there and save the file again, or type the value</source>
            <translation>показывает {error} — ошибку формулы в программе, создавшей файл (поиск ничего не нашёл, ячейка удалена): исправьте её там и сохраните файл ещё раз или введите значение</translation>
        </message>
        <message>
            <source>the formula ={formula} has no saved result (the program that wrote the file did not calculate it): open the file in Excel or LibreOffice Calc and save it again, or type the value</source>
            <translation>у формулы ={formula} нет сохранённого результата (программа, записавшая файл, её не вычислила): откройте файл в Excel или LibreOffice Calc и сохраните снова или введите значение</translation>
        </message>
        <message>
            <source>{name} is a web page (HTML) or an XML file under a spreadsheet's name, not a workbook. Open it in Excel or LibreOffice Calc, save it as an Excel workbook (.xlsx) or CSV, and import that file. Nothing was imported.</source>
            <translation>{name} — это веб-страница (HTML) или файл XML под именем электронной таблицы, а не книга Excel. Откройте его в Excel или LibreOffice Calc, сохраните как книгу Excel (.xlsx) или CSV и импортируйте этот файл. Ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name} is empty: it has no header row.</source>
            <translation>{name} пуст: в нём нет строки заголовков.</translation>
        </message>
        <message>
            <source>{name} cannot be read as {encoding}; choose another encoding.</source>
            <translation>{name} не читается как {encoding}; выберите другую кодировку.</translation>
        </message>
        <message>
            <source>{name} is not a readable CSV file: {error}.</source>
            <translation>{name} — нечитаемый файл CSV: {error}.</translation>
        </message>
        <message>
            <source>{name} is not a readable XLSX workbook ({error}).</source>
            <translation>{name} — нечитаемая книга XLSX ({error}).</translation>
        </message>
        <message>
            <source>{name} is not a readable OpenDocument spreadsheet ({error}).</source>
            <translation>{name} — нечитаемая таблица OpenDocument ({error}).</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel .xls workbook ({error}).</source>
            <translation>{name} — нечитаемая книга Excel .xls ({error}).</translation>
        </message>
        <message>
            <source>{name} does not read as text in the encoding chosen, {encoding}: it gives words such as {words}. Choose the encoding it was saved in (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), or ask for the file in UTF-8. Nothing was imported.</source>
            <translation>{name} не читается как текст в выбранной кодировке {encoding}: получаются слова вроде {words}. Выберите кодировку, в которой файл сохранён (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), или попросите файл в UTF-8. Ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name} does not read as text in the encoding it seems to be in, {encoding}: it gives words such as {words}. Choose the encoding it was saved in (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), or ask for the file in UTF-8. Nothing was imported.</source>
            <translation>{name} не читается как текст в кодировке, определённой автоматически, {encoding}: получаются слова вроде {words}. Выберите кодировку, в которой файл сохранён (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), или попросите файл в UTF-8. Ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes): it holds no list. Save the list again from the program that made it, or ask for the file again.</source>
            <translation>{name} пуст (0 байт): в нём нет списка. Сохраните список ещё раз в программе, которая его создала, или попросите файл ещё раз.</translation>
        </message>
        <message>
            <source>{name} is protected with a password. Open it in Excel or LibreOffice Calc, save a copy without the password, and import the copy.</source>
            <translation>{name} защищён паролем. Откройте его в Excel или LibreOffice Calc, сохраните копию без пароля и импортируйте копию.</translation>
        </message>
        <message>
            <source>“{text}”: this file writes dates month first (such as {example}), as Excel set to US English does, so this date could be read as the wrong day; save the dates as DD.MM.YYYY or YYYY-MM-DD and import the file again</source>
            <translation>«{text}»: в этом файле даты записаны месяцем вперёд (например, {example}), как это делает Excel с американскими настройками, поэтому эту дату можно прочитать как другой день; сохраните даты как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД и импортируйте файл ещё раз</translation>
        </message>
        <message>
            <source>“{text}” is a date written as a number of days, as Excel counts them ({date}): the column was not formatted as dates when the file was saved; format it as dates in Excel or LibreOffice Calc and save the file again, or type the date as DD.MM.YYYY</source>
            <translation>«{text}» — это дата, записанная числом дней, как их считает Excel ({date}): при сохранении файла столбец не был в формате даты; задайте ему формат даты в Excel или LibreOffice Calc и сохраните файл ещё раз или введите дату как ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>“{text}”: the year has two digits, so the century is unknown ({example}?); write the year with all four digits</source>
            <translation>«{text}»: год записан двумя цифрами, поэтому век неизвестен ({example}?); напишите год полностью, четырьмя цифрами</translation>
        </message>
        <message>
            <source>{name}: the quotation mark that opens a cell on line {line} is never closed, so every line after it would be read into that one cell. Close it or remove it, and import the file again. Nothing was imported.</source>
            <translation>{name}: кавычки, открывающие ячейку в строке {line}, нигде не закрыты, поэтому все строки после неё были бы прочитаны в эту одну ячейку. Закройте или уберите их и импортируйте файл ещё раз. Ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: the cell that begins on line {line} is longer than {limit} characters, most likely because a quotation mark opened there is never closed. Close it or remove it, and import the file again. Nothing was imported.</source>
            <translation>{name}: ячейка, начинающаяся в строке {line}, длиннее {limit} символов — скорее всего, открытые там кавычки нигде не закрыты. Закройте или уберите их и импортируйте файл ещё раз. Ничего не импортировано.</translation>
        </message>
        <message>
            <source>The import's second process ended unexpectedly (exit code {code}): nothing was imported.</source>
            <translation>Второй процесс импорта неожиданно завершился (код выхода {code}): ничего не импортировано.</translation>
        </message>
        <message>
            <source>holds the full name, and the list has separate name columns as well ({columns}): which to read is not clear; delete this column or those</source>
            <translation>содержит ФИО целиком, а в списке есть и отдельные столбцы имени ({columns}): неясно, что читать; удалите этот столбец или те</translation>
        </message>
        <message>
            <source>“{text}” has one word only, so the given name is missing (read as family name, given name, patronymic)</source>
            <translation>«{text}» — одно слово, имени нет (читается как фамилия, имя, отчество)</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsPlurals</name>
        <message numerus="yes">
            <source>{file} has %n problem(s), the first: {first}. Nothing was imported.</source>
            <translation>
                <numerusform>В {file} %n ошибка, первая: {first}. Ничего не импортировано.</numerusform>
                <numerusform>В {file} %n ошибки, первая: {first}. Ничего не импортировано.</numerusform>
                <numerusform>В {file} %n ошибок, первая: {first}. Ничего не импортировано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} is in two encodings at once: most of it is UTF-8, but %n line(s) ({lines}) not, most likely lists put together from files saved differently, so no one encoding reads it all. Save those lines again in UTF-8 (or ask for the file in UTF-8) and import it again. Nothing was imported.</source>
            <translation>
                <numerusform>В {name} сразу две кодировки: в основном это UTF-8, но %n строка ({lines}) — нет; скорее всего, списки собраны из файлов, сохранённых по-разному, поэтому ни одна кодировка не прочтёт весь файл. Сохраните эти строки ещё раз в UTF-8 (или попросите файл в UTF-8) и импортируйте его ещё раз. Ничего не импортировано.</numerusform>
                <numerusform>В {name} сразу две кодировки: в основном это UTF-8, но %n строки ({lines}) — нет; скорее всего, списки собраны из файлов, сохранённых по-разному, поэтому ни одна кодировка не прочтёт весь файл. Сохраните эти строки ещё раз в UTF-8 (или попросите файл в UTF-8) и импортируйте его ещё раз. Ничего не импортировано.</numerusform>
                <numerusform>В {name} сразу две кодировки: в основном это UTF-8, но %n строк ({lines}) — нет; скорее всего, списки собраны из файлов, сохранённых по-разному, поэтому ни одна кодировка не прочтёт весь файл. Сохраните эти строки ещё раз в UTF-8 (или попросите файл в UTF-8) и импортируйте его ещё раз. Ничего не импортировано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv);;All files (*)</source>
            <translation>Таблицы (*.csv *.xlsx *.ods *.xls *.txt *.tsv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <source>&amp;Import persons…</source>
            <translation>&amp;Импорт лиц…</translation>
        </message>
        <message>
            <source>Add or update cases from a CSV or Excel list, checked before anything is saved</source>
            <translation>Добавить или обновить дела из списка CSV или Excel с проверкой перед сохранением</translation>
        </message>
        <message>
            <source>Import &amp;letters and items…</source>
            <translation>Импорт &amp;писем и отправлений…</translation>
        </message>
        <message>
            <source>Log letters, drawings and other items from a CSV or Excel list</source>
            <translation>Зарегистрировать письма, рисунки и другие отправления из списка CSV или Excel</translation>
        </message>
        <message>
            <source>Save import &amp;template…</source>
            <translation>Сохранить &amp;шаблон импорта…</translation>
        </message>
        <message>
            <source>An empty spreadsheet with the columns the person import reads</source>
            <translation>Пустая таблица со столбцами, которые читает импорт лиц</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>Save the person list as filtered, a case's items or a shipment's parcels to CSV or Excel</source>
            <translation>Сохранить список лиц с фильтром, отправления дела или посылки партии в CSV или Excel</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Возможные &amp;дубликаты…</translation>
        </message>
        <message>
            <source>Pairs of cases that may be one person, to open or merge</source>
            <translation>Пары дел, которые могут относиться к одному лицу: открыть или объединить</translation>
        </message>
        <message>
            <source>Import persons</source>
            <translation>Импорт лиц</translation>
        </message>
        <message>
            <source>Import letters and items</source>
            <translation>Импорт писем и отправлений</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Импортировано: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>{status} since {date}</source>
            <translation>{status} с {date}</translation>
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
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контактные лица</translation>
        </message>
        <message>
            <source>Status history entries</source>
            <translation>Записи истории статуса</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Merge two cases</source>
            <translation>Объединить два дела</translation>
        </message>
        <message>
            <source>Keep {number}</source>
            <translation>Оставить {number}</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <source>Which case number stays?</source>
            <translation>Какой номер дела остаётся?</translation>
        </message>
        <message>
            <source>Everything of {dropped} — contacts, letters and items, parcels, status history and notes — moves to {kept}. Empty fields of {kept} are filled from {dropped}; values that differ are kept in a note. Case number {dropped} then no longer exists. This cannot be undone.</source>
            <translation>Всё из дела {dropped} — контактные лица, письма и отправления, посылки, история статуса и примечания — переходит в {kept}. Пустые поля {kept} заполняются из {dropped}; отличающиеся значения сохраняются в примечании. Номера дела {dropped} после этого не существует. Это нельзя отменить.</translation>
        </message>
        <message>
            <source>A case cannot be merged into itself.</source>
            <translation>Дело нельзя объединить само с собой.</translation>
        </message>
        <message>
            <source>{dropped} is in the category “{dropped_category}” and {kept} in “{kept_category}”; only cases of one category can be merged.</source>
            <translation>{dropped} относится к категории «{dropped_category}», а {kept} — к «{kept_category}»; объединить можно только дела одной категории.</translation>
        </message>
    </context>
    <context>
        <name>MyWork</name>
        <message>
            <source>Escalated to you</source>
            <translation>Эскалировано вам</translation>
        </message>
        <message>
            <source>Reassigned to you</source>
            <translation>Передано вам</translation>
        </message>
        <message>
            <source>Next review due</source>
            <translation>Наступил срок рассмотрения</translation>
        </message>
        <message>
            <source>Captives with no news</source>
            <translation>Пленные без вестей</translation>
        </message>
        <message>
            <source>Screened items to pack</source>
            <translation>Проверенные отправления к упаковке</translation>
        </message>
        <message>
            <source>Parcels to seal</source>
            <translation>Посылки к опломбированию</translation>
        </message>
        <message>
            <source>Parcels to hand over</source>
            <translation>Посылки к передаче</translation>
        </message>
        <message>
            <source>Shipments not acknowledged</source>
            <translation>Партии без подтверждения</translation>
        </message>
        <message>
            <source>Escalated to them</source>
            <translation>Эскалировано сотруднику</translation>
        </message>
        <message>
            <source>Reassigned to them</source>
            <translation>Передано сотруднику</translation>
        </message>
        <message>
            <source>: “{words}”</source>
            <translation>: «{words}»</translation>
        </message>
        <message>
            <source>Escalated to them by {reviewer} on {date}</source>
            <translation>Эскалировано сотруднику ({reviewer}, {date})</translation>
        </message>
        <message>
            <source>Escalated to you by {reviewer} on {date}</source>
            <translation>Эскалировано вам ({reviewer}, {date})</translation>
        </message>
        <message>
            <source> — next review {date}</source>
            <translation> — следующее рассмотрение {date}</translation>
        </message>
        <message>
            <source>Reassigned to them by {by} on {date}</source>
            <translation>Передано сотруднику ({by}, {date})</translation>
        </message>
        <message>
            <source>Reassigned to you by {by} on {date}</source>
            <translation>Передано вам ({by}, {date})</translation>
        </message>
        <message>
            <source> (was {name}'s)</source>
            <translation> (ранее — {name})</translation>
        </message>
        <message>
            <source>Review due today; last decision: {decision}</source>
            <translation>Рассмотрение сегодня; последнее решение: {decision}</translation>
        </message>
        <message>
            <source>last news {date}</source>
            <translation>последние вести {date}</translation>
        </message>
        <message>
            <source>no news since registration</source>
            <translation>без вестей с регистрации</translation>
        </message>
        <message>
            <source> (since {date})</source>
            <translation> (с {date})</translation>
        </message>
        <message>
            <source>Parcel {number} made up on {date}: seal it</source>
            <translation>Посылка {number} сформирована {date}: опломбируйте её</translation>
        </message>
        <message>
            <source>Parcel {number} sealed on {date}: put it in a shipment and hand it over</source>
            <translation>Посылка {number} опломбирована {date}: включите её в партию и передайте</translation>
        </message>
        <message>
            <source>left</source>
            <translation>уволился(ась)</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Никто</translation>
        </message>
    </context>
    <context>
        <name>MyWorkPage</name>
        <message>
            <source>Opens the case</source>
            <translation>Открывает дело</translation>
        </message>
        <message>
            <source>Opens the Shipments page</source>
            <translation>Открывает страницу «Партии»</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>эскалировано</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>передано</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>рассмотрение</translation>
        </message>
        <message>
            <source>no news</source>
            <translation>без вестей</translation>
        </message>
        <message>
            <source>to pack</source>
            <translation>упаковать</translation>
        </message>
        <message>
            <source>to seal</source>
            <translation>опломбировать</translation>
        </message>
        <message>
            <source>to hand over</source>
            <translation>передать</translation>
        </message>
        <message>
            <source>unacknowledged</source>
            <translation>без подтверждения</translation>
        </message>
        <message>
            <source>My own work</source>
            <translation>Только моя работа</translation>
        </message>
        <message>
            <source>The whole team, by person</source>
            <translation>Вся команда, по сотрудникам</translation>
        </message>
        <message>
            <source>Show &amp;everyone</source>
            <translation>Показать &amp;всех</translation>
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
            <source>What needs doing</source>
            <translation>Что нужно сделать</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Reassign…</source>
            <translation>&amp;Передать…</translation>
        </message>
        <message>
            <source>Hand the cases of the lines selected to someone else</source>
            <translation>Передать дела выбранных строк другому сотруднику</translation>
        </message>
        <message>
            <source>Nothing needs you today, {date}</source>
            <translation>Сегодня, {date}, для вас ничего нет</translation>
        </message>
        <message>
            <source>What needs you today, {date}: {count}</source>
            <translation>Что ждёт вас сегодня, {date}: {count}</translation>
        </message>
        <message>
            <source>What needs {name} today, {date}: {count}</source>
            <translation>Что ждёт {name} сегодня, {date}: {count}</translation>
        </message>
        <message>
            <source>What needs the team today, {date}: {count}</source>
            <translation>Что ждёт команду сегодня, {date}: {count}</translation>
        </message>
        <message>
            <source>Nothing needs you today: no case escalated or reassigned to you, no review due, no captive without news, no item or parcel waiting.</source>
            <translation>Сегодня для вас ничего нет: ни одного дела, эскалированного или переданного вам, ни одного рассмотрения, ни одного пленного без вестей, ни одного отправления или посылки в ожидании.</translation>
        </message>
        <message>
            <source>Cases nobody holds</source>
            <translation>Дела без сотрудника</translation>
        </message>
        <message>
            <source>{action} (Enter)</source>
            <translation>{action} (Enter)</translation>
        </message>
        <message>
            <source> (Enter or double click)</source>
            <translation> (Enter или двойной щелчок)</translation>
        </message>
        <message>
            <source>Enter opens a line; Ctrl+Shift+A unfolds every list</source>
            <translation>Enter открывает строку; Ctrl+Shift+A разворачивает все списки</translation>
        </message>
        <message>
            <source>Case {number}.</source>
            <translation>Дело {number}.</translation>
        </message>
    </context>
    <context>
        <name>MyWorkPagePlurals</name>
        <message numerus="yes">
            <source>&amp;Reassign %n cases…</source>
            <translation>
                <numerusform>&amp;Передать %n дело…</numerusform>
                <numerusform>&amp;Передать %n дела…</numerusform>
                <numerusform>&amp;Передать %n дел…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; cases, all of them to one caseworker.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; дело — одному сотруднику.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; дела, все — одному сотруднику.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; дел, все — одному сотруднику.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyWorkPlurals</name>
        <message numerus="yes">
            <source>Review due since {date} (%n days); last decision: {decision}</source>
            <translation>
                <numerusform>Рассмотрение просрочено с {date} (%n день); последнее решение: {decision}</numerusform>
                <numerusform>Рассмотрение просрочено с {date} (%n дня); последнее решение: {decision}</numerusform>
                <numerusform>Рассмотрение просрочено с {date} (%n дней); последнее решение: {decision}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No news for %n days ({heard})</source>
            <translation>
                <numerusform>Без вестей %n день ({heard})</numerusform>
                <numerusform>Без вестей %n дня ({heard})</numerusform>
                <numerusform>Без вестей %n дней ({heard})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screened items waiting to be packed</source>
            <translation>
                <numerusform>%n проверенное отправление ждёт упаковки</numerusform>
                <numerusform>%n проверенных отправления ждут упаковки</numerusform>
                <numerusform>%n проверенных отправлений ждут упаковки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shipment {reference} handed over {date} (%n days ago): {parcels} not acknowledged as delivered</source>
            <translation>
                <numerusform>Партия {reference} передана {date} (%n день назад): {parcels} без подтверждения доставки</numerusform>
                <numerusform>Партия {reference} передана {date} (%n дня назад): {parcels} без подтверждения доставки</numerusform>
                <numerusform>Партия {reference} передана {date} (%n дней назад): {parcels} без подтверждения доставки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n посылка</numerusform>
                <numerusform>%n посылки</numerusform>
                <numerusform>%n посылок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficeStats</name>
        <message>
            <source>under 30 days</source>
            <translation>до 30 дней</translation>
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
            <source>90+ days</source>
            <translation>90+ дней</translation>
        </message>
    </context>
    <context>
        <name>OperationDialog</name>
        <message>
            <source>New operation</source>
            <translation>Новая операция</translation>
        </message>
        <message>
            <source>e.g. Exchange of 12 December</source>
            <translation>напр., Обмен 12 декабря</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Facilitated by:</source>
            <translation>&amp;При содействии:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Примечания:</translation>
        </message>
        <message>
            <source>&amp;Record operation</source>
            <translation>&amp;Зарегистрировать операцию</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>is required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <source>No operation with id {id}.</source>
            <translation>Операции с id {id} нет.</translation>
        </message>
        <message>
            <source>Operation “{name}” is {status}.</source>
            <translation>Операция «{name}»: {status}.</translation>
        </message>
        <message>
            <source>{number} is a {category}; an {operation} takes {expected}s</source>
            <translation>{number} — категория «{category}»; операция «{operation}» — только для категории «{expected}»</translation>
        </message>
        <message>
            <source>{number} is already {status}</source>
            <translation>{number} уже имеет статус «{status}»</translation>
        </message>
        <message>
            <source>id {id}</source>
            <translation>id {id}</translation>
        </message>
        <message>
            <source>Nobody was added: {problems}.</source>
            <translation>Никто не добавлен: {problems}.</translation>
        </message>
        <message>
            <source>That person is not in the operation.</source>
            <translation>Этого лица нет в операции.</translation>
        </message>
        <message>
            <source>Operation “{name}” is already {status}.</source>
            <translation>Операция «{name}» уже имеет статус «{status}».</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>дата в будущем</translation>
        </message>
        <message>
            <source>Operation “{name}” has nobody in it.</source>
            <translation>В операции «{name}» нет ни одного лица.</translation>
        </message>
        <message>
            <source>{number}'s current status began after {date}</source>
            <translation>текущий статус {number} начался после {date}</translation>
        </message>
        <message>
            <source>Operation “{name}” was not completed and nothing changed: {problems}. Remove these persons or correct their cases first.</source>
            <translation>Операция «{name}» не завершена, ничего не изменилось: {problems}. Сначала исключите эти лица или исправьте их дела.</translation>
        </message>
        <message>
            <source>Operation “{name}”</source>
            <translation>Операция «{name}»</translation>
        </message>
        <message>
            <source>Operation “{name}” is {status}; only a cancelled operation can be reopened.</source>
            <translation>Операция «{name}»: {status}; возобновить можно только отменённую операцию.</translation>
        </message>
    </context>
    <context>
        <name>OperationsPage</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Cancel operation</source>
            <translation>Отменить операцию</translation>
        </message>
        <message>
            <source>Cancel “{name}”? Nobody's status changes; the operation stays listed as cancelled, with its persons, and a supervisor can reopen it.</source>
            <translation>Отменить «{name}»? Статус ни одного лица не изменится; операция останется в списке как отменённая, вместе с лицами, и руководитель может её возобновить.</translation>
        </message>
        <message>
            <source>&amp;New operation…</source>
            <translation>&amp;Новая операция…</translation>
        </message>
        <message>
            <source>Com&amp;plete…</source>
            <translation>&amp;Завершить…</translation>
        </message>
        <message>
            <source>Make everyone in it repatriated / returned on one date (supervisors)</source>
            <translation>Присвоить всем лицам в операции статус «репатриирован» / «возвращён» на одну дату (руководители)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel operation</source>
            <translation>&amp;Отменить операцию</translation>
        </message>
        <message>
            <source>Reope&amp;n operation</source>
            <translation>&amp;Возобновить операцию</translation>
        </message>
        <message>
            <source>Plan a cancelled operation again, with its persons (supervisors)</source>
            <translation>Снова запланировать отменённую операцию с её лицами (руководители)</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Лица</translation>
        </message>
        <message>
            <source>Paste or scan case numbers here (CAP-2026-00042 …), any separators</source>
            <translation>Вставьте или отсканируйте сюда номера дел (CAP-2026-00042 …), разделители любые</translation>
        </message>
        <message>
            <source>&amp;Add these case numbers</source>
            <translation>&amp;Добавить эти номера дел</translation>
        </message>
        <message>
            <source>Add the case open on Cases</source>
            <translation>Добавить дело, открытое в «Делах»</translation>
        </message>
        <message>
            <source>&amp;Remove person</source>
            <translation>&amp;Исключить лицо</translation>
        </message>
        <message>
            <source>Add persons:</source>
            <translation>Добавить лица:</translation>
        </message>
        <message>
            <source>Persons in “{name}” ({status}): {count}</source>
            <translation>Лица в «{name}» ({status}): {count}</translation>
        </message>
        <message>
            <source>Add {number} (open on Cases)</source>
            <translation>Добавить {number} (открыто в «Делах»)</translation>
        </message>
        <message>
            <source>No case numbers found in the box.</source>
            <translation>В поле не найдено номеров дел.</translation>
        </message>
        <message>
            <source>Already in: {numbers}.</source>
            <translation>Уже в операции: {numbers}.</translation>
        </message>
        <message>
            <source>Not found: {numbers}.</source>
            <translation>Не найдено: {numbers}.</translation>
        </message>
        <message>
            <source>Removed {number}.</source>
            <translation>Исключено {number}.</translation>
        </message>
        <message>
            <source>Operation “{name}” cancelled.</source>
            <translation>Операция «{name}» отменена.</translation>
        </message>
        <message>
            <source>Operation “{name}” reopened.</source>
            <translation>Операция «{name}» возобновлена.</translation>
        </message>
    </context>
    <context>
        <name>OperationsPagePlurals</name>
        <message numerus="yes">
            <source>Added %n.</source>
            <translation>
                <numerusform>Добавлено %n.</numerusform>
                <numerusform>Добавлено %n.</numerusform>
                <numerusform>Добавлено %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueFilterBar</name>
        <message>
            <source>Any caseworker</source>
            <translation>Любой сотрудник</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Любая категория</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <source>Any reason</source>
            <translation>Любая причина</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Любая давность</translation>
        </message>
        <message>
            <source>Any review state</source>
            <translation>Любое рассмотрение</translation>
        </message>
        <message>
            <source>Show the whole queue again</source>
            <translation>Снова показать всю очередь</translation>
        </message>
        <message>
            <source>No change (not blocked)</source>
            <translation>Без изменений (не заблокировано)</translation>
        </message>
        <message>
            <source>Blocked, any reason</source>
            <translation>Заблокировано, любая причина</translation>
        </message>
        <message>
            <source>Blocked: {reason}</source>
            <translation>Заблокировано: {reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>never reviewed</source>
            <translation>ещё не рассматривалось</translation>
        </message>
        <message>
            <source>Next review:</source>
            <translation>Следующее рассмотрение:</translation>
        </message>
        <message>
            <source>Reassign to:</source>
            <translation>Передать:</translation>
        </message>
        <message>
            <source>Escalate to:</source>
            <translation>Эскалировать:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>Review case {number}</source>
            <translation>Рассмотрение дела {number}</translation>
        </message>
        <message>
            <source>last reviewed {date} ({decision})</source>
            <translation>последнее рассмотрение {date} ({decision})</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, %n days stalled: {reason}&lt;br&gt;Caseworker: {caseworker} · {last}</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, без движения %n день: {reason}&lt;br&gt;Сотрудник: {caseworker} · {last}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, без движения %n дня: {reason}&lt;br&gt;Сотрудник: {caseworker} · {last}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, без движения %n дней: {reason}&lt;br&gt;Сотрудник: {caseworker} · {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message>
            <source>What was decided, and what happens next</source>
            <translation>Что решено и что дальше</translation>
        </message>
        <message>
            <source>Reassign &amp;to:</source>
            <translation>&amp;Передать:</translation>
        </message>
        <message>
            <source>Escalate &amp;to:</source>
            <translation>Эскалиро&amp;вать:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Решение:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Прим&amp;ечание:</translation>
        </message>
        <message>
            <source>Ne&amp;xt review:</source>
            <translation>&amp;Следующее рассмотрение:</translation>
        </message>
        <message>
            <source>&amp;Save review</source>
            <translation>&amp;Сохранить рассмотрение</translation>
        </message>
        <message>
            <source>Closing ends the case; it needs no further review.</source>
            <translation>Закрытие завершает дело; дальнейшее рассмотрение не нужно.</translation>
        </message>
        <message>
            <source>Why the case is closed (required)</source>
            <translation>Почему дело закрыто (обязательно)</translation>
        </message>
        <message>
            <source>The case leaves the queue until then (it stays stalled in the figures).</source>
            <translation>До тех пор дело выходит из очереди (в показателях оно остаётся без движения).</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>Many cases at once can only be {choices}; review the others one by one.</source>
            <translation>Для многих дел сразу возможно только {choices}; остальные рассматривайте по одному.</translation>
        </message>
        <message>
            <source>Choose the cases to review first.</source>
            <translation>Сначала выберите дела для рассмотрения.</translation>
        </message>
        <message>
            <source>Never reviewed</source>
            <translation>Ещё не рассматривались</translation>
        </message>
        <message>
            <source>Review due again</source>
            <translation>Снова наступило рассмотрение</translation>
        </message>
        <message>
            <source>Deferred to a later date</source>
            <translation>Отложено на более позднюю дату</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>must be after today</source>
            <translation>должна быть позже сегодняшнего дня</translation>
        </message>
        <message>
            <source>the case is already assigned to them</source>
            <translation>дело уже закреплено за этим сотрудником</translation>
        </message>
        <message>
            <source>say why the case is closed</source>
            <translation>укажите, почему дело закрыто</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <source>Show reviewed (&amp;deferred) cases too</source>
            <translation>Показать и рассмотренные (&amp;отложенные) дела</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Рассмотреть…</translation>
        </message>
        <message>
            <source>Record a decision on the selected case ({keys})</source>
            <translation>Записать решение по выбранному делу ({keys})</translation>
        </message>
        <message>
            <source>Review the selected case</source>
            <translation>Рассмотреть выбранное дело</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Открыть дело</translation>
        </message>
        <message>
            <source>Show the case on the Cases page (Enter)</source>
            <translation>Показать дело на странице «Дела» (Enter)</translation>
        </message>
        <message>
            <source>Enter opens the case · {keys} reviews it</source>
            <translation>Enter открывает дело · {keys} — рассмотрение</translation>
        </message>
        <message>
            <source>Enter opens the case</source>
            <translation>Enter открывает дело</translation>
        </message>
        <message>
            <source>Stalled: not final, and blocked or unchanged for longer than its status allows ({thresholds}). A reviewed case leaves the queue until its next review.</source>
            <translation>Без движения: не закрыто и заблокировано или без изменений дольше, чем допускает его статус ({thresholds}). Рассмотренное дело выходит из очереди до следующего рассмотрения.</translation>
        </message>
        <message>
            <source>My cases needing action: {count}</source>
            <translation>Мои дела, требующие действий: {count}</translation>
        </message>
        <message>
            <source>{shown} of {whole}</source>
            <translation>{shown} из {whole}</translation>
        </message>
        <message>
            <source>Your stalled cases (blocked, or unchanged for longer than the office allows: {thresholds}) that no review has deferred. Move them on, or ask your supervisor.</source>
            <translation>Ваши дела без движения (заблокированные или без изменений дольше, чем допускает учреждение: {thresholds}), которые ни одно рассмотрение не отложило. Продвиньте их или обратитесь к руководителю.</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePagePlurals</name>
        <message numerus="yes">
            <source>{shown} of %n cases in the queue</source>
            <translation>
                <numerusform>{shown} из %n дела в очереди</numerusform>
                <numerusform>{shown} из %n дел в очереди</numerusform>
                <numerusform>{shown} из %n дел в очереди</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases stalled</source>
            <translation>
                <numerusform>{shown} из %n дела без движения</numerusform>
                <numerusform>{shown} из %n дел без движения</numerusform>
                <numerusform>{shown} из %n дел без движения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stalled cases in the queue</source>
            <translation>
                <numerusform>%n дело без движения в очереди</numerusform>
                <numerusform>%n дела без движения в очереди</numerusform>
                <numerusform>%n дел без движения в очереди</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deferred by review</source>
            <translation>
                <numerusform>%n отложено рассмотрением</numerusform>
                <numerusform>%n отложено рассмотрением</numerusform>
                <numerusform>%n отложено рассмотрением</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Review %n cases…</source>
            <translation>
                <numerusform>&amp;Рассмотреть %n дело…</numerusform>
                <numerusform>&amp;Рассмотреть %n дела…</numerusform>
                <numerusform>&amp;Рассмотреть %n дел…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePlurals</name>
        <message numerus="yes">
            <source>No change for more than %n days</source>
            <translation>
                <numerusform>Без изменений более %n дня</numerusform>
                <numerusform>Без изменений более %n дней</numerusform>
                <numerusform>Без изменений более %n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Work</name>
        <message>
            <source>My work</source>
            <translation>Моя работа</translation>
        </message>
        <message>
            <source>My work ({count})</source>
            <translation>Моя работа ({count})</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Review queue</source>
            <translation>Очередь рассмотрения</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Операции</translation>
        </message>
    </context>
    <context>
        <name>WorkflowTables</name>
        <message>
            <source>Deferred by review until {date}</source>
            <translation>Отложено рассмотрением до {date}</translation>
        </message>
        <message>
            <source>Review due since {date}: back in the queue</source>
            <translation>Срок рассмотрения наступил {date}: снова в очереди</translation>
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
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Days stalled</source>
            <translation>Дней без движения</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Last review</source>
            <translation>Последнее рассм.</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Следующее рассм.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Facilitated by</source>
            <translation>При содействии</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Лица</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>С</translation>
        </message>
        <message>
            <source>Already {status}: remove the person or correct the case before completing</source>
            <translation>Уже «{status}»: исключите лицо или исправьте дело перед завершением</translation>
        </message>
    </context>
    <context>
        <name>WorkloadPanel</name>
        <message>
            <source>Nobody</source>
            <translation>Никто</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>открытые дела</translation>
        </message>
        <message>
            <source>stalled cases</source>
            <translation>дела без движения</translation>
        </message>
        <message>
            <source>overdue cases</source>
            <translation>просроченные дела</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Нагрузка</translation>
        </message>
        <message>
            <source>Rea&amp;ssign…</source>
            <translation>П&amp;ередать…</translation>
        </message>
        <message>
            <source>Hand the chosen caseworker's cases to someone else</source>
            <translation>Передать дела выбранного сотрудника другому</translation>
        </message>
        <message>
            <source>Show on My work</source>
            <translation>Показать в «Моей работе»</translation>
        </message>
        <message>
            <source>Open: not final. Stalled: as the review queue counts them. Overdue: the next review date has passed. Enter shows a person's lines.</source>
            <translation>Открытые: не закрытые. Без движения: как их считает очередь рассмотрения. Просроченные: дата следующего рассмотрения прошла. Enter показывает строки сотрудника.</translation>
        </message>
        <message>
            <source>{name} has no {which}.</source>
            <translation>У {name} нет: {which}.</translation>
        </message>
        <message>
            <source>{name}'s {which}: &lt;b&gt;{count}&lt;/b&gt;, all of them to one caseworker.</source>
            <translation>{name}, {which}: &lt;b&gt;{count}&lt;/b&gt;, все — одному сотруднику.</translation>
        </message>
    </context>
</TS>
