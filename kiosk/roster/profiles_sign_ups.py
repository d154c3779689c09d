"""The profiles of exports that list people who signed up rather than tickets sold: Indico
registrations, Meetup RSVPs, Google Forms answers, Zoom registrants and attendees, Sessionize
speakers, and the generic spreadsheet (columns named like the fields: "First Name", "Email",
"Company", ...). Most hold no ticket codes: the kiosk issues them.
"""

from __future__ import annotations

from kiosk.roster.export_profile import PRONOUN_TITLES, Profile, aliases, signature

# Indico writes its own column titles in English whatever the language; form-field titles are the
# organiser's (often translated defaults), so their usual wordings are listed too.
INDICO = Profile(
    "indico", "indico", "Indico",
    signatures=(signature("Registration state"), signature("ID", "Name", "Registration date")),
    columns={
        "key": aliases("ID"),
        "name": aliases("Name"),
        "first_name": aliases("First Name", "First name", "Given name", "Vorname", "Prénom", "Nombre"),
        "last_name": aliases("Last Name", "Last name", "Family name", "Surname", "Nachname", "Nom",
                             "Nom de famille", "Apellidos"),
        "email": aliases("Email", "Email Address", "E-mail", "E-Mail", "E-Mail-Adresse", "Adresse e-mail",
                         "Adresse électronique", "Courriel", "Correo electrónico"),
        "organization": aliases("Affiliation", "Organization", "Organisation", "Institution", "Company",
                                "Einrichtung", "Institut", "Organisme", "Afiliación"),
        "status": aliases("Registration state"),
        "ticket_type": aliases("Registration type", "Participation type", "Role"),
        "pronouns": aliases(*PRONOUN_TITLES),
    },
    no_code_note="no_codes_indico",
)

MEETUP = Profile(
    "meetup", "meetup", "Meetup",
    signatures=(signature("RSVP", "User ID"), signature("User ID", "Member ID"), signature("User ID", "URL of Member Profile")),
    columns={
        "key": aliases("User ID", "Member ID"),
        "name": aliases("Name"),
        "email": aliases("Email Address", "Email"),
        "status": aliases("RSVP"),
        "ticket_type": aliases("Title", "Event Host"),
        "guests": aliases("Guests"),
        "notes": aliases("Notes"),
    },
)

# Google's own first-column titles by form owner's language (exports.md §10 and Google's UI wording).
GOOGLE_FORMS = Profile(
    "googleforms", "googleforms", "Google Forms",
    first_column=frozenset(aliases("Timestamp", "Horodateur", "Marca temporal", "Marca de tiempo", "Zeitstempel",
                                   "Carimbo de data/hora", "Informazioni cronologiche", "Tijdstempel",
                                    "Sygnatura czasowa", "타임스탬프", "タイムスタンプ", "时间戳记")),
    columns={
        "email": aliases("Email Address", "Email address", "Adresse e-mail", "Adresse courriel",
                         "Dirección de correo electrónico", "E-Mail-Adresse", "Endereço de e-mail",
                          "Indirizzo email", "E-mailadres", "Adres e-mail", "Username"),
        "timestamp": aliases("Timestamp", "Horodateur", "Marca temporal", "Marca de tiempo", "Zeitstempel",
                             "Carimbo de data/hora", "Informazioni cronologiche", "Tijdstempel",
                              "Sygnatura czasowa"),
    },
    guess_names=True,
    later_answer_wins=True,
)

ZOOM = Profile(
    "zoom", "zoom", "Zoom",
    signatures=(signature("Attended", "User Name (Original Name)"),
                signature("First Name", "Last Name", "Registration Time", "Approval Status")),
    columns={
        "name": aliases("User Name (Original Name)", "User Name"),
        "first_name": aliases("First Name"),
        "last_name": aliases("Last Name"),
        "email": aliases("Email"),
        "status": aliases("Approval Status"),
        "organization": aliases("Organization", "Company"),
    },
    one_row_per_session=True,
    no_code_note="no_codes_zoom",
)

# Sessionize speakers (exports.md §13: id, firstName, lastName, email); the spreadsheet titles are not
# verified. Speakers have no tickets: the kiosk issues codes.
SESSIONIZE = Profile(
    "sessionize", "sessionize", "Sessionize speakers",
    signatures=(signature("FirstName", "LastName", "TagLine"), signature("Speaker Id", "TagLine"),
                signature("Speaker Id", "Bio"), signature("id", "firstName", "lastName", "tagLine")),
    columns={
        "key": aliases("Speaker Id", "Id"),
        "first_name": aliases("FirstName", "First Name"),
        "last_name": aliases("LastName", "Last Name"),
        "name": aliases("Full Name", "FullName"),
        "email": aliases("Email", "E-mail"),
        "organization": aliases("Company", "Organization"),
    },
    no_code_note="no_codes_sessionize",
)

SPREADSHEET = Profile(
    "spreadsheet", "spreadsheet", "spreadsheet",
    columns={
        "code": aliases("Code", "Ticket code", "Ticket Code", "Barcode", "Barcode #", "QR code", "QR",
                        "Ticket barcode", "Code billet", "Code QR"),
        "key": aliases("ID", "Attendee ID", "Registration ID", "Participant ID", "Ticket ID", "Guest ID"),
        "first_name": aliases("First Name", "Firstname", "First", "Given name", "Given names", "Forename",
                              "Prénom", "Prenom"),
        "last_name": aliases("Last Name", "Lastname", "Last", "Surname", "Family name", "Nom de famille"),
        "name": aliases("Name", "Full Name", "Attendee", "Attendee name", "Participant", "Nom", "Nom complet"),
        "email": aliases("Email", "E-mail", "Email Address", "E-mail address", "Mail", "Courriel",
                         "Adresse courriel", "Adresse e-mail"),
        "organization": aliases("Company", "Organization", "Organisation", "Affiliation", "Institution",
                                "Employer", "Organisme", "Entreprise", "Société"),
        "ticket_type": aliases("Ticket Type", "Ticket", "Role", "Type", "Category", "Catégorie", "Rôle",
                               "Type de billet"),
        "status": aliases("Status", "Statut", "Registration status"),
        "pronouns": aliases("Pronouns", "Pronoms"),
        "notes": aliases("Notes", "Note", "Comments", "Comment", "Remarques"),
    },
    guess_names=True,
)
