<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="142" />
        <source>Bienvenue au Technopark</source>
        <translation>مرحبًا بكم في تكنوبارك</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="143" />
        <source>Enregistrez votre arrivée ici, en moins d'une minute.</source>
        <translation>سجّلوا وصولكم هنا في أقل من دقيقة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="144" />
        <source>Commencer</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="154" />
        <source>Vos données personnelles</source>
        <translation>بياناتكم الشخصية</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="155" />
        <source>Votre nom, votre organisation, la personne que vous venez voir, votre signature et votre photo servent uniquement à contrôler l'accès au bâtiment et à prévenir votre hôte. Ils restent au Technopark et sont effacés après la durée de conservation fixée par le site.</source>
        <translation>يُستخدم اسمكم ومؤسستكم والشخص الذي تزورونه وتوقيعكم وصورتكم فقط لمراقبة الدخول إلى المبنى وإخبار مضيفكم بوصولكم. تبقى هذه البيانات لدى تكنوبارك وتُحذف بعد مدة الحفظ التي يحددها الموقع.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="159" />
        <source>Conformément à la loi 09-08, vous pouvez y accéder, les faire rectifier ou vous opposer à leur traitement en vous adressant à l'accueil. Traitement déclaré à la CNDP.</source>
        <translation>وفقًا للقانون 09-08، يمكنكم الاطلاع على هذه البيانات أو تصحيحها أو الاعتراض على معالجتها بالتوجه إلى مكتب الاستقبال. المعالجة مصرّح بها لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="163" />
        <location filename="../../reception/ui/kiosk/screens.py" line="206" />
        <location filename="../../reception/ui/kiosk/screens.py" line="231" />
        <location filename="../../reception/ui/kiosk/screens.py" line="263" />
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="164" />
        <source>J'ai compris</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="177" />
        <source>Vous avez une invitation ?</source>
        <translation>هل لديكم دعوة؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="178" />
        <source>Présentez son QR code (ou votre badge) devant le lecteur.</source>
        <translation>ضعوا رمز QR الخاص بها (أو شارتكم) أمام القارئ.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="185" />
        <source>Sans invitation</source>
        <translation>بدون دعوة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="187" />
        <source>Je suis déjà venu(e)</source>
        <translation>سبق لي الحضور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="200" />
        <source>Votre e-mail ou votre téléphone</source>
        <translation>بريدكم الإلكتروني أو رقم هاتفكم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="201" />
        <source>Celui que vous avez donné lors de votre dernière visite.</source>
        <translation>الذي قدّمتموه في زيارتكم الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="202" />
        <source>nom@exemple.ma ou 06 12 34 56 78</source>
        <translation>name@example.ma أو 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="207" />
        <location filename="../../reception/ui/kiosk/screens.py" line="232" />
        <location filename="../../reception/ui/kiosk/screens.py" line="264" />
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="220" />
        <source>Qui êtes-vous ?</source>
        <translation>من أنتم؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="221" />
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="222" />
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="223" />
        <source>Organisation (facultatif)</source>
        <translation>المؤسسة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="247" />
        <source>Qui venez-vous voir ?</source>
        <translation>من تزورون؟</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="248" />
        <source>Tapez au moins trois lettres de son nom</source>
        <translation>اكتبوا ثلاثة أحرف على الأقل من اسمه</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="256" />
        <source>Motif de la visite</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="336" />
        <source>Ce n'est pas moi</source>
        <translation>لست أنا</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="337" />
        <source>Confirmer</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="353" />
        <source>Bonjour {name}</source>
        <translation>مرحبًا {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="356" />
        <source>Vous venez voir {host} ({company}).</source>
        <translation>أنتم في زيارة {host} ({company}).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="365" />
        <source>Une photo pour votre badge</source>
        <translation>صورة لشارتكم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="366" />
        <source>Regardez la caméra, puis touchez « Prendre la photo ».</source>
        <translation>انظروا إلى الكاميرا ثم المسوا «التقاط الصورة».</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="376" />
        <source>Passer</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="377" />
        <source>Prendre la photo</source>
        <translation>التقاط الصورة</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="401" />
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="423" />
        <location filename="../../reception/ui/kiosk/screens.py" line="433" />
        <source>Quitter la borne</source>
        <translation>إغلاق الجهاز</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="424" />
        <source>Réservé au personnel : identifiant et mot de passe d'un responsable.</source>
        <translation>مخصص للموظفين: اسم المستخدم وكلمة المرور لمسؤول.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="425" />
        <source>Identifiant</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="426" />
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="432" />
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="457" />
        <source>Signez avec le doigt dans le cadre ci-dessous.</source>
        <translation>وقّعوا بإصبعكم داخل الإطار أدناه.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="464" />
        <source>Effacer</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="465" />
        <source>Je signe</source>
        <translation>أوقّع</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="479" />
        <source>Signez d'abord dans le cadre.</source>
        <translation>يرجى التوقيع داخل الإطار أولًا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="124" />
        <source>Bienvenue !</source>
        <translation>مرحبًا بكم!</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="125" />
        <source>Votre badge s'imprime : prenez-le à l'accueil.</source>
        <translation>تتم طباعة شارتكم: يرجى استلامها من مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="126" />
        <source>Merci de vous adresser à l'accueil.</source>
        <translation>يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="127" />
        <source>Un membre de l'équipe va s'occuper de vous.</source>
        <translation>سيتكفل بكم أحد أعضاء فريقنا.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="205" />
        <source>Recommencer</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="206" />
        <source>Personnel</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="369" />
        <source>{host} est prévenu(e) de votre arrivée.</source>
        <translation>تم إخبار {host} بوصولكم.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="432" />
        <source>Un incident est survenu. Merci de vous adresser à l'accueil.</source>
        <translation>حدث خلل. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
</context>
</TS>
