"""Errors the core raises for a person to read: each says what happened and what to do.

`KnownError` covers the venue's reality (a broken export, a locked or damaged database, a printer
that is off); the CLI prints its message and exits non-zero, the UI shows it in a banner.
Anything else is a bug and keeps its traceback.

A known error is made from a `Message` (kiosk/wording.py): a stable code and its parameters, worded
in English and French in its domain's table. `str(error)` is English (the command line, the log);
`error.text("fr")` is what a French window shows. `tests/test_wording.py` refuses a known error
made from bare English text anywhere in the core.
"""

from __future__ import annotations

import re

from kiosk.wording import Catalogue, Message


class KnownError(Exception):
    """A problem of the environment or the input, with a message that says what to do."""

    exit_code = 2

    def __init__(self, message: Message | str = "", *args: object):
        self.message: Message | None = message if isinstance(message, Message) else None
        super().__init__(str(message), *args)

    def text(self, lang: str = "en") -> str:
        """The message in `lang` (en or fr); English when it was made from bare text."""
        return self.message.text(lang) if self.message is not None else str(self)

    @property
    def code(self) -> str:
        """The message's stable code ("store.busy"), or "" for bare text."""
        return self.message.code if self.message is not None else ""


class ImportRefused(KnownError):
    """An export file cannot be imported; nothing was written."""


class DatabaseProblem(KnownError):
    """The event database is locked, read-only, full or damaged."""


class DamagedEventFile(DatabaseProblem):
    """The event file is damaged, empty or cut short: the app offers to restore its newest good backup.
    `path` is the file, `problem` what is wrong with it (a store.file_* Message: "is empty (0 bytes): ...")."""

    def __init__(self, message: Message | str = "", *, path: object = None, problem: Message | None = None):
        super().__init__(message)
        self.path, self.problem = path, problem


class NotFound(KnownError):
    """No such attendee, code or setting."""


WORDS = Catalogue("os", {
    "cannot_use": ("Cannot use {target}: {why}. {hint}", "Impossible d’utiliser {target} : {why}. {hint}"),
    "a_file": ("a file", "un fichier"),
    # the operating system's own words for the errors below (its strerror is in English)
    "errno_28": ("No space left on device", "plus d’espace libre sur le disque"),
    "errno_122": ("Disk quota exceeded", "quota de disque dépassé"),
    "errno_13": ("Permission denied", "permission refusée"),
    "errno_1": ("Operation not permitted", "opération non permise"),
    "errno_30": ("Read-only file system", "système de fichiers en lecture seule"),
    "errno_2": ("No such file or directory", "fichier ou dossier introuvable"),
    "errno_20": ("Not a directory", "n’est pas un dossier"),
    "errno_21": ("Is a directory", "est un dossier"),
    "errno_5": ("Input/output error", "erreur d’entrée-sortie"),
    "errno_36": ("File name too long", "nom de fichier trop long"),
    "errno_24": ("Too many open files", "trop de fichiers ouverts"),
    # what to do about each
    "hint_28": ("The disk is full: free some space, or choose a folder on another disk (a USB stick), and try again.",
                "Le disque est plein : libérez de l’espace, ou choisissez un dossier sur un autre disque (une clé USB), "
                "puis réessayez."),
    "hint_122": ("The disk quota is used up: free some space, or choose a folder on another disk, and try again.",
                 "Le quota de disque est épuisé : libérez de l’espace, ou choisissez un dossier sur un autre disque, "
                 "puis réessayez."),
    "hint_13": ("You may not use it: choose a folder of your own (e.g. Documents or the Desktop), or fix its "
                "permissions.",
                "Vous n’avez pas le droit de l’utiliser : choisissez un dossier à vous (p. ex. Documents ou le "
                "Bureau), ou corrigez ses permissions."),
    "hint_30": ("It is on a read-only disk: choose a folder on a disk you can write to.",
                "Il est sur un disque en lecture seule : choisissez un dossier sur un disque où vous pouvez écrire."),
    "hint_2": ("Check the path: the file or its folder does not exist.",
               "Vérifiez le chemin : le fichier ou son dossier n’existe pas."),
    "hint_20": ("Check the path: part of it is a file, not a folder.",
                "Vérifiez le chemin : une partie est un fichier, pas un dossier."),
    "hint_21": ("It is a folder: give a file name inside it.", "C’est un dossier : donnez un nom de fichier à l’intérieur."),
    "hint_5": ("The disk reported a read or write error: copy your files to another disk and try again.",
               "Le disque signale une erreur de lecture ou d’écriture : copiez vos fichiers sur un autre disque et "
               "réessayez."),
    "hint_36": ("The file name is too long: choose a shorter one.", "Le nom du fichier est trop long : choisissez-en un plus court."),
    "hint_24": ("Too many files are open: close other programs and try again.",
                "Trop de fichiers sont ouverts : fermez d’autres programmes et réessayez."),
})

#: errno values that are the environment's doing (disk full, no permission, missing folder...): the hint to give.
_OS_HINTS = {28: "hint_28", 122: "hint_122", 13: "hint_13", 1: "hint_13", 30: "hint_30", 2: "hint_2", 20: "hint_20",
             21: "hint_21", 5: "hint_5", 36: "hint_36", 24: "hint_24"}


def os_reason(exc: OSError) -> Message | str:
    """The operating system's reason for `exc` in words a window can translate (its strerror, in
    English, for an errno without a wording of ours)."""
    errno = getattr(exc, "errno", None) or -1
    if f"errno_{errno}" in WORDS:
        return WORDS(f"errno_{errno}")
    return exc.strerror or str(exc)


def from_os_error(exc: OSError) -> KnownError | None:
    """A message for an operating-system error a person can act on (full disk, no permission, bad
    path); None for anything else, which is then treated as a bug."""
    hint = _OS_HINTS.get(getattr(exc, "errno", None) or -1)
    if hint is None:
        return None
    target = exc.filename if exc.filename is not None else WORDS("a_file")
    return KnownError(WORDS("cannot_use", target=target, why=os_reason(exc), hint=WORDS(hint)))


_LONG_RUN = re.compile(r"\S{161,}")


def shortened(message: str, longest: int = 160, total: int = 2000) -> str:
    """A message fit for a screen: a run of more than `longest` characters without a space (a
    300 MB cell, a mistyped argument) is cut with its length said, and the whole kept short."""
    text = _LONG_RUN.sub(lambda m: f"{m.group()[:60]}... ({len(m.group()):,} characters)", str(message))
    return text if len(text) <= total else text[:total] + "..."
