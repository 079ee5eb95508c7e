<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <location filename="../../reception/ui/kiosk/window.py" line="124"/>
        <source>Bienvenue !</source>
        <translation>مرحبًا بكم!</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="125"/>
        <source>Votre badge s&apos;imprime : prenez-le à l&apos;accueil.</source>
        <translation>تتم طباعة شارتكم: يرجى استلامها من مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="126"/>
        <source>Merci de vous adresser à l&apos;accueil.</source>
        <translation>يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="127"/>
        <source>Un membre de l&apos;équipe va s&apos;occuper de vous.</source>
        <translation>سيتكفل بكم أحد أعضاء فريقنا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="205"/>
        <source>Recommencer</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="206"/>
        <source>Personnel</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="369"/>
        <source>{host} est prévenu(e) de votre arrivée.</source>
        <translation>تم إخبار {host} بوصولكم.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="432"/>
        <source>Un incident est survenu. Merci de vous adresser à l&apos;accueil.</source>
        <translation>حدث خلل. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
</context>
</TS>
