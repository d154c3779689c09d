"""What a registration's status word means at the door: admitted, or not admitted and why.

Every export states a registration's status in its own words and, for pretix and Indico, in the
exporting user's language ("bezahlt", "storniert", "Zurückgezogen", "En attente du paiement").
A word is looked up, accent- and case-insensitively, in this order:

1. the organizer's own answers for this source (`kiosk import FILE --status "Warteliste=not-admitted"`,
   remembered in `sources.statuses`);
2. the platform's own vocabulary, taken from its export code and translation catalogues (the
   `SOURCES` below say exactly which file and commit each list comes from);
3. a common vocabulary for hand-made spreadsheets in English, French, German, Spanish, Portuguese,
   Italian and Dutch (our own wording, marked "common").

A word found nowhere is never admitted silently: `read_status` returns None and the import stops,
naming the word and its rows (parse.py). An empty status cell admits ("no status given"): an
organizer's own list often leaves the column blank for the people who are simply coming.

The stored status is "active" for an admitted registration, otherwise a short English reason
("cancelled", "awaiting payment", ...) that the check-in verdict shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.errors import ImportRefused
from kiosk.roster.folding import fold
from kiosk.roster.words import WORDS
from kiosk.wording import Message, verbatim

ACTIVE = "active"

#: Where each list of words comes from (the README in tests/fixtures/exports repeats this).
SOURCES = {
    "pretix": "pretix/pretix src/pretix/base/models/orders.py Order.STATUS_CHOICE (pending, paid, expired, "
              "canceled) and get_extended_status_display()",
    "pretix-de": "pretix/pretix src/pretix/locale/de/LC_MESSAGES/django.po @002469d5 (models/orders.py:158-161)",
    "pretix-fr": "pretix/pretix src/pretix/locale/fr/LC_MESSAGES/django.po @003d958c (models/orders.py:112-115)",
    "pretix-es": "pretix/pretix src/pretix/locale/es/LC_MESSAGES/django.po @0031abf3 (models/orders.py:170-172; "
                 "'cancelado' from the same catalogue's 'Canceled' and payment_state 'canceled')",
    "pretix-nl": "pretix/pretix src/pretix/locale/nl/LC_MESSAGES/django.po @003d958c (models/orders.py:112-115)",
    "indico": "indico/indico indico/modules/events/registration/models/registrations.py RegistrationState titles",
    "indico-de": "indico/indico indico/translations/de_DE/LC_MESSAGES/messages.po @0238e311 (Completed, Awaiting "
                 "payment); Ausstehend, abgelehnt, Zurückgezogen as quoted from the German export in issue 12",
    "indico-fr": "indico/indico indico/translations/fr_FR/LC_MESSAGES/messages.po @0238e311 (Completed, Awaiting "
                 "payment); the other three inferred from the same catalogue's sentences ('Votre inscription a "
                 "été rejetée', 'Vous avez retiré votre inscription', 'Invitations en attentes')",
    "hievents": "HiEventsDev/Hi.Events backend/app/Exports/AttendeesExport.php: $attendee->getStatus(), the raw "
                "enum (ACTIVE, AWAITING_PAYMENT, CANCELLED), never translated",
    "alfio": "alfio-event/alf.io EventApiController.exportLines: t.getStatus().toString(), the TicketStatus enum",
    "eventbrite": "exports.md §1: Attendee Status values and the API's attending / not_attending groups",
    "luma": "exports.md §4: approval_status values seen in real files",
    "meetup": "exports.md §9: RSVP values",
    "tickettailor": "exports.md §5: issued-ticket status valid / voided",
    "zoom": "exports.md §11: Approval Status of a registration report",
    "tito": "exports.md §2: Void Status",
    "civicrm": "exports.md §8: participant status values",
    "common": "our own list for hand-made spreadsheets (not from a platform's catalogue)",
    "organizer": "the organizer's answer for this source (--status)",
}

# (word, status, language, source). `status` is ACTIVE or the reason shown at the door.
_PLATFORM_WORDS: dict[str, list[tuple[str, str, str, str]]] = {
    "pretix": [
        ("paid", ACTIVE, "en", "pretix"), ("pending", "pending payment", "en", "pretix"),
        ("expired", "expired", "en", "pretix"), ("canceled", "cancelled", "en", "pretix"),
        ("approval pending", "pending approval", "en", "pretix"),
        # valid_if_pending: "Treat this order like a paid order for most purposes (such as check-in)"
        ("pending (confirmed)", ACTIVE, "en", "pretix"),
        ("canceled (paid fee)", "cancelled", "en", "pretix"),
        ("bezahlt", ACTIVE, "de", "pretix-de"), ("ausstehend", "pending payment", "de", "pretix-de"),
        ("abgelaufen", "expired", "de", "pretix-de"), ("storniert", "cancelled", "de", "pretix-de"),
        ("payé", ACTIVE, "fr", "pretix-fr"), ("en attente", "pending payment", "fr", "pretix-fr"),
        ("expiré", "expired", "fr", "pretix-fr"), ("annulé", "cancelled", "fr", "pretix-fr"),
        ("pagado", ACTIVE, "es", "pretix-es"), ("pendiente", "pending payment", "es", "pretix-es"),
        ("expirado", "expired", "es", "pretix-es"), ("cancelado", "cancelled", "es", "pretix-es"),
        ("betaald", ACTIVE, "nl", "pretix-nl"), ("openstaand", "pending payment", "nl", "pretix-nl"),
        ("verlopen", "expired", "nl", "pretix-nl"), ("geannuleerd", "cancelled", "nl", "pretix-nl"),
    ],
    "indico": [
        ("completed", ACTIVE, "en", "indico"), ("pending", "pending approval", "en", "indico"),
        ("rejected", "rejected", "en", "indico"), ("withdrawn", "withdrawn", "en", "indico"),
        ("unpaid", "awaiting payment", "en", "indico"), ("awaiting payment", "awaiting payment", "en", "indico"),
        ("abgeschlossen", ACTIVE, "de", "indico-de"), ("warten auf zahlung", "awaiting payment", "de", "indico-de"),
        ("ausstehend", "pending approval", "de", "indico-de"), ("abgelehnt", "rejected", "de", "indico-de"),
        ("zurückgezogen", "withdrawn", "de", "indico-de"),
        ("terminé", ACTIVE, "fr", "indico-fr"), ("en attente du paiement", "awaiting payment", "fr", "indico-fr"),
        ("en attente", "pending approval", "fr", "indico-fr"), ("rejeté", "rejected", "fr", "indico-fr"),
        ("rejetée", "rejected", "fr", "indico-fr"), ("retiré", "withdrawn", "fr", "indico-fr"),
        ("retirée", "withdrawn", "fr", "indico-fr"),
    ],
    "hievents": [
        ("ACTIVE", ACTIVE, "en", "hievents"), ("AWAITING_PAYMENT", "awaiting payment", "en", "hievents"),
        ("CANCELLED", "cancelled", "en", "hievents"),
    ],
    "alfio": [
        ("ACQUIRED", ACTIVE, "en", "alfio"), ("CHECKED_IN", ACTIVE, "en", "alfio"),
        ("TO_BE_PAID", "awaiting payment", "en", "alfio"), ("CANCELLED", "cancelled", "en", "alfio"),
        ("EXPIRED", "expired", "en", "alfio"), ("INVALIDATED", "voided", "en", "alfio"),
        ("RELEASED", "cancelled", "en", "alfio"), ("PENDING", "pending payment", "en", "alfio"),
        ("PRE_RESERVED", "not sold", "en", "alfio"), ("FREE", "not sold", "en", "alfio"),
    ],
    "eventbrite": [
        ("Attending", ACTIVE, "en", "eventbrite"), ("Checked In", ACTIVE, "en", "eventbrite"),
        ("Not Attending", "not attending", "en", "eventbrite"), ("Deleted", "deleted", "en", "eventbrite"),
        ("Refunded", "refunded", "en", "eventbrite"), ("Transferred", "transferred", "en", "eventbrite"),
        ("Cancelled", "cancelled", "en", "eventbrite"), ("Canceled", "cancelled", "en", "eventbrite"),
    ],
    "luma": [
        ("approved", ACTIVE, "en", "luma"), ("going", ACTIVE, "en", "luma"), ("checked in", ACTIVE, "en", "luma"),
        ("declined", "declined", "en", "luma"), ("invited", "invited", "en", "luma"),
        ("waitlist", "waitlisted", "en", "luma"), ("waitlisted", "waitlisted", "en", "luma"),
        ("pending_approval", "pending approval", "en", "luma"), ("pending", "pending approval", "en", "luma"),
    ],
    "meetup": [
        ("yes", ACTIVE, "en", "meetup"), ("maybe", ACTIVE, "en", "meetup"), ("no", "not attending", "en", "meetup"),
        ("waitlist", "waitlisted", "en", "meetup"), ("waitlisted", "waitlisted", "en", "meetup"),
    ],
    "tickettailor": [
        ("valid", ACTIVE, "en", "tickettailor"), ("voided", "voided", "en", "tickettailor"),
        ("completed", ACTIVE, "en", "tickettailor"),
    ],
    "zoom": [
        ("approved", ACTIVE, "en", "zoom"), ("denied", "declined", "en", "zoom"),
        ("pending approval", "pending approval", "en", "zoom"), ("pending", "pending approval", "en", "zoom"),
    ],
    "tito": [
        ("void", "voided", "en", "tito"), ("voided", "voided", "en", "tito"),
    ],
}

_ADMIT, _C, _R, _D, _W, _P, _PAY, _E, _X, _V, _NA = (
    ACTIVE, "cancelled", "refunded", "declined", "waitlisted", "pending", "awaiting payment", "expired", "deleted",
    "voided", "not attending")

#: Words a hand-made list uses, seven languages; (status, language) -> words.
_COMMON: dict[tuple[str, str], str] = {
    (_ADMIT, "en"): "active|attending|confirmed|registered|paid|complete|completed|approved|accepted|going|yes|"
                    "valid|checked in|attended|ok|free|partially paid|partially refunded",
    (_C, "en"): "cancelled|canceled|cancelled by organizer|cancelled by attendee",
    (_R, "en"): "refunded",
    (_D, "en"): "declined|refused|denied",
    ("withdrawn", "en"): "withdrawn",
    (_W, "en"): "waitlist|waitlisted|wait list|waiting list|on waitlist|on waiting list",
    (_P, "en"): "pending|awaiting approval|pending from approval|pending from pay later",
    (_PAY, "en"): "unpaid|not paid|awaiting payment|payment pending",
    ("pending payment", "en"): "pending payment",
    ("pending approval", "en"): "pending approval",
    ("invited", "en"): "invited",
    ("not sold", "en"): "not sold",
    ("rejected", "en"): "rejected",
    (_E, "en"): "expired",
    (_X, "en"): "deleted|removed",
    (_V, "en"): "void|voided|invalid|invalidated",
    (_NA, "en"): "no|not attending|not going",
    ("transferred", "en"): "transferred",
    (_ADMIT, "fr"): "actif|active|inscrit|inscrite|confirmé|confirmée|payé|payée|validé|validée|approuvé|approuvée|"
                    "accepté|acceptée|présent|présente|terminé|terminée|oui|valide",
    (_C, "fr"): "annulé|annulée|annulation",
    (_R, "fr"): "remboursé|remboursée",
    (_D, "fr"): "refusé|refusée|rejeté|rejetée|décliné|déclinée",
    ("withdrawn", "fr"): "retiré|retirée|désisté|désistée|désistement",
    (_W, "fr"): "liste d'attente|en liste d'attente",
    (_P, "fr"): "en attente|en attente d'approbation|à confirmer",
    (_PAY, "fr"): "non payé|non payée|impayé|impayée|en attente de paiement|en attente du paiement",
    (_E, "fr"): "expiré|expirée",
    (_X, "fr"): "supprimé|supprimée",
    (_V, "fr"): "invalide|invalidé|invalidée",
    (_NA, "fr"): "non|absent|absente|ne participe pas",
    (_ADMIT, "de"): "aktiv|angemeldet|bestätigt|bezahlt|registriert|teilnehmend|abgeschlossen|genehmigt|akzeptiert|"
                    "gültig|ja|eingecheckt|zugesagt",
    (_C, "de"): "storniert|abgesagt|annulliert",
    (_R, "de"): "erstattet|rückerstattet|zurückerstattet",
    (_D, "de"): "abgelehnt",
    ("withdrawn", "de"): "zurückgezogen",
    (_W, "de"): "warteliste|auf der warteliste",
    (_P, "de"): "ausstehend|offen|wartet auf freigabe",
    (_PAY, "de"): "unbezahlt|nicht bezahlt|zahlung ausstehend|warten auf zahlung",
    (_E, "de"): "abgelaufen",
    (_X, "de"): "gelöscht",
    (_V, "de"): "ungültig|entwertet",
    (_NA, "de"): "nein|nimmt nicht teil|abgemeldet",
    (_ADMIT, "es"): "activo|activa|inscrito|inscrita|registrado|registrada|confirmado|confirmada|pagado|pagada|"
                    "completado|completada|aprobado|aprobada|aceptado|aceptada|válido|válida|sí|si",
    (_C, "es"): "cancelado|cancelada|anulado|anulada",
    (_R, "es"): "reembolsado|reembolsada",
    (_D, "es"): "rechazado|rechazada|denegado|denegada",
    ("withdrawn", "es"): "retirado|retirada",
    (_W, "es"): "lista de espera|en lista de espera",
    (_P, "es"): "pendiente|pendiente de aprobación",
    (_PAY, "es"): "pendiente de pago|no pagado|no pagada|impagado|impagada",
    (_E, "es"): "expirado|expirada|caducado|caducada",
    (_X, "es"): "eliminado|eliminada|borrado|borrada",
    (_V, "es"): "inválido|inválida|anulada por el organizador",
    (_NA, "es"): "no asistirá|no asiste",
    (_ADMIT, "pt"): "ativo|ativa|inscrito|inscrita|registrado|registrada|confirmado|confirmada|pago|paga|"
                    "concluído|concluída|aprovado|aprovada|aceito|aceita|aceite|válido|válida|sim",
    (_C, "pt"): "cancelado|cancelada",
    (_R, "pt"): "reembolsado|reembolsada",
    (_D, "pt"): "recusado|recusada|rejeitado|rejeitada",
    ("withdrawn", "pt"): "desistente|desistiu",
    (_W, "pt"): "lista de espera|em lista de espera",
    (_P, "pt"): "pendente|aguardando aprovação",
    (_PAY, "pt"): "aguardando pagamento|não pago|não paga|pagamento pendente",
    (_E, "pt"): "expirado|expirada",
    (_X, "pt"): "excluído|excluída",
    (_V, "pt"): "inválido|inválida",
    (_NA, "pt"): "não|não vai",
    (_ADMIT, "it"): "attivo|attiva|iscritto|iscritta|registrato|registrata|confermato|confermata|pagato|pagata|"
                    "completato|completata|approvato|approvata|accettato|accettata|valido|valida|sì",
    (_C, "it"): "annullato|annullata|cancellato|cancellata",
    (_R, "it"): "rimborsato|rimborsata",
    (_D, "it"): "rifiutato|rifiutata|respinto|respinta",
    ("withdrawn", "it"): "ritirato|ritirata",
    (_W, "it"): "lista d'attesa|in lista d'attesa",
    (_P, "it"): "in attesa|in attesa di approvazione",
    (_PAY, "it"): "in attesa di pagamento|non pagato|non pagata",
    (_E, "it"): "scaduto|scaduta",
    (_X, "it"): "eliminato|eliminata",
    (_V, "it"): "non valido|non valida",
    (_NA, "it"): "non partecipa",
    (_ADMIT, "nl"): "actief|aangemeld|ingeschreven|bevestigd|betaald|voltooid|goedgekeurd|geaccepteerd|geldig|ja",
    (_C, "nl"): "geannuleerd",
    (_R, "nl"): "terugbetaald",
    (_D, "nl"): "afgewezen|geweigerd",
    ("withdrawn", "nl"): "ingetrokken|afgemeld",
    (_W, "nl"): "wachtlijst|op de wachtlijst",
    (_P, "nl"): "in afwachting|openstaand",
    (_PAY, "nl"): "niet betaald|onbetaald",
    (_E, "nl"): "verlopen",
    (_X, "nl"): "verwijderd",
    (_V, "nl"): "ongeldig",
    (_NA, "nl"): "nee",
}

#: The platforms as their makers write them, for "not admitted: 'storniert' means cancelled (pretix wording)".
BRANDS = {"pretix": "pretix", "indico": "Indico", "hievents": "Hi.Events", "alfio": "alf.io", "eventbrite": "Eventbrite",
          "luma": "Luma", "meetup": "Meetup", "tickettailor": "Ticket Tailor", "zoom": "Zoom", "tito": "Tito",
          "civicrm": "CiviCRM"}
LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
                  "it": "Italian", "nl": "Dutch"}


@dataclass(frozen=True)
class StatusMeaning:
    """What one status word means: `status` is ACTIVE or the reason it does not admit."""

    status: str
    word: str
    language: str = ""
    source: str = ""

    @property
    def admitted(self) -> bool:
        return self.status == ACTIVE

    def explain(self) -> Message:
        """One line for the dry-run diff: why this row is or is not admitted
        ("not admitted: 'storniert' means cancelled (pretix wording, German)")."""
        if not self.word:
            return WORDS("admitted_no_status")
        language = WORDS(f"language_{self.language}") if self.language in LANGUAGE_NAMES else None
        if self.source == "organizer":
            where = WORDS("where_organizer")
        elif self.source == "common":
            where = WORDS("where_common_language", language=language) if language else WORDS("where_common")
        else:
            platform = BRANDS.get(self.source.split("-")[0], self.source.split("-")[0])
            where = (WORDS("where_platform_language", platform=platform, language=language) if language
                     else WORDS("where_platform", platform=platform))
        if self.admitted:
            return WORDS("admitted_word", word=self.word, where=where)
        if status_key(self.status) == status_key(self.word):     # the organizer's "not admitted" keeps the word
            return WORDS("not_admitted_as_said", word=self.word, where=where)
        return WORDS("not_admitted_word", word=self.word, status=status_words(self.status), where=where)


def status_words(status: str) -> Message:
    """A stored status as the door and the import say it ("cancelled" / "annulé"); an organizer's own
    reason ("lista rezerwowa") as written."""
    key = f"status_{status}"
    return WORDS(key) if key in WORDS else verbatim(status)


def status_key(word: str) -> str:
    """The comparison form of a status word: accents, case, underscores and extra spaces ignored."""
    return " ".join(fold(word.replace("_", " ").replace("\u2019", "'")).split())


def _build() -> tuple[dict[str, dict[str, StatusMeaning]], dict[str, StatusMeaning]]:
    platforms: dict[str, dict[str, StatusMeaning]] = {}
    for platform, words in _PLATFORM_WORDS.items():
        table = platforms.setdefault(platform, {})
        for word, status, language, source in words:
            table[status_key(word)] = StatusMeaning(status, word, language, source)
    common: dict[str, StatusMeaning] = {}
    for (status, language), listed in _COMMON.items():
        for word in listed.split("|"):
            key = status_key(word)
            if key in common and common[key].admitted != (status == ACTIVE):
                raise AssertionError(f"status word {word!r} both admits and does not")  # pragma: no cover
            common.setdefault(key, StatusMeaning(status, word, language, "common"))
    # Every platform's own words count for hand-made lists too, unless they contradict a common word.
    for table in platforms.values():
        for key, meaning in table.items():
            if key in common and common[key].admitted != meaning.admitted:
                continue
            common.setdefault(key, meaning)
    return platforms, common


PLATFORM_TABLES, COMMON_TABLE = _build()

_PARENTHESIS = re.compile(r"\s*[\(\[].*?[\)\]]\s*")


def read_status(raw: str, platform: str = "", overrides: dict[str, str] | None = None) -> StatusMeaning | None:
    """The meaning of a status cell, or None when nobody has said what the word means."""
    word = " ".join(raw.split())
    if not word:
        return StatusMeaning(ACTIVE, "")
    key = status_key(word)
    if overrides and key in overrides:
        return StatusMeaning(overrides[key], word, "", "organizer")
    table = PLATFORM_TABLES.get(platform)
    if table and key in table:
        return _as_written(table[key], word)
    if key in COMMON_TABLE:
        return _as_written(COMMON_TABLE[key], word)
    # "Cancelled (by organizer)", "Refunded - partial": a word that refuses, followed by details.
    bare = status_key(_PARENTHESIS.sub(" ", word))
    for candidate in (bare, bare.split(" ", 1)[0].rstrip(":,.;-")):
        found = (table or {}).get(candidate) or COMMON_TABLE.get(candidate)
        if found is not None and not found.admitted:
            return _as_written(found, word)
    return None


def _as_written(meaning: StatusMeaning, word: str) -> StatusMeaning:
    return StatusMeaning(meaning.status, word, meaning.language, meaning.source)


_ADMIT_WORDS = {"admitted", "admit", "admis", "admise", "zugelassen", "admitido", "admitida", "ammesso", "toegelaten",
                "active", "ok", "yes", "oui", "ja"}
#: Words that say "admitted" whatever the platform (`--status WORD=admitted`, a desk correction).
ADMIT_WORDS = frozenset(status_key(w) for w in _ADMIT_WORDS)
_REFUSE_WORDS = {"not-admitted", "not admitted", "notadmitted", "refused", "refuse", "no", "non", "nein", "non admis",
                 "non-admis", "nicht zugelassen"}


def parse_override(text: str) -> tuple[str, str]:
    """`"Warteliste=not-admitted"` -> (status key, stored status). Raises ValueError with a hint."""
    word, sep, meaning = text.rpartition("=")
    word, meaning = word.strip().strip("\"'"), meaning.strip().strip("\"'")
    if not sep or not word or not meaning:
        raise ValueError(f"--status {text!r}: write it as WORD=admitted or WORD=not-admitted, "
                         "e.g. --status \"Warteliste=not-admitted\".")
    choice = " ".join(meaning.casefold().replace("_", " ").split())
    if choice in _ADMIT_WORDS:
        return status_key(word), ACTIVE
    if choice in _REFUSE_WORDS or choice.replace(" ", "-") in _REFUSE_WORDS:
        return status_key(word), " ".join(word.split())
    if choice in {ACTIVE}:
        return status_key(word), ACTIVE
    # A reason of one's own ("waitlisted", "cancelled"): not admitted, shown at the door as written.
    if re.fullmatch(r"[^\W\d_][\w '\-]{1,40}", meaning, flags=re.UNICODE):
        return status_key(word), " ".join(meaning.split())
    raise ValueError(f"--status {text!r}: after '=' write admitted or not-admitted "
                     "(or a short reason such as waitlisted).")


def all_words() -> list[tuple[str, StatusMeaning]]:
    """Every (platform or 'common', meaning) pair the kiosk knows, for tests and documentation."""
    out = [(platform, m) for platform, table in PLATFORM_TABLES.items() for m in table.values()]
    out += [("common", m) for m in COMMON_TABLE.values() if m.source == "common"]
    return out


class UnknownStatus(ImportRefused):
    """Status words nobody has said the meaning of: the import stops, nothing is written."""

    def __init__(self, name: str, words: dict[str, list[int]], column: str = "", platform: str = "",
                 columns: dict[str, str] | None = None):
        self.words = words
        self.platform = platform
        self.column = column
        self.columns = dict(columns or {})      # field -> column the import would read (the wizard shows them)
        shown = []
        for word, lines in list(words.items())[:8]:
            listed = ", ".join(str(n) for n in lines[:6])
            where = WORDS("more_lines", lines=listed, count=len(lines) - 6) if len(lines) > 6 else listed
            shown.append(WORDS("status_word_lines", word=word, count=len(lines), lines=where))
        more = WORDS("more_words", count=len(words) - 8) if len(words) > 8 else ""
        example = " ".join(f'--status "{w}=not-admitted"' for w in list(words)[:2])
        super().__init__(WORDS("unknown_status", name=name, words=tuple(shown), more=more, example=example,
                               column=WORDS("in_column", column=column) if column else ""))
