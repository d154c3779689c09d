"""What printing says to a person, in English and French (kiosk/wording.py): printers that are off,
paused or unknown, print folders, the reprint limit and its overrides, where badges go.

`{printer}` is a printer's name, `{folder}` a folder, `{why}` the system's reason."""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("printing", {
    # -- backends (kiosk/printing/backends.py, cups.py; kiosk/ui/qt_printer.py) -------------------------
    "qt_outside_app": ("The Qt printer works only inside the desktop app. From the command line, set printer_backend "
                       "to cups (with printer_name) or folder (with print_folder).",
                       "L’imprimante Qt ne fonctionne que dans l’application. En ligne de commande, réglez "
                       "printer_backend sur cups (avec printer_name) ou folder (avec print_folder)."),
    "unknown_backend": ("Unknown printer backend {backend:q}: use cups, qt or folder.",
                        "Mode d’impression inconnu {backend:q} : utilisez cups, qt ou folder."),
    "no_folder": ("No print folder is set: choose one in the printing settings (print_folder).",
                  "Aucun dossier d’impression n’est défini : choisissez-en un dans les réglages d’impression."),
    "folder_not_created": ("The print folder {folder} cannot be created ({why}): plug the drive in or choose another "
                           "folder.",
                           "Le dossier d’impression {folder} ne peut pas être créé ({why}) : branchez le disque ou "
                           "choisissez un autre dossier."),
    "folder_not_writable": ("The print folder {folder} is not writable: choose another folder or fix its permissions.",
                            "Impossible d’écrire dans le dossier d’impression {folder} : choisissez un autre dossier "
                            "ou corrigez ses droits."),
    "badge_not_written": ("Could not write the badge into {folder} ({why}): check the disk has space and the folder "
                          "is still there.",
                          "Impossible d’écrire le badge dans {folder} ({why}) : vérifiez qu’il reste de la place sur "
                          "le disque et que le dossier existe toujours."),
    "cups_tool_missing": ("CUPS printing needs the `{tool}` command, which is not installed. On Debian/Ubuntu install "
                          "the cups-client package; on Windows choose the qt or folder printer backend.",
                          "L’impression par CUPS a besoin de la commande `{tool}`, qui n’est pas installée. Sous "
                          "Debian ou Ubuntu, installez le paquet cups-client ; sous Windows, choisissez une imprimante "
                          "du système ou des fichiers PDF."),
    "cups_timeout": ("The print service did not answer within {seconds} s ({tool}). Check that CUPS is running and the "
                     "printer is reachable; the badge stays queued.",
                     "Le service d’impression n’a pas répondu en {seconds} s ({tool}). Vérifiez que CUPS fonctionne et "
                     "que l’imprimante est joignable ; le badge reste dans la file."),
    "cups_cannot_run": ("Could not run {tool}: {why}.", "Impossible de lancer {tool} : {why}."),
    "cups_no_printer_chosen": ("No printer is chosen: set printer_name in the printing settings (`lpstat -p` lists "
                               "the printers CUPS knows).",
                               "Aucune imprimante n’est choisie : choisissez-en une dans les réglages d’impression "
                               "(`lpstat -p` liste les imprimantes connues de CUPS)."),
    "cups_not_running": ("The CUPS print service is not running: start it (e.g. `sudo systemctl start cups`); badges "
                         "wait in the queue meanwhile.",
                         "Le service d’impression CUPS ne fonctionne pas : démarrez-le (p. ex. "
                         "`sudo systemctl start cups`) ; en attendant, les badges restent dans la file."),
    "cups_unknown_printer": ("CUPS has no printer called {printer:q}. Check the name (`lpstat -p` lists them) or add "
                             "the printer in the system's printer settings.",
                             "CUPS ne connaît pas d’imprimante nommée {printer:q}. Vérifiez le nom (`lpstat -p` les "
                             "liste) ou ajoutez l’imprimante dans les réglages d’impression du système."),
    "cups_paused": ("The printer {printer} is stopped (paused) in CUPS: check it is on, has labels and no jam, then "
                    "resume it (`cupsenable {printer}` or the printer settings). Badges wait in the queue and print "
                    "when it is back.",
                    "L’imprimante {printer} est arrêtée (en pause) dans CUPS : vérifiez qu’elle est allumée, qu’elle a "
                    "des étiquettes et pas de bourrage, puis relancez-la (`cupsenable {printer}` ou les réglages "
                    "d’impression du système). Les badges attendent dans la file et s’impriment dès son retour."),
    "cups_refused": ("CUPS refused the badge for {printer}: {answer}. Check the printer in the system's printer "
                     "settings; the badge stays queued.",
                     "CUPS a refusé le badge pour {printer} : {answer}. Vérifiez l’imprimante dans les réglages "
                     "d’impression du système ; le badge reste dans la file."),
    "no_answer": ("no answer", "aucune réponse"),
    "qt_no_default": ("No printer is chosen and the system has no default printer: choose one in the printing "
                      "settings (printer_name).",
                      "Aucune imprimante n’est choisie et le système n’a pas d’imprimante par défaut : choisissez-en "
                      "une dans les réglages d’impression."),
    "qt_unknown_printer": ("The system has no printer called {printer:q} (it knows: {known}). Check it is installed "
                           "and switched on, or choose another in the printing settings.",
                           "Le système n’a pas d’imprimante nommée {printer:q} (il connaît : {known}). Vérifiez "
                           "qu’elle est installée et allumée, ou choisissez-en une autre dans les réglages "
                           "d’impression."),
    "none_known": ("none", "aucune"),
    "qt_printer_error": ("The printer {printer} reports an error: check it is on, has labels and no jam. Badges wait "
                         "in the queue.",
                         "L’imprimante {printer} signale une erreur : vérifiez qu’elle est allumée, qu’elle a des "
                         "étiquettes et pas de bourrage. Les badges attendent dans la file."),
    "qt_pdf_unreadable": ("The badge PDF could not be opened for printing ({why}).",
                          "Le PDF du badge n’a pas pu être ouvert pour l’impression ({why})."),
    "qt_cannot_start": ("The printer {printer} could not start the job: check it is on and reachable. The badge stays "
                        "queued.",
                        "L’imprimante {printer} n’a pas pu commencer l’impression : vérifiez qu’elle est allumée et "
                        "joignable. Le badge reste dans la file."),
    "default_printer": ("(default)", "(par défaut)"),
    "unexpected": ("Unexpected error while printing: {error}", "Erreur inattendue pendant l’impression : {error}"),
    # -- where badges go (backends.describe) ---------------------------------------------------------
    "goes_to_folder": ("PDF files in {folder}", "Fichiers PDF dans {folder}"),
    "goes_to_folder_auto": ("PDF files in {folder} (no default printer found)",
                            "Fichiers PDF dans {folder} (aucune imprimante par défaut trouvée)"),
    "goes_to_cups": ("The printer {printer} (CUPS)", "L’imprimante {printer} (CUPS)"),
    "goes_to_system": ("The printer {printer} (system)", "L’imprimante {printer} (système)"),
    "goes_to_default_cups": ("The system's default printer, {printer} (CUPS)",
                             "L’imprimante par défaut du système, {printer} (CUPS)"),
    "goes_to_default_system": ("The system's default printer, {printer} (system)",
                               "L’imprimante par défaut du système, {printer} (système)"),
    "goes_nowhere": ("No printer: choose one in the printing settings",
                     "Aucune imprimante : choisissez-en une dans les réglages d’impression"),
    # -- the queue and the reprint limit (kiosk/printing/queue.py) ------------------------------------
    "reprint_limit": ("{name}'s badge was already reprinted {used:n} {used:p:time|times}, the limit set for this event "
                      "(max_reprints = {limit:n}). An organizer can allow one more with a reason (`kiosk print CODE "
                      "--reprint --override REASON --by NAME`), or raise the limit in the printing settings.",
                      "{name} a déjà fait réimprimer son badge {used:n} fois, la limite fixée pour cet événement "
                      "({limit:n}). Un organisateur peut autoriser une réimpression de plus, motif à l’appui, ou "
                      "relever la limite dans les réglages d’impression."),
    # said at the desk, where the volunteer's window asks why and who allows one more (kiosk/ui/desk/questions.py)
    "reprint_limit_ask": ("{name}'s badge was already reprinted {used:n} {used:p:time|times}, as many times as this "
                          "event allows. An organizer can allow one more: write why and the organizer's name below, "
                          "then press “Print anyway”. To allow more reprints for everyone, an organizer raises "
                          "“Reprints allowed per person” in Organizer › Settings… › Printing and badges.",
                          "{name} a déjà fait réimprimer son badge {used:n} fois, autant que cet événement le permet. "
                          "Un organisateur peut autoriser une réimpression de plus : indiquez ci-dessous le motif et "
                          "le nom de l’organisateur, puis appuyez sur « Imprimer quand même ». Pour permettre plus de "
                          "réimpressions à tout le monde, un organisateur relève « Réimpressions permises par "
                          "personne » dans Organisation › Réglages… › Impression et badges."),
    "no_reprint_ask": ("{name} already has a badge, and this event allows no reprints. An organizer can allow one: "
                       "write why and the organizer's name below, then press “Print anyway”. To allow reprints for "
                       "everyone, an organizer raises “Reprints allowed per person” in Organizer › Settings… › "
                       "Printing and badges.",
                       "{name} a déjà un badge, et cet événement ne permet aucune réimpression. Un organisateur peut "
                       "en autoriser une : indiquez ci-dessous le motif et le nom de l’organisateur, puis appuyez sur "
                       "« Imprimer quand même ». Pour permettre des réimpressions à tout le monde, un organisateur "
                       "relève « Réimpressions permises par personne » dans Organisation › Réglages… › Impression "
                       "et badges."),
    "reprint_limit_refused": ("{name}'s badge was already reprinted {used:n} {used:p:time|times}, as many times as "
                              "this event allows. An organizer can allow one more at the desk: choose {name}, press "
                              "Print badge (Ctrl+P), then give why and who allows it.",
                              "{name} a déjà fait réimprimer son badge {used:n} fois, autant que cet événement le "
                              "permet. Un organisateur peut autoriser une réimpression de plus au comptoir : "
                              "choisissez {name}, appuyez sur Imprimer le badge (Ctrl+P), puis donnez le motif et qui "
                              "l’autorise."),
    # the desk's line about a chosen person's badge once no reprint is left (queue.py `reprints_said`)
    "no_reprints_allowed": ("badge printed; this event allows no reprints (an organizer can allow one)",
                            "badge imprimé ; cet événement ne permet aucune réimpression (un organisateur peut en "
                            "autoriser une)"),
    "reprints_at_limit": ("badge printed; reprinted {used:n} {used:p:time|times}, as many as allowed (an organizer "
                          "can allow one more)",
                          "badge imprimé ; réimprimé {used:n} fois, autant que permis (un organisateur peut en "
                          "autoriser une de plus)"),
    "reprints_past_limit": ("badge printed; reprinted {used:n} {used:p:time|times} ({limit:n} allowed, {extra:n} "
                            "more allowed by {extra:p:an organizer|organizers})",
                            "badge imprimé ; réimprimé {used:n} fois ({limit:n} {limit:p:permise|permises}, {extra:n} "
                            "de plus {extra:p:autorisée|autorisées} par un organisateur)"),
    "reprints_over_limit": ("badge printed; reprinted {used:n} {used:p:time|times} ({limit:n} allowed)",
                            "badge imprimé ; réimprimé {used:n} fois ({limit:n} {limit:p:permise|permises})"),
    "label_override_reason": ("reason", "motif"),
    "label_override_by": ("name of who allows it", "nom de qui l’autorise"),
    "override_needs_reason": ("Say why this badge may be printed again past the limit (e.g. 'badge lost', 'name "
                              "misspelt').",
                              "Dites pourquoi ce badge peut être réimprimé au-delà de la limite (p. ex. « badge "
                              "perdu », « nom mal orthographié »)."),
    "override_needs_who": ("Say who allows this reprint past the limit (a name).",
                           "Dites qui autorise cette réimpression au-delà de la limite (un nom)."),
    "unknown_reason": ("Unknown print reason {reason:q}: use checkin, reprint or manual.",
                       "Raison d’impression inconnue {reason:q} : utilisez checkin, reprint ou manual."),
    "no_attendee": ("No attendee with id {id}.", "Aucune personne inscrite n’a l’identifiant {id}."),
    "no_failed_job": ("No failed print job {id} to retry.", "Aucune impression échouée n° {id} à relancer."),
})
