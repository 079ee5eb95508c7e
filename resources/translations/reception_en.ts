<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementStatus</name>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="60"/>
        <source>Faire signer l&apos;accord…</source>
        <translation>Have the agreement signed…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="62"/>
        <source>Accord signé (PDF)…</source>
        <translation>Signed agreement (PDF)…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="102"/>
        <source>Accord signé le {when} (version {version}, empreinte {sha})</source>
        <translation>Agreement signed on {when} (version {version}, fingerprint {sha})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="103"/>
        <source>Accord valide : signé le {when} lors d&apos;une visite précédente (version {version}, empreinte {sha})</source>
        <translation>Valid agreement: signed on {when} at an earlier visit (version {version}, fingerprint {sha})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="108"/>
        <source>Accord à signer : ce type de visite le demande.</source>
        <translation>Agreement to sign: this visit type requires one.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="111"/>
        <source>Pas d&apos;accord demandé pour ce type de visite.</source>
        <translation>No agreement required for this visit type.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="137"/>
        <source>Accord signé</source>
        <translation>Signed agreement</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="23"/>
        <source>Type de visite</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="24"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="25"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="26"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="27"/>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="31"/>
        <source>Le texte que chaque visiteur signe, par type de visite et par langue. Publier une nouvelle version oblige chaque visiteur de ce type à signer de nouveau ; les accords déjà signés gardent leur version et leur empreinte.</source>
        <translation>The text each visitor signs, by visit type and language. Publishing a new version makes every visitor of that type sign again; agreements already signed keep their version and fingerprint.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="36"/>
        <source>&amp;Publier une nouvelle version…</source>
        <translation>&amp;Publish a new version…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="70"/>
        <source>Nouvelle version : {kind} ({language})</source>
        <translation>New version: {kind} ({language})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="74"/>
        <source>Version en vigueur : {version}. La version {next} s&apos;appliquera dès l&apos;enregistrement.</source>
        <translation>Version in force: {version}. Version {next} applies as soon as it is saved.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="76"/>
        <source>Publier</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="77"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="81"/>
        <source>Te&amp;xte</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/agreements_tab.py" line="88"/>
        <source>Nouvelle version publiée : les visiteurs « {kind} » signeront de nouveau.</source>
        <translation>New version published: “{kind}” visitors will sign again.</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="19"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="29"/>
        <location filename="../../reception/ui/settings/backups_box.py" line="54"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="48"/>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="59"/>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="62"/>
        <source>Dernière sauvegarde le {when} ({size} Mo) · {count} conservée(s) depuis le {day}</source>
        <translation>Last backup on {when} ({size} MB) · {count} kept since {day}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="69"/>
        <source>Sauvegarde non faite le {when} : {why}.</source>
        <translation>Backup not taken on {when}: {why}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="70"/>
        <source>Échec de la sauvegarde du {when} : {why}.</source>
        <translation>Backup of {when} failed: {why}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/backups_box.py" line="72"/>
        <source>Une par jour, vérifiée ; au plus 7 quotidiennes et 4 hebdomadaires, dans {folder}</source>
        <translation>One a day, verified; at most 7 daily and 4 weekly, in {folder}</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="64"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="65"/>
        <source>Badges ({count})</source>
        <translation>Badges ({count})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="70"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="71"/>
        <source>Réimprimer le badge n° {number} de {name} ? La réimpression est enregistrée.</source>
        <translation>Reprint badge no. {number} for {name}? The reprint will be recorded.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="80"/>
        <source>Réservation</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="80"/>
        <source>Nouvelle réservation</source>
        <translation>New booking</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="86"/>
        <source>%1 — %n pl.</source>
        <translation>
            <numerusform>%1 — %n seat</numerusform>
            <numerusform>%1 — %n seats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="99"/>
        <source>Objet de la réunion</source>
        <translation>Meeting subject</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="111"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="113"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="119"/>
        <source>&amp;Salle</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="120"/>
        <source>S&amp;ociété</source>
        <translation>C&amp;ompany</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="121"/>
        <source>O&amp;rganisateur</source>
        <translation>Or&amp;ganiser</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="122"/>
        <source>O&amp;bjet</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="123"/>
        <source>&amp;Quand</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="125"/>
        <source>&amp;Participants</source>
        <translation>&amp;Attendees</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="126"/>
        <source>Autorisation du responsable…</source>
        <translation>Manager approval…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="131"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="147"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="316"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="436"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="152"/>
        <source>Présent</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="153"/>
        <source>Annuler la réservation</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="158"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="396"/>
        <source>Annuler la série</source>
        <translation>Cancel the series</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="163"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="186"/>
        <source>&lt;b&gt;Conflit de synchronisation : à arbitrer par un responsable.&lt;/b&gt;&lt;br&gt;Un autre poste a réservé cette salle sur un créneau qui chevauche celui-ci&#xa0;; les deux réservations sont gardées jusqu&apos;à ce que l&apos;une soit déplacée ou annulée.</source>
        <translation>&lt;b&gt;Sync conflict: a manager must settle it.&lt;/b&gt;&lt;br&gt;Another desk booked this room for an overlapping slot; both bookings are kept until one of them is moved or cancelled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="197"/>
        <source>Répéter</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="201"/>
        <source>Chaque jour</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="201"/>
        <source>Chaque semaine</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="202"/>
        <source>Chaque mois, même date</source>
        <translation>Monthly, same date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="203"/>
        <source>Chaque mois, même jour (ex. 2e mardi)</source>
        <translation>Monthly, same weekday (e.g. 2nd Tuesday)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="218"/>
        <source>jusqu&apos;à la date</source>
        <translation>until the end date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="223"/>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="224"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="225"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="226"/>
        <source>Ou nombre de fois</source>
        <translation>Or number of times</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="227"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="275"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="281"/>
        <source>Liste des organisateurs indisponible</source>
        <translation>Organiser list unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="302"/>
        <source>Vérification du créneau impossible</source>
        <translation>Could not check the time slot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="352"/>
        <source>%n occurrence(s) en conflit sur %1. Réserver seulement les libres ?</source>
        <translation>
            <numerusform>%n occurrence conflicts out of %1. Book only the free ones?</numerusform>
            <numerusform>%n occurrences conflict out of %1. Book only the free ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="356"/>
        <source>Réserver les %n libres</source>
        <translation>
            <numerusform>Book the %n free one</numerusform>
            <numerusform>Book the %n free ones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="385"/>
        <source>Série de réservations indisponible</source>
        <translation>Booking series unavailable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="438"/>
        <source>%n occurrence(s) en conflit : la série ne peut pas être modifiée ainsi. Choisissez une autre salle ou un autre horaire.</source>
        <translation>
            <numerusform>%n occurrence clashes: the series cannot be changed this way. Choose another room or another time.</numerusform>
            <numerusform>%n occurrences clash: the series cannot be changed this way. Choose another room or another time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="442"/>
        <source>Modifier les %n occurrence(s) à venir de la série ?</source>
        <translation>
            <numerusform>Change the %n upcoming occurrence of the series?</numerusform>
            <numerusform>Change the %n upcoming occurrences of the series?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="444"/>
        <source>Modifier %n occurrence(s)</source>
        <translation>
            <numerusform>Change %n occurrence</numerusform>
            <numerusform>Change %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="453"/>
        <source>Annuler les %n occurrence(s) à venir de la série, y compris celles modifiées une à une ?</source>
        <translation>
            <numerusform>Cancel the %n upcoming occurrence of the series, including any changed on its own?</numerusform>
            <numerusform>Cancel the %n upcoming occurrences of the series, including those changed one by one?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="455"/>
        <source>Confirmer l&apos;annulation de la série</source>
        <translation>Confirm cancelling the series</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="474"/>
        <source>%1 participants pour %2 places dans « %3 ».</source>
        <translation>%1 attendees for %2 seats in “%3”.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="478"/>
        <source>Dépassement de capacité</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="479"/>
        <source>Un responsable doit autoriser ce dépassement de capacité.</source>
        <translation>A manager must approve going over capacity.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="480"/>
        <source>Autoriser et enregistrer</source>
        <translation>Approve and save</translation>
    </message>
</context>
<context>
    <name>CafeteriaPage</name>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="24"/>
        <source>Vente</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="26"/>
        <source>Ventes</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="29"/>
        <source>Tarifs</source>
        <translation>Prices</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="48"/>
        <source>CIN</source>
        <translation>National ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="49"/>
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="50"/>
        <source>Carte de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="51"/>
        <source>Permis de conduire</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="75"/>
        <location filename="../../reception/ui/visitors/checkin.py" line="104"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="76"/>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="76"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="77"/>
        <source>3 lettres pour retrouver un visiteur</source>
        <translation>Type 3 letters to find a visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="83"/>
        <source>nom@societe.ma</source>
        <translation>name@company.ma</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="86"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="90"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="90"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="91"/>
        <source>3 lettres : nom de la personne ou de la société</source>
        <translation>3 letters: person&apos;s or company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="92"/>
        <source>Absente de l&apos;annuaire ? A&amp;jouter la personne…</source>
        <translation>Not in the directory? &amp;Add the person…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="100"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="107"/>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="107"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="108"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="199"/>
        <source> (à confirmer)</source>
        <translation> (to be confirmed)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="217"/>
        <source>{name} ajouté(e) comme personne visitée, à confirmer par les services généraux.</source>
        <translation>{name} added as a host, to be confirmed by facilities.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="298"/>
        <source>Pas de caméra : les photos des visiteurs ne sont pas prises.</source>
        <translation>No camera: visitors&apos; photos are not taken.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="360"/>
        <source>attendu(e) aujourd&apos;hui</source>
        <translation>expected today</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="109"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="109"/>
        <source>Té&amp;léphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="110"/>
        <source>Pièce d&apos;&amp;identité</source>
        <translation>&amp;ID document</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="111"/>
        <source>N° de pièce</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="114"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="117"/>
        <source>Personne &amp;visitée</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="118"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="119"/>
        <source>&amp;Fin prévue</source>
        <translation>E&amp;xpected end</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="119"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="125"/>
        <source>Enregistrer l&apos;arrivée  (Ctrl+Entrée)</source>
        <translation>Record arrival  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="129"/>
        <source>Nouveau visiteur</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="134"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="181"/>
        <source>enregistré : {masked}</source>
        <translation>on file: {masked}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="256"/>
        <source>Heure attendue au format hh:mm (exemple : 16:30).</source>
        <translation>Enter a time as hh:mm (for example 16:30).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="279"/>
        <source>{name} est arrivé(e) à {time} — badge n° {number}.</source>
        <translation>{name} arrived at {time} — badge no. {number}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="351"/>
        <source>Entrée refusée à {name} par {manager}.</source>
        <translation>Entry refused to {name} by {manager}.</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="124"/>
        <source>Clôturer la caisse — session n° {n}</source>
        <translation>Close the till — session no. {n}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="127"/>
        <source>Clôturer</source>
        <translation>Close till</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="131"/>
        <source>&lt;b&gt;Billets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="132"/>
        <source>&lt;b&gt;Pièces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coins&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="155"/>
        <source>Espèces attendues</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="156"/>
        <source>Espèces comptées</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="157"/>
        <source>Écart</source>
        <translation>Variance</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <location filename="../../reception/ui/startup.py" line="85"/>
        <source>Vérification de la base…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="86"/>
        <source>Sauvegarde avant la mise à jour…</source>
        <translation>Backing up before the update…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="87"/>
        <source>Mise à jour de la base…</source>
        <translation>Updating the database…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="88"/>
        <source>Restauration de la sauvegarde…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="101"/>
        <source>Version trop ancienne</source>
        <translation>Version too old</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="103"/>
        <source>Mise à jour de la base impossible</source>
        <translation>Database update failed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="105"/>
        <source>Console d&apos;accueil</source>
        <translation>Reception console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="109"/>
        <source>Base de données introuvable</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="110"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="113"/>
        <source>Aucune sauvegarde valide n&apos;a été trouvée. Appelez le support informatique.</source>
        <translation>No valid backup was found. Call IT support.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="117"/>
        <source>Restaurer la dernière sauvegarde valide ({name}) ? Les saisies faites depuis cette sauvegarde seront perdues sur ce poste.</source>
        <translation>Restore the latest valid backup ({name})? Anything entered since that backup will be lost on this desk.</translation>
    </message>
</context>
<context>
    <name>DigestTimer</name>
    <message>
        <location filename="../../reception/ui/reports/digest_timer.py" line="57"/>
        <source>Résumé du jour non enregistré</source>
        <translation>Daily digest not saved</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="53"/>
        <source>Rechercher une société…</source>
        <translation>Search for a company…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="56"/>
        <source>Afficher les fiches désactivées</source>
        <translation>Show deactivated records</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="59"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="60"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="61"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="62"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="65"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="66"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="67"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="68"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="73"/>
        <source>L&apos;annuaire est vide. Importez celui du parc (Importer un CSV…, colonnes société;nom;prenom;…) ou ajoutez une première société (Nouvelle société…).</source>
        <translation>The directory is empty. Import the park&apos;s (Import a CSV…, columns societe;nom;prenom;…) or add a first company (New company…).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="76"/>
        <source>Choisissez une société à gauche ; si elle n&apos;a encore personne, ajoutez ses salariés (Nouveau salarié…).</source>
        <translation>Choose a company on the left; if it has nobody yet, add its employees (New employee…).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="80"/>
        <source>Importer un CSV…</source>
        <translation>Import a CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="83"/>
        <source>Nouvelle société…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="83"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="86"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="84"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="87"/>
        <source>Désactiver / réactiver</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="86"/>
        <source>Nouveau salarié…</source>
        <translation>New employee…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="103"/>
        <source>Choisissez une société pour voir ses salariés.</source>
        <translation>Select a company to see its employees.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="148"/>
        <source>Salariés de {name}</source>
        <translation>Employees of {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="163"/>
        <source>Modifier la société</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="163"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="167"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="205"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="168"/>
        <source>&amp;ICE</source>
        <translation>&amp;ICE</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="169"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="170"/>
        <source>É&amp;tage</source>
        <translation>F&amp;loor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="171"/>
        <source>&amp;Bureau</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="175"/>
        <source>&amp;Arrivée</source>
        <translation>&amp;Moved in</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="198"/>
        <source>Modifier le salarié</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="198"/>
        <source>Nouveau salarié — {company}</source>
        <translation>New employee — {company}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="206"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="207"/>
        <source>&amp;Fonction</source>
        <translation>Job &amp;title</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="208"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="209"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="237"/>
        <source>Importer des salariés</source>
        <translation>Import employees</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="238"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="248"/>
        <source>Import en cours… {0} %</source>
        <translation>Importing… {0} %</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="251"/>
        <source>Import terminé : {tenants} société(s) créée(s), {employees} salarié(s) ajouté(s), {updated} mis à jour.</source>
        <translation>Import finished: {tenants} company(ies) created, {employees} employee(s) added, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception/ui/errors.py" line="27"/>
        <source>Une erreur inattendue est survenue. Elle a été enregistrée ; vous pouvez continuer.</source>
        <translation>An unexpected error occurred. It has been logged; you may carry on.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="56"/>
        <location filename="../../reception/ui/errors.py" line="70"/>
        <source>Désolé</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="68"/>
        <source>Opération refusée</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="75"/>
        <source>erreur inattendue (détail dans le journal)</source>
        <translation>unexpected error (details in the log)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="96"/>
        <source>{what} : {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="43"/>
        <source>Attendu(e)</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="44"/>
        <source>Arrivé(e)</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="45"/>
        <source>Annulé(e)</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="47"/>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="48"/>
        <source>Envoyée</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="49"/>
        <source>Refusée par le serveur</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="51"/>
        <source>Annulation en attente d&apos;envoi</source>
        <translation>Cancellation waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="52"/>
        <source>Annulation envoyée</source>
        <translation>Cancellation sent</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="53"/>
        <source>Annulation refusée par le serveur</source>
        <translation>Cancellation refused by the server</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="72"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="73"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="74"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="75"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="76"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="77"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="78"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="83"/>
        <source>Aucun visiteur attendu ce jour. Importez une liste d&apos;invités (Alt+I), ou choisissez un autre jour.</source>
        <translation>No visitor expected on this day. Import a guest list (Alt+I), or choose another day.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="86"/>
        <source>Faire &amp;entrer la sélection</source>
        <translation>C&amp;heck in selected</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="89"/>
        <source>&amp;Importer une liste d&apos;invités…</source>
        <translation>&amp;Import a guest list…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="91"/>
        <source>Pré-enregistrer &amp;un visiteur…</source>
        <translation>Pre-register a &amp;guest…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="93"/>
        <source>Déco&amp;mmander</source>
        <translation>Cancel &amp;visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="104"/>
        <source>Ctrl+A sélectionne toute la liste.</source>
        <translation>Ctrl+A selects the whole list.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="127"/>
        <source>{waiting} attendu(s) sur {total} aujourd&apos;hui</source>
        <translation>{waiting} of {total} still expected today</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="153"/>
        <source>{name} attendu(e) le {day} ; son invitation part par e-mail.</source>
        <translation>{name} expected on {day}; their invitation is on its way by e-mail.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="155"/>
        <source>{name} attendu(e) le {day} ; pas d&apos;invitation (pas d&apos;adresse e-mail, ou invitations désactivées dans Paramètres).</source>
        <translation>{name} expected on {day}; no invitation (no e-mail address, or invitations turned off in Settings).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="165"/>
        <source>Sélectionnez un visiteur encore attendu pour le décommander.</source>
        <translation>Select a visitor still expected to cancel their visit.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="168"/>
        <source>Décommander</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="169"/>
        <source>Décommander {name} ? Son invitation est retirée, ou une annulation lui est envoyée si elle est déjà partie.</source>
        <translation>Cancel the visit of {name}? Their invitation is withdrawn, or a cancellation is sent if it has already left.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="175"/>
        <source>{name} est décommandé(e).</source>
        <translation>The visit of {name} is cancelled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="183"/>
        <source>Liste d&apos;invités</source>
        <translation>Guest list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="184"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="194"/>
        <source>{count} invité(s) importé(s) ; {invited} invitation(s) partent par e-mail.</source>
        <translation>{count} guest(s) imported; {invited} invitation(s) leave by e-mail.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="40"/>
        <source>Premier démarrage</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="42"/>
        <source>Aucun compte n&apos;existe encore. Créez le compte administrateur de ce poste : il servira à créer les comptes des réceptionnistes et des responsables. Indiquez ensuite le site et le poste.</source>
        <translation>No account exists yet. Create this desk&apos;s administrator account: it will create the receptionists&apos; and managers&apos; accounts. Then say which site and desk this is.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="46"/>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="59"/>
        <source>Compte administrateur</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="60"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="61"/>
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="62"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="63"/>
        <source>{n} caractères au moins.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="64"/>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="66"/>
        <source>Ce poste</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="67"/>
        <source>Code du &amp;site</source>
        <translation>&amp;Site code</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="68"/>
        <source>2 à 6 lettres, le même pour tout le site.</source>
        <translation>2 to 6 letters, the same for the whole site.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="69"/>
        <source>Nom du si&amp;te</source>
        <translation>Site &amp;name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="70"/>
        <source>&amp;Ville</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="71"/>
        <source>Code du &amp;poste</source>
        <translation>&amp;Desk code</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="72"/>
        <source>Code du site, tiret, poste : CAS-A1.</source>
        <translation>Site code, hyphen, desk: CAS-A1.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="73"/>
        <source>Nom du post&amp;e</source>
        <translation>Desk na&amp;me</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../reception/ui/first_start.py" line="90"/>
        <source>Premier démarrage</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="109"/>
        <source>Bienvenue sur la console d&apos;accueil</source>
        <translation>Welcome to the reception console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="111"/>
        <source>Comment ce poste va-t-il travailler ?</source>
        <translation>How will this desk work?</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="114"/>
        <source>Poste autonome</source>
        <translation>Standalone desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="115"/>
        <source>Ce PC travaille seul, sans base centrale. Vous créez son compte administrateur.</source>
        <translation>This PC works on its own, without a central database. You create its administrator account.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="117"/>
        <location filename="../../reception/ui/first_start.py" line="148"/>
        <source>Rejoindre le réseau</source>
        <translation>Join the network</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="118"/>
        <source>Le siège a créé ce poste et vous a donné l&apos;adresse de la base centrale et un code d&apos;inscription. Le poste télécharge son site : comptes, entreprises, salles, prix.</source>
        <translation>Head office created this desk and gave you the central database&apos;s address and an enrolment code. The desk downloads its site: accounts, companies, rooms, prices.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="122"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="150"/>
        <source>Saisissez ce que le siège vous a donné. Le code ne sert qu&apos;une fois ; les majuscules, espaces et tirets n&apos;ont pas d&apos;importance.</source>
        <translation>Type what head office gave you. The code works only once; capitals, spaces and dashes do not matter.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="158"/>
        <source>serveur:5432/reception</source>
        <translation>server:5432/reception</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="162"/>
        <source>&amp;Adresse de la base centrale</source>
        <translation>Central database &amp;address</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="163"/>
        <source>&amp;Code d&apos;inscription</source>
        <translation>Enrolment &amp;code</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="174"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="176"/>
        <source>Re&amp;joindre</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="233"/>
        <source>Ré&amp;essayer le téléchargement</source>
        <translation>&amp;Retry the download</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_start.py" line="234"/>
        <source>Poste inscrit, mais le téléchargement du site s&apos;est arrêté : {why}</source>
        <translation>Desk enrolled, but the site&apos;s download stopped: {why}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../reception/ui/forms.py" line="172"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="23"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>GuestListDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="208"/>
        <source>Importer une liste d&apos;invités</source>
        <translation>Import a guest list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="216"/>
        <source>Personne</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="216"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="220"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="221"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="222"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="223"/>
        <source>Invités reçus par</source>
        <translation>Guests received by</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="225"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="245"/>
        <source>Donnez le nom de l&apos;événement.</source>
        <translation>Enter the event name.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="58"/>
        <source>sur site</source>
        <translation>on site</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="64"/>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="65"/>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="66"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="67"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="68"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="69"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="70"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="71"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="115"/>
        <source>Comptage des visites impossible</source>
        <translation>Could not count the visits</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="183"/>
        <source>Aucune visite pour cette recherche. Les visites s&apos;enregistrent dans l&apos;onglet Arrivée (Alt+A) ; ici, élargissez les dates ou effacez le nom recherché.</source>
        <translation>No visit for this search. Visits are recorded in the Check-in tab (Alt+K); here, widen the dates or clear the name searched.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="189"/>
        <source>Nom du visiteur</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="191"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="193"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="195"/>
        <source>Toutes les sociétés</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="197"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="201"/>
        <source>&amp;Rechercher</source>
        <translation>Sear&amp;ch</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="208"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="210"/>
        <source>Exporter Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="219"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="221"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="242"/>
        <source>Liste des sociétés indisponible</source>
        <translation>Company list unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="268"/>
        <source>{shown} affichée(s) sur plus de {cap} visites</source>
        <translation>{shown} shown of more than {cap} visits</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="271"/>
        <source>{shown} affichée(s) sur {total} visite(s)</source>
        <translation>{shown} of {total} visit(s) shown</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="277"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="277"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="278"/>
        <source>Exporter l&apos;historique</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="293"/>
        <source>Export de l&apos;historique en cours…</source>
        <translation>Exporting the history…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="296"/>
        <source>Export de l&apos;historique : {count} visites lues…</source>
        <translation>Exporting the history: {count} visits read…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="300"/>
        <source>Historique exporté : {file}</source>
        <translation>History exported: {file}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="303"/>
        <source>Export de l&apos;historique impossible</source>
        <translation>The history could not be exported</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reception/ui/home/page.py" line="109"/>
        <source>Aucun indicateur pour votre rôle pour l&apos;instant.</source>
        <translation>No figures for your role yet.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="155"/>
        <source>Indicateurs de l&apos;accueil indisponibles</source>
        <translation>Home figures unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="160"/>
        <source>Bonjour, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="160"/>
        <source>Bonsoir, %1</source>
        <translation>Good evening, %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="22"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="22"/>
        <source>Poste</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="23"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="23"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="24"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="24"/>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="100"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="100"/>
        <source>Action ou préfixe (visits.)</source>
        <translation>Action or prefix (visits.)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="101"/>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="106"/>
        <source>Filtrer</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="109"/>
        <source>Vérifier l&apos;intégrité</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="111"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="113"/>
        <source>Exporter en CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="114"/>
        <source>Exporter en XLSX</source>
        <translation>Export as XLSX</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="117"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="117"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="143"/>
        <source>Aucun événement pour ces filtres. Élargissez les dates ou videz les filtres : chaque action faite à la console (connexions, arrivées, ventes, réglages) s&apos;inscrit ici.</source>
        <translation>No event for these filters. Widen the dates or clear the filters: every action at the console (log-ins, check-ins, sales, settings) is recorded here.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="147"/>
        <location filename="../../reception/ui/journal/page.py" line="229"/>
        <source>Sélectionnez un événement pour voir ce qui a changé.</source>
        <translation>Select an event to see what changed.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="160"/>
        <source>Aucun avant/après enregistré pour cet événement.</source>
        <translation>No before/after recorded for this event.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="174"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="191"/>
        <source>Suggestions du journal indisponibles</source>
        <translation>Audit trail suggestions unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="218"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="223"/>
        <source> (faites défiler pour la suite)</source>
        <translation> (scroll for more)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/journal/page.py" line="224"/>
        <source>%n événement(s) affiché(s)</source>
        <translation>
            <numerusform>%n event shown</numerusform>
            <numerusform>%n events shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="232"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — n° %2 au poste %3, par %4, le %5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — no. %2 at desk %3, by %4, on %5 (%6)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="266"/>
        <source>Vérification de la chaîne…</source>
        <translation>Verifying the chain…</translation>
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
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="301"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="306"/>
        <source>Exporté : %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="139"/>
        <source>Bienvenue !</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="140"/>
        <source>Votre badge s&apos;imprime : prenez-le à l&apos;accueil.</source>
        <translation>Your badge is printing: please collect it at the reception desk.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="141"/>
        <source>Merci de vous adresser à l&apos;accueil.</source>
        <translation>Please go to the reception desk.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="142"/>
        <source>Un membre de l&apos;équipe va s&apos;occuper de vous.</source>
        <translation>A member of our team will look after you.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="222"/>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="223"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="398"/>
        <source>{host} est prévenu(e) de votre arrivée.</source>
        <translation>{host} has been told you are here.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/window.py" line="461"/>
        <source>Un incident est survenu. Merci de vous adresser à l&apos;accueil.</source>
        <translation>Something went wrong. Please go to the reception desk.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="146"/>
        <source>Bienvenue au Technopark</source>
        <translation>Welcome to Technopark</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="147"/>
        <source>Enregistrez votre arrivée ici, en moins d&apos;une minute.</source>
        <translation>Sign in here in less than a minute.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="148"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="158"/>
        <source>Vos données personnelles</source>
        <translation>Your personal data</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="159"/>
        <source>Votre nom, votre organisation, la personne que vous venez voir, votre signature et votre photo servent uniquement à contrôler l&apos;accès au bâtiment et à prévenir votre hôte. Ils restent au Technopark et sont effacés après la durée de conservation fixée par le site.</source>
        <translation>Your name, organisation, the person you are visiting, your signature and your photo are used only to control access to the building and to let your host know you are here. They stay at Technopark and are erased after the retention period set by the site.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="163"/>
        <source>Conformément à la loi 09-08, vous pouvez y accéder, les faire rectifier ou vous opposer à leur traitement en vous adressant à l&apos;accueil. Traitement déclaré à la CNDP.</source>
        <translation>Under Moroccan law 09-08 you may access, correct or object to the processing of this data by asking at the reception desk. Processing declared to the CNDP.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="167"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="210"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="235"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="267"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="168"/>
        <source>J&apos;ai compris</source>
        <translation>I understand</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="181"/>
        <source>Vous avez une invitation ?</source>
        <translation>Do you have an invitation?</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="182"/>
        <source>Présentez son QR code (ou votre badge) devant le lecteur.</source>
        <translation>Hold its QR code (or your badge) in front of the scanner.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="189"/>
        <source>Sans invitation</source>
        <translation>No invitation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="191"/>
        <source>Je suis déjà venu(e)</source>
        <translation>I have been here before</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="204"/>
        <source>Votre e-mail ou votre téléphone</source>
        <translation>Your e-mail or phone number</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="205"/>
        <source>Celui que vous avez donné lors de votre dernière visite.</source>
        <translation>The one you gave on your last visit.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="206"/>
        <source>nom@exemple.ma ou 06 12 34 56 78</source>
        <translation>name@example.com or 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="211"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="236"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="268"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="224"/>
        <source>Qui êtes-vous ?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="225"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="226"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="227"/>
        <source>Organisation (facultatif)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="251"/>
        <source>Qui venez-vous voir ?</source>
        <translation>Who are you visiting?</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="252"/>
        <source>Tapez au moins trois lettres de son nom</source>
        <translation>Type at least three letters of their name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="260"/>
        <source>Motif de la visite</source>
        <translation>Reason for the visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="340"/>
        <source>Ce n&apos;est pas moi</source>
        <translation>This is not me</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="341"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="357"/>
        <source>Bonjour {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="360"/>
        <source>Vous venez voir {host} ({company}).</source>
        <translation>You are visiting {host} ({company}).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="369"/>
        <source>Une photo pour votre badge</source>
        <translation>A photo for your badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="370"/>
        <source>Regardez la caméra, puis touchez « Prendre la photo ».</source>
        <translation>Look at the camera, then tap “Take the photo”.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="380"/>
        <source>Passer</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="381"/>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="405"/>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="427"/>
        <location filename="../../reception/ui/kiosk/screens.py" line="437"/>
        <source>Quitter la borne</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="428"/>
        <source>Réservé au personnel : identifiant et mot de passe d&apos;un responsable.</source>
        <translation>Staff only: a manager&apos;s user name and password.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="429"/>
        <source>Identifiant</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="430"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="436"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="462"/>
        <source>Signez avec le doigt dans le cadre ci-dessous.</source>
        <translation>Sign with your finger in the box below.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="470"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="471"/>
        <source>Je signe</source>
        <translation>I sign</translation>
    </message>
    <message>
        <location filename="../../reception/ui/kiosk/screens.py" line="485"/>
        <source>Signez d&apos;abord dans le cadre.</source>
        <translation>Please sign in the box first.</translation>
    </message>
</context>
<context>
    <name>KioskWatch</name>
    <message>
        <location filename="../../reception/ui/visitors/kiosk_watch.py" line="59"/>
        <source>Borne : {names} à recevoir à l&apos;accueil (liste de vigilance)</source>
        <translation>Kiosk: {names} to be seen at the desk (watch list)</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="84"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="87"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="90"/>
        <source>Changer d&apos;utilisateur</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="103"/>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="106"/>
        <source>{name} — saisissez votre mot de passe pour reprendre.</source>
        <translation>{name} — enter your password to resume.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="111"/>
        <source>Les badges et les invitations se scannent aussi pendant le verrouillage.</source>
        <translation>Badges and invitations can still be scanned while the session is locked.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../reception/ui/login.py" line="68"/>
        <location filename="../../reception/ui/login.py" line="70"/>
        <source>Console d&apos;accueil</source>
        <translation>Reception console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="71"/>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="75"/>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="77"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="79"/>
        <location filename="../../reception/ui/login.py" line="182"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="94"/>
        <source>Console d&apos;accueil — {site}</source>
        <translation>Reception console — {site}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="96"/>
        <source>{desk} · poste {code}</source>
        <translation>{desk} · desk {code}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="120"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="120"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="153"/>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="159"/>
        <source>En attente de la base…</source>
        <translation>Waiting for the database…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="182"/>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <location filename="../../reception/ui/visitors/lookup.py" line="71"/>
        <source>Recherche de visiteurs impossible</source>
        <translation>Visitor search failed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception/ui/main_window.py" line="50"/>
        <source>Console d&apos;accueil — {site}</source>
        <translation>Reception console — {site}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="121"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="122"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="123"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="125"/>
        <location filename="../../reception/ui/main_window.py" line="261"/>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="127"/>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="133"/>
        <source>Afficha&amp;ge</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="136"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="138"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="170"/>
        <source>Poste {code} · {name}</source>
        <translation>Desk {code} · {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="182"/>
        <source>Dernière synchro : {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="262"/>
        <source>&lt;b&gt;Console d&apos;accueil&lt;/b&gt; — version {version}&lt;br&gt;Accueil des visiteurs, salles de réunion et cafétéria du technopark.</source>
        <translation>&lt;b&gt;Reception console&lt;/b&gt; — version {version}&lt;br&gt;Visitors, meeting rooms and cafeteria for the technopark.</translation>
    </message>
</context>
<context>
    <name>ManageTab</name>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="63"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="58"/>
        <source>Projecteur, Écran, Visioconférence, Tableau blanc</source>
        <translation>Projector, Screen, Video conferencing, Whiteboard</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="67"/>
        <location filename="../../reception/ui/rooms/manage.py" line="68"/>
        <source>horaires du site</source>
        <translation>site hours</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="69"/>
        <source>Ouverte à la réservation</source>
        <translation>Open for booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="71"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="34"/>
        <location filename="../../reception/ui/rooms/manage.py" line="71"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="35"/>
        <location filename="../../reception/ui/rooms/manage.py" line="72"/>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="35"/>
        <location filename="../../reception/ui/rooms/manage.py" line="73"/>
        <source>Équipement</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="36"/>
        <source>Prix / heure</source>
        <translation>Price / hour</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="36"/>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="37"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="54"/>
        <source>Aucune salle. Décrivez la première dans le formulaire (nom, places, prix à l&apos;heure) puis « Enregistrer la salle » : elle apparaîtra au planning.</source>
        <translation>No rooms. Describe the first one in the form (name, seats, hourly price), then “Save the room”: it will appear on the planning.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="74"/>
        <source>Prix / heure (DH)</source>
        <translation>Price / hour (DH)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="75"/>
        <source>Ouverture (hh:mm)</source>
        <translation>Opens (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="76"/>
        <source>Fermeture (hh:mm)</source>
        <translation>Closes (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="37"/>
        <location filename="../../reception/ui/rooms/manage.py" line="77"/>
        <source>Battement</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="80"/>
        <source>Nouvelle salle</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="80"/>
        <source>Enregistrer la salle</source>
        <translation>Save room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="34"/>
        <location filename="../../reception/ui/rooms/manage.py" line="87"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="92"/>
        <source>Heures gratuites par mois</source>
        <translation>Free hours per month</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="97"/>
        <source>Enregistrer le forfait</source>
        <translation>Save allowance</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="127"/>
        <source>du site</source>
        <translation>site hours</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="130"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="130"/>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../reception/ui/approval.py" line="53"/>
        <source>Responsable (identifiant)</source>
        <translation>Manager (username)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="54"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="57"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="64"/>
        <source>Autoriser</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../reception/ui/approval.py" line="87"/>
        <source>Validation impossible.</source>
        <translation>Approval failed.</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="42"/>
        <source>Responsable (identifiant)</source>
        <translation>Manager (username)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="43"/>
        <source>Mot de passe du responsable</source>
        <translation>Manager&apos;s password</translation>
    </message>
</context>
<context>
    <name>MissingHostDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="22"/>
        <source>Personne visitée absente de l&apos;annuaire</source>
        <translation>Host not in the directory</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="24"/>
        <source>Le visiteur peut entrer tout de suite : la personne est ajoutée « à confirmer », et les services généraux vérifieront sa fiche.</source>
        <translation>The visitor can come in at once: the person is added “to be confirmed”, and facilities will check the record.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="26"/>
        <source>Ajouter et choisir</source>
        <translation>Add and choose</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="27"/>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="28"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="30"/>
        <source>— choisissez —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="33"/>
        <source>&amp;Société</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="34"/>
        <source>Tapez les premières lettres pour aller à la société.</source>
        <translation>Type the first letters to go to the company.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="36"/>
        <location filename="../../reception/ui/visitors/missing_host.py" line="39"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="37"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/missing_host.py" line="40"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../reception/ui/pages.py" line="82"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="84"/>
        <source>Visiteurs</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="86"/>
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="88"/>
        <source>Cafétéria</source>
        <translation>Cafeteria</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="90"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="92"/>
        <source>Journal</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="94"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OnSiteModel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="51"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="53"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="54"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="55"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="56"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="57"/>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="58"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="59"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>OnSitePanel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="86"/>
        <source>Personne n&apos;est sur site. Les arrivées s&apos;enregistrent dans l&apos;onglet Arrivée (Alt+A) ; un badge scanné à la sortie retire la personne de cette liste.</source>
        <translation>Nobody is on site. Arrivals are recorded in the Check-in tab (Alt+K); a badge scanned on the way out removes the person from this list.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="93"/>
        <source>So&amp;rtie</source>
        <translation>Check &amp;out</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="96"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="98"/>
        <source>Tout le monde est sorti…</source>
        <translation>Everyone has left…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="107"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="109"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="136"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="139"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="168"/>
        <source>{count} personne(s) sur site</source>
        <translation>{count} person(s) on site</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="187"/>
        <source>Tout le monde est sorti</source>
        <translation>Everyone has left</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="188"/>
        <source>Enregistrer la sortie de toutes les personnes encore sur site ({count}) ?</source>
        <translation>Check out everyone still on site ({count})?</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="97"/>
        <source>Ouvrir la caisse</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="101"/>
        <source>Fond de caisse (DH)</source>
        <translation>Opening float (DH)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="102"/>
        <source>Proposé : ce qui a été compté à la dernière clôture.</source>
        <translation>Suggested: the amount counted at the last close.</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="61"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="61"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="62"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="62"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="63"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="63"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="64"/>
        <source>N° de session de caisse</source>
        <translation>Till session no.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="65"/>
        <source>Société (texte)</source>
        <translation>Company (text)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="66"/>
        <source>Site (code)</source>
        <translation>Site (code)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="66"/>
        <source>Poste (code)</source>
        <translation>Desk (code)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="67"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="67"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="68"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="109"/>
        <source>(tous)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../reception/ui/printing.py" line="254"/>
        <source>Aperçu avant impression</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="263"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="264"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PendingHostsTab</name>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="22"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="23"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="24"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="25"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="29"/>
        <source>Aucune personne à confirmer. Quand l&apos;accueil ajoute une personne visitée absente de l&apos;annuaire, elle apparaît ici : confirmez-la, ou fusionnez-la avec sa fiche si elle existait déjà.</source>
        <translation>Nobody to confirm. When the desk adds a host missing from the directory, they appear here: confirm them, or merge them into their record if they already existed.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="31"/>
        <source>Personnes visitées ajoutées à l&apos;accueil. Confirmez celles qui sont justes ; fusionnez un doublon avec la fiche existante (ses visites gardent leur hôte).</source>
        <translation>Hosts added at the desk. Confirm the right ones; merge a duplicate into the existing record (its visits keep their host).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="35"/>
        <source>C&amp;onfirmer</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="36"/>
        <source>&amp;Fusionner avec…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="75"/>
        <source>{name} est confirmé(e) dans l&apos;annuaire.</source>
        <translation>{name} is confirmed in the directory.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="93"/>
        <source>Fusionner « {name} »</source>
        <translation>Merge “{name}”</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="95"/>
        <source>« {name} » sera retiré(e) de l&apos;annuaire au profit de la fiche choisie de {company}.</source>
        <translation>“{name}” will leave the directory in favour of the chosen record of {company}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="97"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="98"/>
        <source>&amp;Même personne que</source>
        <translation>&amp;Same person as</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/pending_hosts_tab.py" line="99"/>
        <source>Fusion faite.</source>
        <translation>Merged.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="23"/>
        <source>Photo du visiteur</source>
        <translation>Visitor&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="25"/>
        <source>Photo de {name}</source>
        <translation>Photo of {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="31"/>
        <source>Passer</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/photo_dialog.py" line="34"/>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="39"/>
        <source>Lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="39"/>
        <source>Mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="40"/>
        <source>Mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="40"/>
        <source>Jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="41"/>
        <source>Vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="41"/>
        <source>Samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="42"/>
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="73"/>
        <source>Jour ou semaine précédente (Page préc.)</source>
        <translation>Previous day or week (Page Up)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="74"/>
        <source>Jour ou semaine suivante (Page suiv.)</source>
        <translation>Next day or week (Page Down)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="77"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="79"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="79"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="88"/>
        <source>Feuille du jour (Ctrl+P)</source>
        <translation>Day sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="107"/>
        <source>Aucune salle n&apos;est encore déclarée. Les services généraux les ajoutent dans l&apos;onglet Salles de cette page (nom, capacité, horaires) ; le planning des réservations s&apos;affiche ensuite ici.</source>
        <translation>No room is declared yet. Facilities add them in this page&apos;s Rooms tab (name, capacity, hours); the bookings planning then shows here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="170"/>
        <location filename="../../reception/ui/rooms/planning.py" line="183"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="179"/>
        <source>%n réservation(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="180"/>
        <source>%n conflit(s) de synchronisation</source>
        <translation>
            <numerusform>%n sync conflict</numerusform>
            <numerusform>%n sync conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="189"/>
        <source>Semaine du %1 — %2</source>
        <translation>Week of %1 — %2</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="238"/>
        <source>Feuille du jour</source>
        <translation>Day sheet</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="125"/>
        <source>Ouvrir la borne (second écran, plein écran)</source>
        <translation>Open the kiosk (second screen, full screen)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="137"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="186"/>
        <source>Réglages enregistrés. La nouvelle langue s&apos;applique au prochain démarrage de la console.</source>
        <translation>Settings saved. The new language applies the next time the console starts.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="189"/>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="189"/>
        <source>Aucun changement.</source>
        <translation>No change.</translation>
    </message>
</context>
<context>
    <name>PreregisterDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="22"/>
        <source>Celle du site</source>
        <translation>The site&apos;s</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="23"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="24"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="37"/>
        <source>Pré-enregistrer un visiteur</source>
        <translation>Pre-register a visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="41"/>
        <source>nom@societe.ma : l&apos;invitation et son QR code y sont envoyés</source>
        <translation>name@company.ma: the invitation and its QR code are sent there</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="45"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="45"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="46"/>
        <source>3 lettres : nom de la personne ou de la société</source>
        <translation>3 letters: person&apos;s or company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="57"/>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="57"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="58"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="58"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="59"/>
        <source>Té&amp;léphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="60"/>
        <source>Personne &amp;visitée</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="61"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="61"/>
        <source>Langue de l&apos;invitation</source>
        <translation>Language of the invitation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="65"/>
        <source>Pré-enregistrer</source>
        <translation>Pre-register</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/preregister.py" line="70"/>
        <source>Avec une adresse e-mail, le visiteur reçoit une invitation : son QR code, scanné à l&apos;accueil, enregistre son arrivée et imprime son badge.</source>
        <translation>With an e-mail address, the visitor receives an invitation: its QR code, scanned at the desk, records their arrival and prints their badge.</translation>
    </message>
</context>
<context>
    <name>PriceListTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="31"/>
        <source>Bon à l&apos;unité</source>
        <translation>Single voucher</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="32"/>
        <source>Carnet de 10</source>
        <translation>Book of 10</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="33"/>
        <source>Carnet de 20</source>
        <translation>Book of 20</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="42"/>
        <location filename="../../reception/ui/cafeteria/prices.py" line="71"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="43"/>
        <source>Prix TTC</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="44"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="45"/>
        <source>Bons</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="46"/>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="46"/>
        <source>{n} j</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="47"/>
        <source>Touche</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="48"/>
        <location filename="../../reception/ui/cafeteria/prices.py" line="67"/>
        <source>En vente</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="48"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="48"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="52"/>
        <source>Aucun produit. Saisissez le premier dans le formulaire (nom, prix, touche) puis « Enregistrer » : il apparaîtra sur l&apos;écran de vente.</source>
        <translation>No products. Type the first one in the form (name, price, key), then “Save”: it will appear on the sale screen.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="72"/>
        <source>Libellé du bon</source>
        <translation>Voucher label</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="73"/>
        <source>Prix TTC (DH)</source>
        <translation>Price incl. VAT (DH)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="74"/>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="75"/>
        <source>Bons par vente</source>
        <translation>Vouchers per sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="76"/>
        <source>Validité des bons (jours)</source>
        <translation>Voucher validity (days)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="77"/>
        <source>Touche (F1...)</source>
        <translation>Key (F1...)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="78"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="81"/>
        <source>Nouveau produit</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="83"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reception/ui/printing.py" line="60"/>
        <source>Le document à imprimer est illisible.</source>
        <translation>The document to print cannot be read.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="129"/>
        <source>Le dossier d&apos;impression PDF {folder} n&apos;existe pas.</source>
        <translation>The PDF printing folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="160"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="161"/>
        <source>Impression : {title}…</source>
        <translation>Printing: {title}…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="164"/>
        <source>Impression : {title}… {percent} %</source>
        <translation>‏الطباعة: {title}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="168"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="169"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="171"/>
        <source>Imprimé : {title} ({count}).</source>
        <translation>Printed: {title} ({count}).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="174"/>
        <source>Impression impossible ({title})</source>
        <translation>Could not print ({title})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="193"/>
        <source>L&apos;imprimante refuse ce format de papier.</source>
        <translation>The printer does not accept this paper size.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="207"/>
        <source>L&apos;imprimante ne répond pas.</source>
        <translation>The printer is not responding.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="226"/>
        <source>L&apos;imprimante a refusé le document.</source>
        <translation>The printer refused the document.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <location filename="../../reception/ui/reports/jobs.py" line="117"/>
        <source>{n} — ouverte le {day} à {time}</source>
        <translation>{n} — opened on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/jobs.py" line="119"/>
        <source>{n} — clôturée le {day} à {time}</source>
        <translation>{n} — closed on {day} at {time}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="86"/>
        <source>Choisissez un rapport</source>
        <translation>Choose a report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="90"/>
        <source>Choisissez un rapport dans la liste (flèches haut et bas), réglez ses paramètres, puis Entrée pour l&apos;aperçu ; imprimez-le ou exportez-le ensuite.</source>
        <translation>Choose a report in the list (up and down arrows), set its parameters, then Enter for the preview; print or export it afterwards.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="95"/>
        <location filename="../../reception/ui/reports/page.py" line="205"/>
        <source>Aperçu du rapport</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="97"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="98"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="99"/>
        <source>Exporter CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="100"/>
        <source>Exporter XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="114"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="180"/>
        <source>Listes du formulaire indisponibles</source>
        <translation>Form choices unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="204"/>
        <source>Choisir le dossier et produire…</source>
        <translation>Choose the folder and produce…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="222"/>
        <source>Dossier où enregistrer les relevés</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="235"/>
        <source>Préparation du rapport…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/reports/page.py" line="265"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/reports/page.py" line="271"/>
        <source>%n relevé(s) et la synthèse enregistrés dans %1</source>
        <translation>
            <numerusform>%n statement and the summary written to %1</numerusform>
            <numerusform>%n statements and the summary written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="296"/>
        <source>Envoyé à l&apos;imprimante.</source>
        <translation>Sent to the printer.</translation>
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
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="313"/>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../reception/ui/rooms/page.py" line="19"/>
        <source>Planning</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/page.py" line="23"/>
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
</context>
<context>
    <name>SaleDetailDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="88"/>
        <source>Vente {number}</source>
        <translation>Sale {number}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="89"/>
        <source>{when} · {cashier} · {customer} · {payment}</source>
        <translation>{when} · {cashier} · {customer} · {payment}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="93"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="94"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="95"/>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="99"/>
        <source>Total TTC : {total} · {count} bon(s)</source>
        <translation>Total incl. VAT: {total} · {count} voucher(s)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="107"/>
        <source>Vente annulée</source>
        <translation>Voided sale</translation>
    </message>
</context>
<context>
    <name>SaleTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="482"/>
        <source>Rapport X</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="102"/>
        <source>Annuler une vente</source>
        <translation>Void a sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="99"/>
        <source>Ouvrir la caisse ({key})</source>
        <translation>Open the till ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="100"/>
        <source>Clôturer la caisse ({key})</source>
        <translation>Close the till ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="101"/>
        <source>Rapport X ({key})</source>
        <translation>X report ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="109"/>
        <source>Bon à utiliser : ABCDE-FGHJK-M ou scan</source>
        <translation>Voucher to redeem: ABCDE-FGHJK-M or scan</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="121"/>
        <source>Aucun produit en vente : les tarifs se créent dans l&apos;onglet Tarifs (responsable des installations).</source>
        <translation>No product on sale: prices are created in the Prices tab (facilities staff).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="131"/>
        <source>Bon :</source>
        <translation>Voucher:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="138"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="148"/>
        <source>Panier vide : appuyez sur la touche d&apos;un produit (F1 à F7) ou cliquez sur son bouton.</source>
        <translation>Empty basket: press a product&apos;s key (F1 to F7) or click its button.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="173"/>
        <source>Valider et imprimer (Entrée)</source>
        <translation>Confirm and print (Enter)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="177"/>
        <source>Vider</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="180"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="181"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="182"/>
        <source>Montant remis</source>
        <translation>Amount tendered</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="183"/>
        <source>Référence TPE</source>
        <translation>Card terminal reference</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="184"/>
        <source>Monnaie à rendre</source>
        <translation>Change due</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="262"/>
        <source>Client de passage</source>
        <translation>Walk-in customer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="284"/>
        <source>Caisse fermée : ouvrez-la pour vendre.</source>
        <translation>Till closed: open it to sell.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="286"/>
        <source>Caisse ouverte — session n° {n}, fond {f}</source>
        <translation>Till open — session no. {n}, float {f}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="332"/>
        <source>Total : {t}</source>
        <translation>Total: {t}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="342"/>
        <source>montant illisible</source>
        <translation>unreadable amount</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="368"/>
        <source>Ajoutez au moins un produit.</source>
        <translation>Add at least one product.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="398"/>
        <source> — rendu {amount}</source>
        <translation> — change {amount}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="400"/>
        <source>Ticket {n} enregistré : {t}{c}</source>
        <translation>Receipt {n} recorded: {t}{c}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="402"/>
        <source>Ticket {n}</source>
        <translation>Receipt {n}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="427"/>
        <source>Bon {label} accepté.</source>
        <translation>Voucher {label} accepted.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="482"/>
        <source>Rapport Z</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="485"/>
        <source>Caisse clôturée : rapport Z envoyé à l&apos;impression.</source>
        <translation>Till closed: Z report sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="486"/>
        <source>Caisse clôturée : rapport Z à imprimer.</source>
        <translation>Till closed: Z report ready to print.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="496"/>
        <source>Vente {n} annulée.</source>
        <translation>Sale {n} voided.</translation>
    </message>
</context>
<context>
    <name>SalesHistoryTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="123"/>
        <source>Aucune vente pour ces filtres. Les ventes se font dans l&apos;onglet Vente ; ici, changez les dates ou le paiement pour voir d&apos;autres jours.</source>
        <translation>No sale for these filters. Sales are made in the Sale tab; here, change the dates or the payment to see other days.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="128"/>
        <source>Tous paiements</source>
        <translation>All payments</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="130"/>
        <source>Tous clients</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="131"/>
        <source>Clients de passage</source>
        <translation>Walk-in customers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="132"/>
        <source>Sociétés (toutes)</source>
        <translation>Companies (all)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="133"/>
        <source>Tous statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="133"/>
        <source>Valides</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="134"/>
        <source>Annulées</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="136"/>
        <source>N° de ticket</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="138"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="143"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="145"/>
        <source>Exporter Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="149"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="151"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="168"/>
        <source>Liste des sociétés indisponible</source>
        <translation>Company list unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="206"/>
        <source>{count}{more} vente(s)</source>
        <translation>{count}{more} sale(s)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="220"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="220"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="221"/>
        <source>Exporter les ventes</source>
        <translation>Export sales</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="63"/>
        <source>annulée</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="65"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="66"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="67"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="68"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="69"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="70"/>
        <source>Bons</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="71"/>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="72"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="23"/>
        <source>badge visiteur ou invitation</source>
        <translation>visitor badge or invitation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="24"/>
        <source>bon de cafétéria</source>
        <translation>cafeteria voucher</translation>
    </message>
</context>
<context>
    <name>ScannerTestBox</name>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="52"/>
        <source>Tester le lecteur</source>
        <translation>Test the scanner</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="55"/>
        <source>Cliquez ici puis scannez un badge, une invitation ou un bon</source>
        <translation>Click here, then scan a badge, an invitation or a voucher</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="83"/>
        <source>Reçu : « {raw} »</source>
        <translation>Received: “{raw}”</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/scanner_test.py" line="86"/>
        <source>Lu : {code} ({kind}) — reçu « {raw} »</source>
        <translation>Read: {code} ({kind}) — received “{raw}”</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="19"/>
        <source>Cette réservation fait partie d&apos;une série</source>
        <translation>This booking is part of a series</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="20"/>
        <source>Cette réservation seu&amp;lement</source>
        <translation>This booking on&amp;ly</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="21"/>
        <source>&amp;Toute la série</source>
        <translation>&amp;The whole series</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="59"/>
        <source>1 réservation modifiée une à une reste inchangée.</source>
        <translation>1 booking changed on its own stays as it is.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/series_scope.py" line="60"/>
        <source>%1 réservations modifiées une à une restent inchangées.</source>
        <translation>%1 bookings changed one by one stay as they are.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="41"/>
        <source>العربية</source>
        <translation>العربية</translation>
    </message>
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
        <location filename="../../reception/ui/settings/preferences_tab.py" line="42"/>
        <source>Carte CR80 (85,6 × 54 mm)</source>
        <translation>CR80 card (85.6 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="43"/>
        <source>Brother 62 × 100 mm</source>
        <translation>Brother 62 × 100 mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="44"/>
        <source>DYMO 54 × 101 mm</source>
        <translation>DYMO 54 × 101 mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="45"/>
        <source>DYMO 57 × 32 mm</source>
        <translation>DYMO 57 × 32 mm</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="38"/>
        <source>Site et poste</source>
        <translation>Site and desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="38"/>
        <source>Réglages</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="39"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="39"/>
        <source>Annuaire</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="40"/>
        <source>Annuaire : à confirmer</source>
        <translation>Directory: to confirm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="41"/>
        <source>Liste de vigilance</source>
        <translation>Watch list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="41"/>
        <source>Accords des visiteurs</source>
        <translation>Visitor agreements</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="151"/>
        <source>Accord de visite — {name}</source>
        <translation>Visit agreement — {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="166"/>
        <source>Effacer la signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="168"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="170"/>
        <source>Enregistrer la signature</source>
        <translation>Save the signature</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="176"/>
        <source>&amp;Langue du texte</source>
        <translation>Text &amp;language</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="190"/>
        <source>Signature de {name}</source>
        <translation>Signature of {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/agreement.py" line="218"/>
        <source>Version {version} · empreinte {sha}</source>
        <translation>Version {version} · fingerprint {sha}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../reception/ui/signature_pad.py" line="49"/>
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../reception/ui/signature_pad.py" line="54"/>
        <source>Signez ici</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SiteTab</name>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="16"/>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="17"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="18"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="19"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="20"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="21"/>
        <source>Identifiant fiscal (IF)</source>
        <translation>Tax ID (IF)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="22"/>
        <source>Taxe professionnelle (TP)</source>
        <translation>Business tax no. (TP)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="23"/>
        <source>Ouverture (hh:mm)</source>
        <translation>Opens (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="24"/>
        <source>Fermeture (hh:mm)</source>
        <translation>Closes (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="42"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="45"/>
        <source>Nom du poste</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="46"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="79"/>
        <source>site {site} · poste {desk}</source>
        <translation>site {site} · desk {desk}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="96"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../reception/app.py" line="159"/>
        <source>Mot de passe central non déplacé</source>
        <translation>Central password not moved</translation>
    </message>
    <message>
        <location filename="../../reception/app.py" line="184"/>
        <source>Préparation des écrans incomplète</source>
        <translation>Screens only partly prepared</translation>
    </message>
    <message>
        <location filename="../../reception/app.py" line="200"/>
        <source>Sauvegarde du jour impossible</source>
        <translation>The day’s backup failed</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reception/ui/status.py" line="14"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="56"/>
        <source>Conflits de synchronisation</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="58"/>
        <source>Chevauchement de réservations</source>
        <translation>Overlapping bookings</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="59"/>
        <source>Modification refusée</source>
        <translation>Edit refused</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="60"/>
        <source>Événement mis de côté</source>
        <translation>Event set aside</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="62"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="63"/>
        <source>Détecté le</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="64"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="65"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="69"/>
        <source>Aucun conflit à régler : les synchronisations se sont faites sans désaccord. Un conflit apparaîtrait ici, avec ce que chaque poste avait enregistré.</source>
        <translation>No conflict to settle: the syncs went without disagreement. A conflict would appear here, with what each desk had recorded.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="82"/>
        <source>&amp;Marquer comme réglé…</source>
        <translation>&amp;Mark as settled…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="87"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="104"/>
        <source>{count} conflit(s) à régler. Réglez chacun (annulez une réservation, ressaisissez une modification), puis marquez-le comme réglé en disant comment.</source>
        <translation>{count} conflict(s) to settle. Settle each one (cancel a booking, re-enter an edit), then mark it as settled, saying how.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="107"/>
        <source>Aucun conflit à régler : la synchronisation s&apos;est arrangée seule.</source>
        <translation>No conflict to settle: the sync sorted itself out.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Réservation</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Horaires</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="129"/>
        <source>Poste</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="132"/>
        <source>Annulez ou déplacez l&apos;une des deux réservations (page Salles), puis marquez le conflit comme réglé.</source>
        <translation>Cancel or move one of the two bookings (Rooms page), then mark the conflict as settled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="135"/>
        <location filename="../../reception/ui/sync/conflicts.py" line="141"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="135"/>
        <source>Version du poste (conservée)</source>
        <translation>This desk&apos;s version (kept)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="136"/>
        <source>Version centrale (en vigueur)</source>
        <translation>Central version (in force)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="138"/>
        <source>Si la version du poste était la bonne, ressaisissez-la, puis marquez le conflit comme réglé.</source>
        <translation>If this desk&apos;s version was the right one, enter it again, then mark the conflict as settled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="141"/>
        <source>Valeur envoyée</source>
        <translation>Value sent</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="143"/>
        <source>Ligne {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="152"/>
        <location filename="../../reception/ui/sync/conflicts.py" line="154"/>
        <source>Marquer comme réglé</source>
        <translation>Mark as settled</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="155"/>
        <source>&amp;Comment a-t-il été réglé ?</source>
        <translation>&amp;How was it settled?</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="175"/>
        <source>Conflits de synchronisation…</source>
        <translation>Sync conflicts…</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="68"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="104"/>
        <source>Aucune base centrale configurée (Paramètres, groupe Synchronisation).</source>
        <translation>No central database configured (Settings, Synchronisation group).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="118"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="124"/>
        <source>La synchronisation a échoué</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="147"/>
        <source>Synchronisation terminée : {summary}</source>
        <translation>Sync complete: {summary}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="149"/>
        <source>Synchronisation interrompue : {reason}</source>
        <translation>Sync interrupted: {reason}</translation>
    </message>
</context>
<context>
    <name>SystemScheduleBox</name>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="22"/>
        <source>Synchronisation console fermée</source>
        <translation>Sync with the console closed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="30"/>
        <source>Le planificateur du système lance la synchronisation nocturne à l&apos;heure du paramètre « Synchronisation nocturne à », même console fermée ; elle ne chevauche jamais celle de la console.</source>
        <translation>The system&apos;s scheduler runs the nightly sync at the time of the “Synchronisation nocturne à” setting, even with the console closed; it never overlaps the console&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="35"/>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="71"/>
        <source>Installer</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="37"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/system_schedule_box.py" line="71"/>
        <source>Mettre à jour</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../reception/ui/rooms/time_grid.py" line="331"/>
        <source>Conflit de synchronisation : à arbitrer par un responsable</source>
        <translation>Sync conflict: a manager must settle it</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="33"/>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="34"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="35"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36"/>
        <source>désactivé</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="39"/>
        <source>Nouvel utilisateur…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="40"/>
        <source>Changer le rôle…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="41"/>
        <source>Réinitialiser le mot de passe…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="42"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="74"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="73"/>
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="84"/>
        <source>Nouvel utilisateur</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="88"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="89"/>
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="90"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="102"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="91"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="114"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="92"/>
        <location filename="../../reception/ui/settings/users_tab.py" line="115"/>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="100"/>
        <source>Rôle de {name}</source>
        <translation>Role of {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="110"/>
        <source>Nouveau mot de passe pour {name}</source>
        <translation>New password for {name}</translation>
    </message>
</context>
<context>
    <name>VisitorDesk</name>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="102"/>
        <source>{name} est sorti(e)</source>
        <translation>{name} has left</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="104"/>
        <source>{name} est arrivé(e) — badge n° {number}, {host} prévenu(e)</source>
        <translation>{name} has arrived — badge no. {number}, {host} notified</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="148"/>
        <source>Liste d&apos;évacuation</source>
        <translation>Evacuation list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="150"/>
        <source>Liste d&apos;évacuation envoyée à l&apos;impression.</source>
        <translation>Evacuation list sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="152"/>
        <source>Liste d&apos;évacuation prête.</source>
        <translation>Evacuation list ready.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="155"/>
        <source>Préparation de la liste d&apos;évacuation…</source>
        <translation>Preparing the evacuation list…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="156"/>
        <source>Liste d&apos;évacuation impossible</source>
        <translation>Evacuation list failed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="180"/>
        <source>Envoi des e-mails aux personnes visitées</source>
        <translation>Sending e-mails to hosts</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="26"/>
        <source>&amp;Arrivée</source>
        <translation>Chec&amp;k-in</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="27"/>
        <source>&amp;Sur site</source>
        <translation>On &amp;site</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="28"/>
        <source>A&amp;ttendus</source>
        <translation>Expec&amp;ted</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="32"/>
        <source>&amp;Historique</source>
        <translation>Histo&amp;ry</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="203"/>
        <source>Annuler une vente</source>
        <translation>Void a sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="204"/>
        <source>Annuler la vente</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="215"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="216"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WatchListApprovalDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="19"/>
        <source>sans limite</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="20"/>
        <source>Motif : {reason} — jusqu&apos;au : {until}</source>
        <translation>Reason: {reason} — until: {until}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="23"/>
        <source>Liste de vigilance</source>
        <translation>Watch list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="25"/>
        <source>Autoriser l&apos;entrée</source>
        <translation>Allow entry</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="25"/>
        <source>Refuser l&apos;entrée</source>
        <translation>Refuse entry</translation>
    </message>
</context>
<context>
    <name>WatchListTab</name>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="42"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="43"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="44"/>
        <source>N° de pièce</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="45"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="46"/>
        <source>S&apos;applique</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="51"/>
        <source>La liste de vigilance est vide. Ajoutez une personne (Nouvelle entrée…) ou importez la liste reçue de la sécurité (Importer un CSV…) : chaque arrivée sera comparée à ces entrées.</source>
        <translation>The watch list is empty. Add a person (New entry…) or import the list received from security (Import a CSV…): every arrival will be compared with these entries.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="53"/>
        <source>&amp;Nouvelle entrée…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="54"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="55"/>
        <source>Mettre &amp;fin…</source>
        <translation>En&amp;d…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="56"/>
        <source>&amp;Importer un CSV…</source>
        <translation>&amp;Import a CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="57"/>
        <source>Afficher les entrées &amp;retirées</source>
        <translation>Show &amp;removed entries</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="71"/>
        <source>Comment une arrivée est comparée à la liste :</source>
        <translation>How an arrival is compared with the list:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="95"/>
        <source>retirée</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="97"/>
        <source>sans date de fin</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="99"/>
        <source>terminée le {day}</source>
        <translation>ended on {day}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="100"/>
        <source>jusqu&apos;au {day} inclus</source>
        <translation>until {day} included</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="142"/>
        <source>Modifier l&apos;entrée</source>
        <translation>Edit the entry</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="142"/>
        <source>Nouvelle entrée de la liste de vigilance</source>
        <translation>New watch-list entry</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="144"/>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="145"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="146"/>
        <source>N° de p&amp;ièce</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="147"/>
        <source>Facultatif. Comparé sans espaces ni tirets, quel que soit le nom.</source>
        <translation>Optional. Compared without spaces or hyphens, whatever the name.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="148"/>
        <source>&amp;Motif</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="152"/>
        <source>&amp;Fin</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="153"/>
        <source>Dernier jour où l&apos;entrée s&apos;applique ; « — » : sans date de fin.</source>
        <translation>Last day the entry applies; “—”: no end date.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="177"/>
        <source>Mettre fin à l&apos;entrée « {name} »</source>
        <translation>End the entry “{name}”</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="179"/>
        <source>Mettre fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="180"/>
        <source>&amp;Dernier jour</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="181"/>
        <source>Hier par défaut : l&apos;entrée ne s&apos;applique plus dès maintenant. Elle reste dans la liste des entrées retirées.</source>
        <translation>Yesterday by default: the entry stops applying now. It stays in the list of removed entries.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="189"/>
        <source>Importer une liste de vigilance ({header})</source>
        <translation>Import a watch list ({header})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="190"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="202"/>
        <source>{added} personne(s) ajoutée(s) ; {refused} ligne(s) refusée(s), ci-dessous avec la raison :</source>
        <translation>{added} person(s) added; {refused} line(s) refused, below with the reason:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="206"/>
        <source>Ligne {line} : {reason}  [{text}]</source>
        <translation>Line {line}: {reason}  [{text}]</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/watchlist_tab.py" line="210"/>
        <source>{added} personne(s) ajoutée(s).</source>
        <translation>{added} person(s) added.</translation>
    </message>
</context>
</TS>
