<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>Batch</name>
        <message>
            <source>None of the selected cases exists any more.</source>
            <translation>Жодної з вибраних справ уже немає.</translation>
        </message>
        <message>
            <source>Case sheets</source>
            <translation>Картки справ</translation>
        </message>
    </context>
    <context>
        <name>CaseSheet</name>
        <message>
            <source>Case sheet</source>
            <translation>Картка справи</translation>
        </message>
        <message>
            <source>Internal version</source>
            <translation>Внутрішній примірник</translation>
        </message>
        <message>
            <source>Case {number}</source>
            <translation>Справа {number}</translation>
        </message>
        <message>
            <source>{title} (latest {shown} of {total})</source>
            <translation>{title} (останні {shown} з {total})</translation>
        </message>
        <message>
            <source>{category} · case {number} · caseworker {name}</source>
            <translation>{category} · справа {number} · працівник {name}</translation>
        </message>
        <message>
            <source>since {date} — {days} in status</source>
            <translation>з {date} — {days} у цьому статусі</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>Поточний статус</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>Blocking note</source>
            <translation>Примітка до блокування</translation>
        </message>
        <message>
            <source>Stalled (blocked)</source>
            <translation>Без руху (заблоковано)</translation>
        </message>
        <message>
            <source>Stalled (no status change for too long)</source>
            <translation>Без руху (статус давно не змінювався)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Перегляд</translation>
        </message>
        <message>
            <source>Family and contacts</source>
            <translation>Родина та контакти</translation>
        </message>
        <message>
            <source>No relatives recorded.</source>
            <translation>Родичів не внесено.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Ступінь спорідненості</translation>
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
            <source>Consent</source>
            <translation>Згода</translation>
        </message>
        <message>
            <source>Contact: {contact}
Share: {share}</source>
            <translation>Зв’язок: {contact}
Передача: {share}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Подія</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Підстава</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Вніс</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Історія статусів</translation>
        </message>
        <message>
            <source>Latest {shown} of {total}, newest first</source>
            <translation>Останні {shown} з {total}, спершу новіші</translation>
        </message>
        <message>
            <source>All, newest first</source>
            <translation>Усі, спершу новіші</translation>
        </message>
        <message>
            <source>Correspondence items</source>
            <translation>Поштові відправлення</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Відправлення</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Correspondence and parcels</source>
            <translation>Листування та посилки</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посилки</translation>
        </message>
        <message>
            <source>Parcel no.</source>
            <translation>№ посилки</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Вміст</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вага</translation>
        </message>
        <message>
            <source>Latest notes</source>
            <translation>Останні примітки</translation>
        </message>
        <message>
            <source>Latest notes ({shown} of {total})</source>
            <translation>Останні примітки ({shown} з {total})</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Приміток немає.</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Записано</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Перегляди</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>To the person</source>
            <translation>Для особи</translation>
        </message>
        <message>
            <source>From the person</source>
            <translation>Від особи</translation>
        </message>
        <message>
            <source>Captivity details</source>
            <translation>Відомості про полон</translation>
        </message>
        <message>
            <source>Evacuation details</source>
            <translation>Відомості про евакуацію</translation>
        </message>
    </context>
    <context>
        <name>CounterpartExport</name>
        <message>
            <source>For the counterpart</source>
            <translation>Для іншої сторони</translation>
        </message>
    </context>
    <context>
        <name>CounterpartSheet</name>
        <message>
            <source>Counterpart version</source>
            <translation>Примірник для іншої сторони</translation>
        </message>
        <message>
            <source>{category} · case {number}</source>
            <translation>{category} · справа {number}</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>з {date}</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>Перешкода</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Родичі</translation>
        </message>
        <message>
            <source>No relative has agreed to be named in this document.</source>
            <translation>Жоден родич не дав згоди бути названим у цьому документі.</translation>
        </message>
        <message>
            <source>No status recorded.</source>
            <translation>Статус не внесено.</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Відправлення</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Кількість</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Останнє</translation>
        </message>
        <message>
            <source>Latest {shown} of {total}</source>
            <translation>Останні {shown} з {total}</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Напрямок</translation>
        </message>
        <message>
            <source>Issued by {office}</source>
            <translation>Видано: {office}</translation>
        </message>
        <message>
            <source>Prepared for the counterpart: only what the office may share is included; relatives appear only with their consent.</source>
            <translation>Підготовлено для іншої сторони: містить лише те, що офіс може передавати; родичі зазначені лише за їхньою згодою.</translation>
        </message>
        <message>
            <source>Obstacle: {reason}</source>
            <translation>Перешкода: {reason}</translation>
        </message>
        <message>
            <source>Obstacle resolved: {reason}</source>
            <translation>Перешкоду усунуто: {reason}</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Зареєстровано</translation>
        </message>
        <message>
            <source>Letters to the person</source>
            <translation>Листи для особи</translation>
        </message>
        <message>
            <source>Letters from the person</source>
            <translation>Листи від особи</translation>
        </message>
        <message>
            <source>Postcards to the person</source>
            <translation>Листівки для особи</translation>
        </message>
        <message>
            <source>Postcards from the person</source>
            <translation>Листівки від особи</translation>
        </message>
        <message>
            <source>Drawings to the person</source>
            <translation>Малюнки для особи</translation>
        </message>
        <message>
            <source>Drawings from the person</source>
            <translation>Малюнки від особи</translation>
        </message>
        <message>
            <source>Photos to the person</source>
            <translation>Фото для особи</translation>
        </message>
        <message>
            <source>Photos from the person</source>
            <translation>Фото від особи</translation>
        </message>
        <message>
            <source>Other items to the person</source>
            <translation>Інші відправлення для особи</translation>
        </message>
        <message>
            <source>Other items from the person</source>
            <translation>Інші відправлення від особи</translation>
        </message>
        <message>
            <source>To the person</source>
            <translation>Для особи</translation>
        </message>
        <message>
            <source>From the person</source>
            <translation>Від особи</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>.</source>
            <comment>decimal mark</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>{weight} kg</source>
            <translation>{weight} кг</translation>
        </message>
        <message>
            <source>Confidential — contains personal data</source>
            <translation>Конфіденційно — містить персональні дані</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Сторінка {page} з {pages}</translation>
        </message>
        <message>
            <source>Generated {date} by {name}</source>
            <translation>Сформовано {date}, {name}</translation>
        </message>
        <message>
            <source>Generated {date}</source>
            <translation>Сформовано {date}</translation>
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
        <name>Labels</name>
        <message>
            <source>Case {number}</source>
            <translation>Справа {number}</translation>
        </message>
        <message>
            <source>Seal {number}</source>
            <translation>Пломба {number}</translation>
        </message>
        <message>
            <source>Born {date}</source>
            <translation>Нар. {date}</translation>
        </message>
        <message>
            <source>ICRC {number}</source>
            <translation>МКЧХ {number}</translation>
        </message>
        <message>
            <source>Date of birth, ICRC no. not recorded</source>
            <translation>Дату народження, № МКЧХ не внесено</translation>
        </message>
        <message>
            <source>To: {place}</source>
            <translation>Кому: {place}</translation>
        </message>
        <message>
            <source>PLACE OF DETENTION NOT RECORDED</source>
            <translation>МІСЦЕ УТРИМАННЯ НЕ ВНЕСЕНО</translation>
        </message>
        <message>
            <source>LOCATION NOT RECORDED</source>
            <translation>МІСЦЕПЕРЕБУВАННЯ НЕ ВНЕСЕНО</translation>
        </message>
        <message>
            <source>Country not recorded</source>
            <translation>Країну не внесено</translation>
        </message>
        <message>
            <source>From: {office} · {shipment}</source>
            <translation>Від: {office} · {shipment}</translation>
        </message>
        <message>
            <source>No parcels to label.</source>
            <translation>Немає посилок для наклейок.</translation>
        </message>
        <message>
            <source>, from label {position} of the first sheet</source>
            <translation>, з наклейки {position} першого аркуша</translation>
        </message>
        <message numerus="yes">
            <source>{office} — %n parcel labels ({shipment}){start}; personal data</source>
            <translation>
                <numerusform>{office} — %n наклейка на посилки ({shipment}){start}; персональні дані</numerusform>
                <numerusform>{office} — %n наклейки на посилки ({shipment}){start}; персональні дані</numerusform>
                <numerusform>{office} — %n наклейок на посилки ({shipment}){start}; персональні дані</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel labels — {shipment}</source>
            <translation>Наклейки на посилки — {shipment}</translation>
        </message>
        <message>
            <source>no place of detention</source>
            <translation>не внесено місце утримання</translation>
        </message>
        <message>
            <source>no current location</source>
            <translation>не внесено місцеперебування</translation>
        </message>
        <message>
            <source>{parcel} (case {case}, {name}): {problems}</source>
            <translation>{parcel} (справа {case}, {name}): {problems}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Shipment {reference}</source>
            <translation>Партія {reference}</translation>
        </message>
        <message>
            <source>Selected parcels</source>
            <translation>Вибрані посилки</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Мова документа:</translation>
        </message>
        <message>
            <source>headings also in {language}</source>
            <translation>заголовки також мовою: {language}</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <source>Shipment manifest</source>
            <translation>Опис партії</translation>
        </message>
        <message numerus="yes">
            <source>(%n not weighed)</source>
            <translation>
                <numerusform>(%n не зважена)</numerusform>
                <numerusform>(%n не зважені)</numerusform>
                <numerusform>(%n не зважено)</numerusform>
            </translation>
        </message>
        <message>
            <source>Total: {parcels}</source>
            <translation>Разом: {parcels}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Parcel no.</source>
            <translation>№ посилки</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>№ справи</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Одержувач</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Місце</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Вкладення</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вага</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Handover date</source>
            <translation>Дата передачі</translation>
        </message>
        <message>
            <source>not yet handed over</source>
            <translation>ще не передано</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посилки</translation>
        </message>
        <message>
            <source>Total weight</source>
            <translation>Загальна вага</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Відправник</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Надруковано</translation>
        </message>
        <message>
            <source>Shipment manifest {reference}</source>
            <translation>Опис партії {reference}</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Передача</translation>
        </message>
        <message>
            <source>Shipment manifest {reference} — counterpart version</source>
            <translation>Опис партії {reference} — примірник для іншої сторони</translation>
        </message>
        <message>
            <source>{office} — manifest of shipment {reference}, counterpart version, to be handed to the other side with the parcels</source>
            <translation>{office} — опис партії {reference}, примірник для іншої сторони, передається разом із посилками</translation>
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
            <source>Place of detention</source>
            <translation>Місце утримання</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Вміст</translation>
        </message>
        <message>
            <source>seal {number}</source>
            <translation>пломба {number}</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>ПІБ:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Організація:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Підпис:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Передав</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Прийняв</translation>
        </message>
        <message>
            <source>Shipment status</source>
            <translation>Статус партії</translation>
        </message>
        <message>
            <source>Manifest {reference}</source>
            <translation>Опис {reference}</translation>
        </message>
        <message>
            <source>The shipment holds no parcels.</source>
            <translation>У партії немає посилок.</translation>
        </message>
        <message>
            <source>We confirm the handing over and receipt of the parcels listed above.</source>
            <translation>Підтверджуємо передачу та отримання перелічених вище посилок.</translation>
        </message>
        <message>
            <source>{office} — manifest of shipment {reference} ({channel}): {parcels}; goes with the parcels, comes back signed</source>
            <translation>{office} — опис партії {reference} ({channel}): {parcels}; додається до посилок, повертається з підписом</translation>
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
            <source>%n postcards</source>
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
    </context>
    <context>
        <name>PdfMetadata</name>
        <message>
            <source>internal version</source>
            <translation>внутрішній примірник</translation>
        </message>
        <message>
            <source>counterpart version</source>
            <translation>примірник для іншої сторони</translation>
        </message>
        <message>
            <source>Case sheet {number} — {version}</source>
            <translation>Картка справи {number} — {version}</translation>
        </message>
        <message numerus="yes">
            <source>Case sheets {span}(%n cases) — {version}</source>
            <translation>
                <numerusform>Картки справ {span}(%n справа) — {version}</numerusform>
                <numerusform>Картки справ {span}(%n справи) — {version}</numerusform>
                <numerusform>Картки справ {span}(%n справ) — {version}</numerusform>
            </translation>
        </message>
        <message>
            <source>{office} — counterpart version, to be handed to the other side</source>
            <translation>{office} — примірник для іншої сторони, для передачі іншій стороні</translation>
        </message>
        <message>
            <source>{office} — internal version, for the office's own files; confidential, contains personal data</source>
            <translation>{office} — внутрішній примірник, для справ офісу; конфіденційно, містить персональні дані</translation>
        </message>
        <message numerus="yes">
            <source>{listed} and %n more</source>
            <translation>
                <numerusform>{listed} і ще %n</numerusform>
                <numerusform>{listed} і ще %n</numerusform>
                <numerusform>{listed} і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{purpose}. Case {listed}.</source>
            <translation>{purpose}. Справа {listed}.</translation>
        </message>
        <message>
            <source>{purpose}. Cases {listed}.</source>
            <translation>{purpose}. Справи {listed}.</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
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
            <source>Captured at</source>
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
            <source>ICRC registration no.</source>
            <translation>Реєстр. № МКЧХ</translation>
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
            <source>Family name (Latin)</source>
            <translation>Прізвище (латиницею)</translation>
        </message>
        <message>
            <source>Given name (Latin)</source>
            <translation>Ім’я (латиницею)</translation>
        </message>
        <message>
            <source>Patronymic (Latin)</source>
            <translation>По батькові (латиницею)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>З дати</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблоковано</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>Перешкода</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Подія</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Ступінь спорідненості</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Відправлення</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Напрямок</translation>
        </message>
        <message>
            <source>Date logged</source>
            <translation>Дата реєстрації</translation>
        </message>
        <message>
            <source>Parcel no.</source>
            <translation>№ посилки</translation>
        </message>
        <message>
            <source>Packed on</source>
            <translation>Дата пакування</translation>
        </message>
        <message>
            <source>Dispatched on</source>
            <translation>Дата відправлення</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>Дата доставки</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Дата реєстрації</translation>
        </message>
        <message>
            <source>Seal no.</source>
            <translation>№ пломби</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вага</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Номер партії</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Handover date</source>
            <translation>Дата передачі</translation>
        </message>
        <message>
            <source>Receiving organisation</source>
            <translation>Організація-одержувач</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>E&amp;xport the list for the counterpart…</source>
            <translation>&amp;Експортувати список для іншої сторони…</translation>
        </message>
        <message>
            <source>The cases in the list as a spreadsheet for the counterpart: only what the office may share, relatives only with their consent</source>
            <translation>Справи зі списку як таблиця для іншої сторони: лише те, що офіс може передавати, родичі — лише за їхньою згодою</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Нічого експортувати</translation>
        </message>
        <message>
            <source>The list is empty; change the filter first.</source>
            <translation>Список порожній; спершу змініть фільтр.</translation>
        </message>
        <message>
            <source>For the counterpart {day}.xlsx</source>
            <translation>Для іншої сторони {day}.xlsx</translation>
        </message>
        <message>
            <source>Export %d cases for the counterpart as</source>
            <translation>Експорт для іншої сторони (справ: %d) — зберегти як</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting %d cases for the counterpart…</source>
            <translation>Експорт для іншої сторони (справ: %d)…</translation>
        </message>
        <message>
            <source>%d cases exported for the counterpart to %s.</source>
            <translation>Експортовано для іншої сторони справ: %d, файл %s.</translation>
        </message>
        <message>
            <source>For the &amp;counterpart</source>
            <translation>Для &amp;іншої сторони</translation>
        </message>
        <message>
            <source>Only what the office may share: no staff names, notes, internal reasons or review state; relatives only with their consent</source>
            <translation>Лише те, що офіс може передавати: без імен працівників, приміток, внутрішніх підстав і стану перегляду; родичі — лише за їхньою згодою</translation>
        </message>
        <message>
            <source>Print case sheets</source>
            <translation>Друк карток справ</translation>
        </message>
        <message>
            <source>&amp;Internal</source>
            <translation>&amp;Внутрішній</translation>
        </message>
        <message>
            <source>Everything, for the office's own files</source>
            <translation>Усе, для справ самого офісу</translation>
        </message>
        <message>
            <source>Print a manifest</source>
            <translation>Друк опису</translation>
        </message>
        <message>
            <source>&amp;Case sheet…</source>
            <translation>&amp;Картка справи…</translation>
        </message>
        <message>
            <source>Preview and print the selected case's sheet (internal or for the counterpart)</source>
            <translation>Переглянути й надрукувати картку вибраної справи (внутрішню або для іншої сторони)</translation>
        </message>
        <message>
            <source>Case sheets for the &amp;list…</source>
            <translation>Картки справ за &amp;списком…</translation>
        </message>
        <message>
            <source>One PDF of the case sheets of every case in the list as filtered</source>
            <translation>Один PDF з картками всіх справ відфільтрованого списку</translation>
        </message>
        <message>
            <source>&amp;Stalled cases report…</source>
            <translation>Звіт про справи &amp;без руху…</translation>
        </message>
        <message>
            <source>Every stalled case, grouped by reason, longest stalled first</source>
            <translation>Усі справи без руху за причинами, спершу найдовше без руху</translation>
        </message>
        <message>
            <source>Shipment &amp;manifest…</source>
            <translation>&amp;Опис партії…</translation>
        </message>
        <message>
            <source>The manifest of a shipment, with totals and signature lines</source>
            <translation>Опис партії з підсумками й місцями для підписів</translation>
        </message>
        <message>
            <source>Parcel la&amp;bels…</source>
            <translation>&amp;Наклейки на посилки…</translation>
        </message>
        <message>
            <source>A sheet of labels with QR codes for every parcel of a shipment</source>
            <translation>Аркуш наклейок із QR-кодами для кожної посилки партії</translation>
        </message>
        <message>
            <source> (counterpart version)</source>
            <translation> (примірник для іншої сторони)</translation>
        </message>
        <message>
            <source>Preparing the case sheet of %s…</source>
            <translation>Готується картка справи %s…</translation>
        </message>
        <message>
            <source>Case sheet %s%s</source>
            <translation>Картка справи %s%s</translation>
        </message>
        <message>
            <source>Select a case first, then print its sheet.</source>
            <translation>Спершу виберіть справу, потім друкуйте її картку.</translation>
        </message>
        <message>
            <source>Case sheet of %s, %s</source>
            <translation>Картка справи %s, %s</translation>
        </message>
        <message>
            <source>Preparing the stalled-cases report…</source>
            <translation>Готується звіт про справи без руху…</translation>
        </message>
        <message>
            <source>Stalled cases</source>
            <translation>Справи без руху</translation>
        </message>
        <message>
            <source>Parcel labels</source>
            <translation>Наклейки на посилки</translation>
        </message>
        <message>
            <source>Shipment manifest</source>
            <translation>Опис партії</translation>
        </message>
        <message>
            <source>Preparing %s…</source>
            <translation>Готується: %s…</translation>
        </message>
        <message>
            <source>No shipments</source>
            <translation>Немає партій</translation>
        </message>
        <message>
            <source>No shipment has been recorded yet.</source>
            <translation>Жодної партії ще не внесено.</translation>
        </message>
        <message>
            <source>Shipment (newest first):</source>
            <translation>Партія (спершу новіші):</translation>
        </message>
        <message>
            <source>Manifest of shipment %s</source>
            <translation>Опис партії %s</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Нічого друкувати</translation>
        </message>
        <message>
            <source>Case sheets of all %d cases in the list, one PDF, each case on a new page.</source>
            <translation>Картки всіх справ списку (%d) в одному PDF, кожна справа з нової сторінки.</translation>
        </message>
        <message>
            <source>Save the case sheets as</source>
            <translation>Зберегти картки справ як</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %d case sheets to %s…</source>
            <translation>Записуються картки справ (%d) у %s…</translation>
        </message>
        <message>
            <source>Batch cancelled; no file was written.</source>
            <translation>Друк скасовано; файл не записано.</translation>
        </message>
        <message>
            <source>%d case sheets, %d pages, written to %s.</source>
            <translation>Карток справ: %d, сторінок: %d, записано у %s.</translation>
        </message>
        <message>
            <source>Case sheets ready</source>
            <translation>Картки справ готові</translation>
        </message>
        <message>
            <source>Open &amp;preview</source>
            <translation>Відкрити &amp;перегляд</translation>
        </message>
        <message>
            <source>%d labels of %s.</source>
            <translation>Наклейок: %d, %s.</translation>
        </message>
        <message>
            <source>On a partly used sheet: the first free label, counted left to right, top to bottom</source>
            <translation>На частково використаному аркуші: перша вільна наклейка, рахуючи зліва направо, згори донизу</translation>
        </message>
        <message>
            <source>&amp;Start at label:</source>
            <translation>&amp;Почати з наклейки:</translation>
        </message>
        <message>
            <source>1 of these parcels lacks a place of detention; its label will say</source>
            <translation>Для 1 з цих посилок не внесено місце утримання; на її наклейці буде зазначено, що</translation>
        </message>
        <message>
            <source>%d of these parcels lack a place of detention; their labels will say</source>
            <translation>Для %d з цих посилок не внесено місце утримання; на їхніх наклейках буде зазначено, що</translation>
        </message>
        <message>
            <source> it is not recorded. Record it in the case first, or preview anyway:
</source>
            <translation> його не внесено. Спершу внесіть його у справу або все одно перегляньте:
</translation>
        </message>
        <message>
            <source>&amp;Preview anyway</source>
            <translation>&amp;Усе одно переглянути</translation>
        </message>
        <message>
            <source>&amp;Preview labels</source>
            <translation>&amp;Переглянути наклейки</translation>
        </message>
        <message>
            <source>Already used</source>
            <translation>Уже використано</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Вільна</translation>
        </message>
        <message numerus="yes">
            <source>Uses %n sheet(s); labels 1–{last} of the first sheet are left empty.</source>
            <translation>
                <numerusform>Потрібен %n аркуш; наклейки 1–{last} першого аркуша залишаться порожніми.</numerusform>
                <numerusform>Потрібно %n аркуші; наклейки 1–{last} першого аркуша залишаться порожніми.</numerusform>
                <numerusform>Потрібно %n аркушів; наклейки 1–{last} першого аркуша залишаться порожніми.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uses %n sheet(s).</source>
            <translation>
                <numerusform>Потрібен %n аркуш.</numerusform>
                <numerusform>Потрібно %n аркуші.</numerusform>
                <numerusform>Потрібно %n аркушів.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Друкувати…</translation>
        </message>
        <message>
            <source>Print this document (Ctrl+P)</source>
            <translation>Надрукувати цей документ (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Зберегти як…</translation>
        </message>
        <message>
            <source>Save this PDF to a file (Ctrl+S)</source>
            <translation>Зберегти цей PDF у файл (Ctrl+S)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Зменшити</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Збільшити</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>За шириною</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Уся сторінка</translation>
        </message>
        <message>
            <source>Page %d of %d</source>
            <translation>Сторінка %d з %d</translation>
        </message>
        <message>
            <source>No pages</source>
            <translation>Немає сторінок</translation>
        </message>
        <message>
            <source>Save PDF as</source>
            <translation>Зберегти PDF як</translation>
        </message>
        <message>
            <source>Printing %s…</source>
            <translation>Друкується %s…</translation>
        </message>
        <message>
            <source>No shipment with reference “{reference}”.</source>
            <translation>Партії з номером «{reference}» немає.</translation>
        </message>
    </context>
    <context>
        <name>StalledReport</name>
        <message>
            <source>Stalled cases</source>
            <translation>Справи без руху</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>№ справи</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ПІБ</translation>
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
            <source>Since</source>
            <translation>Без руху з</translation>
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
            <source>Last review</source>
            <translation>Переглянуто</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Переглянути до</translation>
        </message>
        <message numerus="yes">
            <source>%n cases</source>
            <translation>
                <numerusform>%n справа</numerusform>
                <numerusform>%n справи</numerusform>
                <numerusform>%n справ</numerusform>
            </translation>
        </message>
        <message>
            <source>All stalled cases</source>
            <translation>Усі справи без руху</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Справ</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (продовження)</translation>
        </message>
        <message>
            <source>Total: {cases}</source>
            <translation>Разом: {cases}</translation>
        </message>
        <message>
            <source>Stalled cases on {date}</source>
            <translation>Справи без руху на {date}</translation>
        </message>
        <message>
            <source>For supervisors</source>
            <translation>Для керівників</translation>
        </message>
        <message>
            <source>Cases not closed that are blocked, or have had no status change for longer than the office allows for their status ({rule}), as of {date}. Days are counted from the day a case was blocked, or from its last status change.</source>
            <translation>Незакриті справи, які заблоковано або статус яких не змінювався довше, ніж офіс допускає для цього статусу ({rule}), станом на {date}. Дні лічаться від дня блокування справи або від останньої зміни її статусу.</translation>
        </message>
        <message>
            <source>No case is stalled.</source>
            <translation>Справ без руху немає.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>All stalled cases: {count}</source>
            <translation>Усього справ без руху: {count}</translation>
        </message>
        <message numerus="yes">
            <source>{office} — stalled-cases report (internal): {cases} in %n groups; confidential, contains personal data</source>
            <translation>
                <numerusform>{office} — звіт про справи без руху (внутрішній): {cases} у %n групі; конфіденційно, містить персональні дані</numerusform>
                <numerusform>{office} — звіт про справи без руху (внутрішній): {cases} у %n групах; конфіденційно, містить персональні дані</numerusform>
                <numerusform>{office} — звіт про справи без руху (внутрішній): {cases} у %n групах; конфіденційно, містить персональні дані</numerusform>
            </translation>
        </message>
        <message>
            <source>Stalled cases on {date} — internal, for supervisors</source>
            <translation>Справи без руху на {date} — внутрішній, для керівників</translation>
        </message>
        <message numerus="yes">
            <source>No change for more than %n days</source>
            <translation>
                <numerusform>Без змін понад %n день</numerusform>
                <numerusform>Без змін понад %n дні</numerusform>
                <numerusform>Без змін понад %n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Blocked (no reason given)</source>
            <translation>Заблоковано (без зазначення причини)</translation>
        </message>
    </context>
</TS>
