<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../kiosk/ui/app.py" line="+110"/>
        <source>Cannot open the event</source>
        <translation>Impossible d’ouvrir l’événement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The self-scan kiosk screen is not part of this build. Start without --kiosk for the desk.</source>
        <translation>L’écran de la borne libre-service ne fait pas partie de cette version. Lancez sans --kiosk pour l’accueil.</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../../kiosk/ui/desk/badge_panel.py" line="+76"/>
        <source>Badge preview</source>
        <translation>Aperçu du badge</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../kiosk/ui/desk/side_panels.py" line="+20"/>
        <source>No camera: the keyboard scanner and the search work as usual.</source>
        <translation>Pas de caméra : le lecteur de codes et la recherche fonctionnent comme d’habitude.</translation>
    </message>
</context>
<context>
    <name>CameraWorker</name>
    <message>
        <source>Starting the camera...</source>
        <translation type="vanished">Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Camera disconnected - reconnecting</source>
        <translation type="vanished">Caméra déconnectée : reconnexion</translation>
    </message>
    <message>
        <source>Camera not found - retrying</source>
        <translation type="vanished">Caméra introuvable : nouvel essai</translation>
    </message>
    <message>
        <source>Camera ready</source>
        <translation type="vanished">Caméra prête</translation>
    </message>
    <message>
        <source>The video has ended</source>
        <translation type="vanished">La vidéo est terminée</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation type="vanished">Caméra arrêtée</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../kiosk/ui/dashboard.py" line="+121"/>
        <location line="+33"/>
        <source>Live attendance – %1</source>
        <translation>Présences en direct – %1</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+45"/>
        <source>Arrivals per 15 minutes, by station</source>
        <translation>Arrivées par tranche de 15 minutes, par poste</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cannot read the figures: %1</source>
        <translation>Impossible de lire les chiffres : %1</translation>
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
        <location line="+4"/>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../kiosk/ui/desk/side_panels.py" line="+89"/>
        <source>Station: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in today: %1 / %2</source>
        <translation>Enregistrés aujourd’hui : %1 / %2</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../kiosk/ui/desk/window.py" line="+75"/>
        <source>Check-in desk</source>
        <translation>Accueil des participants</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not focused: click here to scan</source>
        <translation>Fenêtre inactive : cliquez ici pour scanner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search: name, email, organization or code   (↑ ↓ choose, Enter check in)</source>
        <translation>Rechercher : nom, courriel, organisation ou code   (↑ ↓ choisir, Entrée enregistrer)</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location line="+17"/>
        <source>Check in chosen person</source>
        <translation>Enregistrer la personne choisie</translation>
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
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print badge</source>
        <translation>&amp;Imprimer le badge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in chosen person  (Enter)</source>
        <translation>Enregistrer la personne choisie  (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play verdict &amp;sounds</source>
        <translation>Jouer les &amp;sons des résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Badge of the last person checked in</source>
        <translation>Badge de la dernière personne enregistrée</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Scanned code</source>
        <translation>Code scanné</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No one matches “%1”. Add a walk-in with Ctrl+N.</source>
        <translation>Personne ne correspond à « %1 ». Ajoutez une inscription sur place avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Type a name, email, organization or code to search.</source>
        <translation>Tapez un nom, un courriel, un organisme ou un code pour chercher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than %1 matches; the best %1 are listed. Type more to narrow.</source>
        <translation>Plus de %1 résultats ; les %1 meilleurs sont affichés. Précisez la recherche.</translation>
    </message>
    <message>
        <source>%1 attendees. Type to search.</source>
        <translation type="vanished">%1 participants. Tapez pour rechercher.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No match. Check the spelling, or add a walk-in (Ctrl+N).</source>
        <translation>Aucun résultat. Vérifiez l’orthographe ou ajoutez une inscription sur place (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 matches; the first %2 are listed. Type more to narrow.</source>
        <translation type="vanished">%1 résultats ; les %2 premiers sont affichés. Précisez la recherche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches.</source>
        <translation>%1 résultats.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose someone first: scan them or search their name, then press F2.</source>
        <translation>Choisissez d’abord une personne : scannez son billet ou cherchez son nom, puis appuyez sur F2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to undo: no check-in was made at this desk since it opened.</source>
        <translation>Rien à annuler : aucun enregistrement n’a été fait à ce poste depuis son ouverture.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo check-in</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the check-in of %1? Say why:</source>
        <translation>Annuler l’enregistrement de %1 ? Indiquez pourquoi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned the wrong ticket</source>
        <translation>Mauvais billet scanné</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check-in desk — %1 — %2</source>
        <translation>Accueil des participants — %1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge for %1?</source>
        <translation>Imprimer un badge pour %1 ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved the correction for %1.</source>
        <translation>Correction enregistrée pour %1.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation type="vanished">ENREGISTREMENT ANNULÉ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Badges: %1 waiting, %2 printed</source>
        <translation>Badges : %1 en attente, %2 imprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 FAILED (see the print queue)</source>
        <translation>, %1 EN ÉCHEC (voir la file d’impression)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge queued for %1.</source>
        <translation>Badge mis en file d’impression pour %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge for %1 not printed: %2</source>
        <translation>Badge de %1 non imprimé : %2</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../kiosk/ui/dialogs.py" line="+63"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/attendee_forms.py" line="+95"/>
        <source>Correct %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what is wrong; the correction is kept when the list is imported again.</source>
        <translation>Corrigez ce qui est faux ; la correction est conservée quand la liste est importée à nouveau.</translation>
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
    <name>ForgotPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/pages.py" line="+301"/>
        <source>Forgot your ticket?</source>
        <translation>Billet oublié ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the email address you registered with and your last name.</source>
        <translation>Tapez l’adresse courriel utilisée pour l’inscription et votre nom de famille.</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>IdlePage</name>
    <message>
        <location line="-195"/>
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
        <translation>La caméra se reconnecte : utilisez le lecteur de billets en attendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Camera off: please use the ticket scanner</source>
        <translation>Caméra éteinte : utilisez le lecteur de billets</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <translation>Billet oublié ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your ticket? Find it with your email</source>
        <translation>Billet oublié ? Retrouvez-le avec votre courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera picture: hold your ticket&apos;s code inside the frame</source>
        <translation>Image de la caméra : présentez le code de votre billet dans le cadre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No camera here: please use the ticket scanner</source>
        <translation>Pas de caméra ici : utilisez le lecteur de billets</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/kiosk_window.py" line="+442"/>
        <location line="+5"/>
        <source>Self check-in</source>
        <extracomment>Pages that go back to the start by themselves after this long without a touch or a key. Keys that would leave or close a window elsewhere; the kiosk swallows them.</extracomment>
        <translation>Enregistrement libre-service</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Self check-in kiosk</source>
        <translation>Borne d’enregistrement libre-service</translation>
    </message>
</context>
<context>
    <name>OrganizerPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/pages.py" line="+228"/>
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
        <translation>Proposer « Billet oublié ? » (courriel et nom de famille)</translation>
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
    <name>PinPanel</name>
    <message>
        <location filename="../../kiosk/ui/pin_dialog.py" line="+105"/>
        <location line="+7"/>
        <source>Organizer PIN</source>
        <translation>PIN de l’organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No organizer PIN is set for this event, so anyone can leave this kiosk. Set one on the desk computer: kiosk settings set kiosk_pin 482916</source>
        <translation>Aucun PIN d’organisation n’est défini pour cet événement : n’importe qui peut quitter cette borne. Définissez-en un sur l’ordinateur de l’accueil : kiosk settings set kiosk_pin 482916</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff only: enter the PIN to leave the kiosk or change its settings.</source>
        <translation>Réservé à l’équipe : entrez le PIN pour quitter la borne ou modifier ses réglages.</translation>
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
        <location line="+0"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the PIN first.</source>
        <translation>Tapez d’abord le PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
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
    <name>ResultPage</name>
    <message>
        <location filename="../../kiosk/ui/kiosk/pages.py" line="-180"/>
        <source>Your badge is printing: pick it up at the printer.</source>
        <translation>Votre badge s’imprime : récupérez-le à l’imprimante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next person: scan your ticket</source>
        <translation>Personne suivante : scannez votre billet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1 !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re checked in. Enjoy the event!</source>
        <translation>Votre arrivée est enregistrée. Bon événement !</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../kiosk/ui/desk/roster_model.py" line="+74"/>
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
        <source>not admitted (%1)</source>
        <translation>non admis (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ in at %1</source>
        <translation>✔ arrivé à %1</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../kiosk/ui/verdicts.py" line="+55"/>
        <source>CHECKED IN</source>
        <translation>ENREGISTRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKED IN: SEE NOTE</source>
        <translation>ENREGISTRÉ : VOIR LA REMARQUE</translation>
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
        <location filename="../../kiosk/ui/desk/verdict_banner.py" line="+87"/>
        <source>SAVING…</source>
        <translation>ENREGISTREMENT…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the database. Nothing is lost; keep the person here.</source>
        <translation>En attente de la base de données. Rien n’est perdu ; gardez la personne ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in at %1 at %2.</source>
        <translation>Enregistré à %1 au poste %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First checked in today at %1 at %2.</source>
        <translation>Déjà enregistré aujourd’hui à %1 au poste %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration status: %1.</source>
        <translation>Statut de l’inscription : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no day of this event</source>
        <translation>aucun jour de cet événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid on: %1. Today is %2.</source>
        <translation>Valable le : %1. Nous sommes le %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code read was: %1</source>
        <translation>Code lu : %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../kiosk/ui/desk/attendee_forms.py" line="-52"/>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register someone who is not on the list. They are checked in when you press OK.</source>
        <translation>Inscrivez une personne absente de la liste. Elle est enregistrée quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Add and check in</source>
        <translation>Ajouter et enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type at least a name.</source>
        <translation>Tapez au moins un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That email address looks incomplete; fix it or leave it empty.</source>
        <translation>Cette adresse courriel semble incomplète ; corrigez-la ou laissez-la vide.</translation>
    </message>
</context>
</TS>
