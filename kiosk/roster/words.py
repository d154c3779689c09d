"""What the import says to a person, in English and French (kiosk/wording.py).

Every word of an import a window shows comes from here, by code: files refused (too large, damaged,
the wrong kind), columns that cannot be found, Excel-mangled codes, unknown status words; each
row's admission ("not admitted: 'storniert' means cancelled (pretix wording, German)"), rejected
lines and merged duplicates; the notes of the dry run; the platforms' names and how they were
recognised; and the stored registration statuses ("cancelled", "waitlisted") as the door says them.
`{name}` is the file, `{line}` a line of it, `{column}` a column's title.
"""

from __future__ import annotations

from kiosk.roster.note_words import NOTES
from kiosk.wording import Catalogue

WORDS = Catalogue("roster", {
    # -- files refused before they are read (kiosk/roster/bounds.py, readers.py) ---------------------
    "megabytes": ("{count:n} MB", "{count:n} Mo"),
    "bytes": ("{count:n} bytes", "{count:n} octets"),
    "no_file": ("{path}: no such file. Check the path, or drag the export file onto the window.",
                "{path} : ce fichier n’existe pas. Vérifiez le chemin, ou glissez le fichier d’export sur la "
                "fenêtre."),
    "unreadable": ("{path}: cannot be read ({why}). Copy the file to this computer (e.g. the Desktop) and import it "
                   "from there.",
                   "{path} : impossible de le lire ({why}). Copiez le fichier sur cet ordinateur (p. ex. sur le "
                   "Bureau) et importez-le de là."),
    "is_folder": ("{path} is a folder, not an export file. Choose the .csv or .xlsx file inside it.",
                  "{path} est un dossier, pas un fichier d’export. Choisissez le fichier .csv ou .xlsx qu’il "
                  "contient."),
    "not_a_file": ("{path} is not a file but a device, a pipe or a socket. Save the export as a .csv or .xlsx file "
                   "and import that file.",
                   "{path} n’est pas un fichier mais un périphérique, un tube ou une prise réseau. Enregistrez "
                   "l’export dans un fichier .csv ou .xlsx et importez ce fichier."),
    "too_large": ("{path} is {size}, more than the {most:n} an export of even a million attendees needs. Check that "
                  "it is the attendee export; if it is, export it again without the answers to custom questions "
                  "(fewer columns), or split it by ticket type.",
                  "{path} fait {size}, plus que les {most:n} dont même un export d’un million de participants a "
                  "besoin. Vérifiez que c’est bien l’export des participants ; si oui, exportez-le de nouveau sans "
                  "les réponses aux questions personnalisées (moins de colonnes), ou découpez-le par type de "
                  "billet."),
    "too_many_rows": ("{name} has more than {most:n} rows (line {line:n} and beyond). No registration export is this "
                      "long: check that it is the attendee export, or split it into several files.",
                      "{name} a plus de {most:n} lignes (à partir de la ligne {line:n}). Aucun export "
                      "d’inscriptions n’est aussi long : vérifiez que c’est bien l’export des participants, ou "
                      "découpez-le en plusieurs fichiers."),
    "too_many_columns": ("{name}, line {line:n}, has {count:n} columns, more than the {most:n} an export can have. "
                         "The file is damaged or is not an attendee export; export it again, or delete the unused "
                         "columns.",
                         "{name}, ligne {line:n} : {count:n} colonnes, plus que les {most:n} qu’un export peut "
                         "avoir. Le fichier est endommagé ou n’est pas un export de participants ; exportez-le de "
                         "nouveau, ou supprimez les colonnes inutiles."),
    "cell_too_long": ("{name}, line {line:n}: a cell is longer than {most:n} characters{size}. The file is damaged "
                      "(often a quote that is never closed) or is not an attendee export. Open it in a spreadsheet, "
                      "fix or delete that cell, and save it again.",
                      "{name}, ligne {line:n} : une cellule dépasse {most:n} caractères{size}. Le fichier est "
                      "endommagé (souvent un guillemet jamais refermé) ou n’est pas un export de participants. "
                      "Ouvrez-le dans un tableur, corrigez ou supprimez cette cellule, puis enregistrez-le de "
                      "nouveau."),
    "characters": (" ({count:n} characters)", " ({count:n} caractères)"),
    "too_many_parts": ("{name} holds {count:n} parts: it is not an attendee export. Export the attendee list again "
                       "as .xlsx or CSV.",
                       "{name} contient {count:n} parties : ce n’est pas un export de participants. Exportez de "
                       "nouveau la liste des participants en .xlsx ou en CSV."),
    "zip_bomb": ("{name} unpacks to {unpacked} from {size}: far more than an attendee export, so it was not opened "
                 "(it is damaged or built to exhaust the computer's memory). Export the attendee list again, as CSV "
                 "if you can.",
                 "{name} se décompresse en {unpacked} à partir de {size} : bien plus qu’un export de participants, "
                 "il n’a donc pas été ouvert (il est endommagé ou fait pour épuiser la mémoire de l’ordinateur). "
                 "Exportez de nouveau la liste des participants, en CSV si possible."),
    "sheet_rows": ("{name}: the sheet {sheet} declares {count:n} rows, more than the {most:n} an export can have. The "
                   "workbook is damaged or was not made by a registration platform: open it, copy the attendee rows "
                   "into a new workbook and save that, or export the list again as CSV.",
                   "{name} : la feuille {sheet} annonce {count:n} lignes, plus que les {most:n} qu’un export peut "
                   "avoir. Le classeur est endommagé ou n’a pas été fait par une plateforme d’inscription : "
                   "ouvrez-le, copiez les lignes des participants dans un nouveau classeur et enregistrez-le, ou "
                   "exportez de nouveau la liste en CSV."),
    "sheet_columns": ("{name}: the sheet {sheet} declares {count:n} columns, more than the {most:n} an export can "
                      "have. The workbook is damaged or was not made by a registration platform: open it, copy the "
                      "attendee rows into a new workbook and save that, or export the list again as CSV.",
                      "{name} : la feuille {sheet} annonce {count:n} colonnes, plus que les {most:n} qu’un export "
                      "peut avoir. Le classeur est endommagé ou n’a pas été fait par une plateforme d’inscription : "
                      "ouvrez-le, copiez les lignes des participants dans un nouveau classeur et enregistrez-le, ou "
                      "exportez de nouveau la liste en CSV."),
    "empty": ("{name} is empty. Download the export again from the registration platform.",
              "{name} est vide. Téléchargez de nouveau l’export depuis la plateforme d’inscription."),
    "old_excel": ("{name} is an old-style Excel 97-2003 (.xls) workbook, which cannot be read. Open it in a "
                  "spreadsheet program and save it as .xlsx or as 'CSV UTF-8', then import that file.",
                  "{name} est un ancien classeur Excel 97-2003 (.xls), qui ne peut pas être lu. Ouvrez-le dans un "
                  "tableur et enregistrez-le en .xlsx ou en « CSV UTF-8 », puis importez ce fichier."),
    "pdf": ("{name} is a PDF, not an attendee export. Download the attendee list as CSV or Excel.",
            "{name} est un PDF, pas un export de participants. Téléchargez la liste des participants en CSV ou "
            "en Excel."),
    "html": ("{name} is a web page (HTML), not a CSV or Excel export. Download the attendee list again and choose CSV "
             "or Excel as the format.",
             "{name} est une page web (HTML), pas un export CSV ou Excel. Téléchargez de nouveau la liste des "
             "participants en choisissant le format CSV ou Excel."),
    "binary": ("{name} does not look like a CSV, TSV or Excel export (it contains binary data). Download the attendee "
               "list again as CSV or Excel.",
               "{name} ne ressemble pas à un export CSV, TSV ou Excel (il contient des données binaires). "
               "Téléchargez de nouveau la liste des participants en CSV ou en Excel."),
    "bad_csv": ("{name}, line {line:n}: the file is not valid CSV ({why}). Download the export again; if you edited it, "
                "save it as 'CSV UTF-8' and try again.",
                "{name}, ligne {line:n} : le fichier n’est pas un CSV valide ({why}). Téléchargez de nouveau "
                "l’export ; si vous l’avez modifié, enregistrez-le en « CSV UTF-8 » et réessayez."),
    "bad_zip": ("{name} looks like an Excel workbook but is damaged or incomplete. Download it again, or export the "
                "attendee list as CSV.",
                "{name} ressemble à un classeur Excel mais il est endommagé ou incomplet. Téléchargez-le de "
                "nouveau, ou exportez la liste des participants en CSV."),
    "not_xlsx": ("{name} is a zip file but not an Excel .xlsx workbook that can be read ({why}). Open it and save as "
                 ".xlsx or 'CSV UTF-8', then import that file.",
                 "{name} est un fichier zip mais pas un classeur Excel .xlsx lisible ({why}). Ouvrez-le et "
                 "enregistrez-le en .xlsx ou en « CSV UTF-8 », puis importez ce fichier."),
    "damaged_workbook": ("{name}: the workbook is damaged and its rows cannot be read ({why}). Download the export "
                         "again, or export it as CSV.",
                         "{name} : le classeur est endommagé et ses lignes ne peuvent pas être lues ({why}). "
                         "Téléchargez de nouveau l’export, ou exportez-le en CSV."),
    "changed_while_read": ("{name} changed while it was read. Wait until it is fully saved or downloaded, then import "
                           "it again.",
                           "{name} a changé pendant sa lecture. Attendez qu’il soit entièrement enregistré ou "
                           "téléchargé, puis importez-le de nouveau."),
    "no_sheets": ("{name}: the workbook has no worksheets. Download the export again.",
                  "{name} : le classeur n’a aucune feuille. Téléchargez de nouveau l’export."),
    "read_sheet": ("Read the sheet {sheet:q} (the workbook has {count:n} sheets).",
                   "Lecture de la feuille {sheet:q} (le classeur a {count:n} feuilles)."),
    # -- the file as an export (kiosk/roster/parse.py, profiles.py, codes.py, resync.py) --------------
    "no_rows": ("{name} has no rows. Download the export again from the registration platform.",
                "{name} n’a aucune ligne. Téléchargez de nouveau l’export depuis la plateforme d’inscription."),
    "no_header": ("{name} has no header row. The first line must name the columns (e.g. First Name, Last Name, "
                  "Email).",
                  "{name} n’a pas de ligne d’en-tête. La première ligne doit nommer les colonnes (p. ex. Prénom, "
                  "Nom, Courriel)."),
    "map_unknown_field": ("--map {field}=...: {field:q} is not a field that can be mapped. Use one of: {fields}.",
                          "--map {field}=... : {field:q} n’est pas un champ qui peut être associé. Utilisez l’un "
                          "de : {fields}."),
    "map_no_column": ("--map {field}=...: give the column name after '=' (e.g. --map {clean}=\"Ticket code\").",
                      "--map {field}=... : donnez le nom de la colonne après « = » (p. ex. "
                      "--map {clean}=\"Code du billet\")."),
    "map_missing_column": ("{name}: --map {field}={column:q} names a column that is not in the file (header on line "
                           "{line:n}). The columns are: {columns}.",
                           "{name} : la colonne {column:q} choisie pour {field} n’est pas dans le fichier (en-tête "
                           "à la ligne {line:n}). Les colonnes sont : {columns}."),
    "no_name_column": ("{name}: no column holds attendees' names (looked for name columns by title in several "
                       "languages and by their values) and the file does not look like a known platform's export. "
                       "{hint}",
                       "{name} : aucune colonne ne contient les noms des participants (cherchés par leur titre en "
                       "plusieurs langues et par leurs valeurs), et le fichier ne ressemble à l’export d’aucune "
                       "plateforme connue. {hint}"),
    "no_usable_columns": ("{name}: no usable columns: none holds a name, an email or a ticket code (header on line "
                          "{line:n}). {hint}",
                          "{name} : aucune colonne utilisable : aucune ne contient un nom, un courriel ou un code de "
                          "billet (en-tête à la ligne {line:n}). {hint}"),
    "map_hint_likely": ("The likeliest columns are {found}. Tell the kiosk which to use, e.g. {example}. The columns "
                        "are: {columns}.",
                        "Les colonnes les plus probables sont {found}. Dites à l’application lesquelles utiliser, "
                        "p. ex. {example}. Les colonnes sont : {columns}."),
    "map_hint": ("Tell the kiosk which columns to use, e.g. {example}. The columns are: {columns}.",
                 "Dites à l’application quelles colonnes utiliser, p. ex. {example}. Les colonnes sont : {columns}."),
    "and_more": ("{shown} and {count:n} more", "{shown} et {count:n} autres"),
    "unknown_platform": ("Unknown platform {platform:q}. Use one of: auto, {known}.",
                         "Plateforme inconnue {platform:q}. Utilisez l’une de : auto, {known}."),
    "excel_code": ("{name}, line {line:n}, column {column:q}: the ticket code {code:q} {reason}, which happens when the "
                   "export is opened and saved in Excel (or the code was stored as a number). Codes like this cannot "
                   "match any ticket, so nothing was imported. Download the export again from the registration "
                   "platform and import it without opening it in Excel (or import the .xlsx download instead).",
                   "{name}, ligne {line:n}, colonne {column:q} : le code de billet {code:q} {reason}, ce qui arrive "
                   "quand l’export est ouvert et enregistré dans Excel (ou que le code a été stocké comme un "
                   "nombre). De tels codes ne correspondent à aucun billet, donc rien n’a été importé. Téléchargez "
                   "de nouveau l’export depuis la plateforme d’inscription et importez-le sans l’ouvrir dans Excel "
                   "(ou importez plutôt le téléchargement .xlsx)."),
    "code_scientific": ("is in scientific notation", "est en notation scientifique"),
    "code_zeros": ("has had its last digits replaced by zeros", "a vu ses derniers chiffres remplacés par des zéros"),
    "code_leading_zero": ("has lost its leading zero (the other codes have {digits} digits and start with 0)",
                          "a perdu son zéro de tête (les autres codes ont {digits} chiffres et commencent par 0)"),
    "no_usable_rows": ("{path}: no usable rows were found. Nothing was imported.",
                       "{path} : aucune ligne utilisable n’a été trouvée. Rien n’a été importé."),
    "no_usable_rows_why": ("{path}: no usable rows were found ({reasons}). Nothing was imported.",
                           "{path} : aucune ligne utilisable n’a été trouvée ({reasons}). Rien n’a été importé."),
    "line_reason": ("line {line:n}: {reason}", "ligne {line:n} : {reason}"),
    "unknown_status": ("{name}: the status {words}{more}{column} is not a word the kiosk knows, so nothing was "
                       "imported: a status nobody has explained is never admitted. Tell the kiosk what it means and "
                       "import again, e.g.\n  kiosk import FILE {example}\n(or =admitted for people who may come "
                       "in). The answer is remembered for this source, so later re-syncs need no option.",
                       "{name} : l’état {words}{more}{column} n’est pas un mot que l’application connaît, donc rien "
                       "n’a été importé : un état que personne n’a expliqué n’est jamais admis. Dites à "
                       "l’application ce qu’il veut dire, puis importez de nouveau. La réponse est retenue pour "
                       "cette source : les prochaines mises à jour ne demanderont rien."),
    "status_word_lines": ("{word:q} ({count:p:line|lines} {lines})", "{word:q} ({count:p:ligne|lignes} {lines})"),
    "more_lines": ("{lines} and {count:n} more", "{lines} et {count:n} autres"),
    "more_words": (" and {count:n} other words", " et {count:n} autres mots"),
    "in_column": (" in column {column:q}", " dans la colonne {column:q}"),
    "status_override_shape": ("--status {text:q}: write it as WORD=admitted or WORD=not-admitted, e.g. --status "
                              "\"Warteliste=not-admitted\".",
                              "--status {text:q} : écrivez MOT=admitted ou MOT=not-admitted, p. ex. --status "
                              "\"Warteliste=not-admitted\"."),
    "status_override_meaning": ("--status {text:q}: after '=' write admitted or not-admitted (or a short reason such "
                                "as waitlisted).",
                                "--status {text:q} : après « = », écrivez admitted ou not-admitted (ou une courte "
                                "raison comme waitlisted)."),
    # -- the wizard and other roster refusals ---------------------------------------------------------
    "no_event": ("This database has no event yet: create it with `kiosk init --name NAME` first.",
                 "Cette base de données n’a pas encore d’événement : créez-le d’abord (Fichier > Nouvel "
                 "événement)."),
    "no_signing_secret": ("This station has no ticket-signing secret: it syncs with its own hub login, which may not "
                          "read it. Issue tickets on the organizer's computer (the event file made with `kiosk "
                          "init`); the tickets reach this station with the next sync.",
                          "Ce poste n’a pas le secret qui signe les billets : il se synchronise avec sa propre "
                          "connexion au serveur, qui ne peut pas le lire. Émettez les billets sur l’ordinateur de "
                          "l’organisateur ; ils arriveront sur ce poste à la prochaine synchronisation."),
    "walk_in_needs_name": ("A walk-in needs at least a name.", "Une personne sans inscription a besoin au moins d’un nom."),
    "not_editable": ("These fields cannot be edited: {fields}. Editable: {editable}.",
                     "Ces champs ne peuvent pas être modifiés : {fields}. Modifiables : {editable}."),
    "no_attendee": ("No attendee with id {id}.", "Aucune personne inscrite n’a l’identifiant {id}."),
    # -- rows left out, rows merged (parse.py) -------------------------------------------------------
    "totals_row": ("totals row, not a person", "ligne de totaux, pas une personne"),
    "empty_row": ("no name, email or ticket code on this row", "ni nom, ni courriel, ni code de billet sur cette ligne"),
    "code_taken_by": ("ticket code {code} is already used by line {line:n} ({name})",
                      "le code de billet {code} est déjà pris par la ligne {line:n} ({name})"),
    "code_taken": ("ticket code {code} is already used by line {line:n}",
                   "le code de billet {code} est déjà pris par la ligne {line:n}"),
    "same_registration": ("the same registration ({key}) appears again; the first row was kept",
                          "la même inscription ({key}) revient ; la première ligne a été gardée"),
    "code_belongs_to": ("code {code} already belongs to {name} from {source}",
                        "le code {code} appartient déjà à {name} ({source})"),
    "code_owner_source": ("source {source:q}", "source {source:q}"),
    "walk_in": ("a walk-in added at the desk", "personne ajoutée à l’accueil"),
    "earlier_answer": ("an earlier answer from the same person; the answer on line {line:n} was sent later and is used",
                       "une réponse antérieure de la même personne ; la réponse de la ligne {line:n} a été envoyée "
                       "plus tard et c’est elle qui compte"),
    "same_person_session": ("same person as line {line:n} ({key}); one row per Zoom session",
                            "même personne que la ligne {line:n} ({key}) ; une ligne par séance Zoom"),
    "same_person": ("same person as line {line:n} ({key}); kept line {line:n}",
                    "même personne que la ligne {line:n} ({key}) ; la ligne {line:n} est gardée"),
    "rekeyed_email": ("same e-mail address", "même adresse courriel"),
    "rekeyed_code": ("same ticket code", "même code de billet"),
    # -- why a row is or is not admitted (statuses.py, parse.py) --------------------------------------
    "admitted_no_status": ("admitted: no status given", "admis : aucun état indiqué"),
    "admitted_word": ("admitted: {word:q} ({where})", "admis : {word:q} ({where})"),
    "not_admitted_word": ("not admitted: {word:q} means {status} ({where})",
                          "non admis ({status}) : {word:q} ({where})"),
    "not_admitted_as_said": ("not admitted: {word:q} ({where})", "non admis : {word:q} ({where})"),
    "not_admitted_flag": ("not admitted: {column} says {flag:q}", "non admis : la colonne {column} indique {flag:q}"),
    "guest_not_named": ("{admission}; holder not named yet (Info Requested): the desk completes the details",
                        "{admission} ; titulaire pas encore nommé (Info Requested) : l’accueil complète ses "
                        "coordonnées"),
    "where_organizer": ("your answer for this source", "votre réponse pour cette source"),
    "where_common": ("common word", "mot courant"),
    "where_common_language": ("common word, {language}", "mot courant, en {language}"),
    "where_platform": ("{platform} wording", "mot employé par {platform}"),
    "where_platform_language": ("{platform} wording, {language}", "mot employé par {platform}, en {language}"),
    "language_en": ("English", "anglais"), "language_fr": ("French", "français"),
    "language_de": ("German", "allemand"), "language_es": ("Spanish", "espagnol"),
    "language_pt": ("Portuguese", "portugais"), "language_it": ("Italian", "italien"),
    "language_nl": ("Dutch", "néerlandais"),
    # -- a registration's status as stored and said at the door ---------------------------------------
    "status_active": ("admitted", "admis"),
    "status_awaiting payment": ("awaiting payment", "paiement attendu"),
    "status_cancelled": ("cancelled", "annulé"),
    "status_declined": ("declined", "refusé"),
    "status_deleted": ("deleted", "supprimé"),
    "status_expired": ("expired", "expiré"),
    "status_invited": ("invited", "invité"),
    "status_not attending": ("not attending", "ne vient pas"),
    "status_not sold": ("not sold", "non vendu"),
    "status_pending": ("pending", "en attente"),
    "status_pending approval": ("pending approval", "en attente d’approbation"),
    "status_pending payment": ("pending payment", "paiement en attente"),
    "status_refunded": ("refunded", "remboursé"),
    "status_rejected": ("rejected", "rejeté"),
    "status_transferred": ("transferred", "transféré"),
    "status_voided": ("voided", "annulé (billet invalidé)"),
    "status_waitlisted": ("waitlisted", "sur liste d’attente"),
    "status_withdrawn": ("withdrawn", "retiré"),
    # -- a ticket whose holder is not named yet (Eventbrite "Info Requested"): worded where it is shown --
    "guest_of": ("Guest of {buyer}", "Personne invitée par {buyer}"),
    "guest": ("Guest", "Personne invitée"),
    "personal_data_deleted": ("(personal data deleted)", "(données personnelles supprimées)"),
    # -- notes of the dry run (parse.py, resync.py): kiosk/roster/note_words.py ---------------------
    **NOTES,
    # -- platforms and how they were recognised (profiles.py, detect.py) ------------------------------
    "label_eventbrite": ("Eventbrite", "Eventbrite"),
    "label_tito": ("Tito", "Tito"),
    "label_pretix": ("pretix order positions", "positions de commande pretix"),
    "label_pretix-checkin": ("pretix check-in list", "liste d’enregistrement pretix"),
    "label_pretix-codes": ("pretix valid check-in codes", "codes d’enregistrement valides pretix"),
    "label_luma": ("Luma", "Luma"),
    "label_hievents": ("Hi.Events", "Hi.Events"),
    "label_tickettailor-orders": ("Ticket Tailor orders", "commandes Ticket Tailor"),
    "label_tickettailor": ("Ticket Tailor tickets", "billets Ticket Tailor"),
    "label_indico": ("Indico", "Indico"),
    "label_alfio": ("alf.io", "alf.io"),
    "label_meetup": ("Meetup", "Meetup"),
    "label_googleforms": ("Google Forms", "Google Forms"),
    "label_zoom": ("Zoom", "Zoom"),
    "label_humanitix": ("Humanitix", "Humanitix"),
    "label_sessionize": ("Sessionize speakers", "conférenciers Sessionize"),
    "label_spreadsheet": ("spreadsheet", "tableau"),
    "evidence_titles": ("column titles", "titres des colonnes"),
    "evidence_eventbrite_barcodes": ("barcodes are order number + attendee number + sequence",
                                     "codes-barres formés du numéro de commande, du numéro de participant et d’un rang"),
    "evidence_eventbrite_numbers": ("order and attendee numbers of Eventbrite's length",
                                    "numéros de commande et de participant de la longueur de ceux d’Eventbrite"),
    "evidence_code_shape": ("ticket codes have {label}'s shape", "codes de billet de la forme de ceux de {label}"),
})
