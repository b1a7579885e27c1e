<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Batch</name>
        <message>
            <source>None of the selected cases exists any more.</source>
            <translation>Ни одного из выбранных дел больше нет.</translation>
        </message>
        <message>
            <source>Case sheets</source>
            <translation>Карточки дел</translation>
        </message>
    </context>
    <context>
        <name>CaseSheet</name>
        <message>
            <source>Case sheet</source>
            <translation>Карточка дела</translation>
        </message>
        <message>
            <source>Internal version</source>
            <translation>Внутренний экземпляр</translation>
        </message>
        <message>
            <source>Case {number}</source>
            <translation>Дело {number}</translation>
        </message>
        <message>
            <source>{title} (latest {shown} of {total})</source>
            <translation>{title} (последние {shown} из {total})</translation>
        </message>
        <message>
            <source>{category} · case {number} · caseworker {name}</source>
            <translation>{category} · дело {number} · сотрудник {name}</translation>
        </message>
        <message>
            <source>since {date} — {days} in status</source>
            <translation>с {date} — {days} в этом статусе</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>Текущий статус</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Blocking note</source>
            <translation>Примечание к блокировке</translation>
        </message>
        <message>
            <source>Stalled (blocked)</source>
            <translation>Без движения (заблокировано)</translation>
        </message>
        <message>
            <source>Stalled (no status change for too long)</source>
            <translation>Без движения (статус давно не менялся)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Рассмотрение</translation>
        </message>
        <message>
            <source>Family and contacts</source>
            <translation>Семья и контакты</translation>
        </message>
        <message>
            <source>No relatives recorded.</source>
            <translation>Родственники не внесены.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Степень родства</translation>
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
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Contact: {contact}
Share: {share}</source>
            <translation>Связь: {contact}
Передача: {share}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Внёс</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>История статусов</translation>
        </message>
        <message>
            <source>Latest {shown} of {total}, newest first</source>
            <translation>Последние {shown} из {total}, сначала новые</translation>
        </message>
        <message>
            <source>All, newest first</source>
            <translation>Все, сначала новые</translation>
        </message>
        <message>
            <source>Correspondence items</source>
            <translation>Почтовые отправления</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Отправление</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Correspondence and parcels</source>
            <translation>Переписка и посылки</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посылки</translation>
        </message>
        <message>
            <source>Parcel no.</source>
            <translation>№ посылки</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержимое</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Latest notes</source>
            <translation>Последние заметки</translation>
        </message>
        <message>
            <source>Latest notes ({shown} of {total})</source>
            <translation>Последние заметки ({shown} из {total})</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Заметок нет.</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Записано</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Рассмотрения</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Личность</translation>
        </message>
        <message>
            <source>To the person</source>
            <translation>Для лица</translation>
        </message>
        <message>
            <source>From the person</source>
            <translation>От лица</translation>
        </message>
        <message>
            <source>Captivity details</source>
            <translation>Сведения о плене</translation>
        </message>
        <message>
            <source>Evacuation details</source>
            <translation>Сведения об эвакуации</translation>
        </message>
    </context>
    <context>
        <name>CounterpartExport</name>
        <message>
            <source>For the counterpart</source>
            <translation>Для другой стороны</translation>
        </message>
    </context>
    <context>
        <name>CounterpartSheet</name>
        <message>
            <source>Counterpart version</source>
            <translation>Экземпляр для другой стороны</translation>
        </message>
        <message>
            <source>{category} · case {number}</source>
            <translation>{category} · дело {number}</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>с {date}</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>Препятствие</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Родственники</translation>
        </message>
        <message>
            <source>No relative has agreed to be named in this document.</source>
            <translation>Ни один родственник не дал согласия быть названным в этом документе.</translation>
        </message>
        <message>
            <source>No status recorded.</source>
            <translation>Статус не внесён.</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Отправления</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Последнее</translation>
        </message>
        <message>
            <source>Latest {shown} of {total}</source>
            <translation>Последние {shown} из {total}</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Issued by {office}</source>
            <translation>Выдано: {office}</translation>
        </message>
        <message>
            <source>Prepared for the counterpart: only what the office may share is included; relatives appear only with their consent.</source>
            <translation>Подготовлено для другой стороны: содержит только то, что офис вправе передавать; родственники указаны только с их согласия.</translation>
        </message>
        <message>
            <source>Obstacle: {reason}</source>
            <translation>Препятствие: {reason}</translation>
        </message>
        <message>
            <source>Obstacle resolved: {reason}</source>
            <translation>Препятствие устранено: {reason}</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Letters to the person</source>
            <translation>Письма для лица</translation>
        </message>
        <message>
            <source>Letters from the person</source>
            <translation>Письма от лица</translation>
        </message>
        <message>
            <source>Postcards to the person</source>
            <translation>Открытки для лица</translation>
        </message>
        <message>
            <source>Postcards from the person</source>
            <translation>Открытки от лица</translation>
        </message>
        <message>
            <source>Drawings to the person</source>
            <translation>Рисунки для лица</translation>
        </message>
        <message>
            <source>Drawings from the person</source>
            <translation>Рисунки от лица</translation>
        </message>
        <message>
            <source>Photos to the person</source>
            <translation>Фото для лица</translation>
        </message>
        <message>
            <source>Photos from the person</source>
            <translation>Фото от лица</translation>
        </message>
        <message>
            <source>Other items to the person</source>
            <translation>Другие отправления для лица</translation>
        </message>
        <message>
            <source>Other items from the person</source>
            <translation>Другие отправления от лица</translation>
        </message>
        <message>
            <source>To the person</source>
            <translation>Для лица</translation>
        </message>
        <message>
            <source>From the person</source>
            <translation>От лица</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
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
            <translation>Конфиденциально — содержит персональные данные</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Generated {date} by {name}</source>
            <translation>Сформировано {date}, {name}</translation>
        </message>
        <message>
            <source>Generated {date}</source>
            <translation>Сформировано {date}</translation>
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
        <name>Labels</name>
        <message>
            <source>Case {number}</source>
            <translation>Дело {number}</translation>
        </message>
        <message>
            <source>Seal {number}</source>
            <translation>Пломба {number}</translation>
        </message>
        <message>
            <source>Born {date}</source>
            <translation>Род. {date}</translation>
        </message>
        <message>
            <source>ICRC {number}</source>
            <translation>МККК {number}</translation>
        </message>
        <message>
            <source>Date of birth, ICRC no. not recorded</source>
            <translation>Дата рождения, № МККК не внесены</translation>
        </message>
        <message>
            <source>To: {place}</source>
            <translation>Куда: {place}</translation>
        </message>
        <message>
            <source>PLACE OF DETENTION NOT RECORDED</source>
            <translation>МЕСТО СОДЕРЖАНИЯ НЕ ВНЕСЕНО</translation>
        </message>
        <message>
            <source>LOCATION NOT RECORDED</source>
            <translation>МЕСТОНАХОЖДЕНИЕ НЕ ВНЕСЕНО</translation>
        </message>
        <message>
            <source>Country not recorded</source>
            <translation>Страна не внесена</translation>
        </message>
        <message>
            <source>From: {office} · {shipment}</source>
            <translation>От: {office} · {shipment}</translation>
        </message>
        <message>
            <source>No parcels to label.</source>
            <translation>Нет посылок для наклеек.</translation>
        </message>
        <message>
            <source>, from label {position} of the first sheet</source>
            <translation>, с наклейки {position} первого листа</translation>
        </message>
        <message numerus="yes">
            <source>{office} — %n parcel labels ({shipment}){start}; personal data</source>
            <translation>
                <numerusform>{office} — %n наклейка на посылки ({shipment}){start}; персональные данные</numerusform>
                <numerusform>{office} — %n наклейки на посылки ({shipment}){start}; персональные данные</numerusform>
                <numerusform>{office} — %n наклеек на посылки ({shipment}){start}; персональные данные</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel labels — {shipment}</source>
            <translation>Наклейки на посылки — {shipment}</translation>
        </message>
        <message>
            <source>no place of detention</source>
            <translation>не внесено место содержания</translation>
        </message>
        <message>
            <source>no current location</source>
            <translation>не внесено местонахождение</translation>
        </message>
        <message>
            <source>{parcel} (case {case}, {name}): {problems}</source>
            <translation>{parcel} (дело {case}, {name}): {problems}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Shipment {reference}</source>
            <translation>Партия {reference}</translation>
        </message>
        <message>
            <source>Selected parcels</source>
            <translation>Выбранные посылки</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Язык документа:</translation>
        </message>
        <message>
            <source>headings also in {language}</source>
            <translation>заголовки также на языке: {language}</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <source>Shipment manifest</source>
            <translation>Опись партии</translation>
        </message>
        <message numerus="yes">
            <source>(%n not weighed)</source>
            <translation>
                <numerusform>(%n не взвешена)</numerusform>
                <numerusform>(%n не взвешены)</numerusform>
                <numerusform>(%n не взвешено)</numerusform>
            </translation>
        </message>
        <message>
            <source>Total: {parcels}</source>
            <translation>Итого: {parcels}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Parcel no.</source>
            <translation>№ посылки</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>№ дела</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Вложения</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Handover date</source>
            <translation>Дата передачи</translation>
        </message>
        <message>
            <source>not yet handed over</source>
            <translation>ещё не передано</translation>
        </message>
        <message>
            <source>Parcels</source>
            <translation>Посылки</translation>
        </message>
        <message>
            <source>Total weight</source>
            <translation>Общий вес</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Напечатано</translation>
        </message>
        <message>
            <source>Shipment manifest {reference}</source>
            <translation>Опись партии {reference}</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Передача</translation>
        </message>
        <message>
            <source>Shipment manifest {reference} — counterpart version</source>
            <translation>Опись партии {reference} — экземпляр для другой стороны</translation>
        </message>
        <message>
            <source>{office} — manifest of shipment {reference}, counterpart version, to be handed to the other side with the parcels</source>
            <translation>{office} — опись партии {reference}, экземпляр для другой стороны, передаётся вместе с посылками</translation>
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
            <source>Place of detention</source>
            <translation>Место содержания</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержимое</translation>
        </message>
        <message>
            <source>seal {number}</source>
            <translation>пломба {number}</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>ФИО:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Организация:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Подпись:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Передал</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Принял</translation>
        </message>
        <message>
            <source>Shipment status</source>
            <translation>Статус партии</translation>
        </message>
        <message>
            <source>Manifest {reference}</source>
            <translation>Опись {reference}</translation>
        </message>
        <message>
            <source>The shipment holds no parcels.</source>
            <translation>В партии нет посылок.</translation>
        </message>
        <message>
            <source>We confirm the handing over and receipt of the parcels listed above.</source>
            <translation>Подтверждаем передачу и получение перечисленных выше посылок.</translation>
        </message>
        <message>
            <source>{office} — manifest of shipment {reference} ({channel}): {parcels}; goes with the parcels, comes back signed</source>
            <translation>{office} — опись партии {reference} ({channel}): {parcels}; прилагается к посылкам, возвращается с подписью</translation>
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
            <source>%n postcards</source>
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
    </context>
    <context>
        <name>PdfMetadata</name>
        <message>
            <source>internal version</source>
            <translation>внутренний экземпляр</translation>
        </message>
        <message>
            <source>counterpart version</source>
            <translation>экземпляр для другой стороны</translation>
        </message>
        <message>
            <source>Case sheet {number} — {version}</source>
            <translation>Карточка дела {number} — {version}</translation>
        </message>
        <message numerus="yes">
            <source>Case sheets {span}(%n cases) — {version}</source>
            <translation>
                <numerusform>Карточки дел {span}(%n дело) — {version}</numerusform>
                <numerusform>Карточки дел {span}(%n дела) — {version}</numerusform>
                <numerusform>Карточки дел {span}(%n дел) — {version}</numerusform>
            </translation>
        </message>
        <message>
            <source>{office} — counterpart version, to be handed to the other side</source>
            <translation>{office} — экземпляр для другой стороны, для передачи другой стороне</translation>
        </message>
        <message>
            <source>{office} — internal version, for the office's own files; confidential, contains personal data</source>
            <translation>{office} — внутренний экземпляр, для дел офиса; конфиденциально, содержит персональные данные</translation>
        </message>
        <message numerus="yes">
            <source>{listed} and %n more</source>
            <translation>
                <numerusform>{listed} и ещё %n</numerusform>
                <numerusform>{listed} и ещё %n</numerusform>
                <numerusform>{listed} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{purpose}. Case {listed}.</source>
            <translation>{purpose}. Дело {listed}.</translation>
        </message>
        <message>
            <source>{purpose}. Cases {listed}.</source>
            <translation>{purpose}. Дела {listed}.</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
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
            <source>Captured at</source>
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
            <source>ICRC registration no.</source>
            <translation>Рег. № МККК</translation>
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
            <source>Family name (Latin)</source>
            <translation>Фамилия (латиницей)</translation>
        </message>
        <message>
            <source>Given name (Latin)</source>
            <translation>Имя (латиницей)</translation>
        </message>
        <message>
            <source>Patronymic (Latin)</source>
            <translation>Отчество (латиницей)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>С даты</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>Препятствие</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Степень родства</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Отправление</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Date logged</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <source>Parcel no.</source>
            <translation>№ посылки</translation>
        </message>
        <message>
            <source>Packed on</source>
            <translation>Дата упаковки</translation>
        </message>
        <message>
            <source>Dispatched on</source>
            <translation>Дата отправки</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>Дата доставки</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <source>Seal no.</source>
            <translation>№ пломбы</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Номер партии</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Handover date</source>
            <translation>Дата передачи</translation>
        </message>
        <message>
            <source>Receiving organisation</source>
            <translation>Организация-получатель</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>E&amp;xport the list for the counterpart…</source>
            <translation>&amp;Экспортировать список для другой стороны…</translation>
        </message>
        <message>
            <source>The cases in the list as a spreadsheet for the counterpart: only what the office may share, relatives only with their consent</source>
            <translation>Дела из списка в виде таблицы для другой стороны: только то, что офис вправе передавать, родственники — только с их согласия</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Нечего экспортировать</translation>
        </message>
        <message>
            <source>The list is empty; change the filter first.</source>
            <translation>Список пуст; сначала измените фильтр.</translation>
        </message>
        <message>
            <source>For the counterpart {day}.xlsx</source>
            <translation>Для другой стороны {day}.xlsx</translation>
        </message>
        <message>
            <source>Export %d cases for the counterpart as</source>
            <translation>Экспорт для другой стороны (дел: %d) — сохранить как</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting %d cases for the counterpart…</source>
            <translation>Экспорт для другой стороны (дел: %d)…</translation>
        </message>
        <message>
            <source>%d cases exported for the counterpart to %s.</source>
            <translation>Экспортировано для другой стороны дел: %d, файл %s.</translation>
        </message>
        <message>
            <source>For the &amp;counterpart</source>
            <translation>Для &amp;другой стороны</translation>
        </message>
        <message>
            <source>Only what the office may share: no staff names, notes, internal reasons or review state; relatives only with their consent</source>
            <translation>Только то, что офис вправе передавать: без имён сотрудников, заметок, внутренних оснований и состояния рассмотрения; родственники — только с их согласия</translation>
        </message>
        <message>
            <source>Print case sheets</source>
            <translation>Печать карточек дел</translation>
        </message>
        <message>
            <source>&amp;Internal</source>
            <translation>&amp;Внутренний</translation>
        </message>
        <message>
            <source>Everything, for the office's own files</source>
            <translation>Всё, для дел самого офиса</translation>
        </message>
        <message>
            <source>Print a manifest</source>
            <translation>Печать описи</translation>
        </message>
        <message>
            <source>&amp;Case sheet…</source>
            <translation>&amp;Карточка дела…</translation>
        </message>
        <message>
            <source>Preview and print the selected case's sheet (internal or for the counterpart)</source>
            <translation>Просмотреть и напечатать карточку выбранного дела (внутреннюю или для другой стороны)</translation>
        </message>
        <message>
            <source>Case sheets for the &amp;list…</source>
            <translation>Карточки дел по &amp;списку…</translation>
        </message>
        <message>
            <source>One PDF of the case sheets of every case in the list as filtered</source>
            <translation>Один PDF с карточками всех дел отфильтрованного списка</translation>
        </message>
        <message>
            <source>&amp;Stalled cases report…</source>
            <translation>Отчёт о делах &amp;без движения…</translation>
        </message>
        <message>
            <source>Every stalled case, grouped by reason, longest stalled first</source>
            <translation>Все дела без движения по причинам, сначала дольше всех без движения</translation>
        </message>
        <message>
            <source>Shipment &amp;manifest…</source>
            <translation>&amp;Опись партии…</translation>
        </message>
        <message>
            <source>The manifest of a shipment, with totals and signature lines</source>
            <translation>Опись партии с итогами и местами для подписей</translation>
        </message>
        <message>
            <source>Parcel la&amp;bels…</source>
            <translation>&amp;Наклейки на посылки…</translation>
        </message>
        <message>
            <source>A sheet of labels with QR codes for every parcel of a shipment</source>
            <translation>Лист наклеек с QR-кодами для каждой посылки партии</translation>
        </message>
        <message>
            <source> (counterpart version)</source>
            <translation> (экземпляр для другой стороны)</translation>
        </message>
        <message>
            <source>Preparing the case sheet of %s…</source>
            <translation>Готовится карточка дела %s…</translation>
        </message>
        <message>
            <source>Case sheet %s%s</source>
            <translation>Карточка дела %s%s</translation>
        </message>
        <message>
            <source>Select a case first, then print its sheet.</source>
            <translation>Сначала выберите дело, затем печатайте его карточку.</translation>
        </message>
        <message>
            <source>Case sheet of %s, %s</source>
            <translation>Карточка дела %s, %s</translation>
        </message>
        <message>
            <source>Preparing the stalled-cases report…</source>
            <translation>Готовится отчёт о делах без движения…</translation>
        </message>
        <message>
            <source>Stalled cases</source>
            <translation>Дела без движения</translation>
        </message>
        <message>
            <source>Parcel labels</source>
            <translation>Наклейки на посылки</translation>
        </message>
        <message>
            <source>Shipment manifest</source>
            <translation>Опись партии</translation>
        </message>
        <message>
            <source>Preparing %s…</source>
            <translation>Готовится: %s…</translation>
        </message>
        <message>
            <source>No shipments</source>
            <translation>Нет партий</translation>
        </message>
        <message>
            <source>No shipment has been recorded yet.</source>
            <translation>Ни одной партии ещё не внесено.</translation>
        </message>
        <message>
            <source>Shipment (newest first):</source>
            <translation>Партия (сначала новые):</translation>
        </message>
        <message>
            <source>Manifest of shipment %s</source>
            <translation>Опись партии %s</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Нечего печатать</translation>
        </message>
        <message>
            <source>Case sheets of all %d cases in the list, one PDF, each case on a new page.</source>
            <translation>Карточки всех дел списка (%d) в одном PDF, каждое дело с новой страницы.</translation>
        </message>
        <message>
            <source>Save the case sheets as</source>
            <translation>Сохранить карточки дел как</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %d case sheets to %s…</source>
            <translation>Записываются карточки дел (%d) в %s…</translation>
        </message>
        <message>
            <source>Batch cancelled; no file was written.</source>
            <translation>Печать отменена; файл не записан.</translation>
        </message>
        <message>
            <source>%d case sheets, %d pages, written to %s.</source>
            <translation>Карточек дел: %d, страниц: %d, записано в %s.</translation>
        </message>
        <message>
            <source>Case sheets ready</source>
            <translation>Карточки дел готовы</translation>
        </message>
        <message>
            <source>Open &amp;preview</source>
            <translation>Открыть &amp;просмотр</translation>
        </message>
        <message>
            <source>%d labels of %s.</source>
            <translation>Наклеек: %d, %s.</translation>
        </message>
        <message>
            <source>On a partly used sheet: the first free label, counted left to right, top to bottom</source>
            <translation>На частично использованном листе: первая свободная наклейка, считая слева направо, сверху вниз</translation>
        </message>
        <message>
            <source>&amp;Start at label:</source>
            <translation>&amp;Начать с наклейки:</translation>
        </message>
        <message>
            <source>1 of these parcels lacks a place of detention; its label will say</source>
            <translation>Для 1 из этих посылок не внесено место содержания; на её наклейке будет указано, что</translation>
        </message>
        <message>
            <source>%d of these parcels lack a place of detention; their labels will say</source>
            <translation>Для %d из этих посылок не внесено место содержания; на их наклейках будет указано, что</translation>
        </message>
        <message>
            <source> it is not recorded. Record it in the case first, or preview anyway:
</source>
            <translation> оно не внесено. Сначала внесите его в дело или всё равно просмотрите:
</translation>
        </message>
        <message>
            <source>&amp;Preview anyway</source>
            <translation>&amp;Всё равно просмотреть</translation>
        </message>
        <message>
            <source>&amp;Preview labels</source>
            <translation>&amp;Просмотреть наклейки</translation>
        </message>
        <message>
            <source>Already used</source>
            <translation>Уже использована</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Свободна</translation>
        </message>
        <message numerus="yes">
            <source>Uses %n sheet(s); labels 1–{last} of the first sheet are left empty.</source>
            <translation>
                <numerusform>Нужен %n лист; наклейки 1–{last} первого листа останутся пустыми.</numerusform>
                <numerusform>Нужно %n листа; наклейки 1–{last} первого листа останутся пустыми.</numerusform>
                <numerusform>Нужно %n листов; наклейки 1–{last} первого листа останутся пустыми.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Uses %n sheet(s).</source>
            <translation>
                <numerusform>Нужен %n лист.</numerusform>
                <numerusform>Нужно %n листа.</numerusform>
                <numerusform>Нужно %n листов.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Print this document (Ctrl+P)</source>
            <translation>Напечатать этот документ (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Сохранить как…</translation>
        </message>
        <message>
            <source>Save this PDF to a file (Ctrl+S)</source>
            <translation>Сохранить этот PDF в файл (Ctrl+S)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Вся страница</translation>
        </message>
        <message>
            <source>Page %d of %d</source>
            <translation>Страница %d из %d</translation>
        </message>
        <message>
            <source>No pages</source>
            <translation>Нет страниц</translation>
        </message>
        <message>
            <source>Save PDF as</source>
            <translation>Сохранить PDF как</translation>
        </message>
        <message>
            <source>Printing %s…</source>
            <translation>Печатается %s…</translation>
        </message>
        <message>
            <source>No shipment with reference “{reference}”.</source>
            <translation>Партии с номером «{reference}» нет.</translation>
        </message>
    </context>
    <context>
        <name>StalledReport</name>
        <message>
            <source>Stalled cases</source>
            <translation>Дела без движения</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>№ дела</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
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
            <source>Since</source>
            <translation>Без движения с</translation>
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
            <source>Last review</source>
            <translation>Рассмотрено</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Рассмотреть до</translation>
        </message>
        <message numerus="yes">
            <source>%n cases</source>
            <translation>
                <numerusform>%n дело</numerusform>
                <numerusform>%n дела</numerusform>
                <numerusform>%n дел</numerusform>
            </translation>
        </message>
        <message>
            <source>All stalled cases</source>
            <translation>Все дела без движения</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дел</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (продолжение)</translation>
        </message>
        <message>
            <source>Total: {cases}</source>
            <translation>Итого: {cases}</translation>
        </message>
        <message>
            <source>Stalled cases on {date}</source>
            <translation>Дела без движения на {date}</translation>
        </message>
        <message>
            <source>For supervisors</source>
            <translation>Для руководителей</translation>
        </message>
        <message>
            <source>Cases not closed that are blocked, or have had no status change for longer than the office allows for their status ({rule}), as of {date}. Days are counted from the day a case was blocked, or from its last status change.</source>
            <translation>Незакрытые дела, которые заблокированы или статус которых не менялся дольше, чем офис допускает для этого статуса ({rule}), по состоянию на {date}. Дни отсчитываются от дня блокировки дела или от последнего изменения его статуса.</translation>
        </message>
        <message>
            <source>No case is stalled.</source>
            <translation>Дел без движения нет.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>All stalled cases: {count}</source>
            <translation>Всего дел без движения: {count}</translation>
        </message>
        <message numerus="yes">
            <source>{office} — stalled-cases report (internal): {cases} in %n groups; confidential, contains personal data</source>
            <translation>
                <numerusform>{office} — отчёт о делах без движения (внутренний): {cases} в %n группе; конфиденциально, содержит персональные данные</numerusform>
                <numerusform>{office} — отчёт о делах без движения (внутренний): {cases} в %n группах; конфиденциально, содержит персональные данные</numerusform>
                <numerusform>{office} — отчёт о делах без движения (внутренний): {cases} в %n группах; конфиденциально, содержит персональные данные</numerusform>
            </translation>
        </message>
        <message>
            <source>Stalled cases on {date} — internal, for supervisors</source>
            <translation>Дела без движения на {date} — внутренний, для руководителей</translation>
        </message>
        <message numerus="yes">
            <source>No change for more than %n days</source>
            <translation>
                <numerusform>Без изменений более %n дня</numerusform>
                <numerusform>Без изменений более %n дней</numerusform>
                <numerusform>Без изменений более %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Blocked (no reason given)</source>
            <translation>Заблокировано (причина не указана)</translation>
        </message>
    </context>
</TS>
