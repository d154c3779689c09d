"""What drawing badges made (pages, badges) and what a person should know about it: a name shortened
to fit, a character no font has, a missing logo or image."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.wording import Message


@dataclass
class BadgeIssue:
    code: str
    field: str
    message: Message          # worded in the reader's language (kiosk/badges/words.py); str() is English


@dataclass
class RenderReport:
    path: str
    pages: int = 0
    badges: int = 0
    issues: list[BadgeIssue] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"path": self.path, "pages": self.pages, "badges": self.badges,
                "issues": [{"code": i.code, "field": i.field, "message": str(i.message)} for i in self.issues]}
