"""The profiles of ticket shops: Eventbrite, Tito, pretix (order positions, check-in list, valid
codes), Luma, Hi.Events, Ticket Tailor (orders and tickets), alf.io and Humanitix.

Each names its platform's columns by their titles (in every language its export is written in)
and carries the header signature that recognises its export (exports.md §14).
"""

from __future__ import annotations

from kiosk.roster.export_profile import COMPANY_TITLES, PRONOUN_TITLES, Profile, aliases, signature

EVENTBRITE = Profile(
    "eventbrite", "eventbrite", "Eventbrite",
    signatures=(signature("Barcode #"), signature("Order #", "Attendee Status"), signature("Attendee #", "Order #"),
                signature("Attendee #", "Attendee Status"), signature("Order ID", "Attendee first name"),
                # UK-worded reports (exports.md §15)
                signature("Order no.", "Attendee no."), signature("Order no.", "Surname"), signature("Order no.", "Attendee Status")),
    columns={
        "code": aliases("Barcode #", "Barcode", "Barcode no.", "Barcode number"),
        "attendee_no": aliases("Attendee #", "Attendee ID", "Attendee no.", "Attendee number"),
        "key": aliases("Attendee #", "Attendee ID", "Attendee no.", "Attendee number", "Barcode #", "Barcode no."),
        "order": aliases("Order #", "Order ID", "Order no.", "Order number"),
        "first_name": aliases("First Name", "Attendee first name", "Forename"),
        "last_name": aliases("Last Name", "Attendee last name", "Surname"),
        "email": aliases("Email", "Attendee email", "Email Address"),
        "buyer_first": aliases("Buyer First Name", "Buyer first name", "Purchaser First Name"),
        "buyer_last": aliases("Buyer Last Name", "Buyer last name", "Buyer Surname", "Purchaser Last Name"),
        "organization": aliases(*COMPANY_TITLES),
        "ticket_type": aliases("Ticket Type", "Ticket type", "Price Tier"),
        "status": aliases("Attendee Status", "Attendee status"),
        "notes": aliases("Attendee Notes", "Notes"),
        "pronouns": aliases(*PRONOUN_TITLES),
        "quantity": aliases("Quantity", "QTY", "Ticket quantity", "Tickets"),
    },
)

TITO = Profile(
    "tito", "tito", "Tito",
    signatures=(signature("Ticket Reference", "Unique Ticket URL"), signature("Ticket Full Name", "Unique Ticket URL")),
    columns={
        "code": aliases("Unique Ticket URL"),
        "key": aliases("Ticket Reference", "Unique Ticket URL", "Number"),
        "name": aliases("Ticket Full Name"),
        "first_name": aliases("Ticket First Name"),
        "last_name": aliases("Ticket Last Name"),
        "name_fallback": aliases("Order Name"),
        "email": aliases("Ticket Email"),
        "organization": aliases("Ticket Company Name"),
        "ticket_type": aliases("Ticket", "Release"),
        "void": aliases("Void Status"),
        "pronouns": aliases(*PRONOUN_TITLES),
    },
    code_from="url-slug",
    void_status="voided",
)

# pretix headers in English and as its German (@002469d5) and French (@003d958c) catalogues write them.
PRETIX_POSITIONS = Profile(
    "pretix", "pretix", "pretix order positions",
    signatures=(signature("Order code", "Position ID"), signature("Bestellnummer", "Position", "Produkt"),
                signature("Code de commande", "Position ID", "Produit")),
    columns={
        "code": aliases("Ticket secret", "Secret"),
        "key": aliases("Order code", "Bestellnummer", "Code de commande"),
        "key_part": aliases("Position ID", "Position"),
        "name": aliases("Attendee name", "Name Teilnehmer*in", "Nom du participant"),
        "email": aliases("Attendee email", "E-Mail Teilnehmer*in", "Adresse mail du participant"),
        "email_fallback": aliases("Email", "E-mail", "E-Mail"),
        "organization": aliases("Company", "Firma", "Société"),
        "ticket_type": aliases("Product", "Produkt", "Produit"),
        "variation": aliases("Variation", "Variante"),
        "status": aliases("Status", "Statut"),
        "notes": aliases("Order comment", "Bestellkommentar"),
    },
    name_part_prefixes=aliases("Attendee name", "Name Teilnehmer*in", "Nom du participant"),
)

PRETIX_CHECKIN = Profile(
    "pretix-checkin", "pretix", "pretix check-in list",
    signatures=(signature("Order code", "Checked in"),),
    columns={
        "code": aliases("Secret"),
        "key": aliases("Secret"),
        "order": aliases("Order code"),
        "name": aliases("Attendee name"),
        "email": aliases("E-mail", "Email", "Attendee email"),
        "organization": aliases("Company"),
        "ticket_type": aliases("Product"),
        "paid": aliases("Paid"),
        "notes": aliases("Comment"),
    },
    key_by_order=True,
    name_part_prefixes=aliases("Attendee name"),
)

# "Valid check-in codes" (check-in lists plugin, exports.md §15): codes only, every row admitted.
PRETIX_CODES = Profile(
    "pretix-codes", "pretix", "pretix valid check-in codes",
    signatures=(signature("Secret", "Valid from", "Valid until"), signature("Secret", "Product", "Paid")),
    columns={
        "code": aliases("Secret"),
        "key": aliases("Secret"),
        "ticket_type": aliases("Product"),
        "variation": aliases("Variation"),
        "paid": aliases("Paid"),
    },
)

LUMA = Profile(
    "luma", "luma", "Luma",
    signatures=(signature("approval_status", "qr_code_url"), signature("api_id", "approval_status"),
                signature("guest_id", "approval_status")),
    columns={
        "code": aliases("qr_code_url"),
        "key": aliases("guest_id", "api_id"),
        "name": aliases("name"),
        "first_name": aliases("first_name"),
        "last_name": aliases("last_name"),
        "email": aliases("email"),
        "ticket_type": aliases("ticket_name"),
        "status": aliases("approval_status"),
        "organization": aliases("company", "organization", "Company", "What company do you work for?"),
        "pronouns": aliases("pronouns", "What are your pronouns?"),
    },
    code_from="luma-pk",
)

# Hi.Events headers in English, French (lang/fr.json @06d30d2e) and Spanish (lang/es.json @2bcb9586).
HI_EVENTS = Profile(
    "hievents", "hievents", "Hi.Events",
    signatures=(signature("Public ID", "Short ID"), signature("ID public", "ID court"), signature("ID público", "ID corto")),
    columns={
        "code": aliases("Public ID", "ID public", "ID público"),
        "key": aliases("ID", "Public ID", "ID public", "ID público"),
        "first_name": aliases("First Name", "Prénom", "Nombre"),
        "last_name": aliases("Last Name", "Nom", "Apellido"),
        "email": aliases("Email", "E-mail", "Correo electrónico"),
        "ticket_type": aliases("Product Name", "Ticket Name", "Nom du produit", "Nombre del producto"),
        "status": aliases("Status", "Statut", "Estado"),
        "notes": aliases("Notes", "Notas"),
        "organization": aliases(*COMPANY_TITLES),
        "pronouns": aliases(*PRONOUN_TITLES),
    },
)

TICKET_TAILOR_ORDERS = Profile(
    "tickettailor-orders", "tickettailor", "Ticket Tailor orders",
    signatures=(signature("Order ID", "Order cancelled"),),
    columns={
        "key": aliases("Order ID"),
        "first_name": aliases("First Name"),
        "last_name": aliases("Last Name"),
        "name": aliases("Name"),
        "email": aliases("Email"),
        "ticket_type": aliases("Order items"),
        "void": aliases("Order cancelled"),
        "quantity": aliases("Tickets purchased"),
        "order": aliases("Order ID"),
    },
    void_status="cancelled",
    order_items=True,
    no_code_note="no_codes_tickettailor_orders",
)

TICKET_TAILOR_TICKETS = Profile(
    "tickettailor", "tickettailor", "Ticket Tailor tickets",
    signatures=(signature("Order ID", "Ticket reference"), signature("Order ID", "Barcode", "Ticket type")),
    columns={
        "code": aliases("Barcode", "Ticket barcode", "Barcode ID", "Ticket code"),
        "key": aliases("Ticket reference", "Ticket ID", "Barcode"),
        "name": aliases("Attendee name", "Full name", "Name"),
        "first_name": aliases("First Name", "Attendee first name"),
        "last_name": aliases("Last Name", "Attendee last name"),
        "email": aliases("Email", "Attendee email"),
        "ticket_type": aliases("Ticket type", "Ticket type name", "Description"),
        "status": aliases("Ticket status", "Status", "Order status"),
        "order": aliases("Order ID"),
    },
    no_code_note="no_codes_tickettailor",
)

# alf.io's ticket export: the organizer picks the columns; ID is the ticket's uuid (EventApiController).
ALFIO = Profile(
    "alfio", "alfio", "alf.io",
    signatures=(signature("ReservationID", "E-Mail"), signature("ID", "Category", "Event", "Status", "OriginalPrice"),
                signature("ID", "Category", "Event", "Status", "ReservationID"), signature("OriginalPrice", "PaidPrice")),
    columns={
        "code": aliases("ID"),
        "key": aliases("ID"),
        "name": aliases("Full Name", "Name"),
        "first_name": aliases("First Name"),
        "last_name": aliases("Last Name"),
        "email": aliases("E-Mail"),
        "ticket_type": aliases("Category"),
        "status": aliases("Status"),
        "order": aliases("ReservationID"),
        "organization": aliases(*COMPANY_TITLES),
    },
)

# Humanitix: recognised by its 24-hex ticket ids (the public API's id shape, exports.md §13); the CSV
# column titles below are our best reading of its export and are not verified.
HUMANITIX = Profile(
    "humanitix", "humanitix", "Humanitix",
    columns={
        "code": aliases("Barcode", "Ticket ID", "Ticket Id"),
        "key": aliases("Ticket ID", "Ticket Id", "Barcode"),
        "order": aliases("Order ID", "Order Id"),
        "first_name": aliases("First name", "First Name"),
        "last_name": aliases("Last name", "Last Name"),
        "email": aliases("Email", "Email address"),
        "ticket_type": aliases("Ticket type", "Ticket Type"),
        "status": aliases("Status", "Ticket status"),
        "organization": aliases(*COMPANY_TITLES),
    },
)

