<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>BulkReviewDialog</name>
        <message>
            <source>Next review:</source>
            <translation>Наступний перегляд:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примітка:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Рішення:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примітка:</translation>
        </message>
        <message>
            <source>Ne&amp;xt review:</source>
            <translation>&amp;Наступний перегляд:</translation>
        </message>
        <message>
            <source>&amp;Save reviews…</source>
            <translation>&amp;Зберегти перегляди…</translation>
        </message>
        <message>
            <source>Why the cases are closed (required)</source>
            <translation>Чому справи закрито (обов’язково)</translation>
        </message>
        <message>
            <source>What was decided, and what happens next</source>
            <translation>Що вирішено і що далі</translation>
        </message>
        <message>
            <source>&amp;Close them</source>
            <translation>&amp;Закрити їх</translation>
        </message>
        <message>
            <source>&amp;Keep them waiting</source>
            <translation>&amp;Залишити в очікуванні</translation>
        </message>
    </context>
    <context>
        <name>BulkReviewDialogPlurals</name>
        <message numerus="yes">
            <source>Close %n cases? Closing ends each case; it needs no further review.</source>
            <translation>
                <numerusform>Закрити %n справу? Закриття завершує кожну справу; далі перегляд не потрібен.</numerusform>
                <numerusform>Закрити %n справи? Закриття завершує кожну справу; далі перегляд не потрібен.</numerusform>
                <numerusform>Закрити %n справ? Закриття завершує кожну справу; далі перегляд не потрібен.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep %n cases waiting until {date}?</source>
            <translation>
                <numerusform>Залишити %n справу в очікуванні до {date}?</numerusform>
                <numerusform>Залишити %n справи в очікуванні до {date}?</numerusform>
                <numerusform>Залишити %n справ в очікуванні до {date}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review %n cases</source>
            <translation>
                <numerusform>Перегляд %n справи</numerusform>
                <numerusform>Перегляд %n справ</numerusform>
                <numerusform>Перегляд %n справ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The same decision for the &lt;b&gt;%n cases&lt;/b&gt; selected in the queue. Each gets a review of its own, as if reviewed one by one; to reassign or escalate, review a case by itself.</source>
            <translation>
                <numerusform>Одне рішення для &lt;b&gt;%n справи&lt;/b&gt;, вибраної в черзі. Кожна отримує власний перегляд, як при перегляді по одній; щоб передати або ескалувати, переглядайте справу окремо.</numerusform>
                <numerusform>Одне рішення для &lt;b&gt;%n справ&lt;/b&gt;, вибраних у черзі. Кожна отримує власний перегляд, як при перегляді по одній; щоб передати або ескалувати, переглядайте справу окремо.</numerusform>
                <numerusform>Одне рішення для &lt;b&gt;%n справ&lt;/b&gt;, вибраних у черзі. Кожна отримує власний перегляд, як при перегляді по одній; щоб передати або ескалувати, переглядайте справу окремо.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cases reviewed.</source>
            <translation>
                <numerusform>Переглянуто %n справу.</numerusform>
                <numerusform>Переглянуто %n справи.</numerusform>
                <numerusform>Переглянуто %n справ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкриті</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Без руху</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Прострочені</translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message>
            <source>Complete operation</source>
            <translation>Завершити операцію</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;All %n persons in it become &lt;b&gt;{status}&lt;/b&gt; on the date below, each with a history entry naming this operation. If any one of them cannot, nothing changes.</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;Усі (%n особа) отримують статус &lt;b&gt;{status}&lt;/b&gt; на дату нижче, кожна із записом в історії з назвою цієї операції. Якщо хоча б для однієї це неможливо, нічого не змінюється.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;Усі %n особи отримують статус &lt;b&gt;{status}&lt;/b&gt; на дату нижче, кожна із записом в історії з назвою цієї операції. Якщо хоча б для однієї це неможливо, нічого не змінюється.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({kind})&lt;br&gt;Усі %n осіб отримують статус &lt;b&gt;{status}&lt;/b&gt; на дату нижче, кожна із записом в історії з назвою цієї операції. Якщо хоча б для однієї це неможливо, нічого не змінюється.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Completed on:</source>
            <translation>&amp;Дата завершення:</translation>
        </message>
        <message>
            <source>&amp;Complete operation</source>
            <translation>&amp;Завершити операцію</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Campaign progress</source>
            <translation>Хід кампаній</translation>
        </message>
        <message>
            <source>No campaigns yet.</source>
            <translation>Кампаній ще немає.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; — by {date}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; — до {date}</translation>
        </message>
        <message>
            <source>{delivered} of {target} delivered ({percent}%)</source>
            <translation>Доставлено {delivered} з {target} ({percent}%)</translation>
        </message>
        <message>
            <source>Delivered {delivered} · dispatched {dispatched} · packed {packed} · target {target} · {left}</source>
            <translation>Доставлено {delivered} · відправлено {dispatched} · упаковано {packed} · мета {target} · {left}</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>відкриті справи</translation>
        </message>
        <message>
            <source>stalled</source>
            <translation>без руху</translation>
        </message>
        <message>
            <source>in the review queue</source>
            <translation>у черзі перегляду</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>заблоковано</translation>
        </message>
        <message>
            <source>cases in all</source>
            <translation>усього справ</translation>
        </message>
        <message>
            <source>Open cases by category and status</source>
            <translation>Відкриті справи за категорією і статусом</translation>
        </message>
        <message>
            <source>Stalled cases by reason</source>
            <translation>Справи без руху за причиною</translation>
        </message>
        <message>
            <source>Stalled cases by caseworker</source>
            <translation>Справи без руху за працівником</translation>
        </message>
        <message>
            <source>Stalled cases by days unchanged</source>
            <translation>Справи без руху за днями без змін</translation>
        </message>
        <message>
            <source>Persons repatriated / returned per month</source>
            <translation>Репатрійовано / повернуто осіб за місяць</translation>
        </message>
        <message>
            <source>Parcels by status</source>
            <translation>Посилки за статусом</translation>
        </message>
        <message>
            <source>As of {date} · stalled = blocked, or unchanged for longer than its status allows</source>
            <translation>Станом на {date} · без руху = заблоковано або без змін довше, ніж дозволяє статус</translation>
        </message>
        <message>
            <source>The office's stalled thresholds (Settings): {thresholds}</source>
            <translation>Пороги «без руху» установи (Налаштування): {thresholds}</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посилки</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Усього</translation>
        </message>
        <message>
            <source>Captives</source>
            <translation>Полонені</translation>
        </message>
        <message>
            <source>Evacuees</source>
            <translation>Евакуйовані</translation>
        </message>
        <message>
            <source>Total open</source>
            <translation>Усього відкритих</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Без руху</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Справи</translation>
        </message>
        <message>
            <source>Stalled in all</source>
            <translation>Усього без руху</translation>
        </message>
        <message>
            <source>Days unchanged</source>
            <translation>Днів без змін</translation>
        </message>
        <message>
            <source>(no caseworker)</source>
            <translation>(без працівника)</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>У черзі</translation>
        </message>
        <message>
            <source>Repatriated</source>
            <translation>Репатрійовано</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Повернуто</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Місяць</translation>
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
                <numerusform>Залишився %n день</numerusform>
                <numerusform>Залишилося %n дні</numerusform>
                <numerusform>Залишилося %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deadline passed %n days ago</source>
            <translation>
                <numerusform>строк минув %n день тому</numerusform>
                <numerusform>строк минув %n дні тому</numerusform>
                <numerusform>строк минув %n днів тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cases under %n days are here because they are blocked.</source>
            <translation>
                <numerusform>Справи до %n дня тут, бо їх заблоковано.</numerusform>
                <numerusform>Справи до %n днів тут, бо їх заблоковано.</numerusform>
                <numerusform>Справи до %n днів тут, бо їх заблоковано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>birth year unknown</source>
            <translation>рік народження невідомий</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>дата народження</translation>
        </message>
        <message>
            <source>both born {when}</source>
            <translation>обидва народилися {when}</translation>
        </message>
        <message>
            <source>both born {year}</source>
            <translation>обидва народилися {year} р.</translation>
        </message>
        <message>
            <source>same service number {number}</source>
            <translation>той самий особистий номер {number}</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>те саме ім’я</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>схоже ім’я</translation>
        </message>
        <message>
            <source>{name} and {birth}</source>
            <translation>{name} і {birth}</translation>
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
            <translation>Сильний</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Слабкий</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Збіг</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Бали</translation>
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
            <source>Born</source>
            <translation>Рік нар.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>&amp;Шукати знову</translation>
        </message>
        <message>
            <source>Open &amp;left case</source>
            <translation>Відкрити &amp;ліву справу</translation>
        </message>
        <message>
            <source>Open &amp;right case</source>
            <translation>Відкрити &amp;праву справу</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Об’єднати…</translation>
        </message>
        <message>
            <source>Only a supervisor can merge cases.</source>
            <translation>Об’єднувати справи може лише керівник.</translation>
        </message>
        <message>
            <source>Cases that may be one person: a similar name in any spelling and the same birth year, or the same service number. A strong match (score {score} or more) is all but certainly one person; a weak one needs a look.</source>
            <translation>Справи, які можуть стосуватися однієї особи: схоже ім’я в будь-якому написанні і той самий рік народження або той самий особистий номер. Сильний збіг ({score} балів і більше) — майже напевно одна особа; слабкий потребує перевірки.</translation>
        </message>
        <message>
            <source>Looking for possible duplicates in the register…</source>
            <translation>Пошук можливих дублікатів у реєстрі…</translation>
        </message>
        <message>
            <source>Looking for possible duplicates again… The pairs below are from the last search.</source>
            <translation>Повторний пошук можливих дублікатів… Пари нижче — з попереднього пошуку.</translation>
        </message>
        <message>
            <source>No possible duplicates in the register.</source>
            <translation>Можливих дублікатів у реєстрі немає.</translation>
        </message>
        <message>
            <source>Strong matches: {strong}; weak: {weak}.</source>
            <translation>Сильних збігів: {strong}; слабких: {weak}.</translation>
        </message>
        <message>
            <source>Search cancelled. Press Search again to look for duplicates.</source>
            <translation>Пошук скасовано. Натисніть «Шукати знову», щоб знайти дублікати.</translation>
        </message>
        <message>
            <source>The search did not finish. Press Search again to look for duplicates.</source>
            <translation>Пошук не завершено. Натисніть «Шукати знову», щоб знайти дублікати.</translation>
        </message>
        <message>
            <source>Cases merged.</source>
            <translation>Справи об’єднано.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPagePlurals</name>
        <message numerus="yes">
            <source>The %n likeliest pairs, best first. Merge or open them, then search again.</source>
            <translation>
                <numerusform>%n найімовірніша пара, найкращі першими. Об’єднайте або відкрийте їх, потім шукайте знову.</numerusform>
                <numerusform>%n найімовірніші пари, найкращі першими. Об’єднайте або відкрийте їх, потім шукайте знову.</numerusform>
                <numerusform>%n найімовірніших пар, найкращі першими. Об’єднайте або відкрийте їх, потім шукайте знову.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pairs of cases that may be one person, likeliest first.</source>
            <translation>
                <numerusform>%n пара справ, які можуть бути однією особою, найімовірніші першими.</numerusform>
                <numerusform>%n пари справ, які можуть бути однією особою, найімовірніші першими.</numerusform>
                <numerusform>%n пар справ, які можуть бути однією особою, найімовірніші першими.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet, LibreOffice (*.ods);;CSV, UTF-8 for Excel (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;Таблиця OpenDocument, LibreOffice (*.ods);;CSV, UTF-8 для Excel (*.csv)</translation>
        </message>
        <message>
            <source>Exporting items to {file}…</source>
            <translation>Експорт відправлень у {file}…</translation>
        </message>
        <message>
            <source>Exporting parcels to {file}…</source>
            <translation>Експорт посилок у {file}…</translation>
        </message>
        <message>
            <source>Exporting persons to {file}…</source>
            <translation>Експорт осіб у {file}…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>&amp;Letters and items of case {number}</source>
            <translation>&amp;Листи та відправлення справи {number}</translation>
        </message>
        <message>
            <source>&amp;Letters and items of a case (select one)</source>
            <translation>&amp;Листи та відправлення справи (виберіть справу)</translation>
        </message>
        <message>
            <source>Parcels of a &amp;shipment:</source>
            <translation>Посилки &amp;партії:</translation>
        </message>
        <message>
            <source>Next, choose the file: .xlsx for Excel, .ods for LibreOffice, or .csv.</source>
            <translation>Далі виберіть файл: .xlsx для Excel, .ods для LibreOffice або .csv.</translation>
        </message>
        <message>
            <source>Save the import template as</source>
            <translation>Зберегти шаблон імпорту як</translation>
        </message>
        <message>
            <source>persons template.xlsx</source>
            <translation>шаблон осіб.xlsx</translation>
        </message>
        <message>
            <source>Template saved to {file}: fill in one person a row, then import it.</source>
            <translation>Шаблон збережено у {file}: заповніть по одній особі в рядку, потім імпортуйте.</translation>
        </message>
        <message>
            <source>Export the items of {number}</source>
            <translation>Експорт відправлень справи {number}</translation>
        </message>
        <message>
            <source>{number} items.xlsx</source>
            <translation>{number} відправлення.xlsx</translation>
        </message>
        <message>
            <source>Export the parcels of {reference}</source>
            <translation>Експорт посилок партії {reference}</translation>
        </message>
        <message>
            <source>{reference} parcels.xlsx</source>
            <translation>{reference} посилки.xlsx</translation>
        </message>
        <message>
            <source>Export the person list</source>
            <translation>Експорт списку осіб</translation>
        </message>
        <message>
            <source>Persons {date}.xlsx</source>
            <translation>Особи {date}.xlsx</translation>
        </message>
        <message>
            <source> (encrypted; give the password separately)</source>
            <translation> (зашифровано; пароль передайте окремо)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Експорт скасовано; файл не записано.</translation>
        </message>
        <message>
            <source>no extension</source>
            <translation>немає розширення</translation>
        </message>
        <message>
            <source>{file} has {extension}: an export is written as .csv, .xlsx or .ods. Give the file one of these extensions. Nothing was written.</source>
            <translation>{file}: {extension}; експорт записується як .csv, .xlsx або .ods. Дайте файлу одне з цих розширень. Нічого не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written: the folder {folder} does not exist. Choose a folder that does, or create it first. Nothing was written.</source>
            <translation>{file} не записати: папки {folder} немає. Виберіть наявну папку або спершу створіть її. Нічого не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written: the disk is full. Free some space in {folder}, or choose another folder. Nothing was written.</source>
            <translation>{file} не записати: диск заповнено. Звільніть місце в {folder} або виберіть іншу папку. Нічого не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written: you may not write to the folder {folder}. Choose another folder. Nothing was written.</source>
            <translation>{file} не записати: у папку {folder} вам не можна записувати. Виберіть іншу папку. Нічого не записано.</translation>
        </message>
        <message>
            <source>{file} cannot be written ({error}). Nothing was written.</source>
            <translation>{file} не записати ({error}). Нічого не записано.</translation>
        </message>
        <message>
            <source>No shipment with id {id}.</source>
            <translation>Партії з id {id} немає.</translation>
        </message>
        <message>
            <source>Only cases due for anonymising are archived here; list them again. Nothing was written.</source>
            <translation>Тут архівуються лише справи, строк знеособлення яких настав; складіть їх список знову. Нічого не записано.</translation>
        </message>
    </context>
    <context>
        <name>ExportPlurals</name>
        <message numerus="yes">
            <source>Exported %n items to {file}{locked}.</source>
            <translation>
                <numerusform>Експортовано %n відправлення у {file}{locked}.</numerusform>
                <numerusform>Експортовано %n відправлення у {file}{locked}.</numerusform>
                <numerusform>Експортовано %n відправлень у {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n parcels to {file}{locked}.</source>
            <translation>
                <numerusform>Експортовано %n посилку у {file}{locked}.</numerusform>
                <numerusform>Експортовано %n посилки у {file}{locked}.</numerusform>
                <numerusform>Експортовано %n посилок у {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n persons to {file}{locked}.</source>
            <translation>
                <numerusform>Експортовано %n особу у {file}{locked}.</numerusform>
                <numerusform>Експортовано %n особи у {file}{locked}.</numerusform>
                <numerusform>Експортовано %n осіб у {file}{locked}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The &amp;person list as filtered now (%n cases)</source>
            <translation>
                <numerusform>&amp;Список осіб із поточним фільтром (%n справа)</numerusform>
                <numerusform>&amp;Список осіб із поточним фільтром (%n справи)</numerusform>
                <numerusform>&amp;Список осіб із поточним фільтром (%n справ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive's password has %n characters; use at least {least} (a few words are easy to pass on by telephone). Nothing was written.</source>
            <translation>
                <numerusform>Пароль архіву має %n символ; потрібно щонайменше {least} (кілька слів легко передати телефоном). Нічого не записано.</numerusform>
                <numerusform>Пароль архіву має %n символи; потрібно щонайменше {least} (кілька слів легко передати телефоном). Нічого не записано.</numerusform>
                <numerusform>Пароль архіву має %n символів; потрібно щонайменше {least} (кілька слів легко передати телефоном). Нічого не записано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n characters</source>
            <translation>
                <numerusform>щонайменше %n символ</numerusform>
                <numerusform>щонайменше %n символи</numerusform>
                <numerusform>щонайменше %n символів</numerusform>
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
            <translation>стара книга Excel (.xls)</translation>
        </message>
        <message>
            <source>an OpenDocument spreadsheet</source>
            <translation>таблиця OpenDocument</translation>
        </message>
        <message>
            <source>Import persons from {file}</source>
            <translation>Імпорт осіб із {file}</translation>
        </message>
        <message>
            <source>Import letters and items from {file}</source>
            <translation>Імпорт листів і відправлень із {file}</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Попередження</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Рядок</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>У файлі</translation>
        </message>
        <message>
            <source>May be the same person as</source>
            <translation>Може бути тією самою особою, що</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>First rows</source>
            <translation>Перші рядки</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Помилки</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Можливі дублікати</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Попередження</translation>
        </message>
        <message>
            <source>Import only the &amp;valid rows (skip the rows with problems)</source>
            <translation>Імпортувати лише &amp;правильні рядки (пропустити рядки з помилками)</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Перевірити</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Імпортувати</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Кодування:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Роздільник:</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was imported.</source>
            <translation>Скасовано. Нічого не імпортовано.</translation>
        </message>
        <message>
            <source>Choose it under “Encoding” above.</source>
            <translation>Виберіть його в полі «Кодування» вище.</translation>
        </message>
        <message>
            <source>Press Check to check the file again.</source>
            <translation>Натисніть «Перевірити», щоб перевірити файл знову.</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Читання {file}…</translation>
        </message>
        <message>
            <source>The sheet read is “{sheet}”, the first shown of {count}.</source>
            <translation>Читається аркуш «{sheet}» — перший видимий із {count}.</translation>
        </message>
        <message>
            <source>No row can be imported.</source>
            <translation>Жоден рядок не можна імпортувати.</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Імпортовано: {summary}.</translation>
        </message>
        <message>
            <source>Done: {summary}. The register is updated.</source>
            <translation>Готово: {summary}. Реєстр оновлено.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Стовпець</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Помилка</translation>
        </message>
        <message>
            <source>{add} to add, {update} to update, {unchanged} unchanged, {invalid} invalid</source>
            <translation>додати: {add}, оновити: {update}, без змін: {unchanged}, з помилками: {invalid}</translation>
        </message>
        <message>
            <source>{add} to add, {invalid} invalid</source>
            <translation>додати: {add}, з помилками: {invalid}</translation>
        </message>
        <message>
            <source>, born {year}</source>
            <translation>, {year} р. н.</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>кома</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>крапка з комою</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>табуляція</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 з BOM</translation>
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
            <translation>Windows-1251 (кирилиця)</translation>
        </message>
        <message>
            <source>KOI8-R (Russian)</source>
            <translation>KOI8-R (російська)</translation>
        </message>
        <message>
            <source>KOI8-U (Ukrainian)</source>
            <translation>KOI8-U (українська)</translation>
        </message>
        <message>
            <source>DOS 866 (Cyrillic)</source>
            <translation>DOS 866 (кирилиця)</translation>
        </message>
        <message>
            <source>Mac Cyrillic</source>
            <translation>Mac (кирилиця)</translation>
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation>Windows-1252 (західноєвропейська)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialogPlurals</name>
        <message numerus="yes">
            <source>{file}: {kind}, %n rows; dates are read as dates.</source>
            <translation>
                <numerusform>{file}: {kind}, %n рядок; дати читаються як дати.</numerusform>
                <numerusform>{file}: {kind}, %n рядки; дати читаються як дати.</numerusform>
                <numerusform>{file}: {kind}, %n рядків; дати читаються як дати.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows. Both were detected; if the names look garbled, choose another.</source>
            <translation>
                <numerusform>{file}: %n рядок. Кодування і роздільник визначено автоматично; якщо імена спотворені, виберіть інші.</numerusform>
                <numerusform>{file}: %n рядки. Кодування і роздільник визначено автоматично; якщо імена спотворені, виберіть інші.</numerusform>
                <numerusform>{file}: %n рядків. Кодування і роздільник визначено автоматично; якщо імена спотворені, виберіть інші.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows read. Press Check to find any problems before importing.</source>
            <translation>
                <numerusform>Прочитано %n рядок. Натисніть «Перевірити», щоб знайти помилки до імпорту.</numerusform>
                <numerusform>Прочитано %n рядки. Натисніть «Перевірити», щоб знайти помилки до імпорту.</numerusform>
                <numerusform>Прочитано %n рядків. Натисніть «Перевірити», щоб знайти помилки до імпорту.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking %n rows…</source>
            <translation>
                <numerusform>Перевірка %n рядка…</numerusform>
                <numerusform>Перевірка %n рядків…</numerusform>
                <numerusform>Перевірка %n рядків…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — the first {shown} of %n problems are listed</source>
            <translation>
                <numerusform> — показано перші {shown} з %n помилки</numerusform>
                <numerusform> — показано перші {shown} з %n помилок</numerusform>
                <numerusform> — показано перші {shown} з %n помилок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %n warning(s): see Warnings</source>
            <translation>
                <numerusform> — %n попередження: див. «Попередження»</numerusform>
                <numerusform> — %n попередження: див. «Попередження»</numerusform>
                <numerusform> — %n попереджень: див. «Попередження»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {rows}. Nothing will be imported while any row is invalid: correct the file and check again, or tick “Import only the valid rows”.</source>
            <translation>
                <numerusform>%n помилка в {rows}. Поки є хоч один неправильний рядок, нічого не буде імпортовано: виправте файл і перевірте знову або позначте «Імпортувати лише правильні рядки».</numerusform>
                <numerusform>%n помилки в {rows}. Поки є хоч один неправильний рядок, нічого не буде імпортовано: виправте файл і перевірте знову або позначте «Імпортувати лише правильні рядки».</numerusform>
                <numerusform>%n помилок у {rows}. Поки є хоч один неправильний рядок, нічого не буде імпортовано: виправте файл і перевірте знову або позначте «Імпортувати лише правильні рядки».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n рядку</numerusform>
                <numerusform>%n рядках</numerusform>
                <numerusform>%n рядках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n invalid row(s) will be skipped.</source>
            <translation>
                <numerusform> %n рядок з помилками буде пропущено.</numerusform>
                <numerusform> %n рядки з помилками буде пропущено.</numerusform>
                <numerusform> %n рядків з помилками буде пропущено.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready to import %n row(s).</source>
            <translation>
                <numerusform>Готово до імпорту: %n рядок.</numerusform>
                <numerusform>Готово до імпорту: %n рядки.</numerusform>
                <numerusform>Готово до імпорту: %n рядків.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n rows from {file}…</source>
            <translation>
                <numerusform>Імпорт %n рядка з {file}…</numerusform>
                <numerusform>Імпорт %n рядків з {file}…</numerusform>
                <numerusform>Імпорт %n рядків з {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %n new person(s) may already have a case: see Possible duplicates</source>
            <translation>
                <numerusform> — %n нова особа, можливо, вже має справу: див. «Можливі дублікати»</numerusform>
                <numerusform> — %n нові особи, можливо, вже мають справу: див. «Можливі дублікати»</numerusform>
                <numerusform> — %n нових осіб, можливо, вже мають справу: див. «Можливі дублікати»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProblems</name>
        <message>
            <source>“{text}”: a ? where a letter should be, probably lost in an encoding without it (ʼ і ї є ґ); correct it, or ask for the file in UTF-8</source>
            <translation>«{text}»: знак ? замість літери, імовірно втраченої в кодуванні без неї (ʼ і ї є ґ); виправте або попросіть файл у UTF-8</translation>
        </message>
        <message>
            <source>case {number} keeps its caseworker</source>
            <translation>справа {number} залишається за своїм працівником</translation>
        </message>
        <message>
            <source>the case is left unassigned</source>
            <translation>справа залишається без працівника</translation>
        </message>
        <message>
            <source>“{who}” is not on the staff here, so {what}; assign it after the import</source>
            <translation>«{who}» немає серед працівників цієї установи, тому {what}; призначте після імпорту</translation>
        </message>
        <message>
            <source>case {number} already has this item (logged on {logged}): importing the row logs it a second time; leave the row out if it is the same one</source>
            <translation>у справі {number} це відправлення вже є (внесене {logged}): імпорт цього рядка внесе його вдруге; вилучіть рядок, якщо це те саме відправлення</translation>
        </message>
        <message>
            <source>the same item as on line {line}: both are logged; leave one out if they are the same</source>
            <translation>те саме відправлення, що й у рядку {line}: буде внесено обидва; вилучіть один із рядків, якщо це одне відправлення</translation>
        </message>
        <message>
            <source>{added} added, {skipped} skipped</source>
            <translation>додано: {added}, пропущено: {skipped}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обов’язкове поле</translation>
        </message>
        <message>
            <source>no case numbered {number}</source>
            <translation>справи з номером {number} немає</translation>
        </message>
        <message>
            <source>a supervisor or admin</source>
            <translation>керівник або адміністратор</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>адміністратор</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>керівник</translation>
        </message>
        <message>
            <source>captive</source>
            <translation>полонений</translation>
        </message>
        <message>
            <source>evacuee</source>
            <translation>евакуйований</translation>
        </message>
        <message>
            <source>give the full date (day, month and year)</source>
            <translation>вкажіть повну дату (день, місяць і рік)</translation>
        </message>
        <message>
            <source>{number} appears again (first on line {line})</source>
            <translation>{number} трапляється повторно (уперше в рядку {line})</translation>
        </message>
        <message>
            <source>no case numbered {number}; leave it empty for a new case</source>
            <translation>справи з номером {number} немає; для нової справи залиште поле порожнім</translation>
        </message>
        <message>
            <source>{number} is not a {category} case</source>
            <translation>{number} — не справа категорії «{category}»</translation>
        </message>
        <message>
            <source>case {number} is a {category}</source>
            <translation>справа {number} має категорію «{category}»</translation>
        </message>
        <message>
            <source>must be captive or evacuee</source>
            <translation>має бути «полонений» або «евакуйований»</translation>
        </message>
        <message>
            <source>is too long ({limit} characters at most)</source>
            <translation>задовге (щонайбільше {limit} символів)</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>дата в майбутньому</translation>
        </message>
        <message>
            <source>“{text}” is not a status</source>
            <translation>«{text}» — не статус</translation>
        </message>
        <message>
            <source>“{status}” is not a status for a {category}</source>
            <translation>«{status}» — не статус для категорії «{category}»</translation>
        </message>
        <message>
            <source>is before the current status ({date})</source>
            <translation>раніше за поточний статус ({date})</translation>
        </message>
        <message>
            <source>{why}; only {who} can import this as a correction</source>
            <translation>{why}; імпортувати це як виправлення може лише {who}</translation>
        </message>
        <message>
            <source>a case closed as “{status}” cannot be blocked</source>
            <translation>справу, закриту зі статусом «{status}», не можна заблокувати</translation>
        </message>
        <message>
            <source>only {who} can reassign a case</source>
            <translation>передати справу іншому працівнику може лише {who}</translation>
        </message>
        <message>
            <source>“{name}” {problem}. It is imported as it is: correct it in the case.</source>
            <translation>«{name}» {problem}. Імпортовано як є: виправте в справі.</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
            <translation>додано: {added}, оновлено: {updated}, без змін: {unchanged}, пропущено: {skipped}</translation>
        </message>
        <message>
            <source>{name} is not a text (CSV) file, an Excel workbook (.xlsx, .xls) or an OpenDocument spreadsheet (.ods).</source>
            <translation>{name} — не текстовий файл (CSV), не книга Excel (.xlsx, .xls) і не таблиця OpenDocument (.ods).</translation>
        </message>
        <message>
            <source>line {line}: {column}: {message}</source>
            <translation>рядок {line}: {column}: {message}</translation>
        </message>
        <message>
            <source>unknown column</source>
            <translation>невідомий стовпець</translation>
        </message>
        <message>
            <source>repeats the column for {field}</source>
            <translation>повторює стовпець для {field}</translation>
        </message>
        <message>
            <source>has values (the first on line {line}) but no header, so they would not be imported: give the column one of the list's headers, or delete it</source>
            <translation>має значення (перше — у рядку {line}), але не має заголовка, тож їх не буде імпортовано: дайте стовпцю один із заголовків списку або видаліть його</translation>
        </message>
        <message>
            <source>none of the columns of this sheet is one of the list's: the import reads the first sheet shown, “{sheet}”, of the {count} in the file; move the list to the first sheet (or delete the others) and import again</source>
            <translation>жоден стовпець цього аркуша не є стовпцем списку: імпорт читає перший видимий аркуш, «{sheet}», із {count} у файлі; перенесіть список на перший аркуш (або видаліть інші) та імпортуйте ще раз</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>стовпець {number}</translation>
        </message>
        <message>
            <source>holds a control character ({code}), which a list should not: the file may be damaged; correct the cell</source>
            <translation>містить керівний символ ({code}), якого в списку бути не повинно: файл, можливо, пошкоджено; виправте клітинку</translation>
        </message>
        <message>
            <source>shows {error}, the error of a formula in the program that made the file (a lookup that found nothing, a cell deleted): correct it there and save the file again, or type the value</source>
            <translation>показує {error} — помилку формули в програмі, що створила файл (пошук нічого не знайшов, клітинку видалено): виправте її там і збережіть файл ще раз або введіть значення</translation>
        </message>
        <message>
            <source>the formula ={formula} has no saved result (the program that wrote the file did not calculate it): open the file in Excel or LibreOffice Calc and save it again, or type the value</source>
            <translation>формула ={formula} не має збереженого результату (програма, що записала файл, її не обчислила): відкрийте файл в Excel або LibreOffice Calc і збережіть знову або введіть значення</translation>
        </message>
        <message>
            <source>{name} is a web page (HTML) or an XML file under a spreadsheet's name, not a workbook. Open it in Excel or LibreOffice Calc, save it as an Excel workbook (.xlsx) or CSV, and import that file. Nothing was imported.</source>
            <translation>{name} — це вебсторінка (HTML) або файл XML під назвою електронної таблиці, а не книга Excel. Відкрийте його в Excel або LibreOffice Calc, збережіть як книгу Excel (.xlsx) або CSV та імпортуйте цей файл. Нічого не імпортовано.</translation>
        </message>
        <message>
            <source>{name} is empty: it has no header row.</source>
            <translation>{name} порожній: у ньому немає рядка заголовків.</translation>
        </message>
        <message>
            <source>{name} cannot be read as {encoding}; choose another encoding.</source>
            <translation>{name} не читається як {encoding}; виберіть інше кодування.</translation>
        </message>
        <message>
            <source>{name} is not a readable CSV file: {error}.</source>
            <translation>{name} — нечитабельний файл CSV: {error}.</translation>
        </message>
        <message>
            <source>{name} is not a readable XLSX workbook ({error}).</source>
            <translation>{name} — нечитабельна книга XLSX ({error}).</translation>
        </message>
        <message>
            <source>{name} is not a readable OpenDocument spreadsheet ({error}).</source>
            <translation>{name} — нечитабельна таблиця OpenDocument ({error}).</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel .xls workbook ({error}).</source>
            <translation>{name} — нечитабельна книга Excel .xls ({error}).</translation>
        </message>
        <message>
            <source>{name} does not read as text in the encoding chosen, {encoding}: it gives words such as {words}. Choose the encoding it was saved in (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), or ask for the file in UTF-8. Nothing was imported.</source>
            <translation>{name} не читається як текст у вибраному кодуванні {encoding}: виходять слова на кшталт {words}. Виберіть кодування, у якому файл збережено (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), або попросіть файл у UTF-8. Нічого не імпортовано.</translation>
        </message>
        <message>
            <source>{name} does not read as text in the encoding it seems to be in, {encoding}: it gives words such as {words}. Choose the encoding it was saved in (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), or ask for the file in UTF-8. Nothing was imported.</source>
            <translation>{name} не читається як текст у кодуванні, яке визначено автоматично, {encoding}: виходять слова на кшталт {words}. Виберіть кодування, у якому файл збережено (Windows-1251, KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), або попросіть файл у UTF-8. Нічого не імпортовано.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes): it holds no list. Save the list again from the program that made it, or ask for the file again.</source>
            <translation>{name} порожній (0 байтів): у ньому немає списку. Збережіть список ще раз у програмі, що його створила, або попросіть файл ще раз.</translation>
        </message>
        <message>
            <source>{name} is protected with a password. Open it in Excel or LibreOffice Calc, save a copy without the password, and import the copy.</source>
            <translation>{name} захищено паролем. Відкрийте його в Excel або LibreOffice Calc, збережіть копію без пароля та імпортуйте копію.</translation>
        </message>
        <message>
            <source>“{text}”: this file writes dates month first (such as {example}), as Excel set to US English does, so this date could be read as the wrong day; save the dates as DD.MM.YYYY or YYYY-MM-DD and import the file again</source>
            <translation>«{text}»: у цьому файлі дати записано місяцем наперед (як-от {example}), як це робить Excel з американськими налаштуваннями, тож цю дату можна прочитати як інший день; збережіть дати як ДД.ММ.РРРР або РРРР-ММ-ДД та імпортуйте файл ще раз</translation>
        </message>
        <message>
            <source>“{text}” is a date written as a number of days, as Excel counts them ({date}): the column was not formatted as dates when the file was saved; format it as dates in Excel or LibreOffice Calc and save the file again, or type the date as DD.MM.YYYY</source>
            <translation>«{text}» — це дата, записана числом днів, як їх лічить Excel ({date}): під час збереження файлу стовпець не мав формату дати; задайте йому формат дати в Excel або LibreOffice Calc і збережіть файл ще раз або введіть дату як ДД.ММ.РРРР</translation>
        </message>
        <message>
            <source>“{text}”: the year has two digits, so the century is unknown ({example}?); write the year with all four digits</source>
            <translation>«{text}»: рік записано двома цифрами, тож століття невідоме ({example}?); напишіть рік повністю, чотирма цифрами</translation>
        </message>
        <message>
            <source>{name}: the quotation mark that opens a cell on line {line} is never closed, so every line after it would be read into that one cell. Close it or remove it, and import the file again. Nothing was imported.</source>
            <translation>{name}: лапки, що відкривають клітинку в рядку {line}, ніде не закрито, тож усі рядки після нього було б прочитано в цю одну клітинку. Закрийте або приберіть їх та імпортуйте файл ще раз. Нічого не імпортовано.</translation>
        </message>
        <message>
            <source>{name}: the cell that begins on line {line} is longer than {limit} characters, most likely because a quotation mark opened there is never closed. Close it or remove it, and import the file again. Nothing was imported.</source>
            <translation>{name}: клітинка, що починається в рядку {line}, довша за {limit} символів — найімовірніше, відкриті там лапки ніде не закрито. Закрийте або приберіть їх та імпортуйте файл ще раз. Нічого не імпортовано.</translation>
        </message>
        <message>
            <source>The import's second process ended unexpectedly (exit code {code}): nothing was imported.</source>
            <translation>Другий процес імпорту несподівано завершився (код виходу {code}): нічого не імпортовано.</translation>
        </message>
        <message>
            <source>holds the full name, and the list has separate name columns as well ({columns}): which to read is not clear; delete this column or those</source>
            <translation>містить ПІБ повністю, а в списку є й окремі стовпці імені ({columns}): незрозуміло, що читати; видаліть цей стовпець або ті</translation>
        </message>
        <message>
            <source>“{text}” has one word only, so the given name is missing (read as family name, given name, patronymic)</source>
            <translation>«{text}» — одне слово, імені немає (читається як прізвище, ім’я, по батькові)</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsPlurals</name>
        <message numerus="yes">
            <source>{file} has %n problem(s), the first: {first}. Nothing was imported.</source>
            <translation>
                <numerusform>У {file} %n помилка, перша: {first}. Нічого не імпортовано.</numerusform>
                <numerusform>У {file} %n помилки, перша: {first}. Нічого не імпортовано.</numerusform>
                <numerusform>У {file} %n помилок, перша: {first}. Нічого не імпортовано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} is in two encodings at once: most of it is UTF-8, but %n line(s) ({lines}) not, most likely lists put together from files saved differently, so no one encoding reads it all. Save those lines again in UTF-8 (or ask for the file in UTF-8) and import it again. Nothing was imported.</source>
            <translation>
                <numerusform>{name} має два кодування водночас: здебільшого це UTF-8, але %n рядок ({lines}) — ні; найімовірніше, списки зібрано з файлів, збережених по-різному, тож жодне кодування не прочитає весь файл. Збережіть ці рядки ще раз в UTF-8 (або попросіть файл в UTF-8) та імпортуйте його ще раз. Нічого не імпортовано.</numerusform>
                <numerusform>{name} має два кодування водночас: здебільшого це UTF-8, але %n рядки ({lines}) — ні; найімовірніше, списки зібрано з файлів, збережених по-різному, тож жодне кодування не прочитає весь файл. Збережіть ці рядки ще раз в UTF-8 (або попросіть файл в UTF-8) та імпортуйте його ще раз. Нічого не імпортовано.</numerusform>
                <numerusform>{name} має два кодування водночас: здебільшого це UTF-8, але %n рядків ({lines}) — ні; найімовірніше, списки зібрано з файлів, збережених по-різному, тож жодне кодування не прочитає весь файл. Збережіть ці рядки ще раз в UTF-8 (або попросіть файл в UTF-8) та імпортуйте його ще раз. Нічого не імпортовано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv);;All files (*)</source>
            <translation>Таблиці (*.csv *.xlsx *.ods *.xls *.txt *.tsv);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Дублікати</translation>
        </message>
        <message>
            <source>&amp;Import persons…</source>
            <translation>&amp;Імпорт осіб…</translation>
        </message>
        <message>
            <source>Add or update cases from a CSV or Excel list, checked before anything is saved</source>
            <translation>Додати або оновити справи зі списку CSV чи Excel із перевіркою перед збереженням</translation>
        </message>
        <message>
            <source>Import &amp;letters and items…</source>
            <translation>Імпорт &amp;листів і відправлень…</translation>
        </message>
        <message>
            <source>Log letters, drawings and other items from a CSV or Excel list</source>
            <translation>Зареєструвати листи, малюнки та інші відправлення зі списку CSV чи Excel</translation>
        </message>
        <message>
            <source>Save import &amp;template…</source>
            <translation>Зберегти &amp;шаблон імпорту…</translation>
        </message>
        <message>
            <source>An empty spreadsheet with the columns the person import reads</source>
            <translation>Порожня таблиця зі стовпцями, які читає імпорт осіб</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Експорт…</translation>
        </message>
        <message>
            <source>Save the person list as filtered, a case's items or a shipment's parcels to CSV or Excel</source>
            <translation>Зберегти список осіб із фільтром, відправлення справи або посилки партії у CSV чи Excel</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Можливі &amp;дублікати…</translation>
        </message>
        <message>
            <source>Pairs of cases that may be one person, to open or merge</source>
            <translation>Пари справ, які можуть стосуватися однієї особи: відкрити або об’єднати</translation>
        </message>
        <message>
            <source>Import persons</source>
            <translation>Імпорт осіб</translation>
        </message>
        <message>
            <source>Import letters and items</source>
            <translation>Імпорт листів і відправлень</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Імпортовано: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>{status} since {date}</source>
            <translation>{status} з {date}</translation>
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
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контактні особи</translation>
        </message>
        <message>
            <source>Status history entries</source>
            <translation>Записи історії статусу</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примітки</translation>
        </message>
        <message>
            <source>Merge two cases</source>
            <translation>Об’єднати дві справи</translation>
        </message>
        <message>
            <source>Keep {number}</source>
            <translation>Залишити {number}</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Об’єднати</translation>
        </message>
        <message>
            <source>Which case number stays?</source>
            <translation>Який номер справи залишається?</translation>
        </message>
        <message>
            <source>Everything of {dropped} — contacts, letters and items, parcels, status history and notes — moves to {kept}. Empty fields of {kept} are filled from {dropped}; values that differ are kept in a note. Case number {dropped} then no longer exists. This cannot be undone.</source>
            <translation>Усе зі справи {dropped} — контактні особи, листи й відправлення, посилки, історія статусу і примітки — переходить до {kept}. Порожні поля {kept} заповнюються з {dropped}; відмінні значення зберігаються в примітці. Номера справи {dropped} після цього не існує. Це не можна скасувати.</translation>
        </message>
        <message>
            <source>A case cannot be merged into itself.</source>
            <translation>Справу не можна об’єднати саму із собою.</translation>
        </message>
        <message>
            <source>{dropped} is in the category “{dropped_category}” and {kept} in “{kept_category}”; only cases of one category can be merged.</source>
            <translation>{dropped} має категорію «{dropped_category}», а {kept} — «{kept_category}»; об’єднати можна лише справи однієї категорії.</translation>
        </message>
    </context>
    <context>
        <name>MyWork</name>
        <message>
            <source>Escalated to you</source>
            <translation>Ескаловано вам</translation>
        </message>
        <message>
            <source>Reassigned to you</source>
            <translation>Передано вам</translation>
        </message>
        <message>
            <source>Next review due</source>
            <translation>Настав строк перегляду</translation>
        </message>
        <message>
            <source>Captives with no news</source>
            <translation>Полонені без звісток</translation>
        </message>
        <message>
            <source>Screened items to pack</source>
            <translation>Перевірені відправлення до пакування</translation>
        </message>
        <message>
            <source>Parcels to seal</source>
            <translation>Посилки до опломбування</translation>
        </message>
        <message>
            <source>Parcels to hand over</source>
            <translation>Посилки до передачі</translation>
        </message>
        <message>
            <source>Shipments not acknowledged</source>
            <translation>Партії без підтвердження</translation>
        </message>
        <message>
            <source>Escalated to them</source>
            <translation>Ескаловано працівнику</translation>
        </message>
        <message>
            <source>Reassigned to them</source>
            <translation>Передано працівнику</translation>
        </message>
        <message>
            <source>: “{words}”</source>
            <translation>: «{words}»</translation>
        </message>
        <message>
            <source>Escalated to them by {reviewer} on {date}</source>
            <translation>Ескаловано працівнику ({reviewer}, {date})</translation>
        </message>
        <message>
            <source>Escalated to you by {reviewer} on {date}</source>
            <translation>Ескаловано вам ({reviewer}, {date})</translation>
        </message>
        <message>
            <source> — next review {date}</source>
            <translation> — наступний перегляд {date}</translation>
        </message>
        <message>
            <source>Reassigned to them by {by} on {date}</source>
            <translation>Передано працівнику ({by}, {date})</translation>
        </message>
        <message>
            <source>Reassigned to you by {by} on {date}</source>
            <translation>Передано вам ({by}, {date})</translation>
        </message>
        <message>
            <source> (was {name}'s)</source>
            <translation> (раніше — {name})</translation>
        </message>
        <message>
            <source>Review due today; last decision: {decision}</source>
            <translation>Перегляд сьогодні; останнє рішення: {decision}</translation>
        </message>
        <message>
            <source>last news {date}</source>
            <translation>останні звістки {date}</translation>
        </message>
        <message>
            <source>no news since registration</source>
            <translation>без звісток від реєстрації</translation>
        </message>
        <message>
            <source> (since {date})</source>
            <translation> (з {date})</translation>
        </message>
        <message>
            <source>Parcel {number} made up on {date}: seal it</source>
            <translation>Посилку {number} сформовано {date}: опломбуйте її</translation>
        </message>
        <message>
            <source>Parcel {number} sealed on {date}: put it in a shipment and hand it over</source>
            <translation>Посилку {number} опломбовано {date}: включіть її до партії й передайте</translation>
        </message>
        <message>
            <source>left</source>
            <translation>звільнився(лася)</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Ніхто</translation>
        </message>
    </context>
    <context>
        <name>MyWorkPage</name>
        <message>
            <source>Opens the case</source>
            <translation>Відкриває справу</translation>
        </message>
        <message>
            <source>Opens the Shipments page</source>
            <translation>Відкриває сторінку «Партії»</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>ескаловано</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>передано</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>перегляд</translation>
        </message>
        <message>
            <source>no news</source>
            <translation>без звісток</translation>
        </message>
        <message>
            <source>to pack</source>
            <translation>пакувати</translation>
        </message>
        <message>
            <source>to seal</source>
            <translation>опломбувати</translation>
        </message>
        <message>
            <source>to hand over</source>
            <translation>передати</translation>
        </message>
        <message>
            <source>unacknowledged</source>
            <translation>без підтвердження</translation>
        </message>
        <message>
            <source>My own work</source>
            <translation>Лише моя робота</translation>
        </message>
        <message>
            <source>The whole team, by person</source>
            <translation>Уся команда, за працівниками</translation>
        </message>
        <message>
            <source>Show &amp;everyone</source>
            <translation>Показати &amp;всіх</translation>
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
            <source>What needs doing</source>
            <translation>Що потрібно зробити</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <source>&amp;Reassign…</source>
            <translation>&amp;Передати…</translation>
        </message>
        <message>
            <source>Hand the cases of the lines selected to someone else</source>
            <translation>Передати справи вибраних рядків іншому працівнику</translation>
        </message>
        <message>
            <source>Nothing needs you today, {date}</source>
            <translation>Сьогодні, {date}, для вас нічого немає</translation>
        </message>
        <message>
            <source>What needs you today, {date}: {count}</source>
            <translation>Що чекає на вас сьогодні, {date}: {count}</translation>
        </message>
        <message>
            <source>What needs {name} today, {date}: {count}</source>
            <translation>Що чекає на {name} сьогодні, {date}: {count}</translation>
        </message>
        <message>
            <source>What needs the team today, {date}: {count}</source>
            <translation>Що чекає на команду сьогодні, {date}: {count}</translation>
        </message>
        <message>
            <source>Nothing needs you today: no case escalated or reassigned to you, no review due, no captive without news, no item or parcel waiting.</source>
            <translation>Сьогодні для вас нічого немає: жодної справи, ескалованої або переданої вам, жодного перегляду, жодного полоненого без звісток, жодного відправлення чи посилки в очікуванні.</translation>
        </message>
        <message>
            <source>Cases nobody holds</source>
            <translation>Справи без працівника</translation>
        </message>
        <message>
            <source>{action} (Enter)</source>
            <translation>{action} (Enter)</translation>
        </message>
        <message>
            <source> (Enter or double click)</source>
            <translation> (Enter або подвійне клацання)</translation>
        </message>
        <message>
            <source>Enter opens a line; Ctrl+Shift+A unfolds every list</source>
            <translation>Enter відкриває рядок; Ctrl+Shift+A розгортає всі списки</translation>
        </message>
        <message>
            <source>Case {number}.</source>
            <translation>Справа {number}.</translation>
        </message>
    </context>
    <context>
        <name>MyWorkPagePlurals</name>
        <message numerus="yes">
            <source>&amp;Reassign %n cases…</source>
            <translation>
                <numerusform>&amp;Передати %n справу…</numerusform>
                <numerusform>&amp;Передати %n справи…</numerusform>
                <numerusform>&amp;Передати %n справ…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; cases, all of them to one caseworker.</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; справа — одному працівнику.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; справи, усі — одному працівнику.</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; справ, усі — одному працівнику.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyWorkPlurals</name>
        <message numerus="yes">
            <source>Review due since {date} (%n days); last decision: {decision}</source>
            <translation>
                <numerusform>Перегляд прострочено з {date} (%n день); останнє рішення: {decision}</numerusform>
                <numerusform>Перегляд прострочено з {date} (%n дні); останнє рішення: {decision}</numerusform>
                <numerusform>Перегляд прострочено з {date} (%n днів); останнє рішення: {decision}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No news for %n days ({heard})</source>
            <translation>
                <numerusform>Без звісток %n день ({heard})</numerusform>
                <numerusform>Без звісток %n дні ({heard})</numerusform>
                <numerusform>Без звісток %n днів ({heard})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screened items waiting to be packed</source>
            <translation>
                <numerusform>%n перевірене відправлення чекає на пакування</numerusform>
                <numerusform>%n перевірені відправлення чекають на пакування</numerusform>
                <numerusform>%n перевірених відправлень чекають на пакування</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shipment {reference} handed over {date} (%n days ago): {parcels} not acknowledged as delivered</source>
            <translation>
                <numerusform>Партію {reference} передано {date} (%n день тому): {parcels} без підтвердження доставки</numerusform>
                <numerusform>Партію {reference} передано {date} (%n дні тому): {parcels} без підтвердження доставки</numerusform>
                <numerusform>Партію {reference} передано {date} (%n днів тому): {parcels} без підтвердження доставки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parcels</source>
            <translation>
                <numerusform>%n посилка</numerusform>
                <numerusform>%n посилки</numerusform>
                <numerusform>%n посилок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficeStats</name>
        <message>
            <source>under 30 days</source>
            <translation>до 30 днів</translation>
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
            <source>90+ days</source>
            <translation>90+ днів</translation>
        </message>
    </context>
    <context>
        <name>OperationDialog</name>
        <message>
            <source>New operation</source>
            <translation>Нова операція</translation>
        </message>
        <message>
            <source>e.g. Exchange of 12 December</source>
            <translation>напр., Обмін 12 грудня</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назва:</translation>
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
            <translation>&amp;За сприяння:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Примітки:</translation>
        </message>
        <message>
            <source>&amp;Record operation</source>
            <translation>&amp;Зареєструвати операцію</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>is required</source>
            <translation>обов’язкове поле</translation>
        </message>
        <message>
            <source>No operation with id {id}.</source>
            <translation>Операції з id {id} немає.</translation>
        </message>
        <message>
            <source>Operation “{name}” is {status}.</source>
            <translation>Операція «{name}»: {status}.</translation>
        </message>
        <message>
            <source>{number} is a {category}; an {operation} takes {expected}s</source>
            <translation>{number} — категорія «{category}»; операція «{operation}» — лише для категорії «{expected}»</translation>
        </message>
        <message>
            <source>{number} is already {status}</source>
            <translation>{number} вже має статус «{status}»</translation>
        </message>
        <message>
            <source>id {id}</source>
            <translation>id {id}</translation>
        </message>
        <message>
            <source>Nobody was added: {problems}.</source>
            <translation>Нікого не додано: {problems}.</translation>
        </message>
        <message>
            <source>That person is not in the operation.</source>
            <translation>Цієї особи немає в операції.</translation>
        </message>
        <message>
            <source>Operation “{name}” is already {status}.</source>
            <translation>Операція «{name}» вже має статус «{status}».</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>дата в майбутньому</translation>
        </message>
        <message>
            <source>Operation “{name}” has nobody in it.</source>
            <translation>В операції «{name}» немає жодної особи.</translation>
        </message>
        <message>
            <source>{number}'s current status began after {date}</source>
            <translation>поточний статус {number} почався після {date}</translation>
        </message>
        <message>
            <source>Operation “{name}” was not completed and nothing changed: {problems}. Remove these persons or correct their cases first.</source>
            <translation>Операцію «{name}» не завершено, нічого не змінилося: {problems}. Спершу вилучіть цих осіб або виправте їхні справи.</translation>
        </message>
        <message>
            <source>Operation “{name}”</source>
            <translation>Операція «{name}»</translation>
        </message>
        <message>
            <source>Operation “{name}” is {status}; only a cancelled operation can be reopened.</source>
            <translation>Операція «{name}»: {status}; відновити можна лише скасовану операцію.</translation>
        </message>
    </context>
    <context>
        <name>OperationsPage</name>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Cancel operation</source>
            <translation>Скасувати операцію</translation>
        </message>
        <message>
            <source>Cancel “{name}”? Nobody's status changes; the operation stays listed as cancelled, with its persons, and a supervisor can reopen it.</source>
            <translation>Скасувати «{name}»? Статус жодної особи не зміниться; операція залишиться в списку як скасована, разом з особами, і керівник може її відновити.</translation>
        </message>
        <message>
            <source>&amp;New operation…</source>
            <translation>&amp;Нова операція…</translation>
        </message>
        <message>
            <source>Com&amp;plete…</source>
            <translation>&amp;Завершити…</translation>
        </message>
        <message>
            <source>Make everyone in it repatriated / returned on one date (supervisors)</source>
            <translation>Надати всім особам в операції статус «репатрійовано» / «повернуто» на одну дату (керівники)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel operation</source>
            <translation>&amp;Скасувати операцію</translation>
        </message>
        <message>
            <source>Reope&amp;n operation</source>
            <translation>В&amp;ідновити операцію</translation>
        </message>
        <message>
            <source>Plan a cancelled operation again, with its persons (supervisors)</source>
            <translation>Знову запланувати скасовану операцію з її особами (керівники)</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Особи</translation>
        </message>
        <message>
            <source>Paste or scan case numbers here (CAP-2026-00042 …), any separators</source>
            <translation>Вставте або відскануйте сюди номери справ (CAP-2026-00042 …), роздільники будь-які</translation>
        </message>
        <message>
            <source>&amp;Add these case numbers</source>
            <translation>&amp;Додати ці номери справ</translation>
        </message>
        <message>
            <source>Add the case open on Cases</source>
            <translation>Додати справу, відкриту на «Справах»</translation>
        </message>
        <message>
            <source>&amp;Remove person</source>
            <translation>&amp;Вилучити особу</translation>
        </message>
        <message>
            <source>Add persons:</source>
            <translation>Додати осіб:</translation>
        </message>
        <message>
            <source>Persons in “{name}” ({status}): {count}</source>
            <translation>Особи в «{name}» ({status}): {count}</translation>
        </message>
        <message>
            <source>Add {number} (open on Cases)</source>
            <translation>Додати {number} (відкрита на «Справах»)</translation>
        </message>
        <message>
            <source>No case numbers found in the box.</source>
            <translation>У полі не знайдено номерів справ.</translation>
        </message>
        <message>
            <source>Already in: {numbers}.</source>
            <translation>Уже в операції: {numbers}.</translation>
        </message>
        <message>
            <source>Not found: {numbers}.</source>
            <translation>Не знайдено: {numbers}.</translation>
        </message>
        <message>
            <source>Removed {number}.</source>
            <translation>Вилучено {number}.</translation>
        </message>
        <message>
            <source>Operation “{name}” cancelled.</source>
            <translation>Операцію «{name}» скасовано.</translation>
        </message>
        <message>
            <source>Operation “{name}” reopened.</source>
            <translation>Операцію «{name}» відновлено.</translation>
        </message>
    </context>
    <context>
        <name>OperationsPagePlurals</name>
        <message numerus="yes">
            <source>Added %n.</source>
            <translation>
                <numerusform>Додано %n.</numerusform>
                <numerusform>Додано %n.</numerusform>
                <numerusform>Додано %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueFilterBar</name>
        <message>
            <source>Any caseworker</source>
            <translation>Усі працівники</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Будь-яка категорія</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Будь-який статус</translation>
        </message>
        <message>
            <source>Any reason</source>
            <translation>Будь-яка причина</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Будь-яка давність</translation>
        </message>
        <message>
            <source>Any review state</source>
            <translation>Будь-який перегляд</translation>
        </message>
        <message>
            <source>Show the whole queue again</source>
            <translation>Знову показати всю чергу</translation>
        </message>
        <message>
            <source>No change (not blocked)</source>
            <translation>Без змін (не заблоковано)</translation>
        </message>
        <message>
            <source>Blocked, any reason</source>
            <translation>Заблоковано, будь-яка причина</translation>
        </message>
        <message>
            <source>Blocked: {reason}</source>
            <translation>Заблоковано: {reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причину не вказано</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>never reviewed</source>
            <translation>ще не переглядалася</translation>
        </message>
        <message>
            <source>Next review:</source>
            <translation>Наступний перегляд:</translation>
        </message>
        <message>
            <source>Reassign to:</source>
            <translation>Передати:</translation>
        </message>
        <message>
            <source>Escalate to:</source>
            <translation>Ескалувати:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примітка:</translation>
        </message>
        <message>
            <source>Review case {number}</source>
            <translation>Перегляд справи {number}</translation>
        </message>
        <message>
            <source>last reviewed {date} ({decision})</source>
            <translation>останній перегляд {date} ({decision})</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, %n days stalled: {reason}&lt;br&gt;Caseworker: {caseworker} · {last}</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, без руху %n день: {reason}&lt;br&gt;Працівник: {caseworker} · {last}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, без руху %n дні: {reason}&lt;br&gt;Працівник: {caseworker} · {last}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — {number}&lt;br&gt;{status}, без руху %n днів: {reason}&lt;br&gt;Працівник: {caseworker} · {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ніхто</translation>
        </message>
        <message>
            <source>What was decided, and what happens next</source>
            <translation>Що вирішено і що далі</translation>
        </message>
        <message>
            <source>Reassign &amp;to:</source>
            <translation>&amp;Передати:</translation>
        </message>
        <message>
            <source>Escalate &amp;to:</source>
            <translation>Ескалува&amp;ти:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Рішення:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Прим&amp;ітка:</translation>
        </message>
        <message>
            <source>Ne&amp;xt review:</source>
            <translation>&amp;Наступний перегляд:</translation>
        </message>
        <message>
            <source>&amp;Save review</source>
            <translation>&amp;Зберегти перегляд</translation>
        </message>
        <message>
            <source>Closing ends the case; it needs no further review.</source>
            <translation>Закриття завершує справу; далі перегляд не потрібен.</translation>
        </message>
        <message>
            <source>Why the case is closed (required)</source>
            <translation>Чому справу закрито (обов’язково)</translation>
        </message>
        <message>
            <source>The case leaves the queue until then (it stays stalled in the figures).</source>
            <translation>До того часу справа виходить із черги (у показниках вона лишається без руху).</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source> or </source>
            <translation> або </translation>
        </message>
        <message>
            <source>Many cases at once can only be {choices}; review the others one by one.</source>
            <translation>Для багатьох справ одночасно можливо лише {choices}; інші переглядайте по одній.</translation>
        </message>
        <message>
            <source>Choose the cases to review first.</source>
            <translation>Спершу виберіть справи для перегляду.</translation>
        </message>
        <message>
            <source>Never reviewed</source>
            <translation>Ще не переглядалися</translation>
        </message>
        <message>
            <source>Review due again</source>
            <translation>Знову настав перегляд</translation>
        </message>
        <message>
            <source>Deferred to a later date</source>
            <translation>Відкладено на пізнішу дату</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>must be after today</source>
            <translation>має бути пізніше за сьогодні</translation>
        </message>
        <message>
            <source>the case is already assigned to them</source>
            <translation>справа вже закріплена за цим працівником</translation>
        </message>
        <message>
            <source>say why the case is closed</source>
            <translation>вкажіть, чому справу закрито</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <source>Show reviewed (&amp;deferred) cases too</source>
            <translation>Показати й переглянуті (&amp;відкладені) справи</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Переглянути…</translation>
        </message>
        <message>
            <source>Record a decision on the selected case ({keys})</source>
            <translation>Записати рішення щодо вибраної справи ({keys})</translation>
        </message>
        <message>
            <source>Review the selected case</source>
            <translation>Переглянути вибрану справу</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Відкрити справу</translation>
        </message>
        <message>
            <source>Show the case on the Cases page (Enter)</source>
            <translation>Показати справу на сторінці «Справи» (Enter)</translation>
        </message>
        <message>
            <source>Enter opens the case · {keys} reviews it</source>
            <translation>Enter відкриває справу · {keys} — перегляд</translation>
        </message>
        <message>
            <source>Enter opens the case</source>
            <translation>Enter відкриває справу</translation>
        </message>
        <message>
            <source>Stalled: not final, and blocked or unchanged for longer than its status allows ({thresholds}). A reviewed case leaves the queue until its next review.</source>
            <translation>Без руху: не закрита і заблокована або без змін довше, ніж дозволяє її статус ({thresholds}). Переглянута справа виходить із черги до наступного перегляду.</translation>
        </message>
        <message>
            <source>My cases needing action: {count}</source>
            <translation>Мої справи, що потребують дій: {count}</translation>
        </message>
        <message>
            <source>{shown} of {whole}</source>
            <translation>{shown} з {whole}</translation>
        </message>
        <message>
            <source>Your stalled cases (blocked, or unchanged for longer than the office allows: {thresholds}) that no review has deferred. Move them on, or ask your supervisor.</source>
            <translation>Ваші справи без руху (заблоковані або без змін довше, ніж дозволяє установа: {thresholds}), які жоден перегляд не відклав. Просуньте їх або зверніться до керівника.</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePagePlurals</name>
        <message numerus="yes">
            <source>{shown} of %n cases in the queue</source>
            <translation>
                <numerusform>{shown} з %n справи в черзі</numerusform>
                <numerusform>{shown} з %n справ у черзі</numerusform>
                <numerusform>{shown} з %n справ у черзі</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases stalled</source>
            <translation>
                <numerusform>{shown} з %n справи без руху</numerusform>
                <numerusform>{shown} з %n справ без руху</numerusform>
                <numerusform>{shown} з %n справ без руху</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stalled cases in the queue</source>
            <translation>
                <numerusform>%n справа без руху в черзі</numerusform>
                <numerusform>%n справи без руху в черзі</numerusform>
                <numerusform>%n справ без руху в черзі</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deferred by review</source>
            <translation>
                <numerusform>%n відкладена переглядом</numerusform>
                <numerusform>%n відкладені переглядом</numerusform>
                <numerusform>%n відкладених переглядом</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Review %n cases…</source>
            <translation>
                <numerusform>&amp;Переглянути %n справу…</numerusform>
                <numerusform>&amp;Переглянути %n справи…</numerusform>
                <numerusform>&amp;Переглянути %n справ…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePlurals</name>
        <message numerus="yes">
            <source>No change for more than %n days</source>
            <translation>
                <numerusform>Без змін понад %n день</numerusform>
                <numerusform>Без змін понад %n дні</numerusform>
                <numerusform>Без змін понад %n днів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Work</name>
        <message>
            <source>My work</source>
            <translation>Моя робота</translation>
        </message>
        <message>
            <source>My work ({count})</source>
            <translation>Моя робота ({count})</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Review queue</source>
            <translation>Черга перегляду</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Огляд</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Операції</translation>
        </message>
    </context>
    <context>
        <name>WorkflowTables</name>
        <message>
            <source>Deferred by review until {date}</source>
            <translation>Відкладено переглядом до {date}</translation>
        </message>
        <message>
            <source>Review due since {date}: back in the queue</source>
            <translation>Строк перегляду настав {date}: знову в черзі</translation>
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
            <source>Category</source>
            <translation>Категорія</translation>
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
            <translation>Днів без руху</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Last review</source>
            <translation>Останній перегляд</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Наступний перегляд</translation>
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
            <translation>За сприяння</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Особи</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>З</translation>
        </message>
        <message>
            <source>Already {status}: remove the person or correct the case before completing</source>
            <translation>Уже «{status}»: вилучіть особу або виправте справу перед завершенням</translation>
        </message>
    </context>
    <context>
        <name>WorkloadPanel</name>
        <message>
            <source>Nobody</source>
            <translation>Ніхто</translation>
        </message>
        <message>
            <source>open cases</source>
            <translation>відкриті справи</translation>
        </message>
        <message>
            <source>stalled cases</source>
            <translation>справи без руху</translation>
        </message>
        <message>
            <source>overdue cases</source>
            <translation>прострочені справи</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Навантаження</translation>
        </message>
        <message>
            <source>Rea&amp;ssign…</source>
            <translation>П&amp;ередати…</translation>
        </message>
        <message>
            <source>Hand the chosen caseworker's cases to someone else</source>
            <translation>Передати справи вибраного працівника іншому</translation>
        </message>
        <message>
            <source>Show on My work</source>
            <translation>Показати в «Моїй роботі»</translation>
        </message>
        <message>
            <source>Open: not final. Stalled: as the review queue counts them. Overdue: the next review date has passed. Enter shows a person's lines.</source>
            <translation>Відкриті: не закриті. Без руху: як їх рахує черга перегляду. Прострочені: дата наступного перегляду минула. Enter показує рядки працівника.</translation>
        </message>
        <message>
            <source>{name} has no {which}.</source>
            <translation>У {name} немає: {which}.</translation>
        </message>
        <message>
            <source>{name}'s {which}: &lt;b&gt;{count}&lt;/b&gt;, all of them to one caseworker.</source>
            <translation>{name}, {which}: &lt;b&gt;{count}&lt;/b&gt;, усі — одному працівнику.</translation>
        </message>
    </context>
</TS>
