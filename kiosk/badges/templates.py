"""Badge templates: declarative JSON an organizer can edit, loaded, checked and cached.

A template has a layout per orientation ("landscape", "portrait"; the one nearest the badge's
shape is used), each with a `front` list of elements and optionally a `back` ("same" or a list).
Boxes are [x, y, width, height] in percent of the badge side, from its top-left corner, so one
template fits every stock; font sizes are points on a badge of `reference_size_mm` and scale with
the badge. `fold: true` prints front and back on one label, the back turned 180° above the front,
for fold-over badges. Text may use `{field}` and `{first|second}` (first non-empty) placeholders:
the attendee's fields, `event_name`, `role`, `role_label`, `role_color`, `role_text_color`.
Roles (the colour band) map ticket types to a label and colour; the event setting `badge_roles`
may override them: {"Ticket type": "Role name"} or a full list of roles.
See resources/badges/templates/README.md for every key.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.badges.resources import TEMPLATES
from kiosk.badges.words import WORDS
from kiosk.errors import KnownError, NotFound, os_reason

log = logging.getLogger(__name__)

ELEMENT_TYPES = ("text", "rect", "qr", "image")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_|]*)\}")
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class TemplateError(KnownError):
    """A template file that cannot be used as written."""


@dataclass(frozen=True)
class Role:
    name: str
    label: str
    color: str
    text_color: str = "#ffffff"
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Element:
    type: str
    box: tuple[float, float, float, float]      # percent of the side, from its top-left
    text: str = ""
    weight: str = "regular"
    max_size: float = 12.0
    min_size: float = 6.0
    max_lines: int = 1
    line_gap: float = 1.08
    align: str = "start"        # start, end, left, center, right
    valign: str = "middle"      # top, middle, bottom
    color: str = "#000000"
    transform: str = ""         # upper, lower
    radius: float = 0.0         # rect corner radius, mm
    data: str = "{code}"
    path: str = ""
    when: str = ""              # placeholder that must be non-empty for the element to show
    name: str = ""              # what a report calls it ("first name")


@dataclass(frozen=True)
class Layout:
    reference_w: float   # mm
    reference_h: float
    front: tuple[Element, ...]
    back: tuple[Element, ...] | None

    @property
    def aspect(self) -> float:
        return self.reference_w / self.reference_h


@dataclass(frozen=True)
class Template:
    name: str
    source: str
    folder: Path
    layouts: dict[str, Layout]
    roles: tuple[Role, ...]
    default_role: str
    fold: bool = False
    logo: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def layout_for(self, width: float, height: float) -> Layout:
        """The layout whose shape is nearest to a badge side of width x height."""
        aspect = width / height
        return min(self.layouts.values(), key=lambda lay: abs(_log_ratio(lay.aspect / aspect)))

    def resolve_path(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.folder / path


def _log_ratio(x: float) -> float:
    import math

    return math.log(x)


def _number(d: dict, key: str, default: float, where: str, low: float = 0.0) -> float:
    value = d.get(key, default)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value < low:
        raise TemplateError(WORDS("t_number", where=where, key=key, low=low, value=repr(value)))
    return float(value)


def _color(value: Any, where: str) -> str:
    if not isinstance(value, str) or not (_COLOR.match(value) or _PLACEHOLDER.fullmatch(value)):
        raise TemplateError(WORDS("t_colour", where=where, value=repr(value)))
    return value


def _element(d: Any, where: str) -> Element:
    if not isinstance(d, dict):
        raise TemplateError(WORDS("t_element", where=where))
    kind = d.get("type")
    if kind not in ELEMENT_TYPES:
        raise TemplateError(WORDS("t_element_type", where=where, kind=repr(kind), types=ELEMENT_TYPES))
    box = d.get("box")
    if (not isinstance(box, list) or len(box) != 4 or not all(isinstance(v, (int, float)) for v in box)
            or box[2] <= 0 or box[3] <= 0 or box[0] < 0 or box[1] < 0
            or box[0] + box[2] > 100.01 or box[1] + box[3] > 100.01):
        raise TemplateError(WORDS("t_box", where=where, box=repr(box)))
    weight = d.get("weight", "regular")
    if weight not in ("regular", "bold"):
        raise TemplateError(WORDS("t_weight", where=where))
    align = d.get("align", "start" if kind == "text" else "center")
    if align not in ("start", "end", "left", "center", "right"):
        raise TemplateError(WORDS("t_align", where=where))
    valign = d.get("valign", "middle")
    if valign not in ("top", "middle", "bottom"):
        raise TemplateError(WORDS("t_valign", where=where))
    max_size = _number(d, "max_size", 12.0, where, 1.0)
    min_size = _number(d, "min_size", min(6.0, max_size), where, 1.0)
    if min_size > max_size:
        raise TemplateError(WORDS("t_sizes", where=where, low=min_size, high=max_size))
    if kind == "text" and not isinstance(d.get("text"), str):
        raise TemplateError(WORDS("t_text", where=where))
    if kind == "image" and not isinstance(d.get("path", ""), str):
        raise TemplateError(WORDS("t_image", where=where))
    return Element(
        type=kind, box=(float(box[0]), float(box[1]), float(box[2]), float(box[3])), text=d.get("text", ""), weight=weight,
        max_size=max_size, min_size=min_size,
        max_lines=int(_number(d, "max_lines", 1, where, 1)), line_gap=_number(d, "line_gap", 1.08, where, 0.5),
        align=align, valign=valign, color=_color(d.get("color", "#000000"), where),
        transform=d.get("transform", ""), radius=_number(d, "radius", 0.0, where),
        data=str(d.get("data", "{code}")), path=str(d.get("path", "")), when=str(d.get("when", "")),
        name=str(d.get("name", d.get("text", kind))),
    )


def _elements(items: Any, where: str) -> tuple[Element, ...]:
    if not isinstance(items, list):
        raise TemplateError(WORDS("t_elements", where=where))
    return tuple(_element(item, f"{where}[{i}]") for i, item in enumerate(items))


def _role(d: Any, where: str) -> Role:
    if not isinstance(d, dict) or not isinstance(d.get("name"), str):
        raise TemplateError(WORDS("t_role", where=where))
    match = d.get("match", [])
    if isinstance(match, str):
        match = [match]
    return Role(name=d["name"], label=str(d.get("label", d["name"].upper())),
                color=_color(d.get("color", "#1a5fb4"), where), text_color=_color(d.get("text_color", "#ffffff"), where),
                match=tuple(str(m).lower() for m in match))


def parse_template(data: Any, source: str = "<template>", folder: Path | None = None) -> Template:
    """Check a template's JSON and build it; errors name the element and say what to write."""
    if not isinstance(data, dict):
        raise TemplateError(WORDS("t_object", source=source))
    layouts_in = data.get("layouts")
    if not isinstance(layouts_in, dict) or not layouts_in:
        raise TemplateError(WORDS("t_layouts", source=source))
    layouts = {}
    for key, lay in layouts_in.items():
        where = f"{source}: layouts.{key}"
        if not isinstance(lay, dict):
            raise TemplateError(WORDS("t_layout", where=where))
        ref = lay.get("reference_size_mm", [86, 55] if key != "portrait" else [62, 100])
        if not (isinstance(ref, list) and len(ref) == 2 and all(isinstance(v, (int, float)) and v > 0 for v in ref)):
            raise TemplateError(WORDS("t_reference", where=where))
        front = _elements(lay.get("front"), f"{where}.front")
        back_in = lay.get("back")
        back = front if back_in == "same" else (None if back_in in (None, "none") else _elements(back_in, f"{where}.back"))
        layouts[key] = Layout(float(ref[0]), float(ref[1]), front, back)
    roles = tuple(_role(r, f"{source}: roles[{i}]") for i, r in enumerate(data.get("roles", [])))
    default_role = str(data.get("default_role", roles[-1].name if roles else ""))
    if roles and default_role not in {r.name for r in roles}:
        raise TemplateError(WORDS("t_default_role", source=source, role=default_role))
    return Template(name=str(data.get("name", source)), source=source, folder=folder or TEMPLATES,
                    layouts=layouts, roles=roles, default_role=default_role,
                    fold=bool(data.get("fold", False)), logo=str(data.get("logo", "")), extra=data)


_cache: dict[tuple[str, float], Template] = {}


def load_template(ref: str | Path | Template | None = None) -> Template:
    """A template by built-in name ("default", "fold") or JSON file path; parsed once per file version."""
    if isinstance(ref, Template):
        return ref
    text = str(ref) if ref else "default"
    path = Path(text).expanduser()
    if not path.is_file():
        candidate = TEMPLATES / f"{text}.json"
        if candidate.is_file():
            path = candidate
        else:
            known = tuple(sorted(p.stem for p in TEMPLATES.glob("*.json")))
            raise NotFound(WORDS("no_template", name=text, known=known))
    try:
        key = (str(path.resolve()), path.stat().st_mtime)
    except OSError as exc:
        raise KnownError(WORDS("template_unreadable", path=path, why=os_reason(exc))) from exc
    if key in _cache:
        return _cache[key]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(WORDS("template_not_json", path=path, why=str(exc))) from exc
    template = parse_template(data, str(path), path.parent)
    _cache[key] = template
    return template


# -- roles and placeholders ---------------------------------------------------------------------

def effective_roles(template: Template, badge_roles: Any = None) -> tuple[tuple[Role, ...], dict[str, str], str]:
    """(roles, exact ticket type -> role name, default role) once the event setting is applied."""
    roles, exact, default = template.roles, {}, template.default_role
    if isinstance(badge_roles, list):
        roles = tuple(_role(r, f"setting badge_roles[{i}]") for i, r in enumerate(badge_roles))
        default = roles[-1].name if roles else ""
    elif isinstance(badge_roles, dict):
        known = {r.name.lower(): r for r in roles}
        for ticket_type, value in badge_roles.items():
            if isinstance(value, str) and _COLOR.match(value):
                # {"Trainer": "#1d4e89"}: recolour that role, or add a role for ticket types naming it.
                same = known.get(str(ticket_type).lower())
                if same:
                    role = Role(same.name, same.label, value, same.text_color, same.match)
                    roles = tuple(role if r.name == same.name else r for r in roles)
                else:
                    role = Role(str(ticket_type), str(ticket_type).upper(), value, "#ffffff", (str(ticket_type).lower(),))
                    roles = (role,) + roles
                known[role.name.lower()] = role
                continue
            if isinstance(value, dict):
                role = _role({"name": ticket_type, **value}, f"setting badge_roles[{ticket_type!r}]")
                roles = (role,) + tuple(r for r in roles if r.name != role.name)
                known[role.name.lower()] = role
                continue
            if str(value).lower() not in known:
                raise KnownError(WORDS("not_a_role", ticket_type=ticket_type, value=str(value),
                                       roles=tuple(r.name for r in roles)))
            exact[str(ticket_type).strip().lower()] = known[str(value).lower()].name
    return roles, exact, default


def role_for(ticket_type: str, roles: tuple[Role, ...], exact: dict[str, str], default: str) -> Role | None:
    if not roles:
        return None
    by_name = {r.name: r for r in roles}
    kind = (ticket_type or "").strip().lower()
    if kind in exact:
        return by_name[exact[kind]]
    for role in roles:
        if any(word and word in kind for word in role.match):
            return role
    return by_name.get(default, roles[-1])


def template_for(ticket_type: str, default: str, by_type: dict[str, str] | None = None) -> str:
    """The template a ticket type's badges use: its own (event setting `badge_templates`, ticket
    types compared without case) or the event's `badge_template`."""
    if by_type:
        if ticket_type in by_type:
            return by_type[ticket_type]
        folded = ticket_type.casefold().strip()
        for name, template in by_type.items():
            if name.casefold().strip() == folded:
                return template
    return default


def fill(text: str, values: dict[str, str]) -> str:
    """Replace {a} and {a|b} (first non-empty) placeholders; unknown names become empty."""
    def one(match: re.Match) -> str:
        for name in match.group(1).split("|"):
            value = values.get(name, "")
            if value:
                return str(value)
        return ""

    return _PLACEHOLDER.sub(one, text) if "{" in text else text
