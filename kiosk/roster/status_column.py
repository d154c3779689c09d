"""The column whose title says it holds the registration status, whatever words its values use.

A column titled "Statut" whose values the app does not know ("Réserve", "Bénévole") used to be left
unread: everyone was imported as admitted, "no status given", people on the waiting list included.
Its title says what it holds, so it is read as the status, and each word the app does not know stops
the import with the word and its lines (`UnknownStatus`: the CLI names them, the wizard asks what each
one means). Only titles that name nothing but a registration status count: "State" is an address in
the United States and "Check-in status" is not a registration, so they are never taken for one.
"""

from __future__ import annotations

from kiosk.roster.detect import title_key

STATUS_TITLES = frozenset({
    "status", "statut", "estado", "stato", "statu", "stan",
    "registration status", "registration state", "attendee status", "order status", "ticket status",
    "approval status", "participant status", "booking status", "rsvp status",
    "statut de l inscription", "statut d inscription", "statut inscription", "statut de la commande",
    "statut du billet", "statut du participant",
    "anmeldestatus", "teilnahmestatus", "buchungsstatus", "bestellstatus", "teilnehmerstatus",
    "estado de la inscripcion", "estado de inscripcion", "estado del pedido", "estado da inscricao",
    "stato iscrizione", "stato dell iscrizione", "status zgloszenia", "status rejestracji", "status zamowienia",
})


def status_column_by_title(header: list[str], taken: set[int]) -> int | None:
    """The one free column titled as a registration status; None when there is none, or several."""
    found = [i for i, title in enumerate(header) if i not in taken and title_key(title) in STATUS_TITLES]
    return found[0] if len(found) == 1 else None
