"""The agreement texts the console ships, per visit type and language (fr, en, ar).

These are content, not interface messages: each becomes version 1 of its (visit type, language) the first
time it is asked for, and is then frozen in the database; a site changes a text by publishing a new version
(`AgreementService.publish`), never by editing this file. The Arabic was written for the park's visitors and
avoids diacritics (the PDF's shaping does not position them). French keeps a no-break space (\\u00a0) before
":" and ";", so a line never starts with one.
"""

from __future__ import annotations

_TITLES = {
    "fr": "Conditions de visite — {kind}",
    "en": "Visit conditions — {kind}",
    "ar": "شروط الزيارة — {kind}",
}

_KINDS = {
    "meeting": {"fr": "Réunion", "en": "Meeting", "ar": "اجتماع"},
    "interview": {"fr": "Entretien", "en": "Interview", "ar": "مقابلة"},
    "delivery": {"fr": "Livraison", "en": "Delivery", "ar": "توصيل"},
    "contractor": {"fr": "Prestataire", "en": "Contractor", "ar": "مقدم خدمات"},
    "event": {"fr": "Événement", "en": "Event", "ar": "فعالية"},
    "other": {"fr": "Visite", "en": "Visit", "ar": "زيارة"},
}

_COMMON = {
    "fr": (
        "Bienvenue au Technopark. En signant, je m'engage à respecter les règles suivantes pendant ma visite\u00a0:\n"
        "1. Je porte mon badge visiteur de façon visible et je le rends à l'accueil en partant.\n"
        "2. Je reste accompagné(e) de mon hôte en dehors des espaces communs et je n'entre pas dans les zones "
        "signalées comme réservées.\n"
        "3. Je respecte les consignes de sécurité et, en cas d'alarme, je suis le personnel jusqu'au point de "
        "rassemblement.\n"
        "4. Je ne photographie ni ne filme les locaux, les écrans ou les personnes sans autorisation.\n"
        "5. Je garde confidentielle toute information que je pourrais voir ou entendre sur les sociétés "
        "hébergées."
    ),
    "en": (
        "Welcome to the Technopark. By signing, I agree to follow these rules during my visit:\n"
        "1. I wear my visitor badge where it can be seen and return it to reception when I leave.\n"
        "2. I stay with my host outside the common areas and do not enter areas marked as restricted.\n"
        "3. I follow the safety instructions and, if the alarm sounds, I follow the staff to the assembly "
        "point.\n"
        "4. I do not photograph or film the premises, screens or people without permission.\n"
        "5. I keep confidential any information I may see or hear about the companies based here."
    ),
    "ar": (
        "مرحبا بكم في التكنوبارك. بتوقيعي، ألتزم باحترام القواعد التالية أثناء زيارتي:\n"
        "1. أضع شارة الزائر بشكل ظاهر وأعيدها إلى الاستقبال عند المغادرة.\n"
        "2. أبقى برفقة مضيفي خارج الفضاءات المشتركة، ولا أدخل المناطق المشار إليها على أنها محظورة.\n"
        "3. أحترم تعليمات السلامة، وعند سماع الإنذار أتبع الموظفين إلى نقطة التجمع.\n"
        "4. لا ألتقط صورا ولا أصور مقاطع فيديو للمباني أو الشاشات أو الأشخاص دون إذن.\n"
        "5. أحافظ على سرية كل معلومة قد أراها أو أسمعها عن الشركات المستقرة هنا."
    ),
}

_CLAUSES = {
    "meeting": {
        "fr": "Réunion\u00a0: je me rends directement auprès de mon hôte ou dans la salle réservée, et je repars par "
              "l'accueil.",
        "en": "Meeting: I go straight to my host or to the booked room, and leave through reception.",
        "ar": "اجتماع: أتوجه مباشرة إلى مضيفي أو إلى القاعة المحجوزة، وأغادر عبر الاستقبال.",
    },
    "interview": {
        "fr": "Entretien\u00a0: ce qui est dit pendant l'entretien reste confidentiel, de part et d'autre.",
        "en": "Interview: what is said during the interview stays confidential, on both sides.",
        "ar": "مقابلة: يبقى ما يقال خلال المقابلة سريا بالنسبة للطرفين.",
    },
    "delivery": {
        "fr": "Livraison\u00a0: je dépose les colis à l'accueil ou à l'endroit indiqué et je ne laisse aucun "
              "véhicule sur les voies réservées aux secours.",
        "en": "Delivery: I leave parcels at reception or where I am shown, and never leave a vehicle on the "
              "emergency access routes.",
        "ar": "توصيل: أسلم الطرود في الاستقبال أو في المكان المحدد، ولا أترك أي مركبة في الممرات المخصصة "
              "للإسعاف والإنقاذ.",
    },
    "contractor": {
        "fr": "Prestataire\u00a0: je ne commence aucun travail sans l'accord écrit des services généraux\u00a0; "
              "je porte les équipements de protection exigés, je signale aussitôt tout incident et je laisse les "
              "lieux propres et sûrs.",
        "en": "Contractor: I start no work without the written approval of facilities; I wear the protective "
              "equipment required, report any incident at once and leave the place clean and safe.",
        "ar": "مقدم خدمات: لا أبدأ أي عمل دون موافقة كتابية من المصالح العامة، وأرتدي معدات الوقاية "
              "المطلوبة، وأبلغ فورا عن أي حادث، وأترك المكان نظيفا وآمنا.",
    },
    "event": {
        "fr": "Événement\u00a0: des photos et des vidéos peuvent être prises pendant l'événement\u00a0; je le dis à "
              "l'accueil si je ne souhaite pas y figurer.",
        "en": "Event: photos and videos may be taken during the event; I tell reception if I do not wish to "
              "appear in them.",
        "ar": "فعالية: قد تلتقط صور ومقاطع فيديو خلال الفعالية، وأخبر الاستقبال إذا كنت لا أرغب في الظهور فيها.",
    },
    "other": {"fr": "", "en": "", "ar": ""},
}

_PRIVACY = {
    "fr": "Données personnelles\u00a0: mon nom, ma société, ma signature et les heures de ma visite sont enregistrés "
          "par l'accueil pour la sécurité du site et conservés au plus pendant la durée fixée par le "
          "Technopark, conformément à la loi 09-08 (CNDP). Je peux demander à l'accueil d'y accéder, de les "
          "rectifier ou de les effacer.",
    "en": "Personal data: reception records my name, company, signature and the times of my visit for the "
          "site's security; they are kept no longer than the period set by the Technopark, under Moroccan law "
          "09-08 (CNDP). I may ask reception to see, correct or erase them.",
    "ar": "المعطيات الشخصية: يسجل الاستقبال اسمي وشركتي وتوقيعي وأوقات زيارتي من أجل أمن الموقع، ولا تحفظ "
          "أكثر من المدة التي يحددها التكنوبارك، طبقا للقانون 09-08 (اللجنة الوطنية لمراقبة حماية المعطيات "
          "ذات الطابع الشخصي). يمكنني أن أطلب من الاستقبال الاطلاع عليها أو تصحيحها أو محوها.",
}


def default_text(visit_type: str, language: str) -> tuple[str, str]:
    """(title, body) shipped for a visit type in a language; an unknown type gets the general text."""
    kind = _KINDS.get(visit_type, _KINDS["other"])
    clause = _CLAUSES.get(visit_type, _CLAUSES["other"])[language]
    paragraphs = [_COMMON[language], clause, _PRIVACY[language]]
    return _TITLES[language].format(kind=kind[language]), "\n\n".join(p for p in paragraphs if p)
