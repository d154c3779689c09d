"""What the import's dry run notes about a file as a whole, in English and French: columns
remembered or guessed, codes the app issues, guests without names, orders short of tickets. One part
of the roster's table (kiosk/roster/words.py joins it to the rest).
"""

from __future__ import annotations

NOTES: dict[str, tuple[str, str]] = {
    "remembered_columns_missing": ("The columns remembered for this source ({columns}) are not in this file; its "
                                   "columns were found by their titles and values instead.",
                                   "Les colonnes retenues pour cette source ({columns}) ne sont pas dans ce fichier ; "
                                   "ses colonnes ont été trouvées d’après leurs titres et leurs valeurs."),
    "not_the_platform": ("The file does not have the usual columns of {label} exports; it was read by its column "
                         "names.",
                         "Le fichier n’a pas les colonnes habituelles des exports {label} ; il a été lu d’après les "
                         "noms de ses colonnes."),
    "not_the_platform_hint": ("The file does not have the usual columns of {label} exports; it was read by its column "
                              "names. It looks like an export from {detected}: import it with platform auto.",
                              "Le fichier n’a pas les colonnes habituelles des exports {label} ; il a été lu d’après "
                              "les noms de ses colonnes. Il ressemble à un export de {detected} : importez-le en "
                              "laissant l’application reconnaître la plateforme."),
    "guests_unnamed": ("{count:n} {count:p:ticket has|tickets have} no holder's name yet (Info Requested): "
                       "{count:p:it is|they are} admitted as \"Guest of <buyer>\" and marked for the desk to ask for "
                       "the name and e-mail.",
                       "{count:n} {count:p:billet n’a|billets n’ont} pas encore le nom de {count:p:son|leur} titulaire "
                       "(Info Requested) : {count:p:il est admis|ils sont admis} comme « Personne invitée par "
                       "<acheteur> » et {count:p:signalé|signalés} à l’accueil, qui demandera le nom et le courriel."),
    "orders_short": ("{orders:n} {orders:p:order holds|orders hold} {tickets:n} more {tickets:p:ticket|tickets} than the "
                     "file has rows (e.g. order {example}): those guests were not expanded into separate attendees. "
                     "Export the per-attendee report, or add them at the desk when they arrive.",
                     "{orders:n} {orders:p:commande compte|commandes comptent} {tickets:n} "
                     "{tickets:p:billet|billets} de plus que le fichier n’a de lignes (p. ex. la commande "
                     "{example}) : ces invités n’ont pas été ajoutés comme participants distincts. Exportez le "
                     "rapport par participant, ou ajoutez-les à l’accueil à leur arrivée."),
    "rsvp_guests": ("{rsvps:n} {rsvps:p:RSVP brings|RSVPs bring} {guests:n} {guests:p:guest|guests} in total: guests are "
                    "not listed by name and were not added to the roster. Add them at the desk when they arrive.",
                    "{rsvps:n} {rsvps:p:réponse amène|réponses amènent} {guests:n} {guests:p:invité|invités} en tout : "
                    "les invités ne sont pas nommés et n’ont pas été ajoutés à la liste. Ajoutez-les à l’accueil à "
                    "leur arrivée."),
    "names_repeated": ("{count:n} {count:p:name appears|names appear} on several rows without an email or ticket code: "
                       "all were kept. Check the roster for double registrations.",
                       "{count:n} {count:p:nom apparaît|noms apparaissent} sur plusieurs lignes sans courriel ni code "
                       "de billet : toutes ont été gardées. Vérifiez la liste pour repérer les inscriptions en "
                       "double."),
    "zoom_sessions": ("{count:n} {count:p:row is a further Zoom session|rows are further Zoom sessions} of people "
                      "already listed: each person is imported once.",
                      "{count:n} {count:p:ligne est une autre séance|lignes sont d’autres séances} Zoom de personnes "
                      "déjà listées : chaque personne est importée une seule fois."),
    "eventbrite_no_barcode": ("This Eventbrite report has no Barcode # column: each ticket's code is built as "
                              "{order} + {attendee} + 001, as its printed QR code holds; the {attendee} alone is "
                              "accepted too.",
                              "Ce rapport Eventbrite n’a pas de colonne Barcode # : le code de chaque billet est "
                              "formé des colonnes {order:q} + {attendee:q} + 001, comme son code QR imprimé ; la "
                              "colonne {attendee:q} seule est aussi acceptée."),
    "eventbrite_orders_only": ("This Eventbrite report has order numbers but no attendee numbers: a scanned ticket is "
                               "matched by its order; for an order of several people the desk is asked to choose "
                               "which person it is.",
                               "Ce rapport Eventbrite a des numéros de commande mais pas de numéros de participant : "
                               "un billet scanné est retrouvé par sa commande ; pour une commande de plusieurs "
                               "personnes, l’accueil doit choisir de qui il s’agit."),
    "read_as": ("Column {column:q} was read as {what}: {why}.", "La colonne {column:q} a été lue comme {what} : {why}."),
    "read_as_void": ("a yes/no flag: a yes means not admitted ({status})",
                     "une case oui/non : oui veut dire non admis ({status})"),
    "read_as_attendee_no": ("the attendee number", "le numéro de participant"),
    "read_as_order": ("the order number", "le numéro de commande"),
    "field_code": ("ticket code", "code de billet"),
    "field_email": ("e-mail", "courriel"),
    "field_status": ("status", "état"),
    "field_ticket_type": ("ticket type", "type de billet"),
    "field_name": ("name", "nom complet"),
    "field_first_name": ("first name", "prénom"),
    "field_last_name": ("last name", "nom de famille"),
    "field_organization": ("organization", "organisation"),
    "field_pronouns": ("pronouns", "pronoms"),
    "field_notes": ("notes", "notes"),
    "values_emails": ("values are e-mail addresses", "les valeurs sont des adresses courriel"),
    "values_full_names": ("values look like full names", "les valeurs ressemblent à des noms complets"),
    "values_names": ("values look like names", "les valeurs ressemblent à des noms"),
    "values_code_shape": ("values have the shape of {platform} ticket codes",
                          "les valeurs ont la forme des codes de billet de {platform}"),
    "values_unique_codes": ("values are unique codes", "les valeurs sont des codes tous différents"),
    "values_status_words": ("values are registration status words", "les valeurs sont des mots d’état d’inscription"),
    "values_repeated": ("a few repeated values", "quelques valeurs répétées"),
    "title_fits": ("title fits", "le titre correspond"),
    "by_eventbrite_arithmetic": ("Eventbrite numbers by their arithmetic", "les numéros Eventbrite, par leur calcul"),
    "by_its_values": ("its values", "ses valeurs"),
    "by_its_title_status": ("its title says status", "son titre dit qu’il s’agit de l’état"),
    "no_platform_recognised": ("NO REGISTRATION PLATFORM WAS RECOGNISED in this file: it was read as a plain "
                               "spreadsheet, and {count:n} {count:p:person has|people have} no ticket code, so the "
                               "kiosk issues its own codes. Tickets or QR codes sent by the registration platform "
                               "will NOT scan for them: print badges or send the kiosk's tickets (kiosk tickets), "
                               "import the platform's own export instead, or name the code column with --map "
                               "code=COLUMN.",
                               "AUCUNE PLATEFORME D’INSCRIPTION N’A ÉTÉ RECONNUE dans ce fichier : il a été lu comme "
                               "un simple tableau, et {count:n} {count:p:personne n’a|personnes n’ont} pas de code de "
                               "billet, donc l’application émet ses propres codes. Les billets ou codes QR envoyés "
                               "par la plateforme d’inscription NE seront PAS reconnus pour ces personnes : imprimez "
                               "des badges ou envoyez les billets de l’application, importez plutôt l’export de la "
                               "plateforme, ou indiquez la colonne des codes."),
    "no_codes_tickettailor_orders": ("This Ticket Tailor orders export has no ticket barcodes: the kiosk will issue "
                                     "its own codes, and the QR codes on Ticket Tailor tickets will not scan. Export "
                                     "the issued tickets instead if you want attendees to scan their own tickets.",
                                     "Cet export des commandes Ticket Tailor n’a pas les codes-barres des billets : "
                                     "l’application émettra ses propres codes, et les codes QR des billets Ticket "
                                     "Tailor ne seront pas reconnus. Exportez plutôt les billets émis si les "
                                     "participants doivent scanner leur propre billet."),
    "no_codes_tickettailor": ("This Ticket Tailor export has no barcode column: the kiosk will issue its own codes, "
                              "and the QR codes on Ticket Tailor tickets will not scan. If another column holds the "
                              "barcode, import again with --map code=COLUMN.",
                              "Cet export Ticket Tailor n’a pas de colonne de codes-barres : l’application émettra "
                              "ses propres codes, et les codes QR des billets Ticket Tailor ne seront pas reconnus. "
                              "Si une autre colonne contient le code-barres, importez de nouveau en l’indiquant."),
    "no_codes_indico": ("Indico exports do not contain the tickets' QR codes: the kiosk issues its own codes, so print "
                        "badges (or send the kiosk's codes) before the event.",
                        "Les exports Indico ne contiennent pas les codes QR des billets : l’application émet ses "
                        "propres codes, imprimez donc les badges (ou envoyez les codes de l’application) avant "
                        "l’événement."),
    "no_codes_zoom": ("Zoom registrations carry no ticket codes: the kiosk issues its own. Print badges or send the "
                      "kiosk's tickets (kiosk tickets) before the event.",
                      "Les inscriptions Zoom n’ont pas de codes de billet : l’application émet les siens. Imprimez "
                      "les badges ou envoyez les billets de l’application avant l’événement."),
    "no_codes_sessionize": ("Sessionize lists speakers, not tickets: the kiosk issues each speaker a code. Print their "
                            "badges or send the kiosk's tickets (kiosk tickets).",
                            "Sessionize liste des conférenciers, pas des billets : l’application donne un code à "
                            "chacun. Imprimez leurs badges ou envoyez-leur les billets de l’application."),
}
