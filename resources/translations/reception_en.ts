<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="40" />
        <source>Badge {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="41" />
        <source>Badges ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="50" />
        <source>Réimprimer le badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/badge_printing.py" line="51" />
        <source>Réimprimer le badge n° {number} de {name} ? La réimpression est enregistrée.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="58" />
        <source>Réservation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="58" />
        <source>Nouvelle réservation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="77" />
        <source>Objet de la réunion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="89" />
        <source>de</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="91" />
        <source>à</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="97" />
        <source>&amp;Salle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="98" />
        <source>S&amp;ociété</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="99" />
        <source>O&amp;rganisateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="100" />
        <source>&amp;Objet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="101" />
        <source>&amp;Quand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="103" />
        <source>&amp;Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="104" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="111" />
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="252" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="116" />
        <source>Présent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="117" />
        <source>Annuler la réservation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="122" />
        <source>Fermer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="136" />
        <source>Répéter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="140" />
        <source>Chaque jour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="140" />
        <source>Chaque semaine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="141" />
        <source>Chaque mois, même date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="142" />
        <source>Chaque mois, même jour (ex. 2e mardi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="157" />
        <source>jusqu'à la date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="162" />
        <source>Fréquence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="163" />
        <source>Jours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="164" />
        <source>Jusqu'au</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="165" />
        <source>Ou nombre de fois</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="166" />
        <source>Conflits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="214" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="285" />
        <source>%n occurrence(s) en conflit sur %1. Réserver seulement les libres ?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/booking_dialog.py" line="289" />
        <source>Réserver les %n libres</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>CafeteriaPage</name>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="22" />
        <source>Vente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/page.py" line="25" />
        <source>Tarifs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="59" />
        <location filename="../../reception/ui/visitors/checkin.py" line="84" />
        <source>Visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="59" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="60" />
        <source>Dernière visite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="61" />
        <source>3 lettres pour retrouver un visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="70" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="74" />
        <source>Personne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="74" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="75" />
        <source>3 lettres : nom de la personne ou de la société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="80" />
        <source>hh:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="87" />
        <source>&amp;Nom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="87" />
        <source>&amp;Prénom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="88" />
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="89" />
        <source>&amp;Téléphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="89" />
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="90" />
        <source>Pièce d'&amp;identité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="91" />
        <source>N° de pièce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="94" />
        <source>Visite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="97" />
        <source>Personne &amp;visitée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="98" />
        <source>T&amp;ype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="99" />
        <source>&amp;Fin prévue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="99" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="103" />
        <source>Enregistrer l'arrivée  (Ctrl+Entrée)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="106" />
        <source>Nouveau visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="111" />
        <source>Réimprimer le badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="155" />
        <source>enregistré : {masked}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="202" />
        <source>Heure attendue au format hh:mm (exemple : 16:30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="221" />
        <source>{name} est arrivé(e) à {time} — badge n° {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/checkin.py" line="254" />
        <source>Entrée refusée à {name} par {manager}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="133" />
        <source>Clôturer la caisse — session n° {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="136" />
        <source>Clôturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="140" />
        <source>&lt;b&gt;Billets&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="141" />
        <source>&lt;b&gt;Pièces&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="164" />
        <source>Espèces attendues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="165" />
        <source>Espèces comptées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="166" />
        <source>Écart</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="51" />
        <source>Rechercher une société…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="54" />
        <source>Afficher les fiches désactivées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="57" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="58" />
        <source>Secteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="59" />
        <source>Étage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="60" />
        <source>Salariés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="63" />
        <source>Nom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="64" />
        <source>Fonction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="65" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="66" />
        <source>Téléphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="72" />
        <source>Importer un CSV…</source>
        <translation>Import a CSV…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="75" />
        <source>Nouvelle société…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="75" />
        <location filename="../../reception/ui/settings/directory_tab.py" line="78" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="76" />
        <location filename="../../reception/ui/settings/directory_tab.py" line="79" />
        <source>Désactiver / réactiver</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="78" />
        <source>Nouveau salarié…</source>
        <translation>New employee…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="95" />
        <source>Choisissez une société pour voir ses salariés.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="140" />
        <source>Salariés de {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="155" />
        <source>Modifier la société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="155" />
        <source>Nouvelle société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="159" />
        <location filename="../../reception/ui/settings/directory_tab.py" line="197" />
        <source>&amp;Nom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="160" />
        <source>&amp;ICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="161" />
        <source>&amp;Secteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="162" />
        <source>É&amp;tage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="163" />
        <source>&amp;Bureau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="167" />
        <source>&amp;Arrivée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="190" />
        <source>Modifier le salarié</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="190" />
        <source>Nouveau salarié — {company}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="198" />
        <source>&amp;Prénom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="199" />
        <source>&amp;Fonction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="200" />
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="201" />
        <source>&amp;Téléphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="229" />
        <source>Importer des salariés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="230" />
        <source>Fichiers CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/directory_tab.py" line="242" />
        <source>Import terminé : {tenants} société(s) et {employees} salarié(s) ajoutés.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception/ui/errors.py" line="22" />
        <source>Une erreur inattendue est survenue. Elle a été enregistrée ; vous pouvez continuer.</source>
        <translation>An unexpected error occurred. It has been logged; you may carry on.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="51" />
        <location filename="../../reception/ui/errors.py" line="65" />
        <source>Désolé</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <location filename="../../reception/ui/errors.py" line="63" />
        <source>Opération refusée</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="50" />
        <source>Visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="51" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="52" />
        <source>Personne visitée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="53" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="54" />
        <source>Événement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="55" />
        <source>Statut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="68" />
        <source>Faire &amp;entrer la sélection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="71" />
        <source>&amp;Importer une liste d'invités…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="78" />
        <source>Ctrl+A sélectionne toute la liste.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="93" />
        <source>{waiting} attendu(s) sur {total} aujourd'hui</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="116" />
        <source>Liste d'invités</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="117" />
        <source>Fichiers CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="33" />
        <source>Premier démarrage</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="36" />
        <source>Aucun compte n'existe encore. Créez le compte administrateur de ce poste : il servira à créer les comptes des réceptionnistes et des responsables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="40" />
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="43" />
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="44" />
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="45" />
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="46" />
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../reception/ui/forms.py" line="157" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reception/ui/first_admin.py" line="18" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>GuestListDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="134" />
        <source>Importer une liste d'invités</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="142" />
        <source>Personne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="142" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="146" />
        <source>Fichier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="147" />
        <source>Événement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="148" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="149" />
        <source>Invités reçus par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="151" />
        <source>Importer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="168" />
        <source>Fichier illisible : enregistrez-le en CSV UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/expected.py" line="171" />
        <source>Donnez le nom de l'événement.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="174" />
        <source>Nom du visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="176" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="178" />
        <source>Personne visitée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="180" />
        <source>Toutes les sociétés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="182" />
        <source>Tous les types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="186" />
        <source>&amp;Rechercher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="193" />
        <source>Exporter CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="195" />
        <source>Exporter Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="204" />
        <source>Du</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="206" />
        <source>au</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="255" />
        <source>{shown} affichée(s) sur {total} visite(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="260" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="260" />
        <source>Fichier CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/history.py" line="261" />
        <source>Exporter l'historique</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reception/ui/home/page.py" line="56" />
        <source>Aucun indicateur pour votre rôle pour l'instant.</source>
        <translation>No figures for your role yet.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="106" />
        <source>Bonjour</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../reception/ui/home/page.py" line="106" />
        <source>Bonsoir</source>
        <translation>Good evening</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="30" />
        <source>Connexion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="31" />
        <source>Échec de connexion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="32" />
        <source>Compte verrouillé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="33" />
        <source>Compte créé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="34" />
        <source>Paramètre modifié</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="35" />
        <source>Arrivée d'un visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="36" />
        <source>Sortie d'un visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="37" />
        <source>Badge réimprimé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="38" />
        <source>Résumé quotidien archivé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="40" />
        <source>Date et heure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="40" />
        <source>Poste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="41" />
        <source>N°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="41" />
        <source>Utilisateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="42" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/model.py" line="42" />
        <source>Objet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="89" />
        <source>Utilisateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="89" />
        <source>Action ou préfixe (visits.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="90" />
        <source>Objet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="93" />
        <source>Filtrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="96" />
        <source>Vérifier l'intégrité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="98" />
        <source>Exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="100" />
        <source>Exporter en CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="101" />
        <source>Exporter en XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="104" />
        <source>Du</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="104" />
        <source>au</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="131" />
        <location filename="../../reception/ui/journal/page.py" line="205" />
        <source>Sélectionnez un événement pour voir ce qui a changé.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="134" />
        <source>Champ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="134" />
        <source>Avant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="134" />
        <source>Après</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="153" />
        <source>Journal d'audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="194" />
        <source>Chargement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="199" />
        <source> (faites défiler pour la suite)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/journal/page.py" line="200" />
        <source>%n événement(s) affiché(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="208" />
        <source>&lt;b&gt;%1&lt;/b&gt; — n° %2 au poste %3, par %4, le %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="234" />
        <source>Vérification de la chaîne…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="263" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="263" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="264" />
        <source>Exporter le journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="269" />
        <source>Export en cours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/journal/page.py" line="274" />
        <source>Exporté : %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="75" />
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="81" />
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="84" />
        <source>Changer d'utilisateur</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="102" />
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="105" />
        <source>{name} — saisissez votre mot de passe pour reprendre.</source>
        <translation>{name} — enter your password to resume.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/idle_lock.py" line="157" />
        <source>Mot de passe incorrect.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../reception/ui/login.py" line="45" />
        <location filename="../../reception/ui/login.py" line="47" />
        <source>Console d'accueil</source>
        <translation>Reception console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="48" />
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="52" />
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="56" />
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="61" />
        <location filename="../../reception/ui/login.py" line="160" />
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="77" />
        <source>Console d'accueil — {site}</source>
        <translation>Reception console — {site}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="79" />
        <source>{desk} · poste {code}</source>
        <translation>{desk} · desk {code}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="101" />
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="101" />
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="137" />
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/login.py" line="160" />
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception/ui/main_window.py" line="46" />
        <source>Console d'accueil — {site}</source>
        <translation>Reception console — {site}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="116" />
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="117" />
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="118" />
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="120" />
        <location filename="../../reception/ui/main_window.py" line="242" />
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="122" />
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="127" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="130" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="132" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="164" />
        <source>Poste {code} · {name}</source>
        <translation>Desk {code} · {name}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="174" />
        <source>Dernière synchro : {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../../reception/ui/main_window.py" line="243" />
        <source>&lt;b&gt;Console d'accueil&lt;/b&gt; — version {version}&lt;br&gt;Accueil des visiteurs, salles de réunion et cafétéria du technopark.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManageTab</name>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="48" />
        <source>Projecteur, Écran, Visioconférence, Tableau blanc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="57" />
        <location filename="../../reception/ui/rooms/manage.py" line="58" />
        <source>horaires du site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="59" />
        <source>Ouverte à la réservation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="61" />
        <source>Nom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="61" />
        <source>Étage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="62" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="63" />
        <source>Équipement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="64" />
        <source>Prix / heure (DH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="65" />
        <source>Ouverture (hh:mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="66" />
        <source>Fermeture (hh:mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="67" />
        <source>Battement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="70" />
        <source>Nouvelle salle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="70" />
        <source>Enregistrer la salle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="77" />
        <source>Salle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="82" />
        <source>Heures gratuites par mois</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="87" />
        <source>Enregistrer le forfait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="117" />
        <source>du site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="120" />
        <source>oui</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/manage.py" line="120" />
        <source>non</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="23" />
        <source>Liste de vigilance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="28" />
        <source>sans limite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="29" />
        <source>Motif : {reason} — jusqu'au : {until}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="40" />
        <source>Responsable (identifiant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="41" />
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="42" />
        <source>Autoriser l'entrée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="43" />
        <source>Refuser l'entrée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="45" />
        <source>Annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/approval.py" line="74" />
        <source>Validation impossible.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../reception/ui/pages.py" line="76" />
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="78" />
        <source>Visiteurs</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="80" />
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="82" />
        <source>Cafétéria</source>
        <translation>Cafeteria</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="84" />
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="86" />
        <source>Journal</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../reception/ui/pages.py" line="88" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OnSiteModel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="47" />
        <source>Visiteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="48" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="49" />
        <source>Personne visitée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="50" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="51" />
        <source>Étage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="52" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="53" />
        <source>Arrivée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="54" />
        <source>Durée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="55" />
        <source>Badge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnSitePanel</name>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="81" />
        <source>&amp;Sortie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="84" />
        <source>Réimprimer le badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="86" />
        <source>Tout le monde est sorti…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="92" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="94" />
        <source>Étage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="120" />
        <source>Toutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="123" />
        <source>Tous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="138" />
        <source>{count} personne(s) sur site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="157" />
        <source>Tout le monde est sorti</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/onsite.py" line="158" />
        <source>Enregistrer la sortie de toutes les personnes encore sur site ({count}) ?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="106" />
        <source>Ouvrir la caisse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="110" />
        <source>Fond de caisse (DH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="111" />
        <source>Proposé : ce qui a été compté à la dernière clôture.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="56" />
        <source>Du</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="56" />
        <source>Au</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="57" />
        <source>Jour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="57" />
        <source>Mois</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="58" />
        <source>Société</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="58" />
        <source>Salle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="59" />
        <source>N° de session de caisse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="60" />
        <source>Société (texte)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="61" />
        <source>Site (code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="61" />
        <source>Poste (code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="62" />
        <source>Utilisateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="62" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="63" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/params.py" line="89" />
        <source>(tous)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../reception/ui/printing.py" line="110" />
        <source>Aperçu avant impression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="119" />
        <source>Imprimer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/printing.py" line="120" />
        <source>Fermer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="64" />
        <source>Jour ou semaine précédente (Page préc.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="65" />
        <source>Jour ou semaine suivante (Page suiv.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="68" />
        <source>Aujourd'hui</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="70" />
        <source>Jour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="70" />
        <source>Semaine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="79" />
        <source>Feuille du jour (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="150" />
        <location filename="../../reception/ui/rooms/planning.py" line="157" />
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/rooms/planning.py" line="154" />
        <source>%n réservation(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="163" />
        <source>Semaine du %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/planning.py" line="211" />
        <source>Feuille du jour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="104" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="139" />
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/preferences_tab.py" line="139" />
        <source>Aucun changement.</source>
        <translation>No change.</translation>
    </message>
</context>
<context>
    <name>PriceListTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="38" />
        <location filename="../../reception/ui/cafeteria/prices.py" line="64" />
        <source>Produit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="39" />
        <source>Prix TTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="40" />
        <source>TVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="41" />
        <source>Bons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="42" />
        <source>Validité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="42" />
        <source>{n} j</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="43" />
        <source>Touche</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="44" />
        <location filename="../../reception/ui/cafeteria/prices.py" line="60" />
        <source>En vente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="44" />
        <source>oui</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="44" />
        <source>non</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="65" />
        <source>Libellé du bon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="66" />
        <source>Prix TTC (DH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="67" />
        <source>Taux de TVA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="68" />
        <source>Bons par vente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="69" />
        <source>Validité des bons (jours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="70" />
        <source>Touche (F1...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="71" />
        <source>Ordre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="74" />
        <source>Nouveau produit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/prices.py" line="76" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="65" />
        <source>Choisissez un rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="71" />
        <source>Aperçu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="73" />
        <source>Imprimer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="74" />
        <source>Enregistrer en PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="75" />
        <source>Exporter CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="76" />
        <source>Exporter XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="89" />
        <source>Annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="175" />
        <source>Préparation du rapport…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reception/ui/reports/page.py" line="197" />
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="227" />
        <source>Envoyé à l'imprimante.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="234" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="234" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="234" />
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="236" />
        <source>Enregistrer le rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/reports/page.py" line="244" />
        <source>Enregistré : %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../reception/ui/rooms/page.py" line="19" />
        <source>Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/rooms/page.py" line="23" />
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
</context>
<context>
    <name>SaleTab</name>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="85" />
        <source>Ouvrir la caisse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="86" />
        <source>Clôturer la caisse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="87" />
        <location filename="../../reception/ui/cafeteria/sale.py" line="428" />
        <source>Rapport X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="88" />
        <source>Annuler une vente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="95" />
        <source>Bon à utiliser : ABCDE-FGHJK-M ou scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="111" />
        <source>Bon :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="118" />
        <source>Produit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="118" />
        <source>Qté</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="118" />
        <source>Prix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="118" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="151" />
        <source>Valider et imprimer (Entrée)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="154" />
        <source>Vider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="157" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="158" />
        <source>Paiement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="159" />
        <source>Montant remis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="160" />
        <source>Référence TPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="161" />
        <source>Monnaie à rendre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="235" />
        <source>Client de passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="250" />
        <source>Caisse fermée : ouvrez-la pour vendre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="252" />
        <source>Caisse ouverte — session n° {n}, fond {f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="297" />
        <source>Total : {t}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="304" />
        <source>montant illisible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="328" />
        <source>Ajoutez au moins un produit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="358" />
        <source>Ticket {n} enregistré : {t}{c}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="384" />
        <source>Bon {label} accepté.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/sale.py" line="438" />
        <source>Vente {n} annulée.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="32" />
        <source>Site et poste</source>
        <translation>Site and desk</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="32" />
        <source>Réglages</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="33" />
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/page.py" line="33" />
        <source>Annuaire</source>
        <translation>Directory</translation>
    </message>
</context>
<context>
    <name>SiteTab</name>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="14" />
        <source>Nom du site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="15" />
        <source>Ville</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="16" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="17" />
        <source>Raison sociale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="18" />
        <source>ICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="19" />
        <source>Identifiant fiscal (IF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="20" />
        <source>Taxe professionnelle (TP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="21" />
        <source>Ouverture (hh:mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="22" />
        <source>Fermeture (hh:mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="40" />
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="43" />
        <source>Nom du poste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="44" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="71" />
        <source>site {site} · poste {desk}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/site_tab.py" line="88" />
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reception/ui/status.py" line="14" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="52" />
        <source>Synchroniser maintenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="89" />
        <source>Aucune base centrale configurée (Paramètres, groupe Synchronisation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="104" />
        <source>Synchronisation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="130" />
        <source>Synchronisation terminée : {summary}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="132" />
        <source>Synchronisation interrompue : {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/sync/desk.py" line="141" />
        <source>La synchronisation a échoué (détail dans le journal).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="33" />
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="34" />
        <source>Nom complet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="35" />
        <source>Rôle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36" />
        <source>État</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36" />
        <source>actif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="36" />
        <source>désactivé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="39" />
        <source>Nouvel utilisateur…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="40" />
        <source>Changer le rôle…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="41" />
        <source>Réinitialiser le mot de passe…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="42" />
        <location filename="../../reception/ui/settings/users_tab.py" line="74" />
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="73" />
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="84" />
        <source>Nouvel utilisateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="88" />
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="89" />
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="90" />
        <location filename="../../reception/ui/settings/users_tab.py" line="102" />
        <source>&amp;Rôle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="91" />
        <location filename="../../reception/ui/settings/users_tab.py" line="114" />
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="92" />
        <location filename="../../reception/ui/settings/users_tab.py" line="115" />
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="100" />
        <source>Rôle de {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/settings/users_tab.py" line="110" />
        <source>Nouveau mot de passe pour {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitorDesk</name>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="93" />
        <source>{name} est sorti(e)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="114" />
        <source>Liste d'évacuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="115" />
        <source>Liste d'évacuation envoyée à l'impression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/desk.py" line="116" />
        <source>Liste d'évacuation prête.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="26" />
        <source>&amp;Arrivée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="27" />
        <source>&amp;Sur site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="28" />
        <source>A&amp;ttendus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/visitors/page.py" line="32" />
        <source>&amp;Historique</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="212" />
        <source>Annuler une vente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="213" />
        <source>Annuler la vente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="224" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="225" />
        <source>Motif</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="51" />
        <source>Responsable (identifiant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reception/ui/cafeteria/dialogs.py" line="52" />
        <source>Mot de passe du responsable</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>