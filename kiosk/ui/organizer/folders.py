"""Where file dialogs open: the folder used last for that kind of file, else the person's Downloads
folder for an import (where a platform's export lands) and Documents for the rest; never the folder
the app was installed or started in.

    picker = file_dialog(parent, title, name_filter, kind="exports", save=True, suggested="report.pdf")
    dialogs.open_dialog(picker, on_accept=lambda: use(picker.selectedFiles()[0]))

The folder chosen is remembered per kind ("events", "imports", "exports", "badges", "videos", ...)
in a small settings file in the per-user config folder (`$KIOSK_CONFIG_DIR` moves it; the tests do).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def _store() -> QSettings:
    from kiosk.recent_events import config_dir

    return QSettings(str(config_dir() / "folders.ini"), QSettings.Format.IniFormat)


def documents_folder() -> Path:
    """The person's Documents folder (their home folder when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def downloads_folder() -> Path | None:
    """The person's Downloads folder, where a registration export lands; None when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    path = Path(found) if found else None
    return path if path is not None and path.is_dir() and path != Path.home() else None


def start_folder(kind: str) -> Path:
    """The folder last used for `kind` when it still exists, else Downloads for imports (exports are
    downloaded from the registration platform), else Documents."""
    remembered = _store().value(f"last/{kind}")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    if kind == "imports":
        return downloads_folder() or documents_folder()
    return documents_folder()


def remember_folder(path: str | Path, kind: str) -> None:
    """Remember the folder of `path` (a file, or a folder itself) for the next dialog of `kind`."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    store = _store()
    store.setValue(f"last/{kind}", str(folder))
    store.sync()


def file_dialog(parent: QWidget | None, title: str, name_filter: str = "", *, kind: str, save: bool = False,
                suggested: str = "", folder: bool = False) -> QFileDialog:
    """A file (or folder) dialog that opens where this kind of file was last chosen; the folder of the
    file chosen is remembered when the dialog is accepted."""
    start = start_folder(kind)
    picker = QFileDialog(parent, title, str(start / suggested) if suggested else str(start), name_filter)
    if folder:
        picker.setFileMode(QFileDialog.FileMode.Directory)
        picker.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif save:
        picker.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if suggested and Path(suggested).suffix:
            picker.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    else:
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)

    def chosen() -> None:
        files = picker.selectedFiles()
        if files:
            remember_folder(files[0], kind)

    picker.accepted.connect(chosen)
    return picker
