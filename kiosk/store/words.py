"""What the event database and its backups say to a person, in English and French (kiosk/wording.py).

The event file's problems (busy, read-only, full, damaged, cut short, missing), the backups (taken,
refused, restored) and the settings' refusals. `{path}` and `{backup}` are files, `{problem}` one of
the `file_*` messages below (what is wrong with a file), `{hint}` the backup to restore.
"""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("store", {
    # -- the event database (kiosk/store/database.py, sqlite_errors.py, opening_checks.py, migrate.py)
    "busy": ("The event database {path} is busy: another window or program is writing to it. Wait a moment and "
             "try again; close other copies of the app if it persists.",
             "La base de données de l’événement {path} est occupée : une autre fenêtre ou un autre programme y écrit. "
             "Patientez un instant et réessayez ; si cela continue, fermez les autres copies de l’application."),
    "read_only": ("The event database {path} is read-only. Move it to a folder you can write to (not a CD, a locked "
                  "USB stick or a shared read-only folder), or fix its permissions.",
                  "La base de données de l’événement {path} est en lecture seule. Déplacez-la dans un dossier où vous "
                  "pouvez écrire (pas un CD, une clé USB verrouillée ou un partage en lecture seule), ou corrigez ses "
                  "droits."),
    "cannot_open": ("The event database {path} cannot be opened: check that its folder exists and that you may write "
                    "to it.",
                    "La base de données de l’événement {path} ne s’ouvre pas : vérifiez que son dossier existe et que "
                    "vous pouvez y écrire."),
    "disk_full": ("The disk holding the event database {path} is full. Free some space (or move the file to another "
                  "disk) and try again; nothing already saved is lost. {hint}",
                  "Le disque de la base de données de l’événement {path} est plein. Libérez de la place (ou déplacez le "
                  "fichier sur un autre disque) et réessayez ; rien de ce qui est déjà enregistré n’est perdu. {hint}"),
    "disk_error": ("The disk holding the event database {path} could not be read or written (a removed USB stick, a "
                   "failing disk). Check the disk and try again. {hint}",
                   "Le disque de la base de données de l’événement {path} ne peut être ni lu ni écrit (clé USB "
                   "retirée, disque défaillant). Vérifiez le disque et réessayez. {hint}"),
    "newest_backup_is": ("The newest good backup is {backup}.", "La sauvegarde saine la plus récente est {backup}."),
    "no_backup_yet": ("No good backup has been taken yet.", "Aucune sauvegarde saine n’a encore été faite."),
    "damaged": ("The event database {path} {problem}. Nothing was written to it. {hint}",
                "La base de données de l’événement {path} {problem}. Rien n’y a été écrit. {hint}"),
    "newer_schema": ("This event database was written by a newer version of the app (schema {version}); update the "
                     "app to open it.",
                     "Cette base de données d’événement a été écrite par une version plus récente de l’application "
                     "(schéma {version}) : mettez l’application à jour pour l’ouvrir."),
    "is_folder": ("{path} is a folder, not an event database. Give the database file itself (e.g. --db {example}).",
                  "{path} est un dossier, pas une base de données d’événement. Choisissez le fichier de la base "
                  "lui-même (p. ex. {example})."),
    "not_a_file": ("{path} {problem}, so it cannot be an event database. Give the event's .sqlite file.",
                   "{path} {problem} : ce ne peut pas être une base de données d’événement. Choisissez le fichier "
                   ".sqlite de l’événement."),
    "foreign": ("{path} is an SQLite database of another program, not an event database. Nothing was written to it. "
                "Give the event's own file, or a new file name to start an event.",
                "{path} est une base SQLite d’un autre programme, pas une base de données d’événement. Rien n’y a été "
                "écrit. Choisissez le fichier de l’événement, ou un nouveau nom de fichier pour créer un événement."),
    "missing": ("There is no event database at {path}. Create one with `kiosk init --name NAME --db {path}`.",
                "Il n’y a pas de base de données d’événement à {path}. Créez-en une avec "
                "`kiosk init --name NOM --db {path}`."),
    "cannot_create": ("Cannot create the event database {path}: {why}. Choose a folder you can write to.",
                      "Impossible de créer la base de données de l’événement {path} : {why}. Choisissez un dossier où "
                      "vous pouvez écrire."),
    "unknown_timezone": ("Unknown time zone {zone:q}: use a name like America/Toronto or Europe/Paris.",
                         "Fuseau horaire inconnu {zone:q} : écrivez un nom comme America/Toronto ou Europe/Paris."),
    # -- what is wrong with a file (kiosk/store/filecheck.py): "<path> is a folder, not a file" ----------
    "file_unreadable": ("cannot be read ({why})", "est illisible ({why})"),
    "file_folder": ("is a folder, not a file", "est un dossier, pas un fichier"),
    "file_special": ("is not a regular file (it is a device, a pipe or a socket)",
                     "n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une prise réseau)"),
    "file_empty": ("is empty (0 bytes): it was cut short, perhaps when the disk was full",
                   "est vide (0 octet) : elle a été tronquée, peut-être quand le disque était plein"),
    "file_first_page": ("is damaged (its first page is unreadable)", "est endommagée (sa première page est illisible)"),
    "file_foreign": ("is not an event database (it is another kind of file, or its first page is damaged)",
                     "n’est pas une base d’événement (c’est un autre genre de fichier, ou sa première page est "
                     "endommagée)"),
    "file_partial_pages": ("is damaged (it was cut short: its size is not a whole number of pages)",
                           "est endommagée (elle a été tronquée : sa taille n’est pas un nombre entier de pages)"),
    "file_larger_than": ("is larger than {most:n} bytes", "dépasse {most:n} octets"),
    "file_cut_short": ("is damaged (it was cut short: {size:n} bytes of the {expected:n} it should hold)",
                       "est endommagée (elle a été tronquée : {size:n} octets sur les {expected:n} qu’elle devrait "
                       "contenir)"),
    "file_missing": ("does not exist", "n’existe pas"),
    "file_cannot_open": ("cannot be opened ({why})", "ne s’ouvre pas ({why})"),
    "file_damaged": ("is damaged ({why})", "est endommagée ({why})"),
    "file_damaged_or_foreign": ("is damaged or is not an event database",
                                "est endommagée, ou n’est pas une base d’événement"),
    "file_no_tables": ("is not an event database (it has no {tables} table)",
                       "n’est pas une base d’événement (il lui manque la table {tables})"),
    # -- backups (kiosk/store/backup.py) ---------------------------------------------------------------
    "restore_hint": ("The newest good backup is {backup} (taken {taken}). Restore it with `kiosk restore {backup} "
                     "--db {path}` (the damaged file is kept aside).",
                     "La sauvegarde saine la plus récente est {backup} (faite le {taken}). Un organisateur peut la "
                     "restaurer avec la commande `kiosk restore {backup} --db {path}` (le fichier endommagé est mis "
                     "de côté)."),
    "no_good_backup": ("No good backup of it exists. Keep the file (someone may recover it) and start over in a new "
                       "file with `kiosk init --db NEW_FILE`, then import the roster again.",
                       "Il n’en existe aucune sauvegarde saine. Gardez le fichier (quelqu’un pourra peut-être le "
                       "récupérer) et recommencez dans un nouveau fichier avec `kiosk init --db NOUVEAU_FICHIER`, puis "
                       "importez de nouveau la liste des inscrits."),
    "other_backup": ("The newest good backup is {backup} (taken {taken}).",
                     "La sauvegarde saine la plus récente est {backup} (faite le {taken})."),
    "no_other_backup": ("No other good backup of this event database was found.",
                        "Aucune autre sauvegarde saine de cette base de données d’événement n’a été trouvée."),
    "backup_of_damaged": ("No backup was taken: the copy of {path} {problem}, so the event database itself is "
                          "damaged. {hint}",
                          "Aucune sauvegarde n’a été faite : la copie de {path} {problem}, donc la base de données "
                          "de l’événement elle-même est endommagée. {hint}"),
    "backup_not_written": ("No backup of {path} could be written in {folder}: {why}. Nothing in the event database "
                           "was changed.",
                           "Aucune sauvegarde de {path} n’a pu être écrite dans {folder} : {why}. Rien n’a été "
                           "changé dans la base de données de l’événement."),
    "why_disk_full": ("the disk is full (or failing). Free some space or move the event database to another disk, "
                      "then try again",
                      "le disque est plein (ou défaillant). Libérez de la place ou déplacez la base de données de "
                      "l’événement sur un autre disque, puis réessayez"),
    "why_damaged": ("the event database itself is damaged", "la base de données de l’événement elle-même est endommagée"),
    "backup_refused": ("The backup {backup} {problem}. {other}", "La sauvegarde {backup} {problem}. {other}"),
    "backup_damaged": ("The backup {backup} {problem}, so it was not restored. {other}",
                       "La sauvegarde {backup} {problem} : elle n’a donc pas été restaurée. {other}"),
    "restore_target": ("{path} {problem}: nothing was restored over it. Give the event database file to replace "
                       "(--db PATH), or a new file name.",
                       "{path} {problem} : rien n’a été restauré à sa place. Donnez le fichier de base de données "
                       "d’événement à remplacer, ou un nouveau nom de fichier."),
    "restore_failed": ("{path} could not be restored from {backup}: {why}.",
                       "{path} n’a pas pu être restauré depuis {backup} : {why}."),
    "restore_failed_kept": ("{path} could not be restored from {backup}: {why}. The damaged file is kept as {kept}.",
                            "{path} n’a pas pu être restauré depuis {backup} : {why}. Le fichier endommagé est "
                            "gardé sous le nom {kept}."),
    "restore_copy_bad": ("The copy of the backup {problem}; nothing was restored. Check the disk and try again.",
                         "La copie de la sauvegarde {problem} ; rien n’a été restauré. Vérifiez le disque et "
                         "réessayez."),
    # -- settings (kiosk/store/settings.py, setting_kinds.py) -------------------------------------------
    "no_such_setting": ("There is no setting called {key:q}.{hint}", "Aucun réglage ne s’appelle {key:q}.{hint}"),
    "closest_one": (" Did you mean {a}?", " Vouliez-vous dire {a} ?"),
    "closest_two": (" Did you mean {a} or {b}?", " Vouliez-vous dire {a} ou {b} ?"),
    "all_settings_hint": (" `kiosk settings list` shows them all.", " `kiosk settings list` les montre tous."),
    "runtime_state": ("{key} is kept by the app as it runs (runtime state), not a setting: it cannot be read or "
                      "changed as one.",
                      "{key} est tenu par l’application pendant qu’elle fonctionne (état d’exécution), ce n’est pas un "
                      "réglage : il ne peut pas être lu ni changé comme tel."),
    "station_only": ("{key} belongs to one station; it does not come from the hub.",
                     "{key} appartient à un seul poste : il ne vient pas du serveur central."),
    "not_json": ("{key} holds {value}, which is not JSON.", "{key} contient {value}, qui n’est pas du JSON."),
    "not_a_secret": ("{key} must be a stored secret, not {value}.", "{key} doit être un secret enregistré, pas {value}."),
    "choice_and_label": ("{value} ({label})", "{value} ({label})"),
    "allowed_choice": ("one of: {choices}", "l’une des valeurs : {choices}"),
    "allowed_bool": ("true or false", "true ou false"),
    "allowed_int_range": ("a whole number from {low} to {high}", "un nombre entier de {low} à {high}"),
    "allowed_float_range": ("a number from {low} to {high}", "un nombre de {low} à {high}"),
    "allowed_int_min": ("a whole number, {low} or more", "un nombre entier, {low} ou plus"),
    "allowed_float_min": ("a number, {low} or more", "un nombre, {low} ou plus"),
    "allowed_int": ("a whole number", "un nombre entier"),
    "allowed_float": ("a number", "un nombre"),
    "allowed_map": ("a JSON object", "un objet JSON"),
    "allowed_path": ("a file or folder path", "un chemin de fichier ou de dossier"),
    "allowed_secret": ("a secret", "un secret"),
    "allowed_text": ("text on one line", "du texte sur une ligne"),
    "why_not": ("not {value}", "pas {value}"),
    "why_not_text": ("not {value:q}", "pas {value:q}"),
    "why_not_json": ("{value:q} is not JSON", "{value:q} n’est pas du JSON"),
    "why_not_secret": ("not a stored secret", "pas un secret enregistré"),
    "why_too_long": ("{length:n} characters; at most {most:n}", "{length:n} caractères ; {most:n} au plus"),
    "why_control": ("it holds a line break or a control character",
                    "il contient un saut de ligne ou un caractère de contrôle"),
    # the registry's checks of a value (kiosk/store/setting_list.py)
    "why_empty": ("it is empty", "il est vide"),
    "why_longer_than": ("longer than {most:n} characters", "il dépasse {most:n} caractères"),
    "why_no_stock": ("no stock is called {name:q}", "aucun support ne s’appelle {name:q}"),
    "why_no_template": ("no template is called {name:q}", "aucun modèle ne s’appelle {name:q}"),
    "why_empty_ticket_type": ("a ticket type is empty", "un type de billet est vide"),
    "why_not_a_template": ("{ticket_type:q} maps to {value}, not a template name",
                           "{ticket_type:q} mène à {value}, qui n’est pas un nom de modèle"),
    "why_for_ticket_type": ("{ticket_type:q}: {problem}", "{ticket_type:q} : {problem}"),
    "why_not_days": ("{ticket_type:q} maps to {value}, not a list of days",
                     "{ticket_type:q} mène à {value}, qui n’est pas une liste de jours"),
    "why_not_a_day": ("{ticket_type:q} lists {value}, neither a day number nor a date",
                      "{ticket_type:q} donne {value}, qui n’est ni un numéro de jour ni une date"),
    "why_not_a_colour": ("{ticket_type:q} maps to {value:q}, not a colour like #1d4e89",
                         "{ticket_type:q} mène à {value:q}, qui n’est pas une couleur comme #1d4e89"),
    "why_maps_to": ("{ticket_type:q} maps to {value}", "{ticket_type:q} mène à {value}"),
    "why_not_postgres": ("not a PostgreSQL address", "pas une adresse PostgreSQL"),
    "why_not_pin": ("it is not 4 to 12 digits", "ce n’est pas 4 à 12 chiffres"),
    "why_not_setting_here": ("not a setting of this version", "pas un réglage de cette version"),
    "must_be": ("{key} must be {allowed}.", "{key} doit être {allowed}."),
    "must_be_why": ("{key} must be {allowed} ({why}).", "{key} doit être {allowed} ({why})."),
})
