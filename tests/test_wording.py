"""Every word the core says to a person exists in English and French (kiosk/wording.py).

The core is read as source: every place that makes a known error (`KnownError` and its subclasses,
found by importing the whole package) must make it from a Message, never from bare English text;
every place that asks a domain's table for words (`WORDS("key", ...)`) must name a key the table
has, with exactly the parameters its wordings use. Then every table is read: both languages, the
same parameters, French typography, and every message renders in both languages. The command
line (kiosk/cli) keeps English and is not walked.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import kiosk
from kiosk import wording
from kiosk.errors import KnownError

ROOT = Path(kiosk.__file__).resolve().parent
SKIPPED = ("kiosk.__main__", "kiosk.cli")


def _import_everything() -> None:
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if not info.name.startswith(SKIPPED):
            importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found = {cls}
    for sub in cls.__subclasses__():
        found |= _subclasses(sub)
    return found


def _core_sources() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "cli" not in p.relative_to(ROOT).parts[:1])


def _module_of(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_bare_text(node: ast.AST | None) -> bool:
    """An expression that is English text written in place: "...", f"...", "..." + x, "...".format()."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_bare_text(node.body) or _is_bare_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return True
    return False


def _first_argument(call: ast.Call) -> ast.AST | None:
    if call.args:
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg == "message"), None)


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def test_every_known_error_of_the_core_is_made_from_a_message():
    _import_everything()
    everything = _subclasses(KnownError)
    errors = {cls.__name__ for cls in everything}
    assert {"KnownError", "DatabaseProblem", "ImportRefused", "SettingRefused", "PrinterUnavailable"} <= errors
    # an error with an __init__ of its own (ReprintLimitReached(name, used, limit)) is checked where it
    # calls super().__init__, not where it is made
    own_init = {cls.__name__ for cls in everything if "__init__" in vars(cls) and cls is not KnownError}
    bare, sites = [], 0
    for path in _core_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", getattr(b, "attr", "")) in errors
                                                      for b in node.bases):
                for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
                    if isinstance(call.func, ast.Attribute) and call.func.attr == "__init__":
                        sites += 1
                        if _is_bare_text(_first_argument(call)):
                            bare.append(f"{path.relative_to(ROOT.parent)}:{call.lineno} super().__init__")
            if isinstance(node, ast.Call) and _called_name(node) in errors - own_init:
                sites += 1
                if _is_bare_text(_first_argument(node)):
                    bare.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} {_called_name(node)}")
    assert sites > 200
    assert bare == [], "known errors made from bare English text (say it with a domain's WORDS): " + ", ".join(bare)


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_call_of_a_table_names_a_key_it_has_with_the_parameters_its_words_use():
    _import_everything()
    problems, calls = [], 0
    for path in _core_sources():
        module = importlib.import_module(_module_of(path)) if _module_of(path) != "kiosk.__main__" else None
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "WORDS"):
                continue
            table = getattr(module, "WORDS", None)
            if table is None:     # imported inside a function: find the table the module imports
                imported = re.search(r"from ([\w.]+) import WORDS", path.read_text(encoding="utf-8"))
                table = importlib.import_module(imported.group(1)).WORDS if imported else None
            assert isinstance(table, wording.Catalogue), f"{path}:{node.lineno}"
            key = node.args[0] if node.args else None
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue          # a key chosen at run time (f"hint_{errno}"): the tables' own test covers it
            calls += 1
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno} {table.domain}.{key.value}"
            if key.value not in table:
                problems.append(f"{where}: no such key")
                continue
            given = {k.arg for k in node.keywords}
            wanted = _fields(table.entries[key.value]["en"])
            if None not in given and given != wanted:
                problems.append(f"{where}: gives {sorted(given)}, its words use {sorted(wanted)}")
    assert calls > 300
    assert problems == []


def _entries():
    _import_everything()
    for domain, table in sorted(wording.CATALOGUES.items()):
        for key, words in table.entries.items():
            yield f"{domain}.{key}", words


_BACKTICKS = re.compile(r"`[^`]*`|\{\{.*\}\}|\{[^{}]*\}")
#: Wordings that are the same in both languages on purpose: brands and names, or only parameters.
SAME_IN_BOTH = {"English", "Français", "Google Forms", "notes", "source {source:q}", "alf.io", "pretix"}


def _same_on_purpose(text: str) -> bool:
    words = re.sub(r"\{[^}]*\}", "", text)
    return text in SAME_IN_BOTH or not re.search(r"[a-z]{2}", words) or re.fullmatch(r"[A-Z][\w.]*", text) is not None


#: French wordings for a window that leave out the command line's advice English gives (`kiosk checkin CODE`).
WINDOW_ONLY = {"core.likely_duplicate": {"code", "name"}, "core.kiosk_needs_pin": set(),
               "core.demo_refused_event": set(), "core.event_exists": {"path"},
               "sync.no_hub": {"variable", "setting"}, "roster.unknown_status": {"example"},
               "roster.map_no_column": set()}


def test_every_wording_has_english_and_french_with_the_same_parameters():
    checked = 0
    for code, words in _entries():
        en, fr = words.get("en", ""), words.get("fr", "")
        assert en.strip() and fr.strip(), f"{code} needs both languages"
        left_out = _fields(en) - _fields(fr)
        assert _fields(fr) <= _fields(en) and left_out <= WINDOW_ONLY.get(code, set()), \
            f"{code}: English uses {_fields(en)}, French {_fields(fr)}"
        if en == fr:
            assert _same_on_purpose(en), f"{code} is not translated: {en!r}"
        checked += 1
    assert checked > 400


def test_french_wordings_follow_french_typography():
    bad = []
    for code, words in _entries():
        text = _BACKTICKS.sub("", words["fr"])
        text = re.sub(r'\{"[^}]*\}|\[[^\]]*\]|&é"\'\(|"\w+ \w+"|"Warteliste=not-admitted"', "", text)
        if re.search(r"\w'\w", text):
            bad.append(f"{code}: a straight apostrophe (write ’)")
        if re.search(r"(?<![\w=])['\"](?=\w)", text):
            bad.append(f"{code}: quotes (write « »)")
        if re.search(r"\S[:;!?](?:\s|$)", re.sub("[\u00a0\u202f][:;!?]", "", text)):
            bad.append(f"{code}: no space before : ; ! ?")
        if re.search(r" [:;!?](?:\s|$)", text):
            bad.append(f"{code}: a breaking space before : ; ! ?")
    assert bad == []


def _sample(template: str, name: str) -> object:
    spec = next((s for _, n, s, _ in string.Formatter().parse(template) if n == name and s), "")
    return 1234 if spec.startswith(("n", "p:")) else f"<{name}>"


def test_every_message_renders_in_both_languages_with_its_parameters():
    for code, words in _entries():
        if code.startswith("wording."):
            continue          # joined(): parts, not a wording
        params = {name: _sample(words["en"], name) for name in _fields(words["en"])}
        domain, _, key = code.partition(".")
        message = wording.CATALOGUES[domain](key, **params)
        english, french = message.text("en"), message.text("fr")
        assert english and french, code
        for name, value in params.items():
            if isinstance(value, str):
                assert value in english, (code, value)
                assert value in french or name in WINDOW_ONLY.get(code, ()), (code, value)


def test_a_message_is_worded_by_its_code_counts_and_quotes_in_each_language():
    table = wording.Catalogue("test_words", {
        "rows": ("{count:n} {count:p:row|rows} refused: {word:q}", "{count:n} {count:p:ligne refusée|lignes refusées} : {word:q}"),
    })
    try:
        assert table("rows", count=1, word="storniert").text("en") == "1 row refused: 'storniert'"
        assert table("rows", count=0, word="x").text("fr") == "0 ligne refusée\u00a0: «\u00a0x\u00a0»"
        assert table("rows", count=12345, word="x").text("fr").startswith("12\u202f345 lignes refusées")
        assert table("rows", count=2, word="x").text("de-CH") == "2 rows refused: 'x'"     # no German: English
        message = table("rows", count=2, word="x")
        assert str(message) == message.text("en") and message == table("rows", count=2, word="x")
        assert message.to_json()["code"] == "test_words.rows" and message.to_json()["fr"] == message.text("fr")
    finally:
        del wording.CATALOGUES["test_words"]


def test_a_known_error_says_english_on_the_command_line_and_french_when_asked():
    from kiosk.printing.backends import FolderBackend, PrinterUnavailable

    with pytest.raises(PrinterUnavailable) as refused:
        FolderBackend("").check()
    assert str(refused.value).startswith("No print folder is set")
    assert refused.value.text("fr").startswith("Aucun dossier d’impression n’est défini\u00a0:")
    assert refused.value.code == "printing.no_folder"
    assert KnownError("bare").text("fr") == "bare" and KnownError("bare").code == ""
