"""What the check-in rules, the event, walk-ins, the kiosk's PIN and the files a person names say
to a person, in English and French (kiosk/wording.py). Each package of the core has its own table
beside its code (kiosk/store/words.py, kiosk/roster/words.py, kiosk/printing/words.py, ...)."""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("core", {
    # -- check-ins (kiosk/checkin/) -------------------------------------------------------------------
    "nothing_to_check_in": ("Nothing to check in: give a scanned code or choose an attendee.",
                            "Rien à enregistrer : scannez un code ou choisissez une personne."),
    "order_holds": ("this ticket's order {order} holds {count:n} tickets",
                    "la commande {order} de ce billet compte {count:n} billets"),
    "reissued": ("replaced by a reissued ticket (this is an older copy; the valid one ends in {sequence})",
                 "remplacé par un billet réémis (c’est une ancienne copie ; le bon billet finit par {sequence})"),
    "no_event_today": ("the event is not on this day", "l’événement n’a pas lieu ce jour-là"),
    "valid_other_days": ("{ticket_type} is valid on other days", "{ticket_type} est valable d’autres jours"),
    "undo_needs_reason": ("Say why the check-in is undone, in a few words (--reason), e.g. 'scanned the wrong ticket'.",
                          "Dites en quelques mots pourquoi l’enregistrement est annulé, p. ex. « mauvais billet "
                          "scanné »."),
    "no_code": ("No attendee has the code {code:q}.", "Aucune personne inscrite n’a le code {code:q}."),
    "nothing_to_undo": ("{name} has no check-in to undo.", "{name} n’a aucun enregistrement à annuler."),
    # -- the event (kiosk/events.py, kiosk/eventdays.py, kiosk/demo.py) --------------------------------
    "unknown_timezone": ("Unknown time zone {zone:q}: use a name like America/Toronto, Europe/Paris or UTC.",
                         "Fuseau horaire inconnu {zone:q} : écrivez un nom comme America/Toronto, Europe/Paris ou "
                         "UTC."),
    "not_a_day": ("{text:q} is not a date: write days as 2026-07-08,2026-07-09.",
                  "{text:q} n’est pas une date : écrivez les jours comme 2026-07-08,2026-07-09."),
    "event_needs_name": ("Give the event a name (it is printed on badges and reports).",
                         "Donnez un nom à l’événement (il est imprimé sur les badges et les rapports)."),
    "event_name_too_long": ("The event's name is {length:n} characters long; at most {most:n}.",
                            "Le nom de l’événement fait {length:n} caractères ; {most:n} au plus."),
    "event_exists": ("{path} already holds the event {name:q}. Change it with `kiosk event set`, or create the new "
                     "event in another file (--db NEW.sqlite).",
                     "{path} contient déjà l’événement {name:q}. Changez-le dans Fichier > Détails de l’événement, "
                     "ou créez le nouvel événement dans un autre fichier."),
    "no_event_yet": ("This file holds no event yet: create one with `kiosk init --name NAME`.",
                     "Ce fichier ne contient pas encore d’événement : créez-en un (Fichier > Nouvel événement)."),
    "day_checkins": ("{day} ({count:n} {count:p:check-in|check-ins})", "{day} ({count:n} {count:p:enregistrement|enregistrements})"),
    "days_hold_checkins": ("Check-ins were recorded on {days}: that day cannot be dropped without --force (its "
                           "check-ins would count on no event day).",
                           "Des enregistrements ont été faits le {days} : ce jour ne peut pas être retiré sans "
                           "confirmation (ses enregistrements ne compteraient pour aucun jour de l’événement)."),
    "days_dropped": ("Check-ins recorded on {days} now fall on no event day.",
                     "Des enregistrements faits le {days} ne tombent plus sur un jour de l’événement."),
    "zone_changed": ("Check-ins already recorded keep the day they were made on in {zone}.",
                     "Les enregistrements déjà faits gardent leur jour, compté en {zone}."),
    "not_a_time": ("{text:q} is not a time: write it as 2026-07-08T09:15 (the event's local time) or with an offset, "
                   "2026-07-08T09:15-04:00.",
                   "{text:q} n’est pas une heure : écrivez-la 2026-07-08T09:15 (heure locale de l’événement) ou "
                   "avec un décalage, 2026-07-08T09:15-04:00."),
    "demo_start": ("--start {text:q} is not a date: write it as YYYY-MM-DD, e.g. 2026-07-08.",
                   "{text:q} n’est pas une date : écrivez-la AAAA-MM-JJ, p. ex. 2026-07-08."),
    "demo_refused_event": ("{path} holds the event {name:q}: the demo goes in a file of its own, never into a real "
                           "event. Run `kiosk demo` (it uses {demo}) or `kiosk demo --db demo.sqlite`.",
                           "{path} contient l’événement {name:q} : la démonstration va dans un fichier à part, jamais "
                           "dans un vrai événement. Ouvrez la démonstration dans son propre fichier ({demo})."),
    "demo_refused_people": ("{path} holds {count:n} {count:p:attendee|attendees}: the demo goes in a file of its own, "
                            "never into a real event. Run `kiosk demo` (it uses {demo}) or `kiosk demo --db "
                            "demo.sqlite`.",
                            "{path} contient {count:n} {count:p:personne inscrite|personnes inscrites} : la "
                            "démonstration va dans un fichier à part, jamais dans un vrai événement. Ouvrez la "
                            "démonstration dans son propre fichier ({demo})."),
    # -- the kiosk (kiosk/kiosk_mode.py) ---------------------------------------------------------------
    "kiosk_needs_pin": ("Kiosk mode needs an organizer PIN, so that attendees cannot leave it or reach the settings. "
                        "Set one in Settings > Kiosk (4 to 12 digits), or with `kiosk kiosk-pin set{where}`, then "
                        "start kiosk mode again.",
                        "Le mode borne a besoin d’un code PIN des organisateurs, pour que les participants ne puissent "
                        "ni le quitter ni atteindre les réglages. Définissez-en un dans Réglages > Borne (4 à 12 "
                        "chiffres), ou avec `kiosk kiosk-pin set{where}`, puis relancez le mode borne."),
    # -- walk-ins (kiosk/walkins.py) -------------------------------------------------------------------
    "likely_duplicate": ("This may be someone already registered: {people}. Check them in instead (`kiosk checkin "
                         "{code}` for {name}), or add --new if this is another person.",
                         "Cette personne est peut-être déjà inscrite : {people}. Enregistrez plutôt cette "
                         "inscription, ou confirmez qu’il s’agit d’une nouvelle personne."),
    "lookalike": ("{name}{organization}, {code}, {why}{status}", "{name}{organization}, {code}, {why}{status}"),
    "same_email": ("same e-mail", "même courriel"),
    "same_name": ("same name", "même nom"),
    "similar_name": ("similar name", "nom proche"),
    "time_before_2000": ("is before the year 2000", "est antérieure à l’an 2000"),
    "time_in_future": ("is in the future", "est dans le futur"),
    "bad_checkin_time": ("The check-in time {time:q} {problem}: give the time the person came in; write it as "
                         "2026-07-08T09:15 (the event's local time) or with an offset, 2026-07-08T09:15-04:00.",
                         "L’heure d’enregistrement {time:q} {problem} : donnez l’heure d’arrivée de la personne ; "
                         "écrivez-la 2026-07-08T09:15 (heure locale de l’événement) ou avec un décalage, "
                         "2026-07-08T09:15-04:00."),
    # -- text a person types for others to read (kiosk/typed_text.py) -----------------------------------
    "typed_too_long": ("The {label} is {length:n} characters long; at most {most:n} characters fit: type it again.",
                       "Le champ {label:q} fait {length:n} caractères ; {most:n} au plus : saisissez-le de nouveau."),
    "typed_control": ("The {label} holds control characters (an escape sequence, or a direction mark that turns the "
                      "text around) that no screen or badge can show: type it again.",
                      "Le champ {label:q} contient des caractères de contrôle (une séquence d’échappement, ou une "
                      "marque de sens qui retourne le texte) qu’aucun écran ni badge ne peut afficher : "
                      "saisissez-le de nouveau."),
    "typed_field_first_name": ("first name", "prénom"),
    "typed_field_last_name": ("last name", "nom de famille"),
    "typed_field_full_name": ("full name", "nom complet"),
    "typed_field_email": ("email", "courriel"),
    "typed_field_organization": ("organization", "organisation"),
    "typed_field_ticket_type": ("ticket type", "type de billet"),
    "typed_field_pronouns": ("pronouns", "pronoms"),
    "typed_field_notes": ("notes", "notes"),
    "typed_field_status": ("status", "état"),
    "unknown_status_typed": ("{word:q} is not a status the app knows. Write active (the person is admitted), or why "
                             "they are not: cancelled, refunded, declined, waitlisted, pending, expired or voided.",
                             "{word:q} n’est pas un état que l’application connaît. Écrivez active (la personne est "
                             "admise), ou pourquoi elle ne l’est pas : cancelled, refunded, declined, waitlisted, "
                             "pending, expired ou voided."),
    # -- files a person names (kiosk/output_files.py, kiosk/paper_checkins.py) --------------------------
    "cannot_write": ("Cannot write {path}: {why}. Choose another file name.",
                     "Impossible d’écrire {path} : {why}. Choisissez un autre nom de fichier."),
    "target_is_folder": ("{path} is a folder: give a file name inside it, e.g. {example}.",
                         "{path} est un dossier : donnez un nom de fichier à l’intérieur, p. ex. {example}."),
    "target_not_regular": ("{path} is not a regular file (it is a device or a pipe), so nothing was written to it. "
                           "Choose a file name, e.g. {example}.",
                           "{path} n’est pas un fichier ordinaire (c’est un périphérique ou un tube) : rien n’y a été "
                           "écrit. Choisissez un nom de fichier, p. ex. {example}."),
    "not_a_folder": ("{path} exists and is not a folder: give the name of a folder to create or fill.",
                     "{path} existe et n’est pas un dossier : donnez le nom d’un dossier à créer ou à remplir."),
    "paper_no_file": ("{path}: no such file. Check the path of the paper check-ins CSV.",
                      "{path} : ce fichier n’existe pas. Vérifiez le chemin du CSV des enregistrements sur papier."),
    "paper_not_a_file": ("{path} {problem}: give the CSV file of the paper check-ins (a `code` column and an optional "
                         "`at` column), or split a longer list into several files.",
                         "{path} {problem} : donnez le fichier CSV des enregistrements sur papier (une colonne `code` "
                         "et au besoin une colonne `at`), ou partagez une liste plus longue en plusieurs fichiers."),
    "paper_unreadable": ("{path}: cannot be read ({why}).", "{path} : ne peut pas être lu ({why})."),
    "paper_empty": ("{path} is empty: it needs a header line with a `code` column (and optionally `at`).",
                    "{path} est vide : il lui faut une ligne d’en-tête avec une colonne `code` (et au besoin `at`)."),
    "paper_not_csv": ("{path}, line 1: not a CSV file ({why}).", "{path}, ligne 1 : ce n’est pas un fichier CSV ({why})."),
    "paper_no_code": ("{path} has no `code` column (its columns are: {columns}). The first line must name the "
                      "columns, e.g. `code,at`.",
                      "{path} n’a pas de colonne `code` (ses colonnes sont : {columns}). La première ligne doit "
                      "nommer les colonnes, p. ex. `code,at`."),
    "none": ("none", "aucune"),
})
