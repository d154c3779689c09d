"""The words of column titles, folded (lower case, no accents), in the languages exports come in.

kiosk/roster/detect.py scores a column title against these sets: a title that is one of them says its
field outright; the hints and question words say it when they come together ("Quel est votre prénom ?",
"Prénom et nom"). A word added here is found by every import.
"""

from __future__ import annotations

EMAIL_WORDS = {"email", "e mail", "mail", "courriel", "correo", "correo electronico", "posta elettronica",
               "indirizzo email", "e mailadres", "emailadres", "adres e mail", "adres email", "endereco de e mail",
               "endereco de email", "adresse electronique", "adresse e mail", "adresse courriel", "e post",
               "e posta", "elektronische post", "email address", "e mail adresse"}
FIRST_WORDS = {"first name", "firstname", "given name", "given names", "forename", "first", "prenom", "prenoms",
               "vorname", "voornaam", "imie", "nombre de pila", "primeiro nome", "nome proprio", "nome di battesimo",
               "nome"}
LAST_WORDS = {"last name", "lastname", "surname", "family name", "last", "nom de famille", "nachname",
              "familienname", "apellido", "apellidos", "sobrenome", "apelido", "cognome", "achternaam", "nazwisko"}
FULL_WORDS = {"name", "full name", "fullname", "nom", "nom complet", "vollstandiger name", "nombre completo",
              "nombre y apellidos", "nome completo", "nome e cognome", "naam", "volledige naam", "imie i nazwisko",
              "attendee name", "participant", "attendee", "participant name", "nom du participant", "teilnehmer",
              "teilnehmer in", "name teilnehmer in", "asistente", "participante", "partecipante", "deelnemer"}
# words of a question that asks for a name ("What is your name?", "Jak masz na imię?", "Comment vous appelez-vous ?")
NAME_QUESTION = {"name", "nom", "nombre", "nome", "naam", "imie", "llamas", "llama", "appelez", "appelles",
                 "heisst", "heissen", "chiami", "chiama", "heet", "chamas", "chama"}
# words that name the first name by themselves, in a sentence too ("Quel est votre prénom ?", "Ihr Vorname")
FIRST_ALONE = {"prenom", "prenoms", "vorname", "voornaam", "forename", "firstname"}
# words that, beside a first-name word, make the title ask for the whole name ("Prénom et nom", "First and last name")
WHOLE_NAME_WITH_FIRST = {"nom", "last", "surname", "nachname", "familienname", "nazwisko", "cognome", "apellido",
                         "apellidos", "sobrenome", "achternaam", "famille", "family"}
FIRST_HINTS = {"first", "given", "fore", "prenom", "vorname", "voornaam", "primeiro", "pila", "imie"}
LAST_HINTS = {"last", "family", "surname", "famille", "nachname", "familienname", "apellido", "apellidos",
              "sobrenome", "cognome", "achternaam", "nazwisko"}
NOT_A_PERSON = {"company", "organization", "organisation", "organisme", "entreprise", "team", "equipe", "school",
                "ecole", "employer", "user", "username", "event", "project", "pet", "emergency", "contact", "manager",
                "supervisor", "business", "file", "universite", "university", "institution", "parent", "guardian",
                "child", "children", "guest", "invite", "partner", "spouse", "host", "sponsor", "speaker", "talk",
                "session", "group", "groupe", "website", "site", "domain", "buyer", "purchaser", "order",
                "commande", "bestellung", "acheteur", "kaufer", "firma", "empresa", "azienda", "bedrijf", "product",
                "produit", "produkt", "ticket", "billet", "evenement", "veranstaltung", "invoice",
                "rechnung", "facture", "rechnungsadresse"}
ORG_WORDS = {"company", "organization", "organisation", "organisme", "entreprise", "societe", "employeur", "firma",
             "unternehmen", "einrichtung", "institution", "empresa", "organizacion", "entidad", "organizacao",
             "azienda", "organizzazione", "ente", "bedrijf", "organisatie", "instelling", "organizacja",
             "affiliation", "affiliazione", "afiliacion", "employer", "school", "universite", "university",
             "universitat", "company name", "nom de l'entreprise", "arbeitgeber", "institut"}
# word beginnings that mean an organisation in many languages ("organizacji", "Unternehmens", "empresa")
ORG_STEMS = ("organi", "entrepri", "empres", "aziend", "compan", "institu", "universi", "affiliat", "employ",
             "arbeitgeb", "bedrijf", "instell", "unternehm", "firm", "societe", "ecole", "hochschul", "uczeln",
             "szkol", "werkgever", "stichting", "fundac", "fondaz", "fondation", "stiftung")
TYPE_WORDS = {"ticket type", "ticket", "billet", "type de billet", "categorie", "category", "tarif", "ticketart",
              "ticket typ", "kategorie", "tipo de entrada", "tipo de boleto", "tipo de ingresso", "ingresso",
              "tipo di biglietto", "biglietto", "tickettype", "soort ticket", "product", "produit", "produkt",
              "producto", "produto", "prodotto", "product name", "nom du produit", "role", "rolle", "rol", "ruolo",
              "registration type", "price tier", "release"}
STATUS_WORDS = {"status", "statut", "estado", "stato", "state", "registration state", "approval status",
                "attendee status", "situacao", "zustand", "approval_status", "order status", "rsvp"}
CODE_WORDS = {"code", "barcode", "bar code", "barcode #", "qr", "qr code", "ticket code", "ticket number", "secret",
              "ticket secret", "code barres", "code barre", "ticketcode", "ticketnummer", "codigo", "codice",
              "public id", "id public", "id publico", "unique ticket url", "qr_code_url", "ticket url", "strichcode",
              "codigo de barras", "codice a barre", "streepjescode"}
