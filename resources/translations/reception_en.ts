<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../reception/ui/visitors/badge_printing.py" line="40"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="41"/>
        <source>Badges ({count})</source>
        <translation>Badges ({count})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="50"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="51"/>
        <source>Réimprimer le badge n° {number} de {name} ? La réimpression est enregistrée.</source>
        <translation>Reprint badge no. {number} for {name}? The reprint will be recorded.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="75"/>
        <source>Réservation</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="75"/>
        <source>Nouvelle réservation</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="94"/>
        <source>Objet de la réunion</source>
        <translation>Meeting subject</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="106"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="108"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="114"/>
        <source>&amp;Salle</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="115"/>
        <source>S&amp;ociété</source>
        <translation>C&amp;ompany</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="116"/>
        <source>O&amp;rganisateur</source>
        <translation>Or&amp;ganiser</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="117"/>
        <source>O&amp;bjet</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="118"/>
        <source>&amp;Quand</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="120"/>
        <source>&amp;Participants</source>
        <translation>&amp;Attendees</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="121"/>
        <source>Autorisation du responsable…</source>
        <translation>Manager approval…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="126"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="142"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="311"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="431"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="147"/>
        <source>Présent</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="148"/>
        <source>Annuler la réservation</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="153"/>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="391"/>
        <source>Annuler la série</source>
        <translation>Cancel the series</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="158"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="181"/>
        <source>&lt;b&gt;Conflit de synchronisation : à arbitrer par un responsable.&lt;/b&gt;&lt;br&gt;Un autre poste a réservé cette salle sur un créneau qui chevauche celui-ci&#xa0;; les deux réservations sont gardées jusqu&apos;à ce que l&apos;une soit déplacée ou annulée.</source>
        <translation>&lt;b&gt;Sync conflict: a manager must settle it.&lt;/b&gt;&lt;br&gt;Another desk booked this room for an overlapping slot; both bookings are kept until one of them is moved or cancelled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="192"/>
        <source>Répéter</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="196"/>
        <source>Chaque jour</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="196"/>
        <source>Chaque semaine</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="197"/>
        <source>Chaque mois, même date</source>
        <translation>Monthly, same date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="198"/>
        <source>Chaque mois, même jour (ex. 2e mardi)</source>
        <translation>Monthly, same weekday (e.g. 2nd Tuesday)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="213"/>
        <source>jusqu&apos;à la date</source>
        <translation>until the end date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="218"/>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="219"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="220"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="221"/>
        <source>Ou nombre de fois</source>
        <translation>Or number of times</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="222"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="270"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="276"/>
        <source>Liste des organisateurs indisponible</source>
        <translation>Organiser list unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="297"/>
        <source>Vérification du créneau impossible</source>
        <translation>Could not check the time slot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="347"/>
        <source>%n occurrence(s) en conflit sur %1. Réserver seulement les libres ?</source>
        <translation>
            <numerusform>%n occurrence conflicts out of %1. Book only the free ones?</numerusform>
            <numerusform>%n occurrences conflict out of %1. Book only the free ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="351"/>
        <source>Réserver les %n libres</source>
        <translation>
            <numerusform>Book the %n free one</numerusform>
            <numerusform>Book the %n free ones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="380"/>
        <source>Série de réservations indisponible</source>
        <translation>Booking series unavailable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="433"/>
        <source>%n occurrence(s) en conflit : la série ne peut pas être modifiée ainsi. Choisissez une autre salle ou un autre horaire.</source>
        <translation>
            <numerusform>%n occurrence clashes: the series cannot be changed this way. Choose another room or another time.</numerusform>
            <numerusform>%n occurrences clash: the series cannot be changed this way. Choose another room or another time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="437"/>
        <source>Modifier les %n occurrence(s) à venir de la série ?</source>
        <translation>
            <numerusform>Change the %n upcoming occurrence of the series?</numerusform>
            <numerusform>Change the %n upcoming occurrences of the series?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="439"/>
        <source>Modifier %n occurrence(s)</source>
        <translation>
            <numerusform>Change %n occurrence</numerusform>
            <numerusform>Change %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="448"/>
        <source>Annuler les %n occurrence(s) à venir de la série, y compris celles modifiées une à une ?</source>
        <translation>
            <numerusform>Cancel the %n upcoming occurrence of the series, including any changed on its own?</numerusform>
            <numerusform>Cancel the %n upcoming occurrences of the series, including those changed one by one?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="450"/>
        <source>Confirmer l&apos;annulation de la série</source>
        <translation>Confirm cancelling the series</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="469"/>
        <source>%1 participants pour %2 places dans « %3 ».</source>
        <translation>%1 attendees for %2 seats in “%3”.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="473"/>
        <source>Dépassement de capacité</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="474"/>
        <source>Un responsable doit autoriser ce dépassement de capacité.</source>
        <translation>A manager must approve going over capacity.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="475"/>
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
        <location filename="../../reception/ui/visitors/checkin.py" line="44"/>
        <source>CIN</source>
        <translation>National ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="45"/>
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="46"/>
        <source>Carte de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="47"/>
        <source>Permis de conduire</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="66"/>
        <location filename="../../reception/ui/visitors/checkin.py" line="91"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="66"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="67"/>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="67"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="68"/>
        <source>3 lettres pour retrouver un visiteur</source>
        <translation>Type 3 letters to find a visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="74"/>
        <source>nom@societe.ma</source>
        <translation>name@company.ma</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="77"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="81"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="81"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="82"/>
        <source>3 lettres : nom de la personne ou de la société</source>
        <translation>3 letters: person&apos;s or company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="87"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="94"/>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="94"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="95"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="278"/>
        <source>attendu(e) aujourd&apos;hui</source>
        <translation>expected today</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="96"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="96"/>
        <source>Té&amp;léphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="97"/>
        <source>Pièce d&apos;&amp;identité</source>
        <translation>&amp;ID document</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="98"/>
        <source>N° de pièce</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="101"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="104"/>
        <source>Personne &amp;visitée</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="105"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="106"/>
        <source>&amp;Fin prévue</source>
        <translation>E&amp;xpected end</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="106"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="110"/>
        <source>Enregistrer l&apos;arrivée  (Ctrl+Entrée)</source>
        <translation>Record arrival  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="114"/>
        <source>Nouveau visiteur</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="119"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="164"/>
        <source>enregistré : {masked}</source>
        <translation>on file: {masked}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="217"/>
        <source>Heure attendue au format hh:mm (exemple : 16:30).</source>
        <translation>Enter a time as hh:mm (for example 16:30).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="236"/>
        <source>{name} est arrivé(e) à {time} — badge n° {number}.</source>
        <translation>{name} arrived at {time} — badge no. {number}.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="269"/>
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
        <source>Console d&apos;accueil</source>
        <translation>Reception console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="107"/>
        <source>Base de données introuvable</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="108"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="111"/>
        <source>Aucune sauvegarde valide n&apos;a été trouvée. Appelez le support informatique.</source>
        <translation>No valid backup was found. Call IT support.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/startup.py" line="115"/>
        <source>Restaurer la dernière sauvegarde valide ({name}) ? Les saisies faites depuis cette sauvegarde seront perdues sur ce poste.</source>
        <translation>Restore the latest valid backup ({name})? Anything entered since that backup will be lost on this desk.</translation>
    </message>
</context>
<context>
    <name>DigestTimer</name>
    <message>
        <location filename="../../reception/ui/reports/digest_timer.py" line="56"/>
        <source>Résumé du jour non enregistré</source>
        <translation>Daily digest not saved</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="52"/>
        <source>Rechercher une société…</source>
        <translation>Search for a company…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="55"/>
        <source>Afficher les fiches désactivées</source>
        <translation>Show deactivated records</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="58"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="59"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="60"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="61"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="64"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="65"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="66"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="67"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="73"/>
        <source>Importer un CSV…</source>
        <translation>Import a CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="76"/>
        <source>Nouvelle société…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="76"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="79"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="77"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="80"/>
        <source>Désactiver / réactiver</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="79"/>
        <source>Nouveau salarié…</source>
        <translation>New employee…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="96"/>
        <source>Choisissez une société pour voir ses salariés.</source>
        <translation>Select a company to see its employees.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="141"/>
        <source>Salariés de {name}</source>
        <translation>Employees of {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="156"/>
        <source>Modifier la société</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="156"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="160"/>
        <location filename="../../reception/ui/settings/directory_tab.py" line="198"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="161"/>
        <source>&amp;ICE</source>
        <translation>&amp;ICE</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="162"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="163"/>
        <source>É&amp;tage</source>
        <translation>F&amp;loor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="164"/>
        <source>&amp;Bureau</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="168"/>
        <source>&amp;Arrivée</source>
        <translation>&amp;Moved in</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="191"/>
        <source>Modifier le salarié</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="191"/>
        <source>Nouveau salarié — {company}</source>
        <translation>New employee — {company}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="199"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="200"/>
        <source>&amp;Fonction</source>
        <translation>Job &amp;title</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="201"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="202"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="230"/>
        <source>Importer des salariés</source>
        <translation>Import employees</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="231"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="241"/>
        <source>Import en cours… {0} %</source>
        <translation>Importing… {0} %</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="244"/>
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
        <location filename="../../reception/ui/visitors/expected.py" line="40"/>
        <source>Attendu(e)</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="41"/>
        <source>Arrivé(e)</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="42"/>
        <source>Annulé(e)</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="54"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="56"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="57"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="58"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="59"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="64"/>
        <source>Aucun visiteur attendu ce jour. Importez une liste d&apos;invités (Alt+I), ou choisissez un autre jour.</source>
        <translation>No visitor expected on this day. Import a guest list (Alt+I), or choose another day.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="67"/>
        <source>Faire &amp;entrer la sélection</source>
        <translation>C&amp;heck in selected</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="70"/>
        <source>&amp;Importer une liste d&apos;invités…</source>
        <translation>&amp;Import a guest list…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="77"/>
        <source>Ctrl+A sélectionne toute la liste.</source>
        <translation>Ctrl+A selects the whole list.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="92"/>
        <source>{waiting} attendu(s) sur {total} aujourd&apos;hui</source>
        <translation>{waiting} of {total} still expected today</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="115"/>
        <source>Liste d&apos;invités</source>
        <translation>Guest list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="116"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="28"/>
        <source>Premier démarrage</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="31"/>
        <source>Aucun compte n&apos;existe encore. Créez le compte administrateur de ce poste : il servira à créer les comptes des réceptionnistes et des responsables.</source>
        <translation>No account exists yet. Create this desk&apos;s administrator account: it will be used to create the receptionists&apos; and managers&apos; accounts.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="35"/>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="38"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="39"/>
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="40"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="41"/>
        <source>{n} caractères au moins.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="42"/>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../reception/ui/forms.py" line="168"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="19"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>GuestListDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="133"/>
        <source>Importer une liste d&apos;invités</source>
        <translation>Import a guest list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="141"/>
        <source>Personne</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="141"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="145"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="146"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="147"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="148"/>
        <source>Invités reçus par</source>
        <translation>Guests received by</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="150"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="170"/>
        <source>Donnez le nom de l&apos;événement.</source>
        <translation>Enter the event name.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="55"/>
        <source>sur site</source>
        <translation>on site</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="61"/>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="62"/>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="63"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="64"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="65"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="66"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="67"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="68"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="112"/>
        <source>Comptage des visites impossible</source>
        <translation>Could not count the visits</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="183"/>
        <source>Nom du visiteur</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="185"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="187"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="189"/>
        <source>Toutes les sociétés</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="191"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="195"/>
        <source>&amp;Rechercher</source>
        <translation>Sear&amp;ch</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="202"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="204"/>
        <source>Exporter Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="213"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="215"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="232"/>
        <source>Liste des sociétés indisponible</source>
        <translation>Company list unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="254"/>
        <source>{shown} affichée(s) sur plus de {cap} visites</source>
        <translation>{shown} shown of more than {cap} visits</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="257"/>
        <source>{shown} affichée(s) sur {total} visite(s)</source>
        <translation>{shown} of {total} visit(s) shown</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="263"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="263"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="264"/>
        <source>Exporter l&apos;historique</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="279"/>
        <source>Export de l&apos;historique en cours…</source>
        <translation>Exporting the history…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="282"/>
        <source>Export de l&apos;historique : {count} visites lues…</source>
        <translation>Exporting the history: {count} visits read…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="286"/>
        <source>Historique exporté : {file}</source>
        <translation>History exported: {file}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="289"/>
        <source>Export de l&apos;historique impossible</source>
        <translation>The history could not be exported</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reception/ui/home/page.py" line="97"/>
        <source>Aucun indicateur pour votre rôle pour l&apos;instant.</source>
        <translation>No figures for your role yet.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="143"/>
        <source>Indicateurs de l&apos;accueil indisponibles</source>
        <translation>Home figures unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="148"/>
        <source>Bonjour</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="148"/>
        <source>Bonsoir</source>
        <translation>Good evening</translation>
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
        <location filename="../../reception/ui/journal/page.py" line="93"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="93"/>
        <source>Action ou préfixe (visits.)</source>
        <translation>Action or prefix (visits.)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="94"/>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="99"/>
        <source>Filtrer</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="102"/>
        <source>Vérifier l&apos;intégrité</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="104"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="106"/>
        <source>Exporter en CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="107"/>
        <source>Exporter en XLSX</source>
        <translation>Export as XLSX</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="110"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="110"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="137"/>
        <location filename="../../reception/ui/journal/page.py" line="219"/>
        <source>Sélectionnez un événement pour voir ce qui a changé.</source>
        <translation>Select an event to see what changed.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="140"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="140"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="140"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="150"/>
        <source>Aucun avant/après enregistré pour cet événement.</source>
        <translation>No before/after recorded for this event.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="164"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="181"/>
        <source>Suggestions du journal indisponibles</source>
        <translation>Audit trail suggestions unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="208"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="213"/>
        <source> (faites défiler pour la suite)</source>
        <translation> (scroll for more)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/journal/page.py" line="214"/>
        <source>%n événement(s) affiché(s)</source>
        <translation>
            <numerusform>%n event shown</numerusform>
            <numerusform>%n events shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="222"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — n° %2 au poste %3, par %4, le %5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — no. %2 at desk %3, by %4, on %5 (%6)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="252"/>
        <source>Vérification de la chaîne…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="281"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="281"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="282"/>
        <source>Exporter le journal</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="287"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="292"/>
        <source>Exporté : %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="78"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="81"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="84"/>
        <source>Changer d&apos;utilisateur</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="97"/>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="100"/>
        <source>{name} — saisissez votre mot de passe pour reprendre.</source>
        <translation>{name} — enter your password to resume.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="105"/>
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
        <location filename="../../reception/ui/rooms/manage.py" line="53"/>
        <source>Projecteur, Écran, Visioconférence, Tableau blanc</source>
        <translation>Projector, Screen, Video conferencing, Whiteboard</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="62"/>
        <location filename="../../reception/ui/rooms/manage.py" line="63"/>
        <source>horaires du site</source>
        <translation>site hours</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="64"/>
        <source>Ouverte à la réservation</source>
        <translation>Open for booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="66"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="32"/>
        <location filename="../../reception/ui/rooms/manage.py" line="66"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="33"/>
        <location filename="../../reception/ui/rooms/manage.py" line="67"/>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="33"/>
        <location filename="../../reception/ui/rooms/manage.py" line="68"/>
        <source>Équipement</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="34"/>
        <source>Prix / heure</source>
        <translation>Price / hour</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="34"/>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="35"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="69"/>
        <source>Prix / heure (DH)</source>
        <translation>Price / hour (DH)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="70"/>
        <source>Ouverture (hh:mm)</source>
        <translation>Opens (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="71"/>
        <source>Fermeture (hh:mm)</source>
        <translation>Closes (hh:mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="35"/>
        <location filename="../../reception/ui/rooms/manage.py" line="72"/>
        <source>Battement</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="75"/>
        <source>Nouvelle salle</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="75"/>
        <source>Enregistrer la salle</source>
        <translation>Save room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="32"/>
        <location filename="../../reception/ui/rooms/manage.py" line="82"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="87"/>
        <source>Heures gratuites par mois</source>
        <translation>Free hours per month</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="92"/>
        <source>Enregistrer le forfait</source>
        <translation>Save allowance</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="122"/>
        <source>du site</source>
        <translation>site hours</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="125"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="125"/>
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
        <location filename="../../reception/ui/visitors/onsite.py" line="45"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="47"/>
        <source>Personne visitée</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="48"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="49"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="50"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="51"/>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="52"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="53"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>OnSitePanel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="68"/>
        <source>Personne n&apos;est sur site. Les arrivées s&apos;enregistrent dans l&apos;onglet Arrivée (Alt+A) ; un badge scanné à la sortie retire la personne de cette liste.</source>
        <translation>Nobody is on site. Arrivals are recorded in the Check-in tab (Alt+K); a badge scanned on the way out removes the person from this list.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="75"/>
        <source>So&amp;rtie</source>
        <translation>Check &amp;out</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="78"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="80"/>
        <source>Tout le monde est sorti…</source>
        <translation>Everyone has left…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="86"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="88"/>
        <source>Étage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="114"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="117"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="132"/>
        <source>{count} personne(s) sur site</source>
        <translation>{count} person(s) on site</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="151"/>
        <source>Tout le monde est sorti</source>
        <translation>Everyone has left</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="152"/>
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
        <location filename="../../reception/ui/printing.py" line="211"/>
        <source>Aperçu avant impression</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="220"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="221"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="37"/>
        <source>Lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="37"/>
        <source>Mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="38"/>
        <source>Mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="38"/>
        <source>Jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="39"/>
        <source>Vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="39"/>
        <source>Samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="40"/>
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="70"/>
        <source>Jour ou semaine précédente (Page préc.)</source>
        <translation>Previous day or week (Page Up)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="71"/>
        <source>Jour ou semaine suivante (Page suiv.)</source>
        <translation>Next day or week (Page Down)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="74"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="76"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="76"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="85"/>
        <source>Feuille du jour (Ctrl+P)</source>
        <translation>Day sheet (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="160"/>
        <location filename="../../reception/ui/rooms/planning.py" line="173"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="169"/>
        <source>%n réservation(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="170"/>
        <source>%n conflit(s) de synchronisation</source>
        <translation>
            <numerusform>%n sync conflict</numerusform>
            <numerusform>%n sync conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="179"/>
        <source>Semaine du %1 — %2</source>
        <translation>Week of %1 — %2</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="228"/>
        <source>Feuille du jour</source>
        <translation>Day sheet</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="128"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="170"/>
        <source>Réglages enregistrés. La nouvelle langue s&apos;applique au prochain démarrage de la console.</source>
        <translation>Settings saved. The new language applies the next time the console starts.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="173"/>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="173"/>
        <source>Aucun changement.</source>
        <translation>No change.</translation>
    </message>
</context>
<context>
    <name>PriceListTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="30"/>
        <source>Bon à l&apos;unité</source>
        <translation>Single voucher</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="31"/>
        <source>Carnet de 10</source>
        <translation>Book of 10</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="32"/>
        <source>Carnet de 20</source>
        <translation>Book of 20</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="41"/>
        <location filename="../../reception/ui/cafeteria/prices.py" line="67"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="42"/>
        <source>Prix TTC</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="43"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="44"/>
        <source>Bons</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="45"/>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="45"/>
        <source>{n} j</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="46"/>
        <source>Touche</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="47"/>
        <location filename="../../reception/ui/cafeteria/prices.py" line="63"/>
        <source>En vente</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="47"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="47"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="68"/>
        <source>Libellé du bon</source>
        <translation>Voucher label</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="69"/>
        <source>Prix TTC (DH)</source>
        <translation>Price incl. VAT (DH)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="70"/>
        <source>Taux de TVA</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="71"/>
        <source>Bons par vente</source>
        <translation>Vouchers per sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="72"/>
        <source>Validité des bons (jours)</source>
        <translation>Voucher validity (days)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="73"/>
        <source>Touche (F1...)</source>
        <translation>Key (F1...)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="74"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="77"/>
        <source>Nouveau produit</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="79"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reception/ui/printing.py" line="54"/>
        <source>Le document à imprimer est illisible.</source>
        <translation>The document to print cannot be read.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="100"/>
        <source>Le dossier d&apos;impression PDF {folder} n&apos;existe pas.</source>
        <translation>The PDF printing folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="124"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="125"/>
        <source>Impression : {title}…</source>
        <translation>Printing: {title}…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="128"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="129"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="131"/>
        <source>Imprimé : {title} ({count}).</source>
        <translation>Printed: {title} ({count}).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="134"/>
        <source>Impression impossible ({title})</source>
        <translation>Could not print ({title})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="153"/>
        <source>L&apos;imprimante refuse ce format de papier.</source>
        <translation>The printer does not accept this paper size.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="167"/>
        <source>L&apos;imprimante ne répond pas.</source>
        <translation>The printer is not responding.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="183"/>
        <source>L&apos;imprimante a refusé le document.</source>
        <translation>The printer refused the document.</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <location filename="../../reception/ui/reports/jobs.py" line="83"/>
        <source>{n} — ouverte le {day} à {time}</source>
        <translation>{n} — opened on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/jobs.py" line="85"/>
        <source>{n} — clôturée le {day} à {time}</source>
        <translation>{n} — closed on {day} at {time}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="78"/>
        <source>Choisissez un rapport</source>
        <translation>Choose a report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="85"/>
        <source>Aperçu du rapport</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="87"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="88"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="89"/>
        <source>Exporter CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="90"/>
        <source>Exporter XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="104"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="166"/>
        <source>Listes du formulaire indisponibles</source>
        <translation>Form choices unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="210"/>
        <source>Préparation du rapport…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/reports/page.py" line="235"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="261"/>
        <source>Envoyé à l&apos;imprimante.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="268"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="268"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="268"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="270"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="278"/>
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
        <location filename="../../reception/ui/cafeteria/history.py" line="87"/>
        <source>Vente {number}</source>
        <translation>Sale {number}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="88"/>
        <source>{when} · {cashier} · {customer} · {payment}</source>
        <translation>{when} · {cashier} · {customer} · {payment}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="92"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="93"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="94"/>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="95"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="98"/>
        <source>Total TTC : {total} · {count} bon(s)</source>
        <translation>Total incl. VAT: {total} · {count} voucher(s)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="106"/>
        <source>Vente annulée</source>
        <translation>Voided sale</translation>
    </message>
</context>
<context>
    <name>SaleTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="478"/>
        <source>Rapport X</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="100"/>
        <source>Annuler une vente</source>
        <translation>Void a sale</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="97"/>
        <source>Ouvrir la caisse ({key})</source>
        <translation>Open the till ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="98"/>
        <source>Clôturer la caisse ({key})</source>
        <translation>Close the till ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="99"/>
        <source>Rapport X ({key})</source>
        <translation>X report ({key})</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="107"/>
        <source>Bon à utiliser : ABCDE-FGHJK-M ou scan</source>
        <translation>Voucher to redeem: ABCDE-FGHJK-M or scan</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="119"/>
        <source>Aucun produit en vente : les tarifs se créent dans l&apos;onglet Tarifs (responsable des installations).</source>
        <translation>No product on sale: prices are created in the Prices tab (facilities staff).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="129"/>
        <source>Bon :</source>
        <translation>Voucher:</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="136"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="136"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="136"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="136"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="169"/>
        <source>Valider et imprimer (Entrée)</source>
        <translation>Confirm and print (Enter)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="173"/>
        <source>Vider</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="176"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="177"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="178"/>
        <source>Montant remis</source>
        <translation>Amount tendered</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="179"/>
        <source>Référence TPE</source>
        <translation>Card terminal reference</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="180"/>
        <source>Monnaie à rendre</source>
        <translation>Change due</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="258"/>
        <source>Client de passage</source>
        <translation>Walk-in customer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="280"/>
        <source>Caisse fermée : ouvrez-la pour vendre.</source>
        <translation>Till closed: open it to sell.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="282"/>
        <source>Caisse ouverte — session n° {n}, fond {f}</source>
        <translation>Till open — session no. {n}, float {f}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="328"/>
        <source>Total : {t}</source>
        <translation>Total: {t}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="338"/>
        <source>montant illisible</source>
        <translation>unreadable amount</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="364"/>
        <source>Ajoutez au moins un produit.</source>
        <translation>Add at least one product.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="394"/>
        <source> — rendu {amount}</source>
        <translation> — change {amount}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="396"/>
        <source>Ticket {n} enregistré : {t}{c}</source>
        <translation>Receipt {n} recorded: {t}{c}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="398"/>
        <source>Ticket {n}</source>
        <translation>Receipt {n}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="423"/>
        <source>Bon {label} accepté.</source>
        <translation>Voucher {label} accepted.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="478"/>
        <source>Rapport Z</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="481"/>
        <source>Caisse clôturée : rapport Z envoyé à l&apos;impression.</source>
        <translation>Till closed: Z report sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="482"/>
        <source>Caisse clôturée : rapport Z à imprimer.</source>
        <translation>Till closed: Z report ready to print.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="492"/>
        <source>Vente {n} annulée.</source>
        <translation>Sale {n} voided.</translation>
    </message>
</context>
<context>
    <name>SalesHistoryTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="124"/>
        <source>Tous paiements</source>
        <translation>All payments</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="126"/>
        <source>Tous clients</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="127"/>
        <source>Clients de passage</source>
        <translation>Walk-in customers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="128"/>
        <source>Sociétés (toutes)</source>
        <translation>Companies (all)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="129"/>
        <source>Tous statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="129"/>
        <source>Valides</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="130"/>
        <source>Annulées</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="132"/>
        <source>N° de ticket</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="134"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="139"/>
        <source>Exporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="141"/>
        <source>Exporter Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="145"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="147"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="164"/>
        <source>Liste des sociétés indisponible</source>
        <translation>Company list unavailable</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="202"/>
        <source>{count}{more} vente(s)</source>
        <translation>{count}{more} sale(s)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="216"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="216"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="217"/>
        <source>Exporter les ventes</source>
        <translation>Export sales</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="62"/>
        <source>annulée</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="64"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="65"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="66"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="67"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="68"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="69"/>
        <source>Bons</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="70"/>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/history.py" line="71"/>
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
        <location filename="../../reception/ui/settings/preferences_tab.py" line="37"/>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="38"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="39"/>
        <source>Carte CR80 (85,6 × 54 mm)</source>
        <translation>CR80 card (85.6 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="40"/>
        <source>Brother 62 × 100 mm</source>
        <translation>Brother 62 × 100 mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="41"/>
        <source>DYMO 54 × 101 mm</source>
        <translation>DYMO 54 × 101 mm</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="42"/>
        <source>DYMO 57 × 32 mm</source>
        <translation>DYMO 57 × 32 mm</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="32"/>
        <source>Site et poste</source>
        <translation>Site and desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="32"/>
        <source>Réglages</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="33"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="33"/>
        <source>Annuaire</source>
        <translation>Directory</translation>
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
        <location filename="../../reception/app.py" line="134"/>
        <source>Mot de passe central non déplacé</source>
        <translation>Central password not moved</translation>
    </message>
    <message>
        <location filename="../../reception/app.py" line="136"/>
        <source>Préparation des écrans incomplète</source>
        <translation>Screens only partly prepared</translation>
    </message>
    <message>
        <location filename="../../reception/app.py" line="152"/>
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
        <location filename="../../reception/ui/sync/conflicts.py" line="55"/>
        <source>Conflits de synchronisation</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="57"/>
        <source>Chevauchement de réservations</source>
        <translation>Overlapping bookings</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="58"/>
        <source>Modification refusée</source>
        <translation>Edit refused</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="59"/>
        <source>Événement mis de côté</source>
        <translation>Event set aside</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="61"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="62"/>
        <source>Détecté le</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="63"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="64"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="78"/>
        <source>&amp;Marquer comme réglé…</source>
        <translation>&amp;Mark as settled…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="83"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="100"/>
        <source>{count} conflit(s) à régler. Réglez chacun (annulez une réservation, ressaisissez une modification), puis marquez-le comme réglé en disant comment.</source>
        <translation>{count} conflict(s) to settle. Settle each one (cancel a booking, re-enter an edit), then mark it as settled, saying how.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="103"/>
        <source>Aucun conflit à régler : la synchronisation s&apos;est arrangée seule.</source>
        <translation>No conflict to settle: the sync sorted itself out.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="124"/>
        <source>Réservation</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="124"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="124"/>
        <source>Horaires</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="124"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="125"/>
        <source>Poste</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="128"/>
        <source>Annulez ou déplacez l&apos;une des deux réservations (page Salles), puis marquez le conflit comme réglé.</source>
        <translation>Cancel or move one of the two bookings (Rooms page), then mark the conflict as settled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="131"/>
        <location filename="../../reception/ui/sync/conflicts.py" line="137"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="131"/>
        <source>Version du poste (conservée)</source>
        <translation>This desk&apos;s version (kept)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="132"/>
        <source>Version centrale (en vigueur)</source>
        <translation>Central version (in force)</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="134"/>
        <source>Si la version du poste était la bonne, ressaisissez-la, puis marquez le conflit comme réglé.</source>
        <translation>If this desk&apos;s version was the right one, enter it again, then mark the conflict as settled.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="137"/>
        <source>Valeur envoyée</source>
        <translation>Value sent</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="139"/>
        <source>Ligne {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="148"/>
        <location filename="../../reception/ui/sync/conflicts.py" line="150"/>
        <source>Marquer comme réglé</source>
        <translation>Mark as settled</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="151"/>
        <source>&amp;Comment a-t-il été réglé ?</source>
        <translation>&amp;How was it settled?</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/conflicts.py" line="171"/>
        <source>Conflits de synchronisation…</source>
        <translation>Sync conflicts…</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="55"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="91"/>
        <source>Aucune base centrale configurée (Paramètres, groupe Synchronisation).</source>
        <translation>No central database configured (Settings, Synchronisation group).</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="106"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="112"/>
        <source>La synchronisation a échoué</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="133"/>
        <source>Synchronisation terminée : {summary}</source>
        <translation>Sync complete: {summary}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="135"/>
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
        <location filename="../../reception/ui/rooms/time_grid.py" line="316"/>
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
        <location filename="../../reception/ui/visitors/desk.py" line="100"/>
        <source>{name} est sorti(e)</source>
        <translation>{name} has left</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="102"/>
        <source>{name} est arrivé(e) — badge n° {number}, {host} prévenu(e)</source>
        <translation>{name} has arrived — badge no. {number}, {host} notified</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="138"/>
        <source>Liste d&apos;évacuation</source>
        <translation>Evacuation list</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="140"/>
        <source>Liste d&apos;évacuation envoyée à l&apos;impression.</source>
        <translation>Evacuation list sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="142"/>
        <source>Liste d&apos;évacuation prête.</source>
        <translation>Evacuation list ready.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="145"/>
        <source>Préparation de la liste d&apos;évacuation…</source>
        <translation>Preparing the evacuation list…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="146"/>
        <source>Liste d&apos;évacuation impossible</source>
        <translation>Evacuation list failed</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="170"/>
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
</TS>
