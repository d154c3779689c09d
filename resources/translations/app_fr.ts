<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kiosk/ui/about.py" line="+26"/>
        <source>About the check-in kiosk</source>
        <translation>À propos de la borne d’enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in kiosk %1</source>
        <translation>Borne d’enregistrement %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event check-in: the registration desk and the self-scan kiosk. Open source (Apache-2.0).</source>
        <translation>Enregistrement des participants&#xa0;: l’accueil et la borne en libre-service. Logiciel libre (Apache-2.0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event file:</source>
        <translation>Fichier de l’événement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the log&apos;s &amp;folder</source>
        <translation>Ouvrir le &amp;dossier du journal</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kiosk/ui/organizer/launch.py" line="+101"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the event</source>
        <translation>Impossible d’ouvrir l’événement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kiosk mode cannot start</source>
        <translation>Le mode borne ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The self-scan kiosk screen is not part of this build. Start without --kiosk for the desk.</source>
        <translation type="vanished">L’écran de la borne libre-service ne fait pas partie de cette version. Lancez sans --kiosk pour l’accueil.</translation>
    </message>
</context>
<context>
    <name>BackgroundServices</name>
    <message>
        <location filename="../../kiosk/ui/services.py" line="+144"/>
        <source>Check-ins are saved on this laptop first and sent to the hub when it answers.</source>
        <extracomment>Whether a hub is configured (after the settings were read); the sync worker runs if so. The sync state for a person, translated: &quot;Sync: offline since 10:42 - 37 check-ins waiting&quot;. A sync problem a person can act on (the hub&apos;s password masked), for the log or a tooltip.</extracomment>
        <translation>Les enregistrements sont d’abord gardés sur cet ordinateur, puis envoyés au serveur central dès qu’il répond.</translation>
    </message>
    <message>
        <source>Sync: synced</source>
        <translation type="vanished">Synchro&#xa0;: à jour</translation>
    </message>
    <message>
        <source>Sync: not connected to a hub</source>
        <translation type="vanished">Synchro&#xa0;: aucun serveur central</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="vanished">Synchro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync: offline since %1 - 1 check-in waiting</source>
        <translation type="vanished">Synchro&#xa0;: hors ligne depuis %1 - 1 enregistrement en attente</translation>
    </message>
    <message>
        <source>Sync: offline since %1 - %2 check-ins waiting</source>
        <translation type="vanished">Synchro&#xa0;: hors ligne depuis %1 - %2 enregistrements en attente</translation>
    </message>
    <message>
        <source>Sync: online - 1 check-in waiting</source>
        <translation type="vanished">Synchro&#xa0;: en ligne - 1 enregistrement en attente</translation>
    </message>
    <message>
        <source>Sync: online - %1 check-ins waiting</source>
        <translation type="vanished">Synchro&#xa0;: en ligne - %1 enregistrements en attente</translation>
    </message>
    <message>
        <source>Sync: not synced yet - 1 check-in waiting</source>
        <translation type="vanished">Synchro&#xa0;: pas encore synchronisé - 1 enregistrement en attente</translation>
    </message>
    <message>
        <source>Sync: not synced yet - %1 check-ins waiting</source>
        <translation type="vanished">Synchro&#xa0;: pas encore synchronisé - %1 enregistrements en attente</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <location filename="../../kiosk/ui/organizer/backups_window.py" line="+57"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app backs the event up before every import and restore. Only backups that pass the checks are listed.</source>
        <translation>L’application sauvegarde l’événement avant chaque import et chaque restauration. Seules les sauvegardes qui passent les contrôles sont listées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation>Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kept in %1</source>
        <translation>Gardées dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup yet: press Back up now.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: cliquez sur Sauvegarder maintenant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backed up by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up: %1.</source>
        <translation>Sauvegarde faite&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore the backup taken on %1?

The event goes back to how it was then: %2 people and %3 check-ins (now: %4 people and %5 check-ins).</source>
        <translation>Restaurer la sauvegarde faite le %1&#x202f;?

L’événement redevient tel qu’il était alors&#xa0;: %2 personnes et %3 enregistrements (maintenant&#xa0;: %4 personnes et %5 enregistrements).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n check-in(s) made since then will be lost, unless another station or the sync hub holds them: sync afterwards to bring them back.</source>
        <translation>
            <numerusform>%n enregistrement fait depuis sera perdu, sauf si un autre poste ou le serveur central l’a&#xa0;: synchronisez ensuite pour le récupérer.</numerusform>
            <numerusform>%n enregistrements faits depuis seront perdus, sauf si un autre poste ou le serveur central les a&#xa0;: synchronisez ensuite pour les récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-ins made since then will be lost, unless another station or the sync hub holds them.</source>
        <translation>Les enregistrements faits depuis seront perdus, sauf si un autre poste ou le serveur central les a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event as it is now is backed up first.</source>
        <translation>L’événement tel qu’il est maintenant est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event is back as it was on %1.</source>
        <translation>L’événement est revenu tel qu’il était le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event as it was just before is kept as a backup (before a restore): restore that one from File &gt; Backups to undo this.</source>
        <translation>L’événement tel qu’il était juste avant est gardé comme sauvegarde (avant une restauration)&#xa0;: restaurez-la depuis Fichier &gt; Sauvegardes pour annuler ceci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est gardé dans %1.</translation>
    </message>
</context>
<context>
    <name>BadgeChoicesDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/export_choices.py" line="+112"/>
        <source>Badges for pre-printing</source>
        <translation>Badges à préimprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the ticket types…</source>
        <translation>Lecture des types de billet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ticket types (none ticked: every admitted attendee):</source>
        <translation>&amp;Types de billet (aucun coché&#xa0;: toutes les personnes admises)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start at label:</source>
        <translation>&amp;Première étiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space ticks or unticks the chosen type.</source>
        <translation>Espace coche ou décoche le type choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has a ticket type: every admitted attendee gets a badge.</source>
        <translation>Personne n’a de type de billet&#xa0;: toutes les personnes admises ont un badge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 labels per sheet (%2). To finish a part-used sheet, start at its first free label, counted left to right, top to bottom.</source>
        <translation>%1 étiquettes par feuille (%2). Pour finir une feuille entamée, commencez à sa première étiquette libre, comptée de gauche à droite, de haut en bas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One badge per page (%1): each badge is printed on its own.</source>
        <translation>Un badge par page (%1)&#xa0;: chaque badge est imprimé seul.</translation>
    </message>
</context>
<context>
    <name>BadgeFixDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/badge_fix.py" line="+70"/>
        <source>Fix badge text</source>
        <translation>Corriger le texte du badge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the badge changes. The registration, the search and the exports keep the registered name, and a new import of the registrations does not undo this fix.</source>
        <translation>Seul le badge change. L’inscription, la recherche et les exports gardent le nom inscrit, et une nouvelle importation des inscriptions n’annule pas cette correction.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the badge</source>
        <translation>Imprimé sur le badge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As registered</source>
        <translation>Comme inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this as registered</source>
        <translation>Imprimer ce champ comme à l’inscription</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your name (recorded with the fix)</source>
        <translation>votre nom (noté avec la correction)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed &amp;by:</source>
        <translation>Corrigé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Earlier fixes</source>
        <translation>Corrections précédentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save badge text</source>
        <translation>&amp;Enregistrer le texte du badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;all as registered</source>
        <translation>Tout imprimer comme à l’&amp;inscription</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Badge of %1 (%2)</source>
        <translation>Badge de %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back to the registration</source>
        <translation>retour à l’inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 at %3: %4</source>
        <translation>%1 — %2 au poste %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say who fixes the badge (your name): the fix is recorded with it.</source>
        <translation>Dites qui corrige le badge (votre nom)&#xa0;: la correction est notée avec.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Sauvegarde…</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../../kiosk/ui/desk/badge_panel.py" line="+58"/>
        <source>Badge preview</source>
        <extracomment>The badge is drawn once a burst of scans is over (rendering is heavy Python).</extracomment>
        <translation>Aperçu du badge</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/organizer_menu.py" line="+45"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No camera (scanner and search only)</source>
        <translation>Pas de caméra (lecteur de codes et recherche seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for cameras…</source>
        <translation>Recherche des caméras…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file…</source>
        <translation>Fichier &amp;vidéo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Video: %1</source>
        <translation>Vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 camera(s) found.</source>
        <translation>%1 caméra(s) trouvée(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera answered. Plug one in and open this again, or use a video file.</source>
        <translation>Aucune caméra n’a répondu. Branchez-en une et rouvrez cette fenêtre, ou utilisez un fichier vidéo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera %1</source>
        <translation>Caméra %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a video file</source>
        <translation>Choisir un fichier vidéo</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../kiosk/ui/camera_view.py" line="+32"/>
        <source>No camera: the keyboard scanner and the search work as usual.</source>
        <translation>Pas de caméra&#xa0;: le lecteur de codes et la recherche fonctionnent comme d’habitude.</translation>
    </message>
</context>
<context>
    <name>CameraWorker</name>
    <message>
        <location filename="../../kiosk/ui/camera_worker.py" line="+119"/>
        <source>Starting the camera...</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Camera disconnected - reconnecting</source>
        <translation>Caméra déconnectée&#xa0;: reconnexion</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+8"/>
        <source>Camera not found - retrying</source>
        <translation>Caméra introuvable&#xa0;: nouvel essai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera ready</source>
        <translation>Caméra prête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The video has ended</source>
        <translation>La vidéo est terminée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera stopped</source>
        <translation>Caméra arrêtée</translation>
    </message>
</context>
<context>
    <name>ChooseDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/questions.py" line="+57"/>
        <source>Choose the person</source>
        <translation>Choisir la personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket&apos;s order holds several people. Ask their name and choose them; nobody is checked in until you do.</source>
        <translation>La commande de ce billet compte plusieurs personnes. Demandez son nom et choisissez-la&#x202f;; personne n’est enregistré tant que vous ne l’avez pas fait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not admitted: %1)</source>
        <translation>(non admis&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check in the chosen person</source>
        <translation>Enregistrer la personne choisie</translation>
    </message>
</context>
<context>
    <name>ChosenPerson</name>
    <message>
        <location filename="../../kiosk/ui/desk/chosen.py" line="+72"/>
        <source>Nobody chosen: scan a ticket, or search and choose with ↓ ↑.</source>
        <translation>Personne n’est choisi&#xa0;: scannez un billet, ou cherchez et choisissez avec ↓ ↑.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>details missing: press F2 to complete them</source>
        <translation>coordonnées manquantes&#xa0;: F2 pour les compléter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in today at %1 (%2)</source>
        <translation>enregistré aujourd’hui à %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked in today</source>
        <translation>pas encore enregistré aujourd’hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no badge printed yet</source>
        <translation>aucun badge imprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>badge FAILED, will be retried (see the print queue)</source>
        <translation>badge en ÉCHEC, nouvel essai prévu (voir la file d’impression)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge waiting to print</source>
        <translation>badge en attente d’impression</translation>
    </message>
    <message>
        <source>badge printed; reprint limit reached (%1 of %2)</source>
        <translation type="vanished">badge imprimé&#x202f;; limite de réimpressions atteinte (%1 sur %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>badge printed; %n reprint(s) left</source>
        <translation>
            <numerusform>badge imprimé&#x202f;; encore %n réimpression possible</numerusform>
            <numerusform>badge imprimé&#x202f;; encore %n réimpressions possibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../kiosk/ui/dashboard.py" line="+221"/>
        <location line="+34"/>
        <source>Live attendance – %1</source>
        <translation>Présences en direct – %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>checked in</source>
        <translation>arrivées enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of those expected</source>
        <translation>des personnes attendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walk-ins</source>
        <translation>inscriptions sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge reprints</source>
        <translation>badges réimprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badges waiting</source>
        <translation>badges en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Arrivals per 15 minutes, by station</source>
        <translation>Arrivées par tranche de 15 minutes, par poste</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot read the figures: %1</source>
        <translation>Impossible de lire les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated at %1 (%2)</source>
        <translation>Mis à jour à %1 (%2)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="vanished">Mis à jour à %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No arrivals yet on %1</source>
        <translation>Aucune arrivée pour l’instant le %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>DeskForms</name>
    <message>
        <location filename="../../kiosk/ui/desk/attendee_forms.py" line="+219"/>
        <source>Choose someone first: scan them or search their name, then press F2.</source>
        <translation>Choisissez d’abord une personne&#xa0;: scannez son billet ou cherchez son nom, puis appuyez sur F2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not checked in today: there is nothing to undo.</source>
        <translation>%1 n’est pas enregistré aujourd’hui&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checked in at %1 at %2</source>
        <translation>enregistré à %1 au poste %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to undo: choose someone checked in today first.</source>
        <translation>Rien à annuler&#xa0;: choisissez d’abord une personne enregistrée aujourd’hui.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved the correction for %1.</source>
        <translation>Correction enregistrée pour %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to undo: no check-in was made at this desk since it opened.</source>
        <translation type="vanished">Rien à annuler&#xa0;: aucun enregistrement n’a été fait à ce poste depuis son ouverture.</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="vanished">Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Undo the check-in of %1? Say why:</source>
        <translation type="vanished">Annuler l’enregistrement de %1&#x202f;? Indiquez pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Scanned the wrong ticket</source>
        <translation type="vanished">Mauvais billet scanné</translation>
    </message>
</context>
<context>
    <name>DeskHooks</name>
    <message>
        <location filename="../../kiosk/ui/organizer/desk_hooks.py" line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event &amp;details…</source>
        <translation>&amp;Détails de l’événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer les inscriptions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &amp;personal data…</source>
        <translation>Supprimer les données &amp;personnelles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fix badge text…</source>
        <translation>&amp;Corriger le texte du badge…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import registrations…</source>
        <translation>Importer les inscriptions…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d’événement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No other event opened lately</source>
        <translation>Aucun autre événement ouvert récemment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a person in the list first, then Fix badge text.</source>
        <translation>Choisissez d’abord une personne dans la liste, puis Corriger le texte du badge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody is registered yet: import the registration export (File &gt; Import registrations…, Ctrl+I).</source>
        <translation>Personne n’est encore inscrit&#xa0;: importez l’export des inscriptions (Fichier &gt; Importer les inscriptions…, Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../kiosk/ui/desk/printing.py" line="+61"/>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge for %1?</source>
        <translation>Imprimer un badge pour %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Badges: %1 waiting, %2 printed</source>
        <translation>Badges&#xa0;: %1 en attente, %2 imprimés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 FAILED (see the print queue)</source>
        <translation>, %1 EN ÉCHEC (voir la file d’impression)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge queued for %1.</source>
        <translation>Badge mis en file d’impression pour %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge for %1 not printed: %2</source>
        <translation>Badge de %1 non imprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../kiosk/ui/desk/side_panels.py" line="+194"/>
        <source>Station: %1</source>
        <translation>Poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked in today: %1 / %2</source>
        <translation type="vanished">Enregistrés aujourd’hui&#xa0;: %1 / %2</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../kiosk/ui/desk/window.py" line="+90"/>
        <source>Check-in desk</source>
        <translation>Accueil des participants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/layout.py" line="+39"/>
        <source>Not focused: click here to scan</source>
        <translation>Fenêtre inactive&#xa0;: cliquez ici pour scanner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search: name, email, organization or code   (↑ ↓ choose, Enter check in)</source>
        <translation>Rechercher&#xa0;: nom, courriel, organisation ou code   (↑ ↓ choisir, Entrée enregistrer)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Recent scans at this station</source>
        <translation>Derniers scans à ce poste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Desk actions</source>
        <translation>Actions de l’accueil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check in chosen person</source>
        <translation>Enregistrer la personne choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in
Enter</source>
        <translation>Enregistrer
Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk-in</source>
        <translation>Inscription &amp;sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct attendee</source>
        <translation>&amp;Corriger le participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation type="vanished">&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print badge</source>
        <translation>&amp;Imprimer le badge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Check in chosen person  (Enter)</source>
        <translation type="vanished">Enregistrer la personne choisie  (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;queue…</source>
        <translation>&amp;File d’impression…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to open the print queue (Ctrl+Shift+P)</source>
        <translation>Cliquer pour ouvrir la file d’impression (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play verdict &amp;sounds</source>
        <translation>Jouer les &amp;sons des résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Badge of the last person checked in</source>
        <translation>Badge de la dernière personne enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/window.py" line="+108"/>
        <source>Scanned code</source>
        <translation>Code scanné</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No one matches “%1”. Add a walk-in with Ctrl+N.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;». Ajoutez une inscription sur place avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody chosen: type a name, or choose someone with ↓ ↑, then Enter.</source>
        <translation>Personne n’est choisi&#xa0;: tapez un nom, ou choisissez avec ↓ ↑, puis Entrée.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose someone first: scan them or search their name, then press Ctrl+P.</source>
        <translation>Choisissez d’abord une personne&#xa0;: scannez son billet ou cherchez son nom, puis appuyez sur Ctrl+P.</translation>
    </message>
    <message>
        <source>Type a name, email, organization or code to search.</source>
        <translation type="vanished">Tapez un nom, un courriel, un organisme ou un code pour chercher.</translation>
    </message>
    <message>
        <source>More than %1 matches; the best %1 are listed. Type more to narrow.</source>
        <translation type="vanished">Plus de %1 résultats&#x202f;; les %1 meilleurs sont affichés. Précisez la recherche.</translation>
    </message>
    <message>
        <source>%1 attendees. Type to search.</source>
        <translation type="vanished">%1 participants. Tapez pour rechercher.</translation>
    </message>
    <message>
        <source>No match. Check the spelling, or add a walk-in (Ctrl+N).</source>
        <translation type="vanished">Aucun résultat. Vérifiez l’orthographe ou ajoutez une inscription sur place (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 matches; the first %2 are listed. Type more to narrow.</source>
        <translation type="vanished">%1 résultats&#x202f;; les %2 premiers sont affichés. Précisez la recherche.</translation>
    </message>
    <message>
        <source>%1 matches.</source>
        <translation type="vanished">%1 résultats.</translation>
    </message>
    <message>
        <source>Choose someone first: scan them or search their name, then press F2.</source>
        <translation type="vanished">Choisissez d’abord une personne&#xa0;: scannez son billet ou cherchez son nom, puis appuyez sur F2.</translation>
    </message>
    <message>
        <source>Nothing to undo: no check-in was made at this desk since it opened.</source>
        <translation type="vanished">Rien à annuler&#xa0;: aucun enregistrement n’a été fait à ce poste depuis son ouverture.</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="vanished">Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Undo the check-in of %1? Say why:</source>
        <translation type="vanished">Annuler l’enregistrement de %1&#x202f;? Indiquez pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Scanned the wrong ticket</source>
        <translation type="vanished">Mauvais billet scanné</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Check-in desk — %1 — %2</source>
        <translation>Accueil des participants — %1 — %2</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation type="vanished">Imprimer le badge</translation>
    </message>
    <message>
        <source>Print a badge for %1?</source>
        <translation type="vanished">Imprimer un badge pour %1&#x202f;?</translation>
    </message>
    <message>
        <source>Saved the correction for %1.</source>
        <translation type="vanished">Correction enregistrée pour %1.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation type="vanished">ENREGISTREMENT ANNULÉ</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="vanished">Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Badges: %1 waiting, %2 printed</source>
        <translation type="vanished">Badges&#xa0;: %1 en attente, %2 imprimés</translation>
    </message>
    <message>
        <source>, %1 FAILED (see the print queue)</source>
        <translation type="vanished">, %1 EN ÉCHEC (voir la file d’impression)</translation>
    </message>
    <message>
        <source>Badge queued for %1.</source>
        <translation type="vanished">Badge mis en file d’impression pour %1.</translation>
    </message>
    <message>
        <source>Badge for %1 not printed: %2</source>
        <translation type="vanished">Badge de %1 non imprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DetectedPage</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_pages.py" line="+87"/>
        <source>What this file is</source>
        <translation>Ce qu’est ce fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recognise it by itself</source>
        <translation>le reconnaître tout seul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next export imported under the same name updates these people instead of adding them again.</source>
        <translation>Le prochain export importé sous le même nom met ces personnes à jour au lieu de les ajouter une seconde fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read it as:</source>
        <translation>Le lire comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember it as the source:</source>
        <translation>Le retenir comme la source&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the &amp;columns…</source>
        <translation>Vérifier les &amp;colonnes…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 rows; the column titles are on line %2.</source>
        <translation>%1 lignes&#x202f;; les titres des colonnes sont à la ligne %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported before as “%1”: this import updates those people, with the answers given then.</source>
        <translation>Déjà importé sous «&#xa0;%1&#xa0;»&#xa0;: cette importation met ces personnes à jour, avec les réponses données alors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first import from this source.</source>
        <translation>La première importation de cette source.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The import reads these columns:</source>
        <translation>L’importation lit ces colonnes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../kiosk/ui/dialogs.py" line="+66"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_review.py" line="+170"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The roster is up to date. New: %1 (%2 may come in) · Updated: %3 · No longer admitted: %4 · Rejected lines: %5.</source>
        <translation>La liste est à jour. Nouveaux&#xa0;: %1 (dont %2 admis) · Mis à jour&#xa0;: %3 · Plus admis&#xa0;: %4 · Lignes refusées&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup of the event was taken just before: %1</source>
        <translation>Une sauvegarde de l’événement a été faite juste avant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../kiosk/ui/organizer/duplicates_window.py" line="+39"/>
        <source>Checked in twice</source>
        <translation>Enregistrés deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>D’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>De nouveau</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ticket(s) checked in a second time on the same day, by stations that could not reach each other. The first check-in counts.</source>
        <translation>
            <numerusform>%n billet enregistré une deuxième fois le même jour, par des postes qui ne pouvaient pas se joindre. Le premier enregistrement compte.</numerusform>
            <numerusform>%n billets enregistrés une deuxième fois le même jour, par des postes qui ne pouvaient pas se joindre. Le premier enregistrement compte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ticket was checked in twice on the same day.</source>
        <translation>Aucun billet n’a été enregistré deux fois le même jour.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/attendee_forms.py" line="-182"/>
        <source>Complete the details of %1</source>
        <translation>Compléter les coordonnées de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket&apos;s holder was not named when it was bought. Ask their name and e-mail and type them here; they are kept when the list is imported again.</source>
        <translation>Le détenteur de ce billet n’a pas été nommé à l’achat. Demandez son nom et son courriel et tapez-les ici&#x202f;; ils sont conservés lors d’une nouvelle importation de la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what is wrong; the correction is kept when the list is imported again.</source>
        <translation>Corrigez ce qui est faux&#x202f;; la correction est conservée quand la liste est importée à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name (badge)</source>
        <translation>Nom &amp;complet (badge)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ticket type</source>
        <translation>&amp;Type de billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>Pro&amp;noms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes</source>
        <translation>Re&amp;marques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attendee needs a name.</source>
        <translation>Le participant doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../kiosk/ui/organizer/event_form.py" line="+99"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Community Leadership Training 2026</source>
        <translation>p. ex. Formation des leaders communautaires 2026</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untick a day the event does not meet.</source>
        <translation>Décochez un jour où l’événement n’a pas lieu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event &amp;name:</source>
        <translation>&amp;Nom de l’événement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber of days:</source>
        <translation>N&amp;ombre de jours&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days it meets:</source>
        <translation>Jours où il a lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in:</source>
        <translation>Enregistré dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the event</source>
        <translation>Créer l’événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An event is one file on this computer: its roster, check-ins and settings. You can change all of this later (File &gt; Event details).</source>
        <translation>Un événement est un fichier sur cet ordinateur&#xa0;: sa liste, ses enregistrements et ses réglages. Vous pourrez tout changer plus tard (Fichier &gt; Détails de l’événement).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the event…</source>
        <translation>Lecture de l’événement…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This computer&apos;s time zone is %1. Times on screens and reports are shown in the event&apos;s time zone.</source>
        <translation>Le fuseau horaire de cet ordinateur est %1. Les heures des écrans et des rapports sont données dans le fuseau de l’événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times on screens and reports are shown in this time zone.</source>
        <translation>Les heures des écrans et des rapports sont données dans ce fuseau horaire.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Where to save the event</source>
        <translation>Où enregistrer l’événement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the event a name: it is printed on badges and reports.</source>
        <translation>Donnez un nom à l’événement&#xa0;: il est imprimé sur les badges et les rapports.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick at least one day.</source>
        <translation>Cochez au moins un jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 check-ins)</source>
        <translation>%1 (%2 enregistrements)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop days with check-ins?</source>
        <translation>Retirer des jours qui ont des enregistrements&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins were recorded on %1. If you drop that day, its check-ins stay recorded but count on no event day. Drop it anyway?</source>
        <translation>Des enregistrements ont été faits le %1. Si vous retirez ce jour, ils restent enregistrés mais ne comptent plus pour aucun jour de l’événement. Le retirer quand même&#x202f;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event saved</source>
        <translation>Événement enregistré</translation>
    </message>
</context>
<context>
    <name>ExportDayDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/export_choices.py" line="-94"/>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day of the event, or the check-ins of one day only.</source>
        <translation>Tous les jours de l’événement, ou les arrivées d’un seul jour.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../kiosk/ui/failures.py" line="+50"/>
        <source>Something went wrong while %1. This is a bug; details are in %2.</source>
        <translation>Un problème est survenu pendant %1. C’est un bogue&#x202f;; les détails sont dans %2.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_pages.py" line="-135"/>
        <source>Which file?</source>
        <translation>Quel fichier&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export of the registrations, as downloaded from the registration platform or saved from a spreadsheet. Nothing is written until the last step.</source>
        <translation>L’export des inscriptions, tel que téléchargé de la plateforme d’inscription ou enregistré depuis un tableur. Rien n’est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the export file here</source>
        <translation>Déposez le fichier d’export ici</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports from Eventbrite, Tito, pretix, Luma, Hi.Events, Ticket Tailor, Indico, alf.io, Humanitix, Meetup, Zoom, Sessionize and Google Forms are recognised in any language; any other spreadsheet with a column of names, e-mails or ticket codes works too (CSV, TSV, XLSX or XLS).</source>
        <translation>Les exports d’Eventbrite, Tito, pretix, Luma, Hi.Events, Ticket Tailor, Indico, alf.io, Humanitix, Meetup, Zoom, Sessionize et Google Forms sont reconnus dans toutes les langues&#x202f;; tout autre tableau avec une colonne de noms, de courriels ou de codes de billet convient aussi (CSV, TSV, XLSX ou XLS).</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <location filename="../../kiosk/ui/organizer/first_run.py" line="+56"/>
        <source>Set up an event</source>
        <translation>Préparer un événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+96"/>
        <source>There is no event on this computer yet. What would you like to do?</source>
        <translation>Il n’y a pas encore d’événement sur cet ordinateur. Que voulez-vous faire&#x202f;?</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it a name, its days and its time zone; then import the registrations.</source>
        <translation>Donnez-lui un nom, ses jours et son fuseau horaire&#x202f;; importez ensuite les inscriptions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an event file…</source>
        <translation>Ouvrir un fichier d’événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event file made on this computer or copied from another one (.sqlite).</source>
        <translation>Un fichier d’événement fait sur cet ordinateur ou copié d’un autre (.sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up three-day training with a demo video as the camera, in a file of its own: no real event is touched.</source>
        <translation>Une formation fictive de trois jours, avec une vidéo de démonstration en guise de caméra, dans un fichier à part&#xa0;: aucun vrai événement n’est touché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened lately:</source>
        <translation>Ouverts récemment&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d’événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the demo event…</source>
        <translation>Chargement de l’événement de démonstration…</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/forms.py" line="+102"/>
        <source>Forgot your ticket?</source>
        <translation>Billet oublié&#x202f;?</translation>
    </message>
    <message>
        <source>Type the email address you registered with and your last name.</source>
        <translation type="vanished">Tapez l’adresse courriel utilisée pour l’inscription et votre nom de famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the email address you registered with and your last name, on the keys below or a keyboard.</source>
        <translation>Tapez le courriel de votre inscription et votre nom de famille, sur les touches ci-dessous ou un clavier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find my ticket</source>
        <translation>Trouver mon billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scanning</source>
        <translation>Retour au scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We couldn&apos;t find your ticket with these details. Check the spelling, or ask at the registration desk.</source>
        <translation>Nous n’avons pas trouvé votre billet avec ces informations. Vérifiez l’orthographe ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many tries at this kiosk. Please ask at the registration desk.</source>
        <translation>Trop d’essais à cette borne. Adressez-vous à l’accueil, s’il vous plaît.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type your email address and your last name.</source>
        <translation>Tapez votre adresse courriel et votre nom de famille, s’il vous plaît.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for your ticket...</source>
        <translation>Recherche de votre billet…</translation>
    </message>
</context>
<context>
    <name>HubStationsDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/hub_stations.py" line="+61"/>
        <source>Hub and stations</source>
        <translation>Serveur central et postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each station syncs with a login of its own, which may only read the roster and add its own check-ins. Give the hub&apos;s owner login (the one that created the hub database) to set the hub up and manage the stations. It is used for this window only, never saved.</source>
        <translation>Chaque poste se synchronise avec un identifiant à lui, qui ne peut que lire la liste des inscrits et ajouter ses propres enregistrements. Donnez l’identifiant propriétaire du serveur central (celui qui a créé sa base de données) pour préparer le serveur et gérer les postes. Il ne sert que dans cette fenêtre et n’est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owner&apos;s hub address:</source>
        <translation>Adresse propriétaire du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the hub</source>
        <translation>Préparer le serveur central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the stations</source>
        <translation>Afficher les postes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a station…</source>
        <translation>Ajouter un poste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this station…</source>
        <translation>Retirer ce poste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Setting the hub up…</source>
        <translation>Préparation du serveur central…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the hub…</source>
        <translation>Interrogation du serveur central…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may sync</source>
        <translation>peut se synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n station(s) have a login on this hub.</source>
        <translation>
            <numerusform>%n poste a un identifiant sur ce serveur central.</numerusform>
            <numerusform>%n postes ont un identifiant sur ce serveur central.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub is ready; no station has a login yet: add one.</source>
        <translation>Le serveur central est prêt&#x202f;; aucun poste n’a encore d’identifiant&#xa0;: ajoutez-en un.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a station</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The station&apos;s name (e.g. Door 1):</source>
        <translation>Le nom du poste (par ex. Porte 1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding the station…</source>
        <translation>Ajout du poste…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station %1 may now sync.</source>
        <translation>Le poste %1 peut maintenant se synchroniser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync address of %1, shown only now: copy it into that station&apos;s Organizer &gt; Settings &gt; Sync, as its hub address. Keep it private.</source>
        <translation>L’adresse de synchronisation de %1, affichée seulement maintenant&#xa0;: copiez-la dans Organisation &gt; Réglages &gt; Synchro de ce poste, comme adresse du serveur central. Gardez-la privée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this station</source>
        <translation>Retirer ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the station %1? It can no longer sync (a lost or stolen laptop); what it sent stays on the hub.</source>
        <translation>Retirer le poste %1&#x202f;? Il ne pourra plus se synchroniser (un portable perdu ou volé)&#x202f;; ce qu’il a envoyé reste sur le serveur central.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing the station…</source>
        <translation>Retrait du poste…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station %1 can no longer sync.</source>
        <translation>Le poste %1 ne peut plus se synchroniser.</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/pages.py" line="+137"/>
        <source>Starting the camera...</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera ready</source>
        <translation>Caméra prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera is reconnecting: you can use the ticket scanner meanwhile</source>
        <translation>La caméra se reconnecte&#xa0;: utilisez le lecteur de billets en attendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Camera off: please use the ticket scanner</source>
        <translation>Caméra éteinte&#xa0;: utilisez le lecteur de billets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome to %1</source>
        <translation>Bienvenue à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan your ticket</source>
        <translation>Scannez votre billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the frame, facing the camera, or use the scanner.</source>
        <translation>Présentez le code QR dans le cadre, face à la caméra, ou utilisez le lecteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot your ticket?</source>
        <translation>Billet oublié&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your ticket? Find it with your email</source>
        <translation>Billet oublié&#x202f;? Retrouvez-le avec votre courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera picture: hold your ticket&apos;s code inside the frame</source>
        <translation>Image de la caméra&#xa0;: présentez le code de votre billet dans le cadre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera here: please use the ticket scanner</source>
        <translation>Pas de caméra ici&#xa0;: utilisez le lecteur de billets</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation type="vanished">Importer les inscriptions</translation>
    </message>
    <message>
        <source>CSV, TSV, XLSX or TXT export from the registration platform</source>
        <translation type="vanished">Export CSV, TSV, XLSX ou TXT de la plateforme d’inscription</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="vanished">&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>default: the platform&apos;s name (re-sync with the same name)</source>
        <translation type="vanished">par défaut&#xa0;: le nom de la plateforme (resynchronisez avec le même nom)</translation>
    </message>
    <message>
        <source>auto (detect)</source>
        <translation type="vanished">auto (détection)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="vanished">Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation type="vanished">Nom de la &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="vanished">&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Files from Eventbrite, Tito, pretix, Luma, Hi.Events, Ticket Tailor, Indico, Meetup, Google Forms and spreadsheets with usual column names are recognised. For other spreadsheets use `kiosk import --map` on the command line.</source>
        <translation type="vanished">Les fichiers d’Eventbrite, Tito, pretix, Luma, Hi.Events, Ticket Tailor, Indico, Meetup, Google Forms et les tableurs aux noms de colonnes habituels sont reconnus. Pour les autres tableurs, utilisez `kiosk import --map` en ligne de commande.</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is written until you press Import.</source>
        <translation type="vanished">Choisissez un fichier, puis vérifiez-le&#xa0;: rien n’est écrit tant que vous n’appuyez pas sur Importer.</translation>
    </message>
    <message>
        <source>Check (&amp;dry run)</source>
        <translation type="vanished">&amp;Vérifier (simulation)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="vanished">&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the registration export</source>
        <translation type="vanished">Choisir l’export des inscriptions</translation>
    </message>
    <message>
        <source>Choose the export file first.</source>
        <translation type="vanished">Choisissez d’abord le fichier d’export.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="vanished">Vérification de %1…</translation>
    </message>
    <message>
        <source>Nothing is written yet. Press Import to apply these changes.</source>
        <translation type="vanished">Rien n’est encore écrit. Appuyez sur Importer pour appliquer ces changements.</translation>
    </message>
    <message>
        <source>The roster already matches this file. Import only remembers the source.</source>
        <translation type="vanished">La liste correspond déjà à ce fichier. L’importation ne fera que mémoriser la source.</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was written. %1</source>
        <translation type="vanished">Ce fichier ne peut pas être importé&#x202f;; rien n’a été écrit. %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="vanished">Importation…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 cancelled.</source>
        <translation type="vanished">Importation terminée&#xa0;: %1 nouvelles inscriptions, %2 mises à jour, %3 annulées.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_words.py" line="+17"/>
        <source>Registration exports (%1)</source>
        <translation>Exports d’inscriptions (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Full name</source>
        <extracomment>A column this likely for a field that is left out is pointed out (&quot;Maybe “Status”?&quot;).</extracomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="vanished">admis</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation type="vanished">paiement attendu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="vanished">annulé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="vanished">refusé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="vanished">supprimé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="vanished">expiré</translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="vanished">invité</translation>
    </message>
    <message>
        <source>not attending</source>
        <translation type="vanished">ne vient pas</translation>
    </message>
    <message>
        <source>not sold</source>
        <translation type="vanished">non vendu</translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="vanished">en attente</translation>
    </message>
    <message>
        <source>pending approval</source>
        <translation type="vanished">en attente d’approbation</translation>
    </message>
    <message>
        <source>pending payment</source>
        <translation type="vanished">paiement en attente</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="vanished">remboursé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">rejeté</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="vanished">transféré</translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="vanished">annulé (billet invalidé)</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation type="vanished">sur liste d’attente</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="vanished">retiré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/import_wizard.py" line="+68"/>
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the registration export</source>
        <translation>Choisir l’export des inscriptions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 rows.</source>
        <translation>%1&#xa0;: %2 lignes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>This file cannot be imported; nothing was written. %1</source>
        <translation>Ce fichier ne peut pas être importé&#x202f;; rien n’a été écrit. %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The columns need your help: %1</source>
        <translation>Les colonnes ont besoin de vous&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some status words are new to the app: the next step asks what they mean.</source>
        <translation>Certains mots d’état sont nouveaux pour l’application&#xa0;: l’étape suivante demande ce qu’ils veulent dire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row was checked.</source>
        <translation>Toutes les lignes ont été vérifiées.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file changed since it was checked: go back and check it again.</source>
        <translation>Le fichier a changé depuis sa vérification&#xa0;: revenez en arrière et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No registration platform was recognised: the file is read as a plain spreadsheet, by its column titles and values.</source>
        <translation>Aucune plateforme d’inscription n’a été reconnue&#xa0;: le fichier est lu comme un simple tableau, d’après les titres et les valeurs de ses colonnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised: %1.</source>
        <translation>Reconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably: %1 (%2% sure).</source>
        <translation>Probablement&#xa0;: %1 (sûr à %2 %).</translation>
    </message>
    <message>
        <source>This is an export from %1.</source>
        <translation type="vanished">C’est un export de %1.</translation>
    </message>
    <message>
        <source>This looks like an export from %1 (%2% sure).</source>
        <translation type="vanished">Cela ressemble à un export de %1 (sûr à %2 %).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recognised by its column titles.</source>
        <translation>Reconnu par les titres de ses colonnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised by its numbers: each barcode is the order number, the attendee number and a sequence, as Eventbrite writes them.</source>
        <translation>Reconnu par ses numéros&#xa0;: chaque code-barres est le numéro de commande, le numéro de participant et un rang, comme les écrit Eventbrite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised by its order and attendee numbers, which have Eventbrite&apos;s length.</source>
        <translation>Reconnu par ses numéros de commande et de participant, qui ont la longueur de ceux d’Eventbrite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised by its ticket codes, which have %1&apos;s shape.</source>
        <translation>Reconnu par ses codes de billet, qui ont la forme de ceux de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised by: %1</source>
        <translation>Reconnu par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read as it is: say which column holds what.</source>
        <translation>Le fichier ne peut pas être lu tel quel&#xa0;: dites quelle colonne contient quoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No registration platform was recognised, so the columns were guessed from their titles and values: check them.</source>
        <translation>Aucune plateforme d’inscription n’a été reconnue, les colonnes ont donc été devinées d’après leurs titres et leurs valeurs&#xa0;: vérifiez-les.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform was recognised by what its columns hold, not by their titles: check the columns.</source>
        <translation>La plateforme a été reconnue par le contenu de ses colonnes, pas par leurs titres&#xa0;: vérifiez les colonnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns of this file are the form&apos;s own questions: check which one holds what.</source>
        <translation>Les colonnes de ce fichier sont les questions propres au formulaire&#xa0;: vérifiez laquelle contient quoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A column looks like it holds names or e-mails but is not used: check it.</source>
        <translation>Une colonne semble contenir des noms ou des courriels mais n’est pas utilisée&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two columns are nearly as likely for the same field: choose the right one.</source>
        <translation>Deux colonnes sont presque aussi probables pour le même champ&#xa0;: choisissez la bonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which column holds what.</source>
        <translation>Vérifiez quelle colonne contient quoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice is remembered for this source.</source>
        <translation>Votre choix est retenu pour cette source.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/window.py" line="+368"/>
        <source>Self check-in</source>
        <translation>Enregistrement libre-service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self check-in kiosk</source>
        <translation>Borne d’enregistrement libre-service</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>The event database %1 is busy: another window or program is writing to it. Wait a moment and try again; close other copies of the app if it persists.</source>
        <translation type="vanished">La base de données de l’événement %1 est occupée&#xa0;: une autre fenêtre ou un autre programme y écrit. Patientez un instant et réessayez&#x202f;; si cela continue, fermez les autres copies de l’application.</translation>
    </message>
    <message>
        <source>The event database %1 is read-only. Move it to a folder you can write to (not a CD, a locked USB stick or a shared read-only folder), or fix its permissions.</source>
        <translation type="vanished">La base de données de l’événement %1 est en lecture seule. Déplacez-la dans un dossier où vous pouvez écrire (pas un CD, une clé USB verrouillée ou un partage en lecture seule), ou corrigez ses droits.</translation>
    </message>
    <message>
        <source>The event database %1 cannot be opened: check that its folder exists and that you may write to it.</source>
        <translation type="vanished">La base de données de l’événement %1 ne s’ouvre pas&#xa0;: vérifiez que son dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The disk holding the event database %1 is full. Free some space (or move the file to another disk) and try again; nothing already saved is lost.%2</source>
        <translation type="vanished">Le disque de la base de données de l’événement %1 est plein. Libérez de la place (ou déplacez le fichier sur un autre disque) et réessayez&#x202f;; rien de ce qui est déjà enregistré n’est perdu.%2</translation>
    </message>
    <message>
        <source>The disk holding the event database %1 could not be read or written (a removed USB stick, a failing disk). Check the disk and try again.%2</source>
        <translation type="vanished">Le disque de la base de données de l’événement %1 ne peut être ni lu ni écrit (clé USB retirée, disque défaillant). Vérifiez le disque et réessayez.%2</translation>
    </message>
    <message>
        <source>The event database %1 is damaged or is not an event database.%2 Restore it with `kiosk restore BACKUP --db PATH`, or open another file.</source>
        <translation type="vanished">La base de données de l’événement %1 est endommagée ou n’est pas une base d’événement.%2 Restaurez-la avec `kiosk restore SAUVEGARDE --db CHEMIN`, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>There is no event database at %1. Create one with `kiosk init --name NAME --db %1`.</source>
        <translation type="vanished">Il n’y a pas de base de données d’événement à %1. Créez-en une avec `kiosk init --name NOM --db %1`.</translation>
    </message>
    <message>
        <source>Cannot create the event database %1: %2. Choose a folder you can write to.</source>
        <translation type="vanished">Impossible de créer la base de données de l’événement %1&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source> The latest backup is %1.</source>
        <translation type="vanished"> La dernière sauvegarde est %1.</translation>
    </message>
    <message>
        <source> No backup has been taken yet.</source>
        <translation type="vanished"> Aucune sauvegarde n’a encore été faite.</translation>
    </message>
    <message>
        <source>The event database %1 is %2. Nothing was written to it. %3</source>
        <translation type="vanished">La base de données de l’événement %1 est %2. Rien n’y a été écrit. %3</translation>
    </message>
    <message>
        <source>damaged or is not an event database</source>
        <translation type="vanished">endommagée, ou n’est pas une base d’événement</translation>
    </message>
    <message>
        <source>empty (0 bytes): it was cut short, perhaps when the disk was full</source>
        <translation type="vanished">vide (0 octet)&#xa0;: elle a été tronquée, peut-être quand le disque était plein</translation>
    </message>
    <message>
        <source>damaged (it was cut short: %1 bytes of the %2 it should hold)</source>
        <translation type="vanished">endommagée (elle a été tronquée&#xa0;: %1 octets sur les %2 qu’elle devrait contenir)</translation>
    </message>
    <message>
        <source>damaged (it was cut short: its size is not a whole number of pages)</source>
        <translation type="vanished">endommagée (elle a été tronquée&#xa0;: sa taille n’est pas un nombre entier de pages)</translation>
    </message>
    <message>
        <source>damaged (its first page is unreadable)</source>
        <translation type="vanished">endommagée (sa première page est illisible)</translation>
    </message>
    <message>
        <source>not an event database (it is another kind of file, or its first page is damaged)</source>
        <translation type="vanished">pas une base d’événement (c’est un autre genre de fichier, ou sa première page est endommagée)</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation type="vanished">endommagée (%1)</translation>
    </message>
    <message>
        <source>The newest good backup is %1 (taken %2). Restore it with `kiosk restore %1 --db %3` (the damaged file is kept aside).</source>
        <translation type="vanished">La sauvegarde saine la plus récente est %1 (faite le %2). Restaurez-la avec `kiosk restore %1 --db %3` (le fichier endommagé est mis de côté).</translation>
    </message>
    <message>
        <source>No good backup of it exists. Keep the file (someone may recover it) and start over in a new file with `kiosk init --db NEW_FILE`, then import the roster again.</source>
        <translation type="vanished">Il n’en existe aucune sauvegarde saine. Gardez le fichier (quelqu’un pourra peut-être le récupérer) et recommencez dans un nouveau fichier avec `kiosk init --db NOUVEAU_FICHIER`, puis importez de nouveau la liste des inscrits.</translation>
    </message>
    <message>
        <source> The newest good backup is %1.</source>
        <translation type="vanished"> La sauvegarde saine la plus récente est %1.</translation>
    </message>
    <message>
        <source> No good backup has been taken yet.</source>
        <translation type="vanished"> Aucune sauvegarde saine n’a encore été faite.</translation>
    </message>
    <message>
        <source>No print folder is set: choose one in the printing settings (print_folder).</source>
        <translation type="vanished">Aucun dossier d’impression n’est défini&#xa0;: choisissez-en un dans les réglages d’impression (print_folder).</translation>
    </message>
    <message>
        <source>The print folder %1 cannot be created (%2): plug the drive in or choose another folder.</source>
        <translation type="vanished">Le dossier d’impression %1 ne peut pas être créé (%2)&#xa0;: branchez le disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The print folder %1 is not writable: choose another folder or fix its permissions.</source>
        <translation type="vanished">Impossible d’écrire dans le dossier d’impression %1&#xa0;: choisissez un autre dossier ou corrigez ses droits.</translation>
    </message>
    <message>
        <source>Could not write the badge into %1 (%2): check the disk has space and the folder is still there.</source>
        <translation type="vanished">Impossible d’écrire le badge dans %1 (%2)&#xa0;: vérifiez qu’il reste de la place sur le disque et que le dossier existe toujours.</translation>
    </message>
    <message>
        <source>The CUPS print service is not running: start it (e.g. `sudo systemctl start cups`); badges wait in the queue meanwhile.</source>
        <translation type="vanished">Le service d’impression CUPS ne fonctionne pas&#xa0;: démarrez-le (p. ex. `sudo systemctl start cups`)&#x202f;; en attendant, les badges restent dans la file.</translation>
    </message>
    <message>
        <source>CUPS has no printer called %1. Check the name (`lpstat -p` lists them) or add the printer in the system&apos;s printer settings.</source>
        <translation type="vanished">CUPS ne connaît pas d’imprimante nommée %1. Vérifiez le nom (`lpstat -p` les liste) ou ajoutez l’imprimante dans les réglages d’impression du système.</translation>
    </message>
    <message>
        <source>The printer %1 is stopped (paused) in CUPS: check it is on, has labels and no jam, then resume it (`cupsenable %1` or the printer settings). Badges wait in the queue and print when it is back.</source>
        <translation type="vanished">L’imprimante %1 est arrêtée (en pause) dans CUPS&#xa0;: vérifiez qu’elle est allumée, qu’elle a des étiquettes et pas de bourrage, puis relancez-la (`cupsenable %1` ou les réglages d’impression). Les badges attendent dans la file et s’impriment dès son retour.</translation>
    </message>
    <message>
        <source>No printer is chosen: set printer_name in the printing settings (`lpstat -p` lists the printers CUPS knows).</source>
        <translation type="vanished">Aucune imprimante n’est choisie&#xa0;: réglez printer_name dans les réglages d’impression (`lpstat -p` liste les imprimantes connues de CUPS).</translation>
    </message>
    <message>
        <source>The print service did not answer within %1 s (%2). Check that CUPS is running and the printer is reachable; the badge stays queued.</source>
        <translation type="vanished">Le service d’impression n’a pas répondu en %1 s (%2). Vérifiez que CUPS fonctionne et que l’imprimante est joignable&#x202f;; le badge reste dans la file.</translation>
    </message>
    <message>
        <source>The system has no printer called %1 (it knows: %2). Check it is installed and switched on, or choose another in the printing settings.</source>
        <translation type="vanished">Le système n’a pas d’imprimante nommée %1 (il connaît&#xa0;: %2). Vérifiez qu’elle est installée et allumée, ou choisissez-en une autre dans les réglages d’impression.</translation>
    </message>
    <message>
        <source>The printer %1 reports an error: check it is on, has labels and no jam. Badges wait in the queue.</source>
        <translation type="vanished">L’imprimante %1 signale une erreur&#xa0;: vérifiez qu’elle est allumée, qu’elle a des étiquettes et pas de bourrage. Les badges attendent dans la file.</translation>
    </message>
    <message>
        <source>No printer is chosen and the system has no default printer: choose one in the printing settings (printer_name).</source>
        <translation type="vanished">Aucune imprimante n’est choisie et le système n’a pas d’imprimante par défaut&#xa0;: choisissez-en une dans les réglages d’impression (printer_name).</translation>
    </message>
    <message>
        <source>The printer %1 could not start the job: check it is on and reachable. The badge stays queued.</source>
        <translation type="vanished">L’imprimante %1 n’a pas pu commencer l’impression&#xa0;: vérifiez qu’elle est allumée et joignable. Le badge reste dans la file.</translation>
    </message>
    <message>
        <source>Unknown time zone %1: use a name like America/Toronto, Europe/Paris or UTC.</source>
        <translation type="vanished">Fuseau horaire inconnu %1&#xa0;: écrivez un nom comme America/Toronto, Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>%1 already holds the event %2. Change it with `kiosk event set`, or create the new event in another file (--db NEW.sqlite).</source>
        <translation type="vanished">%1 contient déjà l’événement %2. Changez-le dans Fichier &gt; Détails de l’événement, ou créez le nouvel événement dans un autre fichier.</translation>
    </message>
    <message>
        <source>Say who fixes the badge (a name), so that the change is recorded.</source>
        <translation type="vanished">Dites qui corrige le badge (un nom), pour que la correction soit notée.</translation>
    </message>
    <message>
        <source>A badge needs a name: give a first or a last name.</source>
        <translation type="vanished">Un badge a besoin d’un nom&#xa0;: donnez un prénom ou un nom de famille.</translation>
    </message>
</context>
<context>
    <name>LiveCounter</name>
    <message>
        <location filename="../../kiosk/ui/desk/side_panels.py" line="-100"/>
        <source>Checked in today</source>
        <translation>Enregistrés aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in today: %1 of %2</source>
        <translation>Enregistrés aujourd’hui&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../kiosk/ui/log_view.py" line="+136"/>
        <source>Time</source>
        <extracomment>A line of the log file (kiosk/logs.py FORMAT): &quot;2026-07-08 10:42:05,123 WARNING kiosk.ui.print_service [print-worker]: message&quot;.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location line="+56"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter: words to find, e.g. door 2 printer</source>
        <translation>Filtre&#xa0;: mots à trouver, p. ex. porte 2 imprimante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information and above</source>
        <translation>Informations et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Older entries (log file)</source>
        <translation>Entrées plus &amp;anciennes (fichier journal)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a line to read all of it (and a bug&apos;s details).</source>
        <translation>Choisissez une ligne pour la lire en entier (avec les détails d’un bogue).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 of %2 lines shown.</source>
        <translation>%1 lignes affichées sur %2.</translation>
    </message>
</context>
<context>
    <name>LookalikeDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/questions.py" line="+29"/>
        <source>Already registered?</source>
        <translation>Déjà inscrit&#x202f;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before adding %1 as a new person: this may be someone already registered.</source>
        <translation>Avant d’ajouter %1 comme nouvelle personne&#xa0;: il s’agit peut-être d’une personne déjà inscrite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not admitted: %1</source>
        <translation>non admis&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, check them in</source>
        <translation>Oui, l’enregistrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No, someone else: add %1</source>
        <translation>Non, quelqu’un d’autre&#xa0;: ajouter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Is this %1 from %2?</source>
        <translation>Est-ce %1 (%2)&#x202f;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is this %1?</source>
        <translation>Est-ce %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_pages.py" line="+126"/>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values in that column</source>
        <translation>Valeurs de cette colonne</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>— not in this file —</source>
        <translation>— pas dans ce fichier —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  · likely (%2%)</source>
        <translation>%1  · probable (%2 %)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Maybe “%1”? (%2)</source>
        <translation>Peut-être «&#xa0;%1&#xa0;»&#x202f;? (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty in the first rows)</source>
        <translation>(vide dans les premières lignes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose at least the column that holds the people&apos;s names (or their e-mails or ticket codes).</source>
        <translation>Choisissez au moins la colonne qui contient les noms des personnes (ou leurs courriels, ou leurs codes de billet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column “%1” is chosen for two fields: choose it once.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est choisie pour deux champs&#xa0;: choisissez-la une seule fois.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/keyboard.py" line="+71"/>
        <location line="+11"/>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
</context>
<context>
    <name>OrganizerMenu</name>
    <message>
        <location filename="../../kiosk/ui/desk/organizer_menu.py" line="+30"/>
        <source>&amp;Organizer</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer les inscriptions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;attendance…</source>
        <translation>Exporter les &amp;présences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export check-in &amp;log…</source>
        <translation>Exporter le &amp;journal des enregistrements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;no-shows…</source>
        <translation>Exporter les &amp;absences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance &amp;report (PDF)…</source>
        <translation>&amp;Rapport de présence (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Badges for pre-printing (PDF)…</source>
        <translation>&amp;Badges à préimprimer (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live &amp;dashboard</source>
        <translation>&amp;Tableau de bord en direct</translation>
    </message>
    <message>
        <source>Event &amp;settings…</source>
        <translation type="vanished">Ré&amp;glages de l’événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;kiosk mode…</source>
        <translation>&amp;Ouvrir le mode borne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Camera…</source>
        <translation>&amp;Caméra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About…</source>
        <translation>À &amp;propos…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the check-in log</source>
        <translation>Exporter le journal des enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export no-shows</source>
        <translation>Exporter les absences</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export written</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance report</source>
        <translation>Rapport de présence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the attendance report…</source>
        <translation>Création du rapport de présence…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written</source>
        <translation>Rapport créé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The attendance report (%n page(s)) is in %1</source>
        <translation>
            <numerusform>Le rapport de présence (%n page) est dans %1</numerusform>
            <numerusform>Le rapport de présence (%n pages) est dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The attendance report (%1 page(s)) is in %2</source>
        <translation type="vanished">Le rapport de présence (%1 page(s)) se trouve dans %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Badges for pre-printing</source>
        <translation>Badges à préimprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rendering badges…</source>
        <translation>Création des badges…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges written</source>
        <translation>Badges créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 badges on %2 page(s) (%3) in %4. Print at 100 % (no fit to page).</source>
        <translation>%1 badges sur %2 page(s) (%3) dans %4. Imprimez à 100 % (sans ajustement à la page).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live dashboard</source>
        <translation>Tableau de bord en direct</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the event settings…</source>
        <translation>Lecture des réglages de l’événement…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="vanished">Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>OrganizerPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/forms.py" line="+81"/>
        <source>Kiosk settings</source>
        <translation>Réglages de la borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start after (seconds)</source>
        <translation>Retour à l’accueil après (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before going back to the start</source>
        <translation>Secondes avant le retour à l’accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer &quot;Forgot your ticket?&quot; (email and last name)</source>
        <translation>Proposer «&#xa0;Billet oublié&#x202f;?&#xa0;» (courriel et nom de famille)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
</context>
<context>
    <name>OrganizerTasks</name>
    <message>
        <source>Unexpected problem: %1. Details are in the log.</source>
        <translation type="vanished">Problème inattendu&#xa0;: %1. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/questions.py" line="+69"/>
        <source>Reprint limit reached</source>
        <translation>Limite de réimpressions atteinte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. badge lost, name misspelt</source>
        <translation>p. ex. badge perdu, nom mal écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the organizer&apos;s name</source>
        <translation>le nom de l’organisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allowed by</source>
        <translation>&amp;Autorisé par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
</context>
<context>
    <name>PaperCheckinsAction</name>
    <message>
        <location filename="../../kiosk/ui/organizer/paper_checkins.py" line="+44"/>
        <source>Check in from a &amp;paper list…</source>
        <translation>E&amp;nregistrer depuis une liste papier…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the paper check-in list (CSV: code, at)</source>
        <translation>Choisissez la liste papier des arrivées (CSV&#xa0;: code, at)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking in the paper list…</source>
        <translation>Enregistrement de la liste papier…</translation>
    </message>
</context>
<context>
    <name>PaperResults</name>
    <message>
        <location line="+18"/>
        <source>Paper check-ins</source>
        <translation>Arrivées sur papier</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n person(s) checked in from the paper list.</source>
        <translation>
            <numerusform>%n personne enregistrée depuis la liste papier.</numerusform>
            <numerusform>%n personnes enregistrées depuis la liste papier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already checked in (the same file read twice answers so).</source>
        <translation>
            <numerusform>%n déjà enregistrée (un même fichier lu deux fois répond ainsi).</numerusform>
            <numerusform>%n déjà enregistrées (un même fichier lu deux fois répond ainsi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) refused: see why below.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;: voyez pourquoi ci-dessous.</numerusform>
            <numerusform>%n lignes refusées&#xa0;: voyez pourquoi ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) could not be read: fix them in the file and read it again.</source>
        <translation>
            <numerusform>%n ligne illisible&#xa0;: corrigez-la dans le fichier et relisez-le.</numerusform>
            <numerusform>%n lignes illisibles&#xa0;: corrigez-les dans le fichier et relisez-le.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped: the event file refused the check-ins (%1). %n line(s) were NOT checked in; once that is fixed, read the same file again.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: le fichier de l’événement a refusé les enregistrements (%1). %n ligne n’a PAS été enregistrée&#x202f;; une fois le problème réglé, relisez le même fichier.</numerusform>
            <numerusform>Arrêté&#xa0;: le fichier de l’événement a refusé les enregistrements (%1). %n lignes n’ont PAS été enregistrées&#x202f;; une fois le problème réglé, relisez le même fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/pin_gate.py" line="+44"/>
        <source>Organizer PIN</source>
        <translation>PIN de l’organisation</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <location filename="../../kiosk/ui/pin_dialog.py" line="+103"/>
        <location line="+7"/>
        <source>Organizer PIN</source>
        <translation>PIN de l’organisation</translation>
    </message>
    <message>
        <source>No organizer PIN is set for this event, so anyone can leave this kiosk. Set one on the desk computer: kiosk settings set kiosk_pin 482916</source>
        <translation type="vanished">Aucun PIN d’organisation n’est défini pour cet événement&#xa0;: n’importe qui peut quitter cette borne. Définissez-en un sur l’ordinateur de l’accueil&#xa0;: kiosk settings set kiosk_pin 482916</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Staff only: enter the PIN to leave the kiosk or change its settings.</source>
        <translation>Réservé à l’équipe&#xa0;: entrez le PIN pour quitter la borne ou modifier ses réglages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">Continuer</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This event has no organizer PIN any more. An organizer sets a new one on another station (Settings, Kiosk) or with the `kiosk kiosk-pin set` command, then types it here.</source>
        <translation>Cet événement n’a plus de code PIN des organisateurs. Un organisateur en définit un nouveau sur un autre poste (Réglages, Borne) ou avec la commande `kiosk kiosk-pin set`, puis le tape ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Type the PIN first.</source>
        <translation>Tapez d’abord le PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <location line="+8"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN incorrect. Encore %n essai.</numerusform>
            <numerusform>PIN incorrect. Encore %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de PIN incorrects. Réessayez dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait %1.</source>
        <translation>Patientez %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait %1 before the next try.</source>
        <translation>Patientez %1 avant le prochain essai.</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/pin_setup.py" line="+169"/>
        <source>Set the organizer PIN</source>
        <translation>Définir le code PIN des organisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode needs a PIN so that attendees cannot leave it or change its settings. Choose %1 to %2 digits and keep them for the organizers.</source>
        <translation>Le mode borne a besoin d’un code PIN pour que les participants ne puissent ni le quitter ni changer ses réglages. Choisissez %1 à %2 chiffres et gardez-les pour les organisateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The same PIN again</source>
        <translation>Le même code PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the kiosk</source>
        <translation>Démarrer la borne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: do not start the kiosk</source>
        <translation>Annuler&#xa0;: ne pas démarrer la borne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>Le code PIN doit compter %1 à %2 chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs are not the same. Type it again in the second field.</source>
        <translation>Les deux codes PIN sont différents. Tapez-le à nouveau dans le second champ.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_review.py" line="-156"/>
        <source>What the import will do</source>
        <translation>Ce que fera l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is written yet. Click a count to see those rows; press Import to apply them all, or Cancel to leave the roster as it is.</source>
        <translation>Rien n’est encore écrit. Cliquez sur un nombre pour voir ces lignes&#x202f;; appuyez sur Importer pour tout appliquer, ou sur Annuler pour laisser la liste telle quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter: a name, a code, a line number, a word of a reason</source>
        <translation>Filtrer&#xa0;: un nom, un code, un numéro de ligne, un mot d’une raison</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not admitted: %1</source>
        <translation>non admis&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now %1: no longer admitted</source>
        <translation>maintenant %1&#xa0;: plus admis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer in the export; kept in the roster</source>
        <translation>n’est plus dans l’export&#x202f;; gardé dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person under a new registration id; check-ins kept</source>
        <translation>même personne sous un nouveau numéro d’inscription&#x202f;; enregistrements gardés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 corrected at the desk to “%2”; the file says “%3” (the desk&apos;s value is kept)</source>
        <translation>%1 corrigé à l’accueil en «&#xa0;%2&#xa0;»&#x202f;; le fichier dit «&#xa0;%3&#xa0;» (la valeur de l’accueil est gardée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from the desk</source>
        <translation>gardé de l’accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file says</source>
        <translation>le fichier dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(issued at import)</source>
        <translation>(donné à l’importation)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected line</source>
        <translation>Ligne refusée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict with a desk edit</source>
        <translation>Conflit avec une correction de l’accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer admitted</source>
        <translation>Plus admis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, not admitted</source>
        <translation>Nouveau, non admis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New registration id</source>
        <translation>Nouveau numéro d’inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this file</source>
        <translation>Absent de ce fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged duplicate</source>
        <translation>Doublon fusionné</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation type="vanished">Tous&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If you import this file: %1 new (%2 may come in), %3 updated, %4 no longer admitted, %6 unchanged; rejected lines: %5.</source>
        <translation>Si vous importez ce fichier&#xa0;: %1 nouveaux (dont %2 admis), %3 mis à jour, %4 plus admis, %6 inchangés&#x202f;; lignes refusées&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/print_queue_dialog.py" line="+63"/>
        <source>Print queue</source>
        <extracomment>How many jobs the list shows (the newest first).</extracomment>
        <translation>File d’impression</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Retry failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the printer first, then try every failed badge again now.</source>
        <translation>Réparez d’abord l’imprimante, puis relancez maintenant tous les badges en échec.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;print selected</source>
        <translation>Réim&amp;primer la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the chosen person&apos;s badge again (a reprint).</source>
        <translation>Imprimer de nouveau le badge de la personne choisie (une réimpression).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The print queue cannot be read: %1</source>
        <translation>Impossible de lire la file d’impression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 waiting, %2 printing, %3 printed, %4 failed</source>
        <translation>%1 en attente, %2 en impression, %3 imprimés, %4 en échec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>printing</source>
        <translation>en impression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check-in</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reprint</source>
        <translation>réimpression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 failed badge(s) put back in the queue.</source>
        <translation>%1 badge(s) en échec remis dans la file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a badge in the list first.</source>
        <translation>Choisissez d’abord un badge dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reprint queued for %1.</source>
        <translation>Réimpression mise en file pour %1.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/purge_dialog.py" line="+80"/>
        <location line="+22"/>
        <source>Delete personal data</source>
        <translation>Supprimer les données personnelles</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>After the event, delete the names, emails and everything else that tells who came. This cannot be undone.</source>
        <translation>Après l’événement, supprimez les noms, les courriels et tout ce qui dit qui est venu. C’est irréversible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep anonymous counts (check-ins per day, hour, station and ticket type) for the report</source>
        <translation>Garder des totaux anonymes (enregistrements par jour, heure, poste et type de billet) pour le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everyone and every check-in</source>
        <translation>Supprimer tout le monde et tous les enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the attendance and the report first if you need them (Organizer menu). Every backup of this event is deleted too. Other stations and the sync hub keep their own copies: delete the data there as well.</source>
        <translation>Exportez d’abord les présences et le rapport si vous en avez besoin (menu Organisation). Toutes les sauvegardes de l’événement sont aussi supprimées. Les autres postes et le serveur central gardent leurs propres copies&#xa0;: supprimez-y aussi les données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DELETE</source>
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds %2, %3 and %4.</source>
        <translation>%1 contient %2, %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n backup file(s)</source>
        <translation>
            <numerusform>%n fichier de sauvegarde</numerusform>
            <numerusform>%n fichiers de sauvegarde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data was already deleted once; deleting again removes what came since.</source>
        <translation>Les données personnelles ont déjà été supprimées une fois&#x202f;; recommencer supprime ce qui est arrivé depuis.</translation>
    </message>
</context>
<context>
    <name>PurgeWords</name>
    <message numerus="yes">
        <location line="-79"/>
        <source>Personal data deleted: %n person(s) kept only as anonymous counts for the report.</source>
        <translation>
            <numerusform>Données personnelles supprimées&#xa0;: %n personne n’est plus qu’un total anonyme pour le rapport.</numerusform>
            <numerusform>Données personnelles supprimées&#xa0;: %n personnes ne sont plus que des totaux anonymes pour le rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Personal data deleted: %n person(s) and all their check-ins removed.</source>
        <translation>
            <numerusform>Données personnelles supprimées&#xa0;: %n personne et tous ses enregistrements retirés.</numerusform>
            <numerusform>Données personnelles supprimées&#xa0;: %n personnes et tous leurs enregistrements retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n backup file(s) deleted.</source>
        <translation>
            <numerusform>%n fichier de sauvegarde supprimé.</numerusform>
            <numerusform>%n fichiers de sauvegarde supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station no longer syncs: the hub&apos;s address was forgotten. The hub and the other stations still hold the names: delete them there too.</source>
        <translation>Ce poste ne se synchronise plus&#xa0;: l’adresse du serveur central a été oubliée. Le serveur central et les autres postes ont encore les noms&#xa0;: supprimez-les là aussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: some names or emails are still in the file (%1). Close every other program using it and delete the personal data again.</source>
        <translation>Attention&#xa0;: des noms ou des courriels sont encore dans le fichier (%1). Fermez tout autre programme qui l’utilise et supprimez de nouveau les données personnelles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked: none of the %1 names and emails remain in the event file.</source>
        <translation>Vérifié&#xa0;: aucun des %1 noms et courriels ne reste dans le fichier de l’événement.</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <location filename="../../kiosk/ui/desk/side_panels.py" line="+34"/>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../kiosk/ui/organizer/recovery.py" line="+64"/>
        <source>The event file is damaged</source>
        <translation>Le fichier de l’événement est endommagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event file cannot be opened</source>
        <translation>Ce fichier d’événement ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save a copy for help…</source>
        <translation>Enregistrer une copie pour obtenir de l’aide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the damaged file to a USB stick or a folder, for someone who may recover it.</source>
        <translation>Copiez le fichier endommagé sur une clé USB ou dans un dossier, pour quelqu’un qui pourra peut-être le récupérer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another event…</source>
        <translation>Ouvrir un autre événement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An event file made on this computer or copied from another one.</source>
        <translation>Un fichier d’événement créé sur cet ordinateur ou copié depuis un autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the event that is open.</source>
        <translation>Revenir à l’événement ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the app; the damaged file stays as it is.</source>
        <translation>Fermer l’application&#x202f;; le fichier endommagé reste tel quel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored event</source>
        <translation>Ouvrir l’événement restauré</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The event file %1 is empty (0 bytes): it was cut short, perhaps when the disk was full.</source>
        <translation>Le fichier d’événement %1 est vide (0 octet)&#xa0;: il a été tronqué, peut-être quand le disque était plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event file %1 was cut short: part of it is missing, perhaps because the disk was full or a USB stick was pulled out.</source>
        <translation>Le fichier d’événement %1 a été tronqué&#xa0;: une partie manque, peut-être parce que le disque était plein ou qu’une clé USB a été retirée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not an event file, or its beginning is damaged.</source>
        <translation>Le fichier %1 n’est pas un fichier d’événement, ou son début est endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event file %1 is damaged: some of its contents cannot be read.</source>
        <translation>Le fichier d’événement %1 est endommagé&#xa0;: une partie de son contenu ne peut pas être lue.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to it.</source>
        <translation>Rien n’y a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A good backup of it was taken %1, with %2 and %3. Restoring it brings the event back as it was then: check-ins made on this computer since then are lost, unless another station or the sync hub holds them. The damaged file is kept aside in %4.</source>
        <translation>Une sauvegarde saine en a été faite le %1, avec %2 et %3. La restaurer ramène l’événement tel qu’il était alors&#xa0;: les enregistrements faits depuis sur cet ordinateur sont perdus, sauf si un autre poste ou le serveur central les a. Le fichier endommagé est mis de côté dans %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the newest good backup (taken %1, %2)</source>
        <translation>Restaurer la dernière sauvegarde saine (faite le %1, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then the restored event opens.</source>
        <translation>Puis l’événement restauré s’ouvre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup of this event exists. Keep the damaged file: save a copy of it and give it to someone who can help, as they may recover it. Meanwhile, open another event, or create the event again and import the registrations.</source>
        <translation>Il n’existe aucune sauvegarde saine de cet événement. Gardez le fichier endommagé&#xa0;: enregistrez-en une copie et confiez-la à quelqu’un qui peut aider, il pourra peut-être le récupérer. En attendant, ouvrez un autre événement, ou créez de nouveau l’événement et importez les inscriptions.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring the backup… (the damaged file is kept aside)</source>
        <translation>Restauration de la sauvegarde… (le fichier endommagé est mis de côté)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>The event is restored</source>
        <translation>L’événement est restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds the event again as it was on %2, with %3 and %4.</source>
        <translation>%1 contient de nouveau l’événement tel qu’il était le %2, avec %3 et %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is kept as %1. If other stations or a sync hub were used, sync now to bring back the check-ins made since the backup.</source>
        <translation>Le fichier endommagé est gardé dans %1. Si d’autres postes ou un serveur central étaient utilisés, synchronisez maintenant pour récupérer les enregistrements faits depuis la sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restored event opens the next time the app starts.</source>
        <translation>L’événement restauré s’ouvrira au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save a copy of the damaged file</source>
        <translation>Enregistrer une copie du fichier endommagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy is saved as %1. Give it to someone who can help; the damaged file stays where it was.</source>
        <translation>Une copie est enregistrée dans %1. Confiez-la à quelqu’un qui peut aider&#x202f;; le fichier endommagé reste où il était.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d’événement</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/pages.py" line="+63"/>
        <source>Your badge is printing: pick it up at the printer.</source>
        <translation>Votre badge s’imprime&#xa0;: récupérez-le à l’imprimante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next person: scan your ticket</source>
        <translation>Personne suivante&#xa0;: scannez votre billet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1&#x202f;!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#x202f;!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re checked in. Enjoy the event!</source>
        <translation>Votre arrivée est enregistrée. Bon événement&#x202f;!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid today</source>
        <translation>Pas valable aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ticket is not for today</source>
        <translation>Votre billet n’est pas pour aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is %1.</source>
        <translation>Il est %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please come back then, or see the registration desk if this is a mistake.</source>
        <translation>Revenez ce jour-là, ou adressez-vous à l’accueil s’il s’agit d’une erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in</source>
        <translation>Arrivée déjà enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re already checked in</source>
        <translation>Votre arrivée est déjà enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask at the desk if you need a new badge.</source>
        <translation>Adressez-vous à l’accueil si vous avez besoin d’un nouveau badge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Please see the registration desk</source>
        <translation>Veuillez vous présenter à l’accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We couldn&apos;t check you in with this code. The team at the registration desk will be happy to help.</source>
        <translation>Nous n’avons pas pu vous enregistrer avec ce code. L’équipe de l’accueil se fera un plaisir de vous aider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Non sauvegardé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk has a problem</source>
        <translation>Désolés, cette borne a un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in was not saved. Please go to the registration desk.</source>
        <translation>Votre enregistrement n’a pas été sauvegardé. Veuillez vous présenter à l’accueil.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../kiosk/ui/desk/roster_model.py" line="+76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✖ not admitted</source>
        <translation>✖ non admis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>details missing</source>
        <translation>coordonnées manquantes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not admitted (%1)</source>
        <translation>non admis (%1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>✔ in at %1</source>
        <translation>✔ arrivé à %1</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../kiosk/ui/desk/search.py" line="+243"/>
        <source>No exact match; did you mean %1? Press Down to choose, then Enter.</source>
        <translation>Aucune correspondance exacte&#x202f;; vouliez-vous dire %1&#x202f;? Appuyez sur Bas pour choisir, puis sur Entrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No exact match; did you mean %1 or %n other(s)? Press Down to choose, then Enter.</source>
        <translation>
            <numerusform>Aucune correspondance exacte&#x202f;; vouliez-vous dire %1 ou %n autre personne&#x202f;? Appuyez sur Bas pour choisir, puis sur Entrée.</numerusform>
            <numerusform>Aucune correspondance exacte&#x202f;; vouliez-vous dire %1 ou l’une des %n autres personnes&#x202f;? Appuyez sur Bas pour choisir, puis sur Entrée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name, email, organization or code to search.</source>
        <translation>Tapez un nom, un courriel, un organisme ou un code pour chercher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match. Check the spelling, or add a walk-in (Ctrl+N).</source>
        <translation>Aucun résultat. Vérifiez l’orthographe ou ajoutez une inscription sur place (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 matches; the best %1 are listed. Type more to narrow.</source>
        <translation>Plus de %1 résultats&#x202f;; les %1 meilleurs sont affichés. Précisez la recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches.</source>
        <translation>%1 résultats.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation type="vanished">Réglages de l’événement</translation>
    </message>
    <message>
        <source>auto: print at every check-in</source>
        <translation type="vanished">auto&#xa0;: imprimer à chaque enregistrement</translation>
    </message>
    <message>
        <source>ask each time</source>
        <translation type="vanished">demander à chaque fois</translation>
    </message>
    <message>
        <source>off: print by hand (Ctrl+P)</source>
        <translation type="vanished">désactivé&#xa0;: impression manuelle (Ctrl+P)</translation>
    </message>
    <message>
        <source>cups: a CUPS printer (Linux, macOS)</source>
        <translation type="vanished">cups&#xa0;: une imprimante CUPS (Linux, macOS)</translation>
    </message>
    <message>
        <source>qt: the system print dialog&apos;s printers (Windows)</source>
        <translation type="vanished">qt&#xa0;: les imprimantes de la boîte d’impression du système (Windows)</translation>
    </message>
    <message>
        <source>folder: write PDFs to a folder</source>
        <translation type="vanished">dossier&#xa0;: écrire les PDF dans un dossier</translation>
    </message>
    <message>
        <source>Kiosk: people who forgot their ticket may search their name</source>
        <translation type="vanished">Borne&#xa0;: les personnes qui ont oublié leur billet peuvent chercher leur nom</translation>
    </message>
    <message>
        <source>set: type a new one to replace it</source>
        <translation type="vanished">défini&#xa0;: tapez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>none yet: at least 4 digits</source>
        <translation type="vanished">aucun pour l’instant&#xa0;: au moins 4 chiffres</translation>
    </message>
    <message>
        <source>Station name (this laptop):</source>
        <translation type="vanished">Nom du poste (cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Print badge at check-in:</source>
        <translation type="vanished">Imprimer le badge à l’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Printer backend:</source>
        <translation type="vanished">Système d’impression&#xa0;:</translation>
    </message>
    <message>
        <source>Printer name:</source>
        <translation type="vanished">Nom de l’imprimante&#xa0;:</translation>
    </message>
    <message>
        <source>Print folder:</source>
        <translation type="vanished">Dossier d’impression&#xa0;:</translation>
    </message>
    <message>
        <source>Badge stock:</source>
        <translation type="vanished">Support des badges&#xa0;:</translation>
    </message>
    <message>
        <source>Reprints allowed per person:</source>
        <translation type="vanished">Réimpressions permises par personne&#xa0;:</translation>
    </message>
    <message>
        <source>Kiosk returns to start after:</source>
        <translation type="vanished">La borne revient à l’accueil après&#xa0;:</translation>
    </message>
    <message>
        <source>Ignore the same scan within:</source>
        <translation type="vanished">Ignorer le même scan pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Sync hub:</source>
        <translation type="vanished">Serveur central (synchro)&#xa0;:</translation>
    </message>
    <message>
        <source>Organizer (kiosk) PIN:</source>
        <translation type="vanished">PIN de l’organisation (borne)&#xa0;:</translation>
    </message>
    <message>
        <source>The kiosk PIN must be at least 4 digits.</source>
        <translation type="vanished">Le PIN de la borne doit comporter au moins 4 chiffres.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="vanished">Sauvegarde…</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_window.py" line="+41"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing and badges</source>
        <translation>Impression et badges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Douchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changes are saved and applied as you make them.</source>
        <translation>Les changements sont enregistrés et appliqués au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1
%2
Time zone: %3</source>
        <translation>%1
%2
Fuseau horaire&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no days yet</source>
        <translation>aucun jour encore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the name, days or time zone…</source>
        <translation>Changer le nom, les jours ou le fuseau horaire…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new PIN, 4 to 12 digits</source>
        <translation>nouveau PIN, 4 à 12 chiffres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same again</source>
        <translation>le même de nouveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the PIN</source>
        <translation>Définir le PIN</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A PIN is set: type a new one to replace it.</source>
        <translation>Un PIN est défini&#xa0;: tapez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No PIN yet: kiosk mode cannot start without one.</source>
        <translation>Pas encore de PIN&#xa0;: le mode borne ne peut pas démarrer sans.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Le PIN doit compter 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Les deux PIN diffèrent&#xa0;: tapez deux fois le même.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_sync.py" line="+101"/>
        <source>Hub address:</source>
        <translation>Adresse du serveur central&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save and connect</source>
        <translation>&amp;Enregistrer et se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop s&amp;yncing</source>
        <translation>Arrêter la s&amp;ynchro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hub and stations…</source>
        <translation>Serveur central et &amp;postes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in t&amp;wice…</source>
        <translation>Enregistrés &amp;deux fois…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-ins are saved on this laptop first and sent to the hub whenever it answers: a hub that is away never stops the desk.</source>
        <translation>Les enregistrements sont d’abord gardés sur cet ordinateur et envoyés au serveur central dès qu’il répond&#xa0;: un serveur absent n’arrête jamais l’accueil.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected to a hub: this station works on its own.</source>
        <translation>Pas de serveur central&#xa0;: ce poste travaille seul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved: type a new one to replace it</source>
        <translation>enregistré&#xa0;: tapez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none saved</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is never shown; it is kept apart from the event file where this computer allows it.</source>
        <translation>Le mot de passe n’est jamais affiché&#x202f;; il est gardé à part du fichier de l’événement quand cet ordinateur le permet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kiosk/ui/organizer/settings_window.py" line="-1"/>
        <source>Saving…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station no longer syncs; its check-ins stay on this laptop.</source>
        <translation>Ce poste ne se synchronise plus&#x202f;; ses enregistrements restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the hub…</source>
        <translation>Connexion au serveur central…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected: the hub at %1 answers.</source>
        <translation>Connecté&#xa0;: le serveur central %1 répond.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_window.py" line="+13"/>
        <source>Saved: %1. Applied at once.</source>
        <translation>Enregistré&#xa0;: %1. Appliqué aussitôt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_fields.py" line="+34"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days each ticket type is valid</source>
        <translation>Jours où chaque type de billet est valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the PDF report</source>
        <translation>Langue du rapport PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore the same code scanned again within</source>
        <translation>Ignorer le même code scanné de nouveau dans les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge at check-in</source>
        <translation>Imprimer un badge à l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprints allowed per person</source>
        <translation>Réimpressions permises par personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge stock (labels or cards)</source>
        <translation>Support des badges (étiquettes ou cartes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge template</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/ui/organizer/settings_tables.py" line="+140"/>
        <source>Template per ticket type</source>
        <translation>Modèle par type de billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo on every badge</source>
        <translation>Logo sur chaque badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/ui/organizer/settings_tables.py" line="-53"/>
        <source>Colour band per ticket type</source>
        <translation>Bandeau de couleur par type de billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer PIN</source>
        <translation>PIN des organisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk shows a result for</source>
        <translation>La borne affiche un résultat pendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk starts in</source>
        <translation>La borne démarre en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Forgot your ticket?” at the kiosk</source>
        <translation>«&#xa0;Billet oublié&#x202f;?&#xa0;» sur la borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this station prints</source>
        <translation>Comment ce poste imprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for badge PDF files</source>
        <translation>Dossier des fichiers PDF des badges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters the scanner sends before a code</source>
        <translation>Caractères envoyés par la douchette avant un code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters the scanner sends after a code</source>
        <translation>Caractères envoyés par la douchette après un code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner set for US keys on an AZERTY keyboard</source>
        <translation>Douchette en disposition US sur un clavier AZERTY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest code the scanner sends</source>
        <translation>Code le plus court envoyé par la douchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest pause between a scanner&apos;s keys</source>
        <translation>Pause la plus longue entre deux touches de la douchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <source>Always, at every check-in</source>
        <translation type="vanished">Toujours, à chaque enregistrement</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation type="vanished">Demander à chaque fois</translation>
    </message>
    <message>
        <source>Never: print by hand (Ctrl+P)</source>
        <translation type="vanished">Jamais&#xa0;: imprimer à la main (Ctrl+P)</translation>
    </message>
    <message>
        <source>Automatic: the system&apos;s default printer, else PDF files</source>
        <translation type="vanished">Automatique&#xa0;: l’imprimante par défaut du système, sinon des fichiers PDF</translation>
    </message>
    <message>
        <source>A CUPS printer (Linux, macOS)</source>
        <translation type="vanished">Une imprimante CUPS (Linux, macOS)</translation>
    </message>
    <message>
        <source>A printer of the system (any system, Windows included)</source>
        <translation type="vanished">Une imprimante du système (tout système, Windows compris)</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation type="vanished">Des fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Non</translation>
    </message>
    <message>
        <source>Yes: digits come as &amp;é&quot;&apos;(</source>
        <translation type="vanished">Oui&#xa0;: les chiffres arrivent en &amp;é&quot;&apos;(</translation>
    </message>
    <message>
        <source>Only when the corrected code is a ticket</source>
        <translation type="vanished">Seulement quand le code corrigé est un billet</translation>
    </message>
    <message>
        <source>Always correct</source>
        <translation type="vanished">Toujours corriger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_printing.py" line="+89"/>
        <source>Where badges go</source>
        <extracomment>Settings whose change moves where badges go (the sentence is read again).</extracomment>
        <translation>Où vont les badges</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system&apos;s default printer</source>
        <translation>L’imprimante par défaut du système</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer lists no printer: install one in the system&apos;s printer settings, or print PDF files to a folder.</source>
        <translation>Cet ordinateur ne connaît aucune imprimante&#xa0;: installez-en une dans les réglages d’impression du système, ou imprimez des fichiers PDF dans un dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a &amp;test badge</source>
        <translation>Imprimer un badge d’&amp;essai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print an &amp;alignment sheet</source>
        <translation>Imprimer une feuille d’&amp;alignement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alignment sheet outlines every badge of the stock: print it on plain paper and hold it against a sheet of labels before printing on them.</source>
        <translation>La feuille d’alignement trace le contour de chaque badge du support&#xa0;: imprimez-la sur du papier ordinaire et posez-la contre une planche d’étiquettes avant d’imprimer dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What badges look like</source>
        <translation>L’aspect des badges</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview a badge of</source>
        <translation>Aperçu d’un badge de</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Badges go to: %1</source>
        <translation>Les badges vont&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing a test badge…</source>
        <translation>Impression d’un badge d’essai…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing an alignment sheet…</source>
        <translation>Impression d’une feuille d’alignement…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent. %1</source>
        <translation>Envoyé. %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alexandra</source>
        <translation>Alexandra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A made-up person with a ticket “%1”</source>
        <translation>Une personne fictive avec un billet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_tables.py" line="-27"/>
        <source>No ticket types yet: import the registrations first.</source>
        <translation>Pas encore de types de billet&#xa0;: importez d’abord les inscriptions.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+53"/>
        <location line="+45"/>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template&apos;s colour</source>
        <translation>Couleur du modèle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role: %1</source>
        <translation>rôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a colour…</source>
        <translation>Choisir une couleur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour of “%1” badges</source>
        <translation>Couleur des badges «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event&apos;s template</source>
        <translation>Le modèle de l’événement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Standard (name, organisation, colour band, QR code)</source>
        <translation>Standard (nom, organisation, bandeau de couleur, code QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold badge (two sides, folded in the holder)</source>
        <translation>Badge plié (deux faces, plié dans le porte-badge)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days each ticket type is valid (none ticked: every day)</source>
        <translation>Jours où chaque type de billet est valable (aucun coché&#xa0;: tous les jours)</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../kiosk/ui/organizer/import_pages.py" line="+24"/>
        <source>New status words</source>
        <translation>Nouveaux mots d’état</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The column “%1” holds words the app does not know. Say for each whether these people may come in; nobody is admitted on a word nobody explained. The answers are remembered for this source.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des mots que l’application ne connaît pas. Dites pour chacun si ces personnes peuvent entrer&#x202f;; personne n’est admis sur un mot que personne n’a expliqué. Les réponses sont retenues pour cette source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May come in</source>
        <translation>Peut entrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not admitted</source>
        <translation>Non admis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s): %1</source>
        <translation>
            <numerusform>%n ligne&#xa0;: %1</numerusform>
            <numerusform>%n lignes&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/services.py" line="-77"/>
        <source> - %n setting(s) from the hub refused</source>
        <extracomment>How often the background sync runs a round when nothing happens (seconds).</extracomment>
        <translation>
            <numerusform> - %n réglage du serveur central refusé</numerusform>
            <numerusform> - %n réglages du serveur central refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync: not connected to a hub</source>
        <translation>Synchro&#xa0;: aucun serveur central</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: not synced yet - %n check-in(s) waiting</source>
        <translation>
            <numerusform>Synchro&#xa0;: pas encore synchronisé - %n enregistrement en attente</numerusform>
            <numerusform>Synchro&#xa0;: pas encore synchronisé - %n enregistrements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync: offline since %1 - %n check-in(s) waiting</source>
        <translation>
            <numerusform>Synchro&#xa0;: hors ligne depuis %1 - %n enregistrement en attente</numerusform>
            <numerusform>Synchro&#xa0;: hors ligne depuis %1 - %n enregistrements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: online - %n check-in(s) waiting</source>
        <translation>
            <numerusform>Synchro&#xa0;: en ligne - %n enregistrement en attente</numerusform>
            <numerusform>Synchro&#xa0;: en ligne - %n enregistrements en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: synced</source>
        <translation>Synchro&#xa0;: à jour</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../kiosk/ui/checkin_worker.py" line="+47"/>
        <location filename="../../kiosk/ui/wedge_filter.py" line="+169"/>
        <source>opening the event database</source>
        <translation>l’ouverture de la base de données de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking someone in</source>
        <translation>l’enregistrement d’une arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding a walk-in</source>
        <translation>l’ajout d’une inscription sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving a correction</source>
        <translation>l’enregistrement d’une correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undoing a check-in</source>
        <translation>l’annulation d’un enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the counter and the recent scans</source>
        <translation>la lecture du compteur et des derniers scans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applying the settings</source>
        <translation>l’application des réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dashboard.py" line="-160"/>
        <source>reading the live figures</source>
        <extracomment>Point sizes at a 1280x720 window; they grow and shrink with the window (within these bounds).</extracomment>
        <translation>la lecture des chiffres en direct</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/badge_panel.py" line="+13"/>
        <location line="+3"/>
        <source>drawing the badge preview</source>
        <translation>l’aperçu du badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/import_review.py" line="+29"/>
        <source>filtering the preview</source>
        <translation>le filtrage de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/import_wizard.py" line="-154"/>
        <source>reading the registration export</source>
        <translation>la lecture de l’export des inscriptions</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking the registration export</source>
        <translation>la vérification de l’export des inscriptions</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>importing the registrations</source>
        <translation>l’import des inscriptions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/organizer_menu.py" line="-240"/>
        <source>looking for cameras</source>
        <translation>la recherche des caméras</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>exporting</source>
        <translation>l’export</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>writing the attendance report</source>
        <translation>la rédaction du rapport de présence</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>rendering the badges</source>
        <translation>la préparation des badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_window.py" line="-265"/>
        <source>saving a setting</source>
        <extracomment>Settings with a form of their own (not one generic field).</extracomment>
        <translation>l’enregistrement d’un réglage</translation>
    </message>
    <message>
        <location line="+278"/>
        <location filename="../../kiosk/ui/settings_watcher.py" line="+30"/>
        <location line="+1"/>
        <source>reading the settings</source>
        <extracomment>How often the registry&apos;s version stamp is read (seconds): a cheap query.</extracomment>
        <translation>la lecture des réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/print_queue_dialog.py" line="-106"/>
        <source>reading the print queue</source>
        <translation>la lecture de la file d’impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/search.py" line="-218"/>
        <source>searching the roster</source>
        <translation>la recherche dans la liste</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation type="vanished">l’enregistrement des réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/pin_gate.py" line="+40"/>
        <location filename="../../kiosk/ui/pin_dialog.py" line="-209"/>
        <source>checking the organizer PIN</source>
        <translation>la vérification du PIN organisateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/window.py" line="-250"/>
        <source>reading the badge settings</source>
        <translation>la lecture des réglages des badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk/window.py" line="-319"/>
        <source>reading the kiosk&apos;s settings</source>
        <extracomment>Pages that go back to the start by themselves after this long without a touch or a key (flow.IDLE_MS).</extracomment>
        <translation>la lecture des réglages de la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk/forms.py" line="-187"/>
        <source>looking for a forgotten ticket</source>
        <translation>la recherche d’un billet oublié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/log_view.py" line="-21"/>
        <source>reading the log file</source>
        <translation>la lecture du fichier journal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_service.py" line="+38"/>
        <source>opening the event database for printing</source>
        <translation>l’ouverture de la base de données pour l’impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printing a badge</source>
        <translation>l’impression d’un badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queueing a badge</source>
        <translation>la mise en file d’un badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retrying the failed badges</source>
        <translation>la nouvelle tentative des badges en échec</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_worker.py" line="+29"/>
        <source>opening the event database for the sync</source>
        <translation>l’ouverture de la base de données pour la synchro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing with the hub</source>
        <translation>la synchronisation avec le serveur central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/failures.py" line="-27"/>
        <source>working in the background</source>
        <extracomment>What a job is doing, for the &quot;Something went wrong while ...&quot; line: an English phrase marked with QT_TRANSLATE_NOOP(&quot;Tasks&quot;, ...) where it is written (so it is translated when shown); typed as `object` because that is what QT_TRANSLATE_NOOP returns to the type checker.</extracomment>
        <translation>un travail en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/badge_fix.py" line="-98"/>
        <source>reading the badge text</source>
        <translation>la lecture du texte du badge</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+8"/>
        <source>saving the badge text</source>
        <translation>l’enregistrement du texte du badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/desk_hooks.py" line="-35"/>
        <location filename="../../kiosk/ui/organizer/first_run.py" line="-17"/>
        <source>reading the recent events</source>
        <translation>la lecture des événements récents</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../kiosk/ui/organizer/purge_dialog.py" line="+57"/>
        <source>counting the registrations</source>
        <translation>le comptage des inscriptions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/event_form.py" line="-160"/>
        <source>reading the time zones</source>
        <translation>la lecture des fuseaux horaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the event</source>
        <translation>la lecture de l’événement</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>creating the event</source>
        <translation>la création de l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saving the event</source>
        <translation>l’enregistrement de l’événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/first_run.py" line="+19"/>
        <source>loading the demo event</source>
        <translation>le chargement de l’événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/launch.py" line="-62"/>
        <location line="+8"/>
        <source>opening the event</source>
        <translation>l’ouverture de l’événement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>deleting the personal data</source>
        <translation>la suppression des données personnelles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_printing.py" line="-53"/>
        <source>finding the printer</source>
        <translation>la recherche de l’imprimante</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>printing a test page</source>
        <translation>l’impression d’une page d’essai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/settings_sync.py" line="-23"/>
        <source>saving the hub</source>
        <translation>l’enregistrement du serveur central</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>connecting to the hub</source>
        <translation>la connexion au serveur central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk/chosen.py" line="-73"/>
        <source>reading the chosen person&apos;s badge</source>
        <translation>la lecture du badge de la personne choisie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk/pin_setup.py" line="-164"/>
        <source>saving the organizer PIN</source>
        <translation>l’enregistrement du code PIN des organisateurs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wedge_filter.py" line="+1"/>
        <source>telling a scan from typing</source>
        <translation>la distinction entre un scan et une frappe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/backups_window.py" line="-98"/>
        <source>checking the backups</source>
        <translation>la vérification des sauvegardes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>backing up the event</source>
        <translation>la sauvegarde de l’événement</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../kiosk/ui/organizer/recovery.py" line="-58"/>
        <source>restoring the backup</source>
        <translation>la restauration de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/duplicates_window.py" line="-13"/>
        <source>looking for check-ins made twice</source>
        <translation>la recherche des enregistrements faits deux fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/hub_stations.py" line="-76"/>
        <source>setting the hub up</source>
        <translation>la préparation du serveur central</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listing the hub&apos;s stations</source>
        <translation>la liste des postes du serveur central</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>adding a station to the hub</source>
        <translation>l’ajout d’un poste au serveur central</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>removing a station from the hub</source>
        <translation>le retrait d’un poste du serveur central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/paper_checkins.py" line="-46"/>
        <source>checking in a paper list</source>
        <translation>l’enregistrement d’une liste papier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/recovery.py" line="+49"/>
        <source>copying the damaged file</source>
        <translation>la copie du fichier endommagé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/tickets_action.py" line="+52"/>
        <source>writing the tickets</source>
        <translation>l’écriture des billets</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/organizer/export_choices.py" line="+9"/>
        <source>reading the event&apos;s days</source>
        <translation>la lecture des jours de l’événement</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>reading the ticket types</source>
        <translation>la lecture des types de billet</translation>
    </message>
</context>
<context>
    <name>TicketsAction</name>
    <message>
        <location filename="../../kiosk/ui/organizer/tickets_action.py" line="-18"/>
        <source>&amp;Tickets for people without a code…</source>
        <translation>Bi&amp;llets pour les personnes sans code…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a folder for the tickets</source>
        <translation>Choisissez un dossier pour les billets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the tickets…</source>
        <translation>Écriture des billets…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody needs a ticket: every admitted attendee already has a scannable code from the registration platform.</source>
        <translation>Personne n’a besoin d’un billet&#xa0;: chaque participant admis a déjà un code scannable de la plateforme d’inscription.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ticket(s) written to %1.</source>
        <translation>
            <numerusform>%n billet écrit dans %1.</numerusform>
            <numerusform>%n billets écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send them with a mail merge of %1 (email, name and the ticket&apos;s files).</source>
        <translation>Envoyez-les par publipostage avec %1 (courriel, nom et fichiers du billet).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) have no email address: print their tickets.</source>
        <translation>
            <numerusform>%n personne n’a pas d’adresse courriel&#xa0;: imprimez son billet.</numerusform>
            <numerusform>%n personnes n’ont pas d’adresse courriel&#xa0;: imprimez leurs billets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets written</source>
        <translation>Billets écrits</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/questions.py" line="-64"/>
        <location line="+24"/>
        <source>Undo check-in</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Undo the check-in of %1 (%2)?</source>
        <translation>Annuler l’enregistrement de %1 (%2)&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the check-in of %1?</source>
        <translation>Annuler l’enregistrement de %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why? e.g. %1</source>
        <translation>Pourquoi&#x202f;? p. ex. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in a few words: it is kept with the undo.</source>
        <translation>Dites pourquoi en quelques mots&#xa0;: c’est conservé avec l’annulation.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../kiosk/ui/verdicts.py" line="+56"/>
        <source>CHECKED IN</source>
        <translation>ENREGISTRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKED IN: SEE NOTE</source>
        <translation>ENREGISTRÉ&#xa0;: VOIR LA REMARQUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALREADY CHECKED IN</source>
        <translation>DÉJÀ ENREGISTRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN TICKET</source>
        <translation>BILLET INCONNU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT A TICKET</source>
        <translation>CE N’EST PAS UN BILLET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT ADMITTED</source>
        <translation>NON ADMIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VALID TODAY</source>
        <translation>NON VALABLE AUJOURD’HUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHOOSE THE PERSON</source>
        <translation>CHOISIR LA PERSONNE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT SAVED</source>
        <translation>NON SAUVEGARDÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>READY TO SCAN</source>
        <translation>PRÊT À SCANNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECK-IN UNDONE</source>
        <translation>ENREGISTREMENT ANNULÉ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome them in.</source>
        <translation>Accueillez la personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted. Read the note before they go.</source>
        <translation>Admis. Lisez la remarque avant qu’elle parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whether someone else used this ticket.</source>
        <translation>Demandez si quelqu’un d’autre a utilisé ce billet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the name instead, or add a walk-in (Ctrl+N).</source>
        <translation>Cherchez plutôt le nom, ou ajoutez une inscription sur place (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not a ticket. Ask for the ticket or search the name.</source>
        <translation>Ce code n’est pas un billet. Demandez le billet ou cherchez le nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send them to the organizer&apos;s table.</source>
        <translation>Envoyez la personne à la table de l’organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ticket is for another day. Send them to the organizer&apos;s table.</source>
        <translation>Son billet est pour un autre jour. Envoyez la personne à la table de l’organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket&apos;s order holds several people. Ask their name and choose them; nobody is checked in yet.</source>
        <translation>La commande de ce billet compte plusieurs personnes. Demandez leur nom et choisissez la bonne&#x202f;; personne n’est encore enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check-in was NOT recorded. Read the message, then scan again.</source>
        <translation>Cet enregistrement n’a PAS été sauvegardé. Lisez le message, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a ticket, or type a name to search.</source>
        <translation>Scannez un billet ou tapez un nom pour chercher.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../kiosk/ui/desk/verdict_banner.py" line="+139"/>
        <source>SAVING…</source>
        <extracomment>Point sizes (regular, compact) of the title, the name, the ticket, the note, the detail, the advice.</extracomment>
        <translation>ENREGISTREMENT…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the database. Nothing is lost; keep the person here.</source>
        <translation>En attente de la base de données. Rien n’est perdu&#x202f;; gardez la personne ici.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Details missing: ask their name and e-mail, then press F2 to complete them.</source>
        <translation>Coordonnées manquantes&#xa0;: demandez son nom et son courriel, puis F2 pour les compléter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked in at %1 at %2.</source>
        <translation>Enregistré à %1 au poste %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First checked in today at %1 at %2.</source>
        <translation>Déjà enregistré aujourd’hui à %1 au poste %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration status: %1.</source>
        <translation>Statut de l’inscription&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no day of this event</source>
        <translation>aucun jour de cet événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid on: %1. Today is %2.</source>
        <translation>Valable le&#xa0;: %1. Nous sommes le %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people on this ticket&apos;s order: choose the person in the list.</source>
        <translation>
            <numerusform>%n personne sur la commande de ce billet&#xa0;: choisissez-la dans la liste.</numerusform>
            <numerusform>%n personnes sur la commande de ce billet&#xa0;: choisissez la bonne dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>People on this order: %1</source>
        <translation type="vanished">Personnes de cette commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code read was: %1</source>
        <translation>Code lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/attendee_forms.py" line="-61"/>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>Register someone who is not on the list. They are checked in when you press OK.</source>
        <translation type="vanished">Inscrivez une personne absente de la liste. Elle est enregistrée quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ticket type</source>
        <translation>&amp;Type de billet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add and check in</source>
        <translation>Ajouter et enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register someone who is not on the list. They are checked in when you press “%1”.</source>
        <translation>Inscrivez une personne absente de la liste. Elle est enregistrée quand vous appuyez sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type at least a name.</source>
        <translation>Tapez au moins un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That email address looks incomplete; fix it or leave it empty.</source>
        <translation>Cette adresse courriel semble incomplète&#x202f;; corrigez-la ou laissez-la vide.</translation>
    </message>
</context>
<context>
    <name>_OrganizerPinPanel</name>
    <message>
        <location filename="../../kiosk/ui/organizer/pin_gate.py" line="-56"/>
        <source>Organizers only: enter the organizer PIN to continue.</source>
        <translation>Réservé à l’organisation&#xa0;: entrez le PIN de l’organisation pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <source>Saving…</source>
        <translation type="obsolete">Sauvegarde…</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="obsolete">Type de billet</translation>
    </message>
</context>
</TS>
