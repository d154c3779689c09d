"""What exports, the report, ticket files and the purge say to a person when they cannot do their
work, in English and French (kiosk/wording.py). The PDF report's own words are in report_words.py."""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("reports", {
    # -- exports (kiosk/reports/export.py) ------------------------------------------------------------
    "not_a_date": ("--day {day:q} is not a date: write it as YYYY-MM-DD, e.g. 2026-07-08.",
                   "{day:q} n’est pas une date : écrivez-la AAAA-MM-JJ, p. ex. 2026-07-08."),
    "not_a_day": ("{day} is not a day of this event; its days are {days}.",
                  "Le {day} n’est pas un jour de cet événement ; ses jours sont {days}."),
    "file_in_use": ("Cannot write {path}: it is open in another program (Excel?) or read-only. Close it and export "
                    "again, or choose another file name.",
                    "Impossible d’écrire {path} : il est ouvert dans un autre programme (Excel ?) ou en lecture "
                    "seule. Fermez-le et exportez de nouveau, ou choisissez un autre nom de fichier."),
    "not_written": ("The export {path} was not written: {why} Nothing else was changed.",
                    "L’export {path} n’a pas été écrit : {why} Rien d’autre n’a été changé."),
    "unknown_format": ("Unknown export format {format:q}: use csv or xlsx.",
                       "Format d’export inconnu {format:q} : utilisez csv ou xlsx."),
    "which_format": ("Say which format to write (--format csv or --format xlsx), or end the file name with .csv or "
                     ".xlsx.",
                     "Dites quel format écrire (CSV ou XLSX), ou terminez le nom du fichier par .csv ou .xlsx."),
    "unknown_kind": ("Unknown export kind {kind:q}: use {kinds}.", "Genre d’export inconnu {kind:q} : utilisez {kinds}."),
    # -- the PDF report and ticket files ---------------------------------------------------------------
    "report_in_use": ("Cannot write {path}: it is open in another program or read-only. Close it and try again.",
                      "Impossible d’écrire {path} : il est ouvert dans un autre programme ou en lecture seule. "
                      "Fermez-le et réessayez."),
    "no_folder": ("Cannot create the folder {folder}: {why}. Choose a folder you can write to.",
                  "Impossible de créer le dossier {folder} : {why}. Choisissez un dossier où vous pouvez écrire."),
    # -- the purge (kiosk/reports/purge.py) -----------------------------------------------------------
    "backups_left": ("The data was purged, but the backups folder {folder} could not be deleted ({why}). Delete it by "
                     "hand: it still holds personal data.",
                     "Les données ont été effacées, mais le dossier des sauvegardes {folder} n’a pas pu être supprimé "
                     "({why}). Supprimez-le à la main : il contient encore des données personnelles."),
    "not_compacted": ("The personal data was removed, but the file {path} could not be compacted: {why}. Close every "
                      "other window or program using it and run `kiosk purge` again.",
                      "Les données personnelles ont été effacées, mais le fichier {path} n’a pas pu être compacté : "
                      "{why}. Fermez toutes les autres fenêtres ou programmes qui l’utilisent et relancez "
                      "l’effacement."),
    "still_open": ("The personal data was removed, but another program still has {path} open, so old copies may "
                   "remain in its -wal file. Close every other window and run `kiosk purge` again.",
                   "Les données personnelles ont été effacées, mais un autre programme a encore {path} ouvert : "
                   "d’anciennes copies peuvent rester dans son fichier -wal. Fermez toutes les autres fenêtres et "
                   "relancez l’effacement."),
})
