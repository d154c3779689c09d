"""Words of Qt's own dialogs that Qt's shipped French catalogue (qtbase_fr) lacks.

Qt 6 put keyboard accelerators into some of its file dialog's labels ("&Look in:", "Files of &type:")
and its French catalogue was not brought up to date, so a French file dialog said "Look in:" and
"Files of type:" beside "Nom de fichier :", and "Folder" in its Type column. `QtGaps` answers only
those words; everything else goes on to Qt's catalogue. Installed by kiosk.ui.i18n with Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Regarder dans :",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type :",
        ("QAbstractFileIconProvider", "Folder"): "Dossier",
        ("QAbstractFileIconProvider", "File Folder"): "Dossier",
        ("QFileSystemModel", "Folder"): "Dossier",
    },
}


class QtGaps(QTranslator):
    """The words of `GAPS` for one language."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.words = GAPS.get(language, {})

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.words

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.words.get((context, source))       # None: not ours, Qt asks the next catalogue
