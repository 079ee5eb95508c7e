<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgreementStatus</name>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="60"/>
        <source>Faire signer l&apos;accord…</source>
        <translation>اطلب توقيع الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="62"/>
        <source>Accord signé (PDF)…</source>
        <translation>الاتفاق الموقع (PDF)…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="102"/>
        <source>Accord signé le {when} (version {version}, empreinte {sha})</source>
        <translation>وُقّع الاتفاق يوم {when} (الإصدار {version}، البصمة {sha})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="103"/>
        <source>Accord valide : signé le {when} lors d&apos;une visite précédente (version {version}, empreinte {sha})</source>
        <translation>اتفاق ساري المفعول: وُقّع يوم {when} خلال زيارة سابقة (الإصدار {version}، البصمة {sha})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="108"/>
        <source>Accord à signer : ce type de visite le demande.</source>
        <translation>اتفاق للتوقيع: نوع الزيارة هذا يتطلبه.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="111"/>
        <source>Pas d&apos;accord demandé pour ce type de visite.</source>
        <translation>لا يتطلب نوع الزيارة هذا أي اتفاق.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="137"/>
        <source>Accord signé</source>
        <translation>اتفاق موقع</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="23"/>
        <source>Type de visite</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="24"/>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="25"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="26"/>
        <source>Titre</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="27"/>
        <source>Empreinte</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="31"/>
        <source>Le texte que chaque visiteur signe, par type de visite et par langue. Publier une nouvelle version oblige chaque visiteur de ce type à signer de nouveau ; les accords déjà signés gardent leur version et leur empreinte.</source>
        <translation>النص الذي يوقعه كل زائر، حسب نوع الزيارة واللغة. نشر إصدار جديد يُلزم كل زائر من هذا النوع بالتوقيع من جديد؛ وتحتفظ الاتفاقات الموقعة سابقا بإصدارها وبصمتها.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="36"/>
        <source>&amp;Publier une nouvelle version…</source>
        <translation>نشر إصدار جديد… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="70"/>
        <source>Nouvelle version : {kind} ({language})</source>
        <translation>إصدار جديد: {kind} ({language})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="74"/>
        <source>Version en vigueur : {version}. La version {next} s&apos;appliquera dès l&apos;enregistrement.</source>
        <translation>الإصدار الساري: {version}. سيُطبَّق الإصدار {next} فور التسجيل.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="76"/>
        <source>Publier</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="77"/>
        <source>&amp;Titre</source>
        <translation>العنوان (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="81"/>
        <source>Te&amp;xte</source>
        <translation>النص (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="88"/>
        <source>Nouvelle version publiée : les visiteurs « {kind} » signeront de nouveau.</source>
        <translation>نُشر إصدار جديد: سيوقع زوار «{kind}» من جديد.</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="19"/>
        <source>Sauvegardes</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="29"/>
        <location filename="../../reception/ui/settings/backups_box.py" line="54"/>
        <source>Sauvegarder maintenant</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="48"/>
        <source>Sauvegarde en cours…</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="59"/>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>لا توجد نسخة احتياطية حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="62"/>
        <source>Dernière sauvegarde le {when} ({size} Mo) · {count} conservée(s) depuis le {day}</source>
        <translation>آخر نسخة احتياطية يوم {when} ({size} ميغابايت) · {count} محفوظة منذ {day}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="69"/>
        <source>Sauvegarde non faite le {when} : {why}.</source>
        <translation>لم تُنشأ النسخة الاحتياطية يوم {when}: {why}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="70"/>
        <source>Échec de la sauvegarde du {when} : {why}.</source>
        <translation>فشلت النسخة الاحتياطية ليوم {when}: {why}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="72"/>
        <source>Une par jour, vérifiée ; au plus 7 quotidiennes et 4 hebdomadaires, dans {folder}</source>
        <translation>نسخة واحدة يوميا يتم التحقق منها؛ 7 يومية و4 أسبوعية على الأكثر، في {folder}</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="64"/>
        <source>Badge {number}</source>
        <translation>الشارة {number}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="65"/>
        <source>Badges ({count})</source>
        <translation>الشارات ({count})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="70"/>
        <source>Réimprimer le badge</source>
        <translation>إعادة طباعة الشارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="71"/>
        <source>Réimprimer le badge n° {number} de {name} ? La réimpression est enregistrée.</source>
        <translation>إعادة طباعة الشارة رقم {number} الخاصة بـ {name}؟ تُسجَّل إعادة الطباعة.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="80"/>
        <source>Réservation</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="80"/>
        <source>Nouvelle réservation</source>
        <translation>حجز جديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="86"/>
        <source>%1 — %n pl.</source>
        <translation>
            <numerusform>‏%1 — %n مقعد</numerusform>
            <numerusform>‏%1 — %n مقعد</numerusform>
            <numerusform>‏%1 — %n مقعد</numerusform>
            <numerusform>‏%1 — %n مقعد</numerusform>
            <numerusform>‏%1 — %n مقعد</numerusform>
            <numerusform>‏%1 — %n مقعد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="99"/>
        <source>Objet de la réunion</source>
        <translation>موضوع الاجتماع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="111"/>
        <source>de</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="113"/>
        <source>à</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="119"/>
        <source>&amp;Salle</source>
        <translation>القاعة (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="120"/>
        <source>S&amp;ociété</source>
        <translation>الشركة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="121"/>
        <source>O&amp;rganisateur</source>
        <translation>المنظِّم (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="122"/>
        <source>O&amp;bjet</source>
        <translation>الموضوع (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="123"/>
        <source>&amp;Quand</source>
        <translation>الموعد (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="125"/>
        <source>&amp;Participants</source>
        <translation>المشاركون (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="126"/>
        <source>Autorisation du responsable…</source>
        <translation>إذن المسؤول…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="131"/>
        <source>&amp;Notes</source>
        <translation>ملاحظات (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="147"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="316"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="436"/>
        <source>Enregistrer</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="152"/>
        <source>Présent</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="153"/>
        <source>Annuler la réservation</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="158"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="396"/>
        <source>Annuler la série</source>
        <translation>إلغاء السلسلة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="163"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="186"/>
        <source>&lt;b&gt;Conflit de synchronisation : à arbitrer par un responsable.&lt;/b&gt;&lt;br&gt;Un autre poste a réservé cette salle sur un créneau qui chevauche celui-ci&#xa0;; les deux réservations sont gardées jusqu&apos;à ce que l&apos;une soit déplacée ou annulée.</source>
        <translation>&lt;b&gt;تعارض في المزامنة: يحسم فيه مسؤول.&lt;/b&gt;&lt;br&gt;حجز مكتب آخر هذه القاعة في فترة تتداخل مع هذه الفترة؛ يُحتفظ بالحجزين إلى أن يُنقل أحدهما أو يُلغى.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="197"/>
        <source>Répéter</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="201"/>
        <source>Chaque jour</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="201"/>
        <source>Chaque semaine</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="202"/>
        <source>Chaque mois, même date</source>
        <translation>كل شهر، في التاريخ نفسه</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="203"/>
        <source>Chaque mois, même jour (ex. 2e mardi)</source>
        <translation>كل شهر، في اليوم نفسه (مثلا ثاني ثلاثاء)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="218"/>
        <source>jusqu&apos;à la date</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="223"/>
        <source>Fréquence</source>
        <translation>التواتر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="224"/>
        <source>Jours</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="225"/>
        <source>Jusqu&apos;au</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="226"/>
        <source>Ou nombre de fois</source>
        <translation>أو عدد المرات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="227"/>
        <source>Conflits</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="275"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="281"/>
        <source>Liste des organisateurs indisponible</source>
        <translation>قائمة المنظمين غير متاحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="302"/>
        <source>Vérification du créneau impossible</source>
        <translation>تعذر التحقق من الفترة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="352"/>
        <source>%n occurrence(s) en conflit sur %1. Réserver seulement les libres ?</source>
        <translation>
            <numerusform>عدد المواعيد المتعارضة في %1: %n. هل تحجز المواعيد الشاغرة فقط؟</numerusform>
            <numerusform>عدد المواعيد المتعارضة في %1: %n. هل تحجز المواعيد الشاغرة فقط؟</numerusform>
            <numerusform>عدد المواعيد المتعارضة في %1: %n. هل تحجز المواعيد الشاغرة فقط؟</numerusform>
            <numerusform>عدد المواعيد المتعارضة في %1: %n. هل تحجز المواعيد الشاغرة فقط؟</numerusform>
            <numerusform>عدد المواعيد المتعارضة في %1: %n. هل تحجز المواعيد الشاغرة فقط؟</numerusform>
            <numerusform>عدد المواعيد المتعارضة في %1: %n. هل تحجز المواعيد الشاغرة فقط؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="356"/>
        <source>Réserver les %n libres</source>
        <translation>
            <numerusform>حجز المواعيد الشاغرة (%n)</numerusform>
            <numerusform>حجز المواعيد الشاغرة (%n)</numerusform>
            <numerusform>حجز المواعيد الشاغرة (%n)</numerusform>
            <numerusform>حجز المواعيد الشاغرة (%n)</numerusform>
            <numerusform>حجز المواعيد الشاغرة (%n)</numerusform>
            <numerusform>حجز المواعيد الشاغرة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="385"/>
        <source>Série de réservations indisponible</source>
        <translation>سلسلة الحجوزات غير متاحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="438"/>
        <source>%n occurrence(s) en conflit : la série ne peut pas être modifiée ainsi. Choisissez une autre salle ou un autre horaire.</source>
        <translation>
            <numerusform>عدد المواعيد المتعارضة: %n، لذا لا يمكن تعديل السلسلة بهذا الشكل. اختر قاعة أخرى أو توقيتا آخر.</numerusform>
            <numerusform>عدد المواعيد المتعارضة: %n، لذا لا يمكن تعديل السلسلة بهذا الشكل. اختر قاعة أخرى أو توقيتا آخر.</numerusform>
            <numerusform>عدد المواعيد المتعارضة: %n، لذا لا يمكن تعديل السلسلة بهذا الشكل. اختر قاعة أخرى أو توقيتا آخر.</numerusform>
            <numerusform>عدد المواعيد المتعارضة: %n، لذا لا يمكن تعديل السلسلة بهذا الشكل. اختر قاعة أخرى أو توقيتا آخر.</numerusform>
            <numerusform>عدد المواعيد المتعارضة: %n، لذا لا يمكن تعديل السلسلة بهذا الشكل. اختر قاعة أخرى أو توقيتا آخر.</numerusform>
            <numerusform>عدد المواعيد المتعارضة: %n، لذا لا يمكن تعديل السلسلة بهذا الشكل. اختر قاعة أخرى أو توقيتا آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="442"/>
        <source>Modifier les %n occurrence(s) à venir de la série ?</source>
        <translation>
            <numerusform>تعديل المواعيد القادمة في السلسلة (%n)؟</numerusform>
            <numerusform>تعديل المواعيد القادمة في السلسلة (%n)؟</numerusform>
            <numerusform>تعديل المواعيد القادمة في السلسلة (%n)؟</numerusform>
            <numerusform>تعديل المواعيد القادمة في السلسلة (%n)؟</numerusform>
            <numerusform>تعديل المواعيد القادمة في السلسلة (%n)؟</numerusform>
            <numerusform>تعديل المواعيد القادمة في السلسلة (%n)؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="444"/>
        <source>Modifier %n occurrence(s)</source>
        <translation>
            <numerusform>تعديل المواعيد (%n)</numerusform>
            <numerusform>تعديل المواعيد (%n)</numerusform>
            <numerusform>تعديل المواعيد (%n)</numerusform>
            <numerusform>تعديل المواعيد (%n)</numerusform>
            <numerusform>تعديل المواعيد (%n)</numerusform>
            <numerusform>تعديل المواعيد (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="453"/>
        <source>Annuler les %n occurrence(s) à venir de la série, y compris celles modifiées une à une ?</source>
        <translation>
            <numerusform>إلغاء المواعيد القادمة في السلسلة (%n)، بما فيها تلك المعدلة كل على حدة؟</numerusform>
            <numerusform>إلغاء المواعيد القادمة في السلسلة (%n)، بما فيها تلك المعدلة كل على حدة؟</numerusform>
            <numerusform>إلغاء المواعيد القادمة في السلسلة (%n)، بما فيها تلك المعدلة كل على حدة؟</numerusform>
            <numerusform>إلغاء المواعيد القادمة في السلسلة (%n)، بما فيها تلك المعدلة كل على حدة؟</numerusform>
            <numerusform>إلغاء المواعيد القادمة في السلسلة (%n)، بما فيها تلك المعدلة كل على حدة؟</numerusform>
            <numerusform>إلغاء المواعيد القادمة في السلسلة (%n)، بما فيها تلك المعدلة كل على حدة؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="455"/>
        <source>Confirmer l&apos;annulation de la série</source>
        <translation>تأكيد إلغاء السلسلة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="474"/>
        <source>%1 participants pour %2 places dans « %3 ».</source>
        <translation>‏%1 مشاركا لـ %2 مقعدا في «%3».</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="478"/>
        <source>Dépassement de capacité</source>
        <translation>تجاوز السعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="479"/>
        <source>Un responsable doit autoriser ce dépassement de capacité.</source>
        <translation>يجب أن يأذن مسؤول بتجاوز السعة هذا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="480"/>
        <source>Autoriser et enregistrer</source>
        <translation>الإذن والتسجيل</translation>
    </message>
</context>
<context>
    <name>CafeteriaPage</name>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="24"/>
        <source>Vente</source>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="26"/>
        <source>Ventes</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="29"/>
        <source>Tarifs</source>
        <translation>الأسعار</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="48"/>
        <source>CIN</source>
        <translation>البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="49"/>
        <source>Passeport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="50"/>
        <source>Carte de séjour</source>
        <translation>بطاقة الإقامة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="51"/>
        <source>Permis de conduire</source>
        <translation>رخصة السياقة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="75"/>
        <location filename="../../reception/ui/visitors/checkin.py" line="104"/>
        <source>Visiteur</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="75"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="76"/>
        <source>Dernière visite</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="76"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="77"/>
        <source>3 lettres pour retrouver un visiteur</source>
        <translation>3 أحرف للعثور على زائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="83"/>
        <source>nom@societe.ma</source>
        <translation>nom@societe.ma</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="86"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="90"/>
        <source>Personne</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="90"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="91"/>
        <source>3 lettres : nom de la personne ou de la société</source>
        <translation>3 أحرف: اسم الشخص أو الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="92"/>
        <source>Absente de l&apos;annuaire ? A&amp;jouter la personne…</source>
        <translation>غير موجود في الدليل؟ إضافة الشخص… (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="100"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="107"/>
        <source>&amp;Nom</source>
        <translation>الاسم العائلي (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="107"/>
        <source>&amp;Prénom</source>
        <translation>الاسم الشخصي (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="108"/>
        <source>&amp;Organisation</source>
        <translation>الهيئة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="109"/>
        <source>Té&amp;léphone</source>
        <translation>الهاتف (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="109"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإلكتروني (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="110"/>
        <source>Pièce d&apos;&amp;identité</source>
        <translation>وثيقة الهوية (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="111"/>
        <source>N° de pièce</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="114"/>
        <source>Visite</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="117"/>
        <source>Personne &amp;visitée</source>
        <translation>الشخص المزار (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="118"/>
        <source>T&amp;ype</source>
        <translation>النوع (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="119"/>
        <source>&amp;Fin prévue</source>
        <translation>النهاية المتوقعة (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="119"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="125"/>
        <source>Enregistrer l&apos;arrivée  (Ctrl+Entrée)</source>
        <translation>تسجيل الوصول  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="129"/>
        <source>Nouveau visiteur</source>
        <translation>زائر جديد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="134"/>
        <source>Réimprimer le badge</source>
        <translation>إعادة طباعة الشارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="181"/>
        <source>enregistré : {masked}</source>
        <translation>مسجل: {masked}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="199"/>
        <source> (à confirmer)</source>
        <translation> (في انتظار التأكيد)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="217"/>
        <source>{name} ajouté(e) comme personne visitée, à confirmer par les services généraux.</source>
        <translation>أضيف {name} بوصفه شخصا مزارا، في انتظار تأكيد المصالح العامة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="256"/>
        <source>Heure attendue au format hh:mm (exemple : 16:30).</source>
        <translation>الساعة المتوقعة بصيغة hh:mm (مثال: 16:30).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="279"/>
        <source>{name} est arrivé(e) à {time} — badge n° {number}.</source>
        <translation>وصل {name} على الساعة {time} — الشارة رقم {number}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="298"/>
        <source>Pas de caméra : les photos des visiteurs ne sont pas prises.</source>
        <translation>لا توجد كاميرا: لا تُلتقط صور الزوار.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="351"/>
        <source>Entrée refusée à {name} par {manager}.</source>
        <translation>رفض {manager} دخول {name}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="360"/>
        <source>attendu(e) aujourd&apos;hui</source>
        <translation>متوقَّع اليوم</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="124"/>
        <source>Clôturer la caisse — session n° {n}</source>
        <translation>إغلاق الصندوق — الجلسة رقم {n}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="127"/>
        <source>Clôturer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="131"/>
        <source>&lt;b&gt;Billets&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأوراق النقدية&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="132"/>
        <source>&lt;b&gt;Pièces&lt;/b&gt;</source>
        <translation>&lt;b&gt;القطع النقدية&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="155"/>
        <source>Espèces attendues</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="156"/>
        <source>Espèces comptées</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="157"/>
        <source>Écart</source>
        <translation>الفرق</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <location filename="../../reception/ui/startup.py" line="85"/>
        <source>Vérification de la base…</source>
        <translation>جارٍ التحقق من قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="86"/>
        <source>Sauvegarde avant la mise à jour…</source>
        <translation>نسخة احتياطية قبل التحديث…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="87"/>
        <source>Mise à jour de la base…</source>
        <translation>جارٍ تحديث قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="88"/>
        <source>Restauration de la sauvegarde…</source>
        <translation>جارٍ استرجاع النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="101"/>
        <source>Version trop ancienne</source>
        <translation>إصدار قديم جدا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="103"/>
        <source>Mise à jour de la base impossible</source>
        <translation>تعذر تحديث قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="105"/>
        <source>Console d&apos;accueil</source>
        <translation>منصة الاستقبال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="109"/>
        <source>Base de données introuvable</source>
        <translation>قاعدة البيانات غير موجودة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="110"/>
        <source>Base de données endommagée</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="113"/>
        <source>Aucune sauvegarde valide n&apos;a été trouvée. Appelez le support informatique.</source>
        <translation>لم يُعثر على أي نسخة احتياطية صالحة. اتصل بالدعم المعلوماتي.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="117"/>
        <source>Restaurer la dernière sauvegarde valide ({name}) ? Les saisies faites depuis cette sauvegarde seront perdues sur ce poste.</source>
        <translation>استرجاع آخر نسخة احتياطية صالحة ({name})؟ ستضيع على هذا المكتب البيانات المدخلة منذ هذه النسخة.</translation>
    </message>
</context>
<context>
    <name>DigestTimer</name>
    <message>
        <location filename="../../reception/ui/reports/digest_timer.py" line="57"/>
        <source>Résumé du jour non enregistré</source>
        <translation>لم يُسجَّل ملخص اليوم</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="53"/>
        <source>Rechercher une société…</source>
        <translation>البحث عن شركة…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="56"/>
        <source>Afficher les fiches désactivées</source>
        <translation>عرض البطاقات المعطلة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="59"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="60"/>
        <source>Secteur</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="61"/>
        <source>Étage</source>
        <translation>الطابق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="62"/>
        <source>Salariés</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="65"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="66"/>
        <source>Fonction</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="67"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="68"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="73"/>
        <source>L&apos;annuaire est vide. Importez celui du parc (Importer un CSV…, colonnes société;nom;prenom;…) ou ajoutez une première société (Nouvelle société…).</source>
        <translation>الدليل فارغ. استورد دليل الحديقة (استيراد ملف CSV…، الأعمدة société;nom;prenom;…) أو أضف أول شركة (شركة جديدة…).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="76"/>
        <source>Choisissez une société à gauche ; si elle n&apos;a encore personne, ajoutez ses salariés (Nouveau salarié…).</source>
        <translation>اختر شركة على اليمين؛ وإن لم يكن فيها أحد بعد، أضف موظفيها (موظف جديد…).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="80"/>
        <source>Importer un CSV…</source>
        <translation>استيراد ملف CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="83"/>
        <source>Nouvelle société…</source>
        <translation>شركة جديدة…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="83"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="86"/>
        <source>Modifier…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="84"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="87"/>
        <source>Désactiver / réactiver</source>
        <translation>تعطيل / إعادة تفعيل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="86"/>
        <source>Nouveau salarié…</source>
        <translation>موظف جديد…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="103"/>
        <source>Choisissez une société pour voir ses salariés.</source>
        <translation>اختر شركة لعرض موظفيها.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="148"/>
        <source>Salariés de {name}</source>
        <translation>موظفو {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="163"/>
        <source>Modifier la société</source>
        <translation>تعديل الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="163"/>
        <source>Nouvelle société</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="167"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="205"/>
        <source>&amp;Nom</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="168"/>
        <source>&amp;ICE</source>
        <translation>ICE (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="169"/>
        <source>&amp;Secteur</source>
        <translation>القطاع (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="170"/>
        <source>É&amp;tage</source>
        <translation>الطابق (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="171"/>
        <source>&amp;Bureau</source>
        <translation>المكتب (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="175"/>
        <source>&amp;Arrivée</source>
        <translation>تاريخ الالتحاق (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="198"/>
        <source>Modifier le salarié</source>
        <translation>تعديل الموظف</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="198"/>
        <source>Nouveau salarié — {company}</source>
        <translation>موظف جديد — {company}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="206"/>
        <source>&amp;Prénom</source>
        <translation>الاسم الشخصي (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="207"/>
        <source>&amp;Fonction</source>
        <translation>الوظيفة (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="208"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإلكتروني (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="209"/>
        <source>&amp;Téléphone</source>
        <translation>الهاتف (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="237"/>
        <source>Importer des salariés</source>
        <translation>استيراد الموظفين</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="238"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="248"/>
        <source>Import en cours… {0} %</source>
        <translation>جارٍ الاستيراد… {0} %</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="251"/>
        <source>Import terminé : {tenants} société(s) créée(s), {employees} salarié(s) ajouté(s), {updated} mis à jour.</source>
        <translation>انتهى الاستيراد: الشركات المنشأة {tenants}، الموظفون المضافون {employees}، المحدَّثون {updated}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception/ui/errors.py" line="27"/>
        <source>Une erreur inattendue est survenue. Elle a été enregistrée ; vous pouvez continuer.</source>
        <translation>وقع خطأ غير متوقع. تم تسجيله؛ يمكنك المتابعة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="56"/>
        <location filename="../../reception/ui/errors.py" line="70"/>
        <source>Désolé</source>
        <translation>عذرا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="68"/>
        <source>Opération refusée</source>
        <translation>عملية مرفوضة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="75"/>
        <source>erreur inattendue (détail dans le journal)</source>
        <translation>خطأ غير متوقع (التفاصيل في السجل)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="96"/>
        <source>{what} : {reason}</source>
        <translation>‏{what}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="43"/>
        <source>Attendu(e)</source>
        <translation>متوقَّع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="44"/>
        <source>Arrivé(e)</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="45"/>
        <source>Annulé(e)</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="47"/>
        <source>En attente d&apos;envoi</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="48"/>
        <source>Envoyée</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="49"/>
        <source>Refusée par le serveur</source>
        <translation>رفضها الخادم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="51"/>
        <source>Annulation en attente d&apos;envoi</source>
        <translation>إلغاء في انتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="52"/>
        <source>Annulation envoyée</source>
        <translation>أُرسل الإلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="53"/>
        <source>Annulation refusée par le serveur</source>
        <translation>رفض الخادم الإلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="72"/>
        <source>Visiteur</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="73"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="74"/>
        <source>Personne visitée</source>
        <translation>الشخص المزار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="75"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="76"/>
        <source>Événement</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="77"/>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="78"/>
        <source>Invitation</source>
        <translation>الدعوة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="83"/>
        <source>Aucun visiteur attendu ce jour. Importez une liste d&apos;invités (Alt+I), ou choisissez un autre jour.</source>
        <translation>لا يوجد زائر متوقع في هذا اليوم. استورد قائمة مدعوين (Alt+I)، أو اختر يوما آخر.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="86"/>
        <source>Faire &amp;entrer la sélection</source>
        <translation>إدخال المحددين (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="89"/>
        <source>&amp;Importer une liste d&apos;invités…</source>
        <translation>استيراد قائمة مدعوين… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="91"/>
        <source>Pré-enregistrer &amp;un visiteur…</source>
        <translation>تسجيل زائر مسبقا… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="93"/>
        <source>Déco&amp;mmander</source>
        <translation>إلغاء الموعد (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="104"/>
        <source>Ctrl+A sélectionne toute la liste.</source>
        <translation>‏Ctrl+A يحدد القائمة كلها.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="127"/>
        <source>{waiting} attendu(s) sur {total} aujourd&apos;hui</source>
        <translation>المتوقعون {waiting} من أصل {total} اليوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="153"/>
        <source>{name} attendu(e) le {day} ; son invitation part par e-mail.</source>
        <translation>‏{name} متوقع يوم {day}؛ تُرسل دعوته بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="155"/>
        <source>{name} attendu(e) le {day} ; pas d&apos;invitation (pas d&apos;adresse e-mail, ou invitations désactivées dans Paramètres).</source>
        <translation>‏{name} متوقع يوم {day}؛ بلا دعوة (لا عنوان بريد إلكتروني، أو الدعوات معطلة في الإعدادات).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="165"/>
        <source>Sélectionnez un visiteur encore attendu pour le décommander.</source>
        <translation>حدد زائرا لا يزال متوقعا لإلغاء موعده.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="168"/>
        <source>Décommander</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="169"/>
        <source>Décommander {name} ? Son invitation est retirée, ou une annulation lui est envoyée si elle est déjà partie.</source>
        <translation>إلغاء موعد {name}؟ تُسحب دعوته، أو يُرسل إليه إشعار بالإلغاء إن كانت قد أُرسلت.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="175"/>
        <source>{name} est décommandé(e).</source>
        <translation>أُلغي موعد {name}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="183"/>
        <source>Liste d&apos;invités</source>
        <translation>قائمة المدعوين</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="184"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="194"/>
        <source>{count} invité(s) importé(s) ; {invited} invitation(s) partent par e-mail.</source>
        <translation>المدعوون المستوردون: {count}؛ الدعوات المرسلة بالبريد الإلكتروني: {invited}.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="40"/>
        <source>Premier démarrage</source>
        <translation>التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="42"/>
        <source>Aucun compte n&apos;existe encore. Créez le compte administrateur de ce poste : il servira à créer les comptes des réceptionnistes et des responsables. Indiquez ensuite le site et le poste.</source>
        <translation>لا يوجد أي حساب بعد. أنشئ حساب المدير لهذا المكتب: سيُستعمل لإنشاء حسابات موظفي الاستقبال والمسؤولين. ثم حدد الموقع والمكتب.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="46"/>
        <source>Créer le compte</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="59"/>
        <source>Compte administrateur</source>
        <translation>حساب المدير</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="60"/>
        <source>&amp;Identifiant</source>
        <translation>اسم المستخدم (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="61"/>
        <source>&amp;Nom complet</source>
        <translation>الاسم الكامل (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="62"/>
        <source>&amp;Mot de passe</source>
        <translation>كلمة المرور (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="63"/>
        <source>{n} caractères au moins.</source>
        <translation>‏{n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="64"/>
        <source>&amp;Confirmation</source>
        <translation>التأكيد (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="66"/>
        <source>Ce poste</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="67"/>
        <source>Code du &amp;site</source>
        <translation>رمز الموقع (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="68"/>
        <source>2 à 6 lettres, le même pour tout le site.</source>
        <translation>من 2 إلى 6 أحرف، وهو نفسه للموقع كله.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="69"/>
        <source>Nom du si&amp;te</source>
        <translation>اسم الموقع (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="70"/>
        <source>&amp;Ville</source>
        <translation>المدينة (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="71"/>
        <source>Code du &amp;poste</source>
        <translation>رمز المكتب (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="72"/>
        <source>Code du site, tiret, poste : CAS-A1.</source>
        <translation>رمز الموقع، شرطة، المكتب: CAS-A1.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="73"/>
        <source>Nom du post&amp;e</source>
        <translation>اسم المكتب (&amp;E)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../reception/ui/first_start.py" line="90"/>
        <source>Premier démarrage</source>
        <translation>التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="109"/>
        <source>Bienvenue sur la console d&apos;accueil</source>
        <translation>مرحبا بكم في منصة الاستقبال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="111"/>
        <source>Comment ce poste va-t-il travailler ?</source>
        <translation>كيف سيعمل هذا المكتب؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="114"/>
        <source>Poste autonome</source>
        <translation>مكتب مستقل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="115"/>
        <source>Ce PC travaille seul, sans base centrale. Vous créez son compte administrateur.</source>
        <translation>يعمل هذا الحاسوب وحده، بلا قاعدة مركزية. تنشئ حساب المدير الخاص به.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="117"/>
        <location filename="../../reception/ui/first_start.py" line="148"/>
        <source>Rejoindre le réseau</source>
        <translation>الانضمام إلى الشبكة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="118"/>
        <source>Le siège a créé ce poste et vous a donné l&apos;adresse de la base centrale et un code d&apos;inscription. Le poste télécharge son site : comptes, entreprises, salles, prix.</source>
        <translation>أنشأ المقر هذا المكتب وأعطاك عنوان القاعدة المركزية ورمز تسجيل. يحمّل المكتب بيانات موقعه: الحسابات والشركات والقاعات والأسعار.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="122"/>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="150"/>
        <source>Saisissez ce que le siège vous a donné. Le code ne sert qu&apos;une fois ; les majuscules, espaces et tirets n&apos;ont pas d&apos;importance.</source>
        <translation>أدخل ما أعطاك المقر. لا يصلح الرمز إلا مرة واحدة؛ ولا أهمية للأحرف الكبيرة والمسافات والشرطات.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="158"/>
        <source>serveur:5432/reception</source>
        <translation>serveur:5432/reception</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="162"/>
        <source>&amp;Adresse de la base centrale</source>
        <translation>عنوان القاعدة المركزية (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="163"/>
        <source>&amp;Code d&apos;inscription</source>
        <translation>رمز التسجيل (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="174"/>
        <source>&amp;Retour</source>
        <translation>رجوع (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="176"/>
        <source>Re&amp;joindre</source>
        <translation>انضمام (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="233"/>
        <source>Ré&amp;essayer le téléchargement</source>
        <translation>إعادة محاولة التحميل (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="234"/>
        <source>Poste inscrit, mais le téléchargement du site s&apos;est arrêté : {why}</source>
        <translation>سُجل المكتب، لكن تحميل الموقع توقف: {why}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../reception/ui/forms.py" line="172"/>
        <source>Enregistrer</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="23"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>GuestListDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="208"/>
        <source>Importer une liste d&apos;invités</source>
        <translation>استيراد قائمة مدعوين</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="216"/>
        <source>Personne</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="216"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="220"/>
        <source>Fichier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="221"/>
        <source>Événement</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="222"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="223"/>
        <source>Invités reçus par</source>
        <translation>يستقبل المدعوين</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="225"/>
        <source>Importer</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="245"/>
        <source>Donnez le nom de l&apos;événement.</source>
        <translation>أدخل اسم الحدث.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="58"/>
        <source>sur site</source>
        <translation>في الموقع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="64"/>
        <source>Arrivée</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="65"/>
        <source>Sortie</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="66"/>
        <source>Visiteur</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="67"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="68"/>
        <source>Personne visitée</source>
        <translation>الشخص المزار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="69"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="70"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="71"/>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="115"/>
        <source>Comptage des visites impossible</source>
        <translation>تعذر عدّ الزيارات</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="183"/>
        <source>Aucune visite pour cette recherche. Les visites s&apos;enregistrent dans l&apos;onglet Arrivée (Alt+A) ; ici, élargissez les dates ou effacez le nom recherché.</source>
        <translation>لا توجد زيارة لهذا البحث. تُسجَّل الزيارات في تبويب الوصول (Alt+A)؛ هنا، وسّع نطاق التواريخ أو امسح الاسم المبحوث عنه.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="189"/>
        <source>Nom du visiteur</source>
        <translation>اسم الزائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="191"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="193"/>
        <source>Personne visitée</source>
        <translation>الشخص المزار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="195"/>
        <source>Toutes les sociétés</source>
        <translation>كل الشركات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="197"/>
        <source>Tous les types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="201"/>
        <source>&amp;Rechercher</source>
        <translation>بحث (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="208"/>
        <source>Exporter CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="210"/>
        <source>Exporter Excel…</source>
        <translation>تصدير Excel…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="219"/>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="221"/>
        <source>au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="242"/>
        <source>Liste des sociétés indisponible</source>
        <translation>قائمة الشركات غير متاحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="268"/>
        <source>{shown} affichée(s) sur plus de {cap} visites</source>
        <translation>المعروض {shown} من أصل أكثر من {cap} زيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="271"/>
        <source>{shown} affichée(s) sur {total} visite(s)</source>
        <translation>المعروض {shown} من أصل {total} زيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="277"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="277"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="278"/>
        <source>Exporter l&apos;historique</source>
        <translation>تصدير السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="293"/>
        <source>Export de l&apos;historique en cours…</source>
        <translation>جارٍ تصدير السجل التاريخي…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="296"/>
        <source>Export de l&apos;historique : {count} visites lues…</source>
        <translation>تصدير السجل التاريخي: قُرئت {count} زيارة…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="300"/>
        <source>Historique exporté : {file}</source>
        <translation>صُدِّر السجل التاريخي: {file}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="303"/>
        <source>Export de l&apos;historique impossible</source>
        <translation>تعذر تصدير السجل التاريخي</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reception/ui/home/page.py" line="109"/>
        <source>Aucun indicateur pour votre rôle pour l&apos;instant.</source>
        <translation>لا توجد مؤشرات لدورك حاليا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="155"/>
        <source>Indicateurs de l&apos;accueil indisponibles</source>
        <translation>مؤشرات الاستقبال غير متاحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="160"/>
        <source>Bonjour, %1</source>
        <translation>صباح الخير، %1</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="160"/>
        <source>Bonsoir, %1</source>
        <translation>مساء الخير، %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="22"/>
        <source>Date et heure</source>
        <translation>التاريخ والساعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="22"/>
        <source>Poste</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="23"/>
        <source>N°</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="23"/>
        <source>Utilisateur</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="24"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="24"/>
        <source>Objet</source>
        <translation>الكائن</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="100"/>
        <source>Utilisateur</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="100"/>
        <source>Action ou préfixe (visits.)</source>
        <translation>الإجراء أو البادئة (visits.)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="101"/>
        <source>Objet</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="106"/>
        <source>Filtrer</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="109"/>
        <source>Vérifier l&apos;intégrité</source>
        <translation>التحقق من السلامة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="111"/>
        <source>Exporter</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="113"/>
        <source>Exporter en CSV</source>
        <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="114"/>
        <source>Exporter en XLSX</source>
        <translation>تصدير بصيغة XLSX</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="117"/>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="117"/>
        <source>au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="143"/>
        <source>Aucun événement pour ces filtres. Élargissez les dates ou videz les filtres : chaque action faite à la console (connexions, arrivées, ventes, réglages) s&apos;inscrit ici.</source>
        <translation>لا يوجد حدث لهذه المرشحات. وسّع نطاق التواريخ أو أفرغ المرشحات: كل إجراء يتم في المنصة (تسجيلات الدخول، الوصول، المبيعات، الإعدادات) يُسجَّل هنا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="147"/>
        <location filename="../../reception/ui/journal/page.py" line="229"/>
        <source>Sélectionnez un événement pour voir ce qui a changé.</source>
        <translation>حدد حدثا لرؤية ما تغيّر.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Avant</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Après</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="160"/>
        <source>Aucun avant/après enregistré pour cet événement.</source>
        <translation>لا يوجد قبل/بعد مسجل لهذا الحدث.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="174"/>
        <source>Journal d&apos;audit</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="191"/>
        <source>Suggestions du journal indisponibles</source>
        <translation>اقتراحات السجل غير متاحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="218"/>
        <source>Chargement…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="223"/>
        <source> (faites défiler pour la suite)</source>
        <translation> (مرّر لرؤية البقية)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/journal/page.py" line="224"/>
        <source>%n événement(s) affiché(s)</source>
        <translation>
            <numerusform>الأحداث المعروضة: %n</numerusform>
            <numerusform>الأحداث المعروضة: %n</numerusform>
            <numerusform>الأحداث المعروضة: %n</numerusform>
            <numerusform>الأحداث المعروضة: %n</numerusform>
            <numerusform>الأحداث المعروضة: %n</numerusform>
            <numerusform>الأحداث المعروضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="232"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — n° %2 au poste %3, par %4, le %5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — رقم %2 في المكتب %3، بواسطة %4، يوم %5 (%6)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="266"/>
        <source>Vérification de la chaîne…</source>
        <translation>جارٍ التحقق من السلسلة…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="295"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="295"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="296"/>
        <source>Exporter le journal</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="301"/>
        <source>Export en cours…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="306"/>
        <source>Exporté : %1</source>
        <translation>صُدِّر: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="146"/>
        <source>Bienvenue au Technopark</source>
        <translation>مرحبًا بكم في تكنوبارك</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="147"/>
        <source>Enregistrez votre arrivée ici, en moins d&apos;une minute.</source>
        <translation>سجّلوا وصولكم هنا في أقل من دقيقة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="148"/>
        <source>Commencer</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="158"/>
        <source>Vos données personnelles</source>
        <translation>بياناتكم الشخصية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="159"/>
        <source>Votre nom, votre organisation, la personne que vous venez voir, votre signature et votre photo servent uniquement à contrôler l&apos;accès au bâtiment et à prévenir votre hôte. Ils restent au Technopark et sont effacés après la durée de conservation fixée par le site.</source>
        <translation>يُستخدم اسمكم ومؤسستكم والشخص الذي تزورونه وتوقيعكم وصورتكم فقط لمراقبة الدخول إلى المبنى وإخبار مضيفكم بوصولكم. تبقى هذه البيانات لدى تكنوبارك وتُحذف بعد مدة الحفظ التي يحددها الموقع.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="163"/>
        <source>Conformément à la loi 09-08, vous pouvez y accéder, les faire rectifier ou vous opposer à leur traitement en vous adressant à l&apos;accueil. Traitement déclaré à la CNDP.</source>
        <translation>وفقًا للقانون 09-08، يمكنكم الاطلاع على هذه البيانات أو تصحيحها أو الاعتراض على معالجتها بالتوجه إلى مكتب الاستقبال. المعالجة مصرّح بها لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="167"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="210"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="235"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="267"/>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="168"/>
        <source>J&apos;ai compris</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="181"/>
        <source>Vous avez une invitation ?</source>
        <translation>هل لديكم دعوة؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="182"/>
        <source>Présentez son QR code (ou votre badge) devant le lecteur.</source>
        <translation>ضعوا رمز QR الخاص بها (أو شارتكم) أمام القارئ.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="189"/>
        <source>Sans invitation</source>
        <translation>بدون دعوة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="191"/>
        <source>Je suis déjà venu(e)</source>
        <translation>سبق لي الحضور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="204"/>
        <source>Votre e-mail ou votre téléphone</source>
        <translation>بريدكم الإلكتروني أو رقم هاتفكم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="205"/>
        <source>Celui que vous avez donné lors de votre dernière visite.</source>
        <translation>الذي قدّمتموه في زيارتكم الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="206"/>
        <source>nom@exemple.ma ou 06 12 34 56 78</source>
        <translation>name@example.ma أو 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="211"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="236"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="268"/>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="224"/>
        <source>Qui êtes-vous ?</source>
        <translation>من أنتم؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="225"/>
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="226"/>
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="227"/>
        <source>Organisation (facultatif)</source>
        <translation>المؤسسة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="251"/>
        <source>Qui venez-vous voir ?</source>
        <translation>من تزورون؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="252"/>
        <source>Tapez au moins trois lettres de son nom</source>
        <translation>اكتبوا ثلاثة أحرف على الأقل من اسمه</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="260"/>
        <source>Motif de la visite</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="340"/>
        <source>Ce n&apos;est pas moi</source>
        <translation>لست أنا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="341"/>
        <source>Confirmer</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="357"/>
        <source>Bonjour {name}</source>
        <translation>مرحبًا {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="360"/>
        <source>Vous venez voir {host} ({company}).</source>
        <translation>أنتم في زيارة {host} ({company}).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="369"/>
        <source>Une photo pour votre badge</source>
        <translation>صورة لشارتكم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="370"/>
        <source>Regardez la caméra, puis touchez « Prendre la photo ».</source>
        <translation>انظروا إلى الكاميرا ثم المسوا «التقاط الصورة».</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="380"/>
        <source>Passer</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="381"/>
        <source>Prendre la photo</source>
        <translation>التقاط الصورة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="405"/>
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="427"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="437"/>
        <source>Quitter la borne</source>
        <translation>إغلاق الجهاز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="428"/>
        <source>Réservé au personnel : identifiant et mot de passe d&apos;un responsable.</source>
        <translation>مخصص للموظفين: اسم المستخدم وكلمة المرور لمسؤول.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="429"/>
        <source>Identifiant</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="430"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="436"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="462"/>
        <source>Signez avec le doigt dans le cadre ci-dessous.</source>
        <translation>وقّعوا بإصبعكم داخل الإطار أدناه.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="470"/>
        <source>Effacer</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="471"/>
        <source>Je signe</source>
        <translation>أوقّع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="485"/>
        <source>Signez d&apos;abord dans le cadre.</source>
        <translation>يرجى التوقيع داخل الإطار أولًا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="139"/>
        <source>Bienvenue !</source>
        <translation>مرحبًا بكم!</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="140"/>
        <source>Votre badge s&apos;imprime : prenez-le à l&apos;accueil.</source>
        <translation>تتم طباعة شارتكم: يرجى استلامها من مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="141"/>
        <source>Merci de vous adresser à l&apos;accueil.</source>
        <translation>يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="142"/>
        <source>Un membre de l&apos;équipe va s&apos;occuper de vous.</source>
        <translation>سيتكفل بكم أحد أعضاء فريقنا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="222"/>
        <source>Recommencer</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="223"/>
        <source>Personnel</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="398"/>
        <source>{host} est prévenu(e) de votre arrivée.</source>
        <translation>تم إخبار {host} بوصولكم.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="461"/>
        <source>Un incident est survenu. Merci de vous adresser à l&apos;accueil.</source>
        <translation>حدث خلل. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>KioskWatch</name>
    <message>
        <location filename="../../reception/ui/visitors/kiosk_watch.py" line="59"/>
        <source>Borne : {names} à recevoir à l&apos;accueil (liste de vigilance)</source>
        <translation>الكشك: {names} يجب استقبالهم في الاستقبال (قائمة اليقظة)</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="84"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="87"/>
        <source>Déverrouiller</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="90"/>
        <source>Changer d&apos;utilisateur</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="103"/>
        <source>Session verrouillée</source>
        <translation>الجلسة مقفلة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="106"/>
        <source>{name} — saisissez votre mot de passe pour reprendre.</source>
        <translation>‏{name} — أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="111"/>
        <source>Les badges et les invitations se scannent aussi pendant le verrouillage.</source>
        <translation>يمكن مسح الشارات والدعوات أيضا أثناء القفل.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../reception/ui/login.py" line="68"/>
        <location filename="../../reception/ui/login.py" line="70"/>
        <source>Console d&apos;accueil</source>
        <translation>منصة الاستقبال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="71"/>
        <source>Ouverture de la base de données…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="75"/>
        <source>Identifiant</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="77"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="79"/>
        <location filename="../../reception/ui/login.py" line="182"/>
        <source>Se connecter</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="94"/>
        <source>Console d&apos;accueil — {site}</source>
        <translation>منصة الاستقبال — {site}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="96"/>
        <source>{desk} · poste {code}</source>
        <translation>‏{desk} · المكتب {code}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="120"/>
        <source>&amp;Identifiant</source>
        <translation>اسم المستخدم (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="120"/>
        <source>&amp;Mot de passe</source>
        <translation>كلمة المرور (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="153"/>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="159"/>
        <source>En attente de la base…</source>
        <translation>في انتظار قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="182"/>
        <source>Connexion…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <location filename="../../reception/ui/visitors/lookup.py" line="71"/>
        <source>Recherche de visiteurs impossible</source>
        <translation>تعذر البحث عن الزوار</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception/ui/main_window.py" line="50"/>
        <source>Console d&apos;accueil — {site}</source>
        <translation>منصة الاستقبال — {site}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="121"/>
        <source>Verrouiller</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="122"/>
        <source>Se déconnecter</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="123"/>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="125"/>
        <location filename="../../reception/ui/main_window.py" line="261"/>
        <source>À propos</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="127"/>
        <source>&amp;Console</source>
        <translation>المنصة (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="133"/>
        <source>Afficha&amp;ge</source>
        <translation>العرض (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="136"/>
        <source>Ai&amp;de</source>
        <translation>المساعدة (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="138"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="170"/>
        <source>Poste {code} · {name}</source>
        <translation>المكتب {code} · {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="182"/>
        <source>Dernière synchro : {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="262"/>
        <source>&lt;b&gt;Console d&apos;accueil&lt;/b&gt; — version {version}&lt;br&gt;Accueil des visiteurs, salles de réunion et cafétéria du technopark.</source>
        <translation>&lt;b&gt;منصة الاستقبال&lt;/b&gt; — الإصدار {version}&lt;br&gt;استقبال الزوار وقاعات الاجتماعات ومقصف الحديقة التكنولوجية.</translation>
    </message>
</context>
<context>
    <name>ManageTab</name>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="34"/>
        <location filename="../../reception/ui/rooms/manage.py" line="87"/>
        <source>Salle</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="34"/>
        <location filename="../../reception/ui/rooms/manage.py" line="71"/>
        <source>Étage</source>
        <translation>الطابق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="35"/>
        <location filename="../../reception/ui/rooms/manage.py" line="72"/>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="35"/>
        <location filename="../../reception/ui/rooms/manage.py" line="73"/>
        <source>Équipement</source>
        <translation>التجهيزات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="36"/>
        <source>Prix / heure</source>
        <translation>السعر / ساعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="36"/>
        <source>Horaires</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="37"/>
        <location filename="../../reception/ui/rooms/manage.py" line="77"/>
        <source>Battement</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="37"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="54"/>
        <source>Aucune salle. Décrivez la première dans le formulaire (nom, places, prix à l&apos;heure) puis « Enregistrer la salle » : elle apparaîtra au planning.</source>
        <translation>لا توجد قاعة. صف القاعة الأولى في الاستمارة (الاسم، المقاعد، السعر بالساعة) ثم «تسجيل القاعة»: ستظهر في الجدول.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="58"/>
        <source>Projecteur, Écran, Visioconférence, Tableau blanc</source>
        <translation>جهاز عرض، شاشة، مؤتمرات مرئية، سبورة بيضاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="63"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="67"/>
        <location filename="../../reception/ui/rooms/manage.py" line="68"/>
        <source>horaires du site</source>
        <translation>أوقات الموقع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="69"/>
        <source>Ouverte à la réservation</source>
        <translation>مفتوحة للحجز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="71"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="74"/>
        <source>Prix / heure (DH)</source>
        <translation>السعر / ساعة (درهم)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="75"/>
        <source>Ouverture (hh:mm)</source>
        <translation>الافتتاح (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="76"/>
        <source>Fermeture (hh:mm)</source>
        <translation>الإغلاق (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="80"/>
        <source>Nouvelle salle</source>
        <translation>قاعة جديدة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="80"/>
        <source>Enregistrer la salle</source>
        <translation>تسجيل القاعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="92"/>
        <source>Heures gratuites par mois</source>
        <translation>الساعات المجانية في الشهر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="97"/>
        <source>Enregistrer le forfait</source>
        <translation>تسجيل الباقة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="127"/>
        <source>du site</source>
        <translation>الخاصة بالموقع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="130"/>
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="130"/>
        <source>non</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../reception/ui/approval.py" line="53"/>
        <source>Responsable (identifiant)</source>
        <translation>المسؤول (اسم المستخدم)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="54"/>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="57"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="64"/>
        <source>Autoriser</source>
        <translation>إذن</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="87"/>
        <source>Validation impossible.</source>
        <translation>تعذر التحقق.</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="42"/>
        <source>Responsable (identifiant)</source>
        <translation>المسؤول (اسم المستخدم)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="43"/>
        <source>Mot de passe du responsable</source>
        <translation>كلمة مرور المسؤول</translation>
    </message>
</context>
<context>
    <name>MissingHostDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="22"/>
        <source>Personne visitée absente de l&apos;annuaire</source>
        <translation>الشخص المزار غير موجود في الدليل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="24"/>
        <source>Le visiteur peut entrer tout de suite : la personne est ajoutée « à confirmer », et les services généraux vérifieront sa fiche.</source>
        <translation>يمكن للزائر الدخول فورا: يُضاف الشخص «في انتظار التأكيد»، وستتحقق المصالح العامة من بطاقته.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="26"/>
        <source>Ajouter et choisir</source>
        <translation>إضافة واختيار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="27"/>
        <source>&amp;Nom</source>
        <translation>الاسم العائلي (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="28"/>
        <source>&amp;Prénom</source>
        <translation>الاسم الشخصي (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="30"/>
        <source>— choisissez —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="33"/>
        <source>&amp;Société</source>
        <translation>الشركة (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="34"/>
        <source>Tapez les premières lettres pour aller à la société.</source>
        <translation>اكتب الأحرف الأولى للانتقال إلى الشركة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="36"/>
        <location filename="../../reception/ui/visitors/missing_host.py" line="39"/>
        <source>facultatif</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="37"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإلكتروني (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="40"/>
        <source>&amp;Téléphone</source>
        <translation>الهاتف (&amp;T)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../reception/ui/pages.py" line="82"/>
        <source>Accueil</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="84"/>
        <source>Visiteurs</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="86"/>
        <source>Salles</source>
        <translation>القاعات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="88"/>
        <source>Cafétéria</source>
        <translation>المقصف</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="90"/>
        <source>Rapports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="92"/>
        <source>Journal</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="94"/>
        <source>Paramètres</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>OnSiteModel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="51"/>
        <source>Visiteur</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="52"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="53"/>
        <source>Personne visitée</source>
        <translation>الشخص المزار</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="54"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="55"/>
        <source>Étage</source>
        <translation>الطابق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="56"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="57"/>
        <source>Arrivée</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="58"/>
        <source>Durée</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="59"/>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
</context>
<context>
    <name>OnSitePanel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="86"/>
        <source>Personne n&apos;est sur site. Les arrivées s&apos;enregistrent dans l&apos;onglet Arrivée (Alt+A) ; un badge scanné à la sortie retire la personne de cette liste.</source>
        <translation>لا أحد في الموقع. يُسجَّل الوصول في تبويب الوصول (Alt+A)؛ والشارة الممسوحة عند المغادرة تحذف الشخص من هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="93"/>
        <source>So&amp;rtie</source>
        <translation>المغادرة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="96"/>
        <source>Réimprimer le badge</source>
        <translation>إعادة طباعة الشارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="98"/>
        <source>Tout le monde est sorti…</source>
        <translation>غادر الجميع…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="107"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="109"/>
        <source>Étage</source>
        <translation>الطابق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="136"/>
        <source>Toutes</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="139"/>
        <source>Tous</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="168"/>
        <source>{count} personne(s) sur site</source>
        <translation>الأشخاص في الموقع: {count}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="187"/>
        <source>Tout le monde est sorti</source>
        <translation>غادر الجميع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="188"/>
        <source>Enregistrer la sortie de toutes les personnes encore sur site ({count}) ?</source>
        <translation>تسجيل مغادرة كل الأشخاص الذين ما زالوا في الموقع ({count})؟</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="97"/>
        <source>Ouvrir la caisse</source>
        <translation>فتح الصندوق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="101"/>
        <source>Fond de caisse (DH)</source>
        <translation>رصيد الصندوق (درهم)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="102"/>
        <source>Proposé : ce qui a été compté à la dernière clôture.</source>
        <translation>مقترح: ما عُدّ عند آخر إغلاق.</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="61"/>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="61"/>
        <source>Au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="62"/>
        <source>Jour</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="62"/>
        <source>Mois</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="63"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="63"/>
        <source>Salle</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="64"/>
        <source>N° de session de caisse</source>
        <translation>رقم جلسة الصندوق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="65"/>
        <source>Société (texte)</source>
        <translation>الشركة (نص)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="66"/>
        <source>Site (code)</source>
        <translation>الموقع (الرمز)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="66"/>
        <source>Poste (code)</source>
        <translation>المكتب (الرمز)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="67"/>
        <source>Utilisateur</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="67"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="68"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="109"/>
        <source>(tous)</source>
        <translation>(الكل)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../reception/ui/printing.py" line="254"/>
        <source>Aperçu avant impression</source>
        <translation>معاينة قبل الطباعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="263"/>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="264"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PendingHostsTab</name>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="22"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="23"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="24"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="25"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="29"/>
        <source>Aucune personne à confirmer. Quand l&apos;accueil ajoute une personne visitée absente de l&apos;annuaire, elle apparaît ici : confirmez-la, ou fusionnez-la avec sa fiche si elle existait déjà.</source>
        <translation>لا يوجد شخص في انتظار التأكيد. حين يضيف الاستقبال شخصا مزارا غير موجود في الدليل، يظهر هنا: أكّده، أو ادمجه مع بطاقته إن كانت موجودة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="31"/>
        <source>Personnes visitées ajoutées à l&apos;accueil. Confirmez celles qui sont justes ; fusionnez un doublon avec la fiche existante (ses visites gardent leur hôte).</source>
        <translation>أشخاص مزارون أضافهم الاستقبال. أكّد الصحيح منهم؛ وادمج المكرر مع البطاقة الموجودة (تحتفظ زياراته بمضيفها).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="35"/>
        <source>C&amp;onfirmer</source>
        <translation>تأكيد (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="36"/>
        <source>&amp;Fusionner avec…</source>
        <translation>دمج مع… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="75"/>
        <source>{name} est confirmé(e) dans l&apos;annuaire.</source>
        <translation>تم تأكيد {name} في الدليل.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="93"/>
        <source>Fusionner « {name} »</source>
        <translation>دمج «{name}»</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="95"/>
        <source>« {name} » sera retiré(e) de l&apos;annuaire au profit de la fiche choisie de {company}.</source>
        <translation>سيُحذف «{name}» من الدليل لفائدة البطاقة المختارة من {company}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="97"/>
        <source>Fusionner</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="98"/>
        <source>&amp;Même personne que</source>
        <translation>الشخص نفسه مثل (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="99"/>
        <source>Fusion faite.</source>
        <translation>تم الدمج.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="23"/>
        <source>Photo du visiteur</source>
        <translation>صورة الزائر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="25"/>
        <source>Photo de {name}</source>
        <translation>صورة {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="31"/>
        <source>Passer</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="34"/>
        <source>Prendre la photo</source>
        <translation>التقاط الصورة</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="39"/>
        <source>Lundi</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="39"/>
        <source>Mardi</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="40"/>
        <source>Mercredi</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="40"/>
        <source>Jeudi</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="41"/>
        <source>Vendredi</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="41"/>
        <source>Samedi</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="42"/>
        <source>Dimanche</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="73"/>
        <source>Jour ou semaine précédente (Page préc.)</source>
        <translation>اليوم أو الأسبوع السابق (Page Up)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="74"/>
        <source>Jour ou semaine suivante (Page suiv.)</source>
        <translation>اليوم أو الأسبوع التالي (Page Down)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="77"/>
        <source>Aujourd&apos;hui</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="79"/>
        <source>Jour</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="79"/>
        <source>Semaine</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="88"/>
        <source>Feuille du jour (Ctrl+P)</source>
        <translation>ورقة اليوم (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="107"/>
        <source>Aucune salle n&apos;est encore déclarée. Les services généraux les ajoutent dans l&apos;onglet Salles de cette page (nom, capacité, horaires) ; le planning des réservations s&apos;affiche ensuite ici.</source>
        <translation>لم يُصرَّح بأي قاعة بعد. تضيفها المصالح العامة في تبويب القاعات من هذه الصفحة (الاسم، السعة، الأوقات)؛ ثم يظهر جدول الحجوزات هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="170"/>
        <location filename="../../reception/ui/rooms/planning.py" line="183"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>المقاعد: %n</numerusform>
            <numerusform>المقاعد: %n</numerusform>
            <numerusform>المقاعد: %n</numerusform>
            <numerusform>المقاعد: %n</numerusform>
            <numerusform>المقاعد: %n</numerusform>
            <numerusform>المقاعد: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="179"/>
        <source>%n réservation(s)</source>
        <translation>
            <numerusform>الحجوزات: %n</numerusform>
            <numerusform>الحجوزات: %n</numerusform>
            <numerusform>الحجوزات: %n</numerusform>
            <numerusform>الحجوزات: %n</numerusform>
            <numerusform>الحجوزات: %n</numerusform>
            <numerusform>الحجوزات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="180"/>
        <source>%n conflit(s) de synchronisation</source>
        <translation>
            <numerusform>تعارضات المزامنة: %n</numerusform>
            <numerusform>تعارضات المزامنة: %n</numerusform>
            <numerusform>تعارضات المزامنة: %n</numerusform>
            <numerusform>تعارضات المزامنة: %n</numerusform>
            <numerusform>تعارضات المزامنة: %n</numerusform>
            <numerusform>تعارضات المزامنة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="189"/>
        <source>Semaine du %1 — %2</source>
        <translation>أسبوع %1 — %2</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="238"/>
        <source>Feuille du jour</source>
        <translation>ورقة اليوم</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="125"/>
        <source>Ouvrir la borne (second écran, plein écran)</source>
        <translation>فتح الكشك (الشاشة الثانية، ملء الشاشة)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="137"/>
        <source>Enregistrer</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="186"/>
        <source>Réglages enregistrés. La nouvelle langue s&apos;applique au prochain démarrage de la console.</source>
        <translation>سُجلت الإعدادات. تُطبَّق اللغة الجديدة عند التشغيل المقبل للمنصة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="189"/>
        <source>Réglages enregistrés.</source>
        <translation>سُجلت الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="189"/>
        <source>Aucun changement.</source>
        <translation>لا تغيير.</translation>
    </message>
</context>
<context>
    <name>PreregisterDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="22"/>
        <source>Celle du site</source>
        <translation>لغة الموقع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="23"/>
        <source>Français</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="24"/>
        <source>Anglais</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="37"/>
        <source>Pré-enregistrer un visiteur</source>
        <translation>تسجيل زائر مسبقا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="41"/>
        <source>nom@societe.ma : l&apos;invitation et son QR code y sont envoyés</source>
        <translation>‏nom@societe.ma: تُرسل إليه الدعوة ورمز QR الخاص بها</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="45"/>
        <source>Personne</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="45"/>
        <source>Société</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="46"/>
        <source>3 lettres : nom de la personne ou de la société</source>
        <translation>3 أحرف: اسم الشخص أو الشركة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="57"/>
        <source>&amp;Nom</source>
        <translation>الاسم العائلي (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="57"/>
        <source>&amp;Prénom</source>
        <translation>الاسم الشخصي (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="58"/>
        <source>&amp;Organisation</source>
        <translation>الهيئة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="58"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإلكتروني (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="59"/>
        <source>Té&amp;léphone</source>
        <translation>الهاتف (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="60"/>
        <source>Personne &amp;visitée</source>
        <translation>الشخص المزار (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="61"/>
        <source>&amp;Date</source>
        <translation>التاريخ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="61"/>
        <source>Langue de l&apos;invitation</source>
        <translation>لغة الدعوة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="65"/>
        <source>Pré-enregistrer</source>
        <translation>تسجيل مسبق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="70"/>
        <source>Avec une adresse e-mail, le visiteur reçoit une invitation : son QR code, scanné à l&apos;accueil, enregistre son arrivée et imprime son badge.</source>
        <translation>إذا كان للزائر عنوان بريد إلكتروني، يتلقى دعوة: رمز QR الخاص به، عند مسحه في الاستقبال، يسجل وصوله ويطبع شارته.</translation>
    </message>
</context>
<context>
    <name>PriceListTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="31"/>
        <source>Bon à l&apos;unité</source>
        <translation>قسيمة مفردة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="32"/>
        <source>Carnet de 10</source>
        <translation>دفتر من 10</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="33"/>
        <source>Carnet de 20</source>
        <translation>دفتر من 20</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="42"/>
        <location filename="../../reception/ui/cafeteria/prices.py" line="71"/>
        <source>Produit</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="43"/>
        <source>Prix TTC</source>
        <translation>السعر شامل الضريبة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="44"/>
        <source>TVA</source>
        <translation>ض.ق.م</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="45"/>
        <source>Bons</source>
        <translation>القسائم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="46"/>
        <source>Validité</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="46"/>
        <source>{n} j</source>
        <translation>‏{n} يوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="47"/>
        <source>Touche</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="48"/>
        <location filename="../../reception/ui/cafeteria/prices.py" line="67"/>
        <source>En vente</source>
        <translation>معروض للبيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="48"/>
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="48"/>
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="52"/>
        <source>Aucun produit. Saisissez le premier dans le formulaire (nom, prix, touche) puis « Enregistrer » : il apparaîtra sur l&apos;écran de vente.</source>
        <translation>لا يوجد منتج. أدخل المنتج الأول في الاستمارة (الاسم، السعر، المفتاح) ثم «تسجيل»: سيظهر في شاشة البيع.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="72"/>
        <source>Libellé du bon</source>
        <translation>تسمية القسيمة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="73"/>
        <source>Prix TTC (DH)</source>
        <translation>السعر شامل الضريبة (درهم)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="74"/>
        <source>Taux de TVA</source>
        <translation>نسبة ض.ق.م</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="75"/>
        <source>Bons par vente</source>
        <translation>القسائم لكل بيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="76"/>
        <source>Validité des bons (jours)</source>
        <translation>صلاحية القسائم (أيام)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="77"/>
        <source>Touche (F1...)</source>
        <translation>المفتاح (F1...)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="78"/>
        <source>Ordre</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="81"/>
        <source>Nouveau produit</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="83"/>
        <source>Enregistrer</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reception/ui/printing.py" line="60"/>
        <source>Le document à imprimer est illisible.</source>
        <translation>الوثيقة المراد طباعتها غير مقروءة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="129"/>
        <source>Le dossier d&apos;impression PDF {folder} n&apos;existe pas.</source>
        <translation>مجلد الطباعة PDF {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="160"/>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="161"/>
        <source>Impression : {title}…</source>
        <translation>طباعة: {title}…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="164"/>
        <source>Impression : {title}… {percent} %</source>
        <translation>الطباعة: {title}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="168"/>
        <source>1 page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="169"/>
        <source>{n} pages</source>
        <translation>‏{n} صفحات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="171"/>
        <source>Imprimé : {title} ({count}).</source>
        <translation>طُبع: {title} ({count}).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="174"/>
        <source>Impression impossible ({title})</source>
        <translation>تعذرت الطباعة ({title})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="193"/>
        <source>L&apos;imprimante refuse ce format de papier.</source>
        <translation>الطابعة ترفض حجم الورق هذا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="207"/>
        <source>L&apos;imprimante ne répond pas.</source>
        <translation>الطابعة لا تستجيب.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="226"/>
        <source>L&apos;imprimante a refusé le document.</source>
        <translation>رفضت الطابعة الوثيقة.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <location filename="../../reception/ui/reports/jobs.py" line="117"/>
        <source>{n} — ouverte le {day} à {time}</source>
        <translation>‏{n} — فُتحت يوم {day} على الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/jobs.py" line="119"/>
        <source>{n} — clôturée le {day} à {time}</source>
        <translation>‏{n} — أُغلقت يوم {day} على الساعة {time}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="86"/>
        <source>Choisissez un rapport</source>
        <translation>اختر تقريرا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="90"/>
        <source>Choisissez un rapport dans la liste (flèches haut et bas), réglez ses paramètres, puis Entrée pour l&apos;aperçu ; imprimez-le ou exportez-le ensuite.</source>
        <translation>اختر تقريرا من القائمة (السهمان أعلى وأسفل)، واضبط إعداداته، ثم Enter للمعاينة؛ ثم اطبعه أو صدّره.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="95"/>
        <location filename="../../reception/ui/reports/page.py" line="205"/>
        <source>Aperçu du rapport</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="97"/>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="98"/>
        <source>Enregistrer en PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="99"/>
        <source>Exporter CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="100"/>
        <source>Exporter XLSX</source>
        <translation>تصدير XLSX</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="114"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="180"/>
        <source>Listes du formulaire indisponibles</source>
        <translation>قوائم الاستمارة غير متاحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="204"/>
        <source>Choisir le dossier et produire…</source>
        <translation>اختيار المجلد والإنتاج…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="222"/>
        <source>Dossier où enregistrer les relevés</source>
        <translation>المجلد الذي تُحفظ فيه الكشوف</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="235"/>
        <source>Préparation du rapport…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/reports/page.py" line="265"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/reports/page.py" line="271"/>
        <source>%n relevé(s) et la synthèse enregistrés dans %1</source>
        <translation>
            <numerusform>الكشوف المحفوظة مع الملخص في %1: %n</numerusform>
            <numerusform>الكشوف المحفوظة مع الملخص في %1: %n</numerusform>
            <numerusform>الكشوف المحفوظة مع الملخص في %1: %n</numerusform>
            <numerusform>الكشوف المحفوظة مع الملخص في %1: %n</numerusform>
            <numerusform>الكشوف المحفوظة مع الملخص في %1: %n</numerusform>
            <numerusform>الكشوف المحفوظة مع الملخص في %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="296"/>
        <source>Envoyé à l&apos;imprimante.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="303"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="303"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="303"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="305"/>
        <source>Enregistrer le rapport</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="313"/>
        <source>Enregistré : %1</source>
        <translation>حُفظ: %1</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../reception/ui/rooms/page.py" line="19"/>
        <source>Planning</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/page.py" line="23"/>
        <source>Salles</source>
        <translation>القاعات</translation>
    </message>
</context>
<context>
    <name>SaleDetailDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="88"/>
        <source>Vente {number}</source>
        <translation>البيع {number}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="89"/>
        <source>{when} · {cashier} · {customer} · {payment}</source>
        <translation>‏{when} · {cashier} · {customer} · {payment}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="93"/>
        <source>Produit</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="94"/>
        <source>Qté</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="95"/>
        <source>Prix unitaire</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="96"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="99"/>
        <source>Total TTC : {total} · {count} bon(s)</source>
        <translation>المجموع شامل الضريبة: {total} · القسائم: {count}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="107"/>
        <source>Vente annulée</source>
        <translation>بيع ملغى</translation>
    </message>
</context>
<context>
    <name>SaleTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="99"/>
        <source>Ouvrir la caisse ({key})</source>
        <translation>فتح الصندوق ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="100"/>
        <source>Clôturer la caisse ({key})</source>
        <translation>إغلاق الصندوق ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="101"/>
        <source>Rapport X ({key})</source>
        <translation>التقرير X ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="102"/>
        <source>Annuler une vente</source>
        <translation>إلغاء بيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="109"/>
        <source>Bon à utiliser : ABCDE-FGHJK-M ou scan</source>
        <translation>قسيمة للاستعمال: ABCDE-FGHJK-M أو المسح</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="121"/>
        <source>Aucun produit en vente : les tarifs se créent dans l&apos;onglet Tarifs (responsable des installations).</source>
        <translation>لا يوجد منتج معروض للبيع: تُنشأ الأسعار في تبويب الأسعار (مسؤول المرافق).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="131"/>
        <source>Bon :</source>
        <translation>القسيمة:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Produit</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Qté</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Prix</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="148"/>
        <source>Panier vide : appuyez sur la touche d&apos;un produit (F1 à F7) ou cliquez sur son bouton.</source>
        <translation>السلة فارغة: اضغط مفتاح منتج (F1 إلى F7) أو انقر على زره.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="173"/>
        <source>Valider et imprimer (Entrée)</source>
        <translation>تأكيد وطباعة (Enter)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="177"/>
        <source>Vider</source>
        <translation>إفراغ</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="180"/>
        <source>Client</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="181"/>
        <source>Paiement</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="182"/>
        <source>Montant remis</source>
        <translation>المبلغ المسلَّم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="183"/>
        <source>Référence TPE</source>
        <translation>مرجع جهاز الأداء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="184"/>
        <source>Monnaie à rendre</source>
        <translation>الباقي المردود</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="262"/>
        <source>Client de passage</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="284"/>
        <source>Caisse fermée : ouvrez-la pour vendre.</source>
        <translation>الصندوق مغلق: افتحه للبيع.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="286"/>
        <source>Caisse ouverte — session n° {n}, fond {f}</source>
        <translation>الصندوق مفتوح — الجلسة رقم {n}، الرصيد {f}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="332"/>
        <source>Total : {t}</source>
        <translation>المجموع: {t}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="342"/>
        <source>montant illisible</source>
        <translation>مبلغ غير مقروء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="368"/>
        <source>Ajoutez au moins un produit.</source>
        <translation>أضف منتجا واحدا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="398"/>
        <source> — rendu {amount}</source>
        <translation> — الباقي {amount}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="400"/>
        <source>Ticket {n} enregistré : {t}{c}</source>
        <translation>سُجلت التذكرة {n}: {t}{c}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="402"/>
        <source>Ticket {n}</source>
        <translation>التذكرة {n}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="427"/>
        <source>Bon {label} accepté.</source>
        <translation>قُبلت القسيمة {label}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="482"/>
        <source>Rapport Z</source>
        <translation>التقرير Z</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="482"/>
        <source>Rapport X</source>
        <translation>التقرير X</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="485"/>
        <source>Caisse clôturée : rapport Z envoyé à l&apos;impression.</source>
        <translation>الصندوق مغلق: أُرسل التقرير Z إلى الطباعة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="486"/>
        <source>Caisse clôturée : rapport Z à imprimer.</source>
        <translation>الصندوق مغلق: التقرير Z جاهز للطباعة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="496"/>
        <source>Vente {n} annulée.</source>
        <translation>أُلغي البيع {n}.</translation>
    </message>
</context>
<context>
    <name>SalesHistoryTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="123"/>
        <source>Aucune vente pour ces filtres. Les ventes se font dans l&apos;onglet Vente ; ici, changez les dates ou le paiement pour voir d&apos;autres jours.</source>
        <translation>لا يوجد بيع لهذه المرشحات. تتم المبيعات في تبويب البيع؛ هنا، غيّر التواريخ أو طريقة الأداء لرؤية أيام أخرى.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="128"/>
        <source>Tous paiements</source>
        <translation>كل طرق الأداء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="130"/>
        <source>Tous clients</source>
        <translation>كل الزبائن</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="131"/>
        <source>Clients de passage</source>
        <translation>الزبائن العابرون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="132"/>
        <source>Sociétés (toutes)</source>
        <translation>الشركات (الكل)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="133"/>
        <source>Tous statuts</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="133"/>
        <source>Valides</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="134"/>
        <source>Annulées</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="136"/>
        <source>N° de ticket</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="138"/>
        <source>&amp;Rechercher</source>
        <translation>بحث (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="143"/>
        <source>Exporter CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="145"/>
        <source>Exporter Excel…</source>
        <translation>تصدير Excel…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="149"/>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="151"/>
        <source>au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="168"/>
        <source>Liste des sociétés indisponible</source>
        <translation>قائمة الشركات غير متاحة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="206"/>
        <source>{count}{more} vente(s)</source>
        <translation>المبيعات: {count}{more}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="220"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="220"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="221"/>
        <source>Exporter les ventes</source>
        <translation>تصدير المبيعات</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="63"/>
        <source>annulée</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="65"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="66"/>
        <source>Date et heure</source>
        <translation>التاريخ والساعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="67"/>
        <source>Caissier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="68"/>
        <source>Client</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="69"/>
        <source>Paiement</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="70"/>
        <source>Bons</source>
        <translation>القسائم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="71"/>
        <source>Total TTC</source>
        <translation>المجموع شامل الضريبة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="72"/>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="23"/>
        <source>badge visiteur ou invitation</source>
        <translation>شارة زائر أو دعوة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="24"/>
        <source>bon de cafétéria</source>
        <translation>قسيمة المقصف</translation>
    </message>
</context>
<context>
    <name>ScannerTestBox</name>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="52"/>
        <source>Tester le lecteur</source>
        <translation>اختبار القارئ</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="55"/>
        <source>Cliquez ici puis scannez un badge, une invitation ou un bon</source>
        <translation>انقر هنا ثم امسح شارة أو دعوة أو قسيمة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="83"/>
        <source>Reçu : « {raw} »</source>
        <translation>المستلَم: «{raw}»</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="86"/>
        <source>Lu : {code} ({kind}) — reçu « {raw} »</source>
        <translation>المقروء: {code} ({kind}) — المستلَم «{raw}»</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="19"/>
        <source>Cette réservation fait partie d&apos;une série</source>
        <translation>هذا الحجز جزء من سلسلة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="20"/>
        <source>Cette réservation seu&amp;lement</source>
        <translation>هذا الحجز فقط (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="21"/>
        <source>&amp;Toute la série</source>
        <translation>السلسلة كلها (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="59"/>
        <source>1 réservation modifiée une à une reste inchangée.</source>
        <translation>حجز واحد معدل على حدة يبقى دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="60"/>
        <source>%1 réservations modifiées une à une restent inchangées.</source>
        <translation>‏%1 حجوزات معدلة كل على حدة تبقى دون تغيير.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="39"/>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="40"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="41"/>
        <source>العربية</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="42"/>
        <source>Carte CR80 (85,6 × 54 mm)</source>
        <translation>بطاقة CR80 (85,6 × 54 مم)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="43"/>
        <source>Brother 62 × 100 mm</source>
        <translation>‏Brother 62 × 100 مم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="44"/>
        <source>DYMO 54 × 101 mm</source>
        <translation>‏DYMO 54 × 101 مم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="45"/>
        <source>DYMO 57 × 32 mm</source>
        <translation>‏DYMO 57 × 32 مم</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="38"/>
        <source>Site et poste</source>
        <translation>الموقع والمكتب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="38"/>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="39"/>
        <source>Utilisateurs</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="39"/>
        <source>Annuaire</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="40"/>
        <source>Annuaire : à confirmer</source>
        <translation>الدليل: في انتظار التأكيد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="41"/>
        <source>Liste de vigilance</source>
        <translation>قائمة اليقظة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="41"/>
        <source>Accords des visiteurs</source>
        <translation>اتفاقات الزوار</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="151"/>
        <source>Accord de visite — {name}</source>
        <translation>اتفاق الزيارة — {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="166"/>
        <source>Effacer la signature</source>
        <translation>مسح التوقيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="168"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="170"/>
        <source>Enregistrer la signature</source>
        <translation>حفظ التوقيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="176"/>
        <source>&amp;Langue du texte</source>
        <translation>لغة النص (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="190"/>
        <source>Signature de {name}</source>
        <translation>توقيع {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="218"/>
        <source>Version {version} · empreinte {sha}</source>
        <translation>الإصدار {version} · البصمة {sha}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../reception/ui/signature_pad.py" line="49"/>
        <source>Zone de signature</source>
        <translation>منطقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/signature_pad.py" line="54"/>
        <source>Signez ici</source>
        <translation>وقّع هنا</translation>
    </message>
</context>
<context>
    <name>SiteTab</name>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="16"/>
        <source>Nom du site</source>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="17"/>
        <source>Ville</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="18"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="19"/>
        <source>Raison sociale</source>
        <translation>الاسم التجاري</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="20"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="21"/>
        <source>Identifiant fiscal (IF)</source>
        <translation>التعريف الضريبي (IF)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="22"/>
        <source>Taxe professionnelle (TP)</source>
        <translation>الرسم المهني (TP)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="23"/>
        <source>Ouverture (hh:mm)</source>
        <translation>الافتتاح (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="24"/>
        <source>Fermeture (hh:mm)</source>
        <translation>الإغلاق (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="42"/>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="45"/>
        <source>Nom du poste</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="46"/>
        <source>Enregistrer</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="79"/>
        <source>site {site} · poste {desk}</source>
        <translation>الموقع {site} · المكتب {desk}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="96"/>
        <source>Enregistré.</source>
        <translation>سُجل.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../reception/app.py" line="159"/>
        <source>Mot de passe central non déplacé</source>
        <translation>لم تُنقل كلمة المرور المركزية</translation>
    </message>
    <message>
        <location filename="../../reception/app.py" line="184"/>
        <source>Préparation des écrans incomplète</source>
        <translation>إعداد الشاشات غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../reception/app.py" line="200"/>
        <source>Sauvegarde du jour impossible</source>
        <translation>تعذرت نسخة اليوم الاحتياطية</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reception/ui/status.py" line="14"/>
        <source>jamais</source>
        <translation>أبدا</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="56"/>
        <source>Conflits de synchronisation</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="58"/>
        <source>Chevauchement de réservations</source>
        <translation>تداخل الحجوزات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="59"/>
        <source>Modification refusée</source>
        <translation>تعديل مرفوض</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="60"/>
        <source>Événement mis de côté</source>
        <translation>حدث مؤجل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="62"/>
        <source>Nature</source>
        <translation>الطبيعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="63"/>
        <source>Détecté le</source>
        <translation>اكتُشف يوم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="64"/>
        <source>Élément</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="65"/>
        <source>Résumé</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="69"/>
        <source>Aucun conflit à régler : les synchronisations se sont faites sans désaccord. Un conflit apparaîtrait ici, avec ce que chaque poste avait enregistré.</source>
        <translation>لا يوجد تعارض يجب حله: تمت المزامنات دون خلاف. سيظهر أي تعارض هنا، مع ما سجله كل مكتب.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="82"/>
        <source>&amp;Marquer comme réglé…</source>
        <translation>وضع علامة «تمت التسوية»… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="87"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="104"/>
        <source>{count} conflit(s) à régler. Réglez chacun (annulez une réservation, ressaisissez une modification), puis marquez-le comme réglé en disant comment.</source>
        <translation>التعارضات المطلوب حلها: {count}. سوِّ كل واحد منها (ألغِ حجزا، أعد إدخال تعديل)، ثم ضع عليه علامة «تمت التسوية» مع ذكر طريقة ذلك.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="107"/>
        <source>Aucun conflit à régler : la synchronisation s&apos;est arrangée seule.</source>
        <translation>لا يوجد تعارض يجب حله: سوّت المزامنة الأمر وحدها.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Réservation</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Salle</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Horaires</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Entreprise</source>
        <translation>المقاولة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="129"/>
        <source>Poste</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="132"/>
        <source>Annulez ou déplacez l&apos;une des deux réservations (page Salles), puis marquez le conflit comme réglé.</source>
        <translation>ألغِ أحد الحجزين أو انقله (صفحة القاعات)، ثم ضع على التعارض علامة «تمت التسوية».</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="135"/>
        <location filename="../../reception/ui/sync/conflicts.py" line="141"/>
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="135"/>
        <source>Version du poste (conservée)</source>
        <translation>نسخة المكتب (محفوظة)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="136"/>
        <source>Version centrale (en vigueur)</source>
        <translation>النسخة المركزية (سارية)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="138"/>
        <source>Si la version du poste était la bonne, ressaisissez-la, puis marquez le conflit comme réglé.</source>
        <translation>إذا كانت نسخة المكتب هي الصحيحة، أعد إدخالها، ثم ضع على التعارض علامة «تمت التسوية».</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="141"/>
        <source>Valeur envoyée</source>
        <translation>القيمة المرسلة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="143"/>
        <source>Ligne {row}</source>
        <translation>السطر {row}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="152"/>
        <location filename="../../reception/ui/sync/conflicts.py" line="154"/>
        <source>Marquer comme réglé</source>
        <translation>وضع علامة «تمت التسوية»</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="155"/>
        <source>&amp;Comment a-t-il été réglé ?</source>
        <translation>كيف تمت تسويته؟ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="175"/>
        <source>Conflits de synchronisation…</source>
        <translation>تعارضات المزامنة…</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="68"/>
        <source>Synchroniser maintenant</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="104"/>
        <source>Aucune base centrale configurée (Paramètres, groupe Synchronisation).</source>
        <translation>لم تُضبط أي قاعدة مركزية (الإعدادات، مجموعة المزامنة).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="118"/>
        <source>Synchronisation…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="124"/>
        <source>La synchronisation a échoué</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="147"/>
        <source>Synchronisation terminée : {summary}</source>
        <translation>انتهت المزامنة: {summary}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="149"/>
        <source>Synchronisation interrompue : {reason}</source>
        <translation>توقفت المزامنة: {reason}</translation>
    </message>
</context>
<context>
    <name>SystemScheduleBox</name>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="22"/>
        <source>Synchronisation console fermée</source>
        <translation>المزامنة والمنصة مغلقة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="30"/>
        <source>Le planificateur du système lance la synchronisation nocturne à l&apos;heure du paramètre « Synchronisation nocturne à », même console fermée ; elle ne chevauche jamais celle de la console.</source>
        <translation>يُطلق مُجدول النظام المزامنة الليلية في الساعة المحددة في إعداد «المزامنة الليلية على الساعة»، حتى والمنصة مغلقة؛ ولا تتداخل أبدا مع مزامنة المنصة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="35"/>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="71"/>
        <source>Installer</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="37"/>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="71"/>
        <source>Mettre à jour</source>
        <translation>تحديث</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../reception/ui/rooms/time_grid.py" line="331"/>
        <source>Conflit de synchronisation : à arbitrer par un responsable</source>
        <translation>تعارض في المزامنة: يحسم فيه مسؤول</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="33"/>
        <source>Identifiant</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="34"/>
        <source>Nom complet</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="35"/>
        <source>Rôle</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36"/>
        <source>État</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36"/>
        <source>actif</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36"/>
        <source>désactivé</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="39"/>
        <source>Nouvel utilisateur…</source>
        <translation>مستخدم جديد…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="40"/>
        <source>Changer le rôle…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="41"/>
        <source>Réinitialiser le mot de passe…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="42"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="74"/>
        <source>Désactiver</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="73"/>
        <source>Réactiver</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="84"/>
        <source>Nouvel utilisateur</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="88"/>
        <source>&amp;Identifiant</source>
        <translation>اسم المستخدم (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="89"/>
        <source>&amp;Nom complet</source>
        <translation>الاسم الكامل (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="90"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="102"/>
        <source>&amp;Rôle</source>
        <translation>الدور (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="91"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="114"/>
        <source>&amp;Mot de passe</source>
        <translation>كلمة المرور (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="92"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="115"/>
        <source>&amp;Confirmation</source>
        <translation>التأكيد (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="100"/>
        <source>Rôle de {name}</source>
        <translation>دور {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="110"/>
        <source>Nouveau mot de passe pour {name}</source>
        <translation>كلمة مرور جديدة لـ {name}</translation>
    </message>
</context>
<context>
    <name>VisitorDesk</name>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="102"/>
        <source>{name} est sorti(e)</source>
        <translation>غادر {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="104"/>
        <source>{name} est arrivé(e) — badge n° {number}, {host} prévenu(e)</source>
        <translation>وصل {name} — الشارة رقم {number}، أُخطر {host}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="148"/>
        <source>Liste d&apos;évacuation</source>
        <translation>قائمة الإخلاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="150"/>
        <source>Liste d&apos;évacuation envoyée à l&apos;impression.</source>
        <translation>أُرسلت قائمة الإخلاء إلى الطباعة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="152"/>
        <source>Liste d&apos;évacuation prête.</source>
        <translation>قائمة الإخلاء جاهزة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="155"/>
        <source>Préparation de la liste d&apos;évacuation…</source>
        <translation>جارٍ إعداد قائمة الإخلاء…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="156"/>
        <source>Liste d&apos;évacuation impossible</source>
        <translation>تعذر إعداد قائمة الإخلاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="180"/>
        <source>Envoi des e-mails aux personnes visitées</source>
        <translation>إرسال الرسائل الإلكترونية إلى الأشخاص المزارين</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="26"/>
        <source>&amp;Arrivée</source>
        <translation>الوصول (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="27"/>
        <source>&amp;Sur site</source>
        <translation>في الموقع (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="28"/>
        <source>A&amp;ttendus</source>
        <translation>المتوقعون (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="32"/>
        <source>&amp;Historique</source>
        <translation>السجل التاريخي (&amp;H)</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="203"/>
        <source>Annuler une vente</source>
        <translation>إلغاء بيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="204"/>
        <source>Annuler la vente</source>
        <translation>إلغاء البيع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="215"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="216"/>
        <source>Motif</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>WatchListApprovalDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="19"/>
        <source>sans limite</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="20"/>
        <source>Motif : {reason} — jusqu&apos;au : {until}</source>
        <translation>السبب: {reason} — حتى: {until}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="23"/>
        <source>Liste de vigilance</source>
        <translation>قائمة اليقظة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="25"/>
        <source>Autoriser l&apos;entrée</source>
        <translation>السماح بالدخول</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="25"/>
        <source>Refuser l&apos;entrée</source>
        <translation>رفض الدخول</translation>
    </message>
</context>
<context>
    <name>WatchListTab</name>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="42"/>
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="43"/>
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="44"/>
        <source>N° de pièce</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="45"/>
        <source>Motif</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="46"/>
        <source>S&apos;applique</source>
        <translation>السريان</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="51"/>
        <source>La liste de vigilance est vide. Ajoutez une personne (Nouvelle entrée…) ou importez la liste reçue de la sécurité (Importer un CSV…) : chaque arrivée sera comparée à ces entrées.</source>
        <translation>قائمة اليقظة فارغة. أضف شخصا (إدخال جديد…) أو استورد القائمة الواردة من الأمن (استيراد ملف CSV…): ستُقارن كل عملية وصول بهذه الإدخالات.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="53"/>
        <source>&amp;Nouvelle entrée…</source>
        <translation>إدخال جديد… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="54"/>
        <source>&amp;Modifier…</source>
        <translation>تعديل… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="55"/>
        <source>Mettre &amp;fin…</source>
        <translation>إنهاء… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="56"/>
        <source>&amp;Importer un CSV…</source>
        <translation>استيراد ملف CSV… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="57"/>
        <source>Afficher les entrées &amp;retirées</source>
        <translation>عرض الإدخالات المسحوبة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="71"/>
        <source>Comment une arrivée est comparée à la liste :</source>
        <translation>كيف يُقارن الوصول بالقائمة:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="95"/>
        <source>retirée</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="97"/>
        <source>sans date de fin</source>
        <translation>بلا تاريخ نهاية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="99"/>
        <source>terminée le {day}</source>
        <translation>انتهى يوم {day}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="100"/>
        <source>jusqu&apos;au {day} inclus</source>
        <translation>حتى {day} ضمنا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="142"/>
        <source>Modifier l&apos;entrée</source>
        <translation>تعديل الإدخال</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="142"/>
        <source>Nouvelle entrée de la liste de vigilance</source>
        <translation>إدخال جديد في قائمة اليقظة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="144"/>
        <source>&amp;Nom</source>
        <translation>الاسم العائلي (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="145"/>
        <source>&amp;Prénom</source>
        <translation>الاسم الشخصي (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="146"/>
        <source>N° de p&amp;ièce</source>
        <translation>رقم الوثيقة (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="147"/>
        <source>Facultatif. Comparé sans espaces ni tirets, quel que soit le nom.</source>
        <translation>اختياري. يُقارن دون مسافات ولا شرطات، أيا كان الاسم.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="148"/>
        <source>&amp;Motif</source>
        <translation>السبب (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="152"/>
        <source>&amp;Fin</source>
        <translation>النهاية (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="153"/>
        <source>Dernier jour où l&apos;entrée s&apos;applique ; « — » : sans date de fin.</source>
        <translation>آخر يوم يسري فيه الإدخال؛ «—»: بلا تاريخ نهاية.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="177"/>
        <source>Mettre fin à l&apos;entrée « {name} »</source>
        <translation>إنهاء الإدخال «{name}»</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="179"/>
        <source>Mettre fin</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="180"/>
        <source>&amp;Dernier jour</source>
        <translation>آخر يوم (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="181"/>
        <source>Hier par défaut : l&apos;entrée ne s&apos;applique plus dès maintenant. Elle reste dans la liste des entrées retirées.</source>
        <translation>الأمس افتراضيا: لا يعود الإدخال ساريا ابتداء من الآن. ويبقى في قائمة الإدخالات المسحوبة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="189"/>
        <source>Importer une liste de vigilance ({header})</source>
        <translation>استيراد قائمة يقظة ({header})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="190"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="202"/>
        <source>{added} personne(s) ajoutée(s) ; {refused} ligne(s) refusée(s), ci-dessous avec la raison :</source>
        <translation>الأشخاص المضافون: {added}؛ الأسطر المرفوضة: {refused}، أدناه مع السبب:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="206"/>
        <source>Ligne {line} : {reason}  [{text}]</source>
        <translation>السطر {line}: {reason}  [{text}]</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="210"/>
        <source>{added} personne(s) ajoutée(s).</source>
        <translation>الأشخاص المضافون: {added}.</translation>
    </message>
</context>
</TS>
