"""What badges say to a person, in English and French (kiosk/wording.py): badge text fixes, stocks,
templates and their JSON, start positions. `{where}` names the place in a template's JSON
("default.json: layouts.landscape.front[2]"), kept as written."""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("badges", {
    # -- badge text fixes (kiosk/badges/overrides.py) --------------------------------------------------
    "no_attendee": ("No attendee with id {id}.", "Aucune personne inscrite n’a l’identifiant {id}."),
    "field_first_name": ("first name", "prénom"),
    "field_last_name": ("last name", "nom de famille"),
    "field_organization": ("organization", "organisation"),
    "control_character": ("The badge's {field} holds a control character.",
                          "Le champ {field} du badge contient un caractère de contrôle."),
    "shows_nothing": ("The badge's {field} shows nothing (only invisible characters): type the name again.",
                      "Le champ {field:q} du badge n’affiche rien (seulement des caractères invisibles) : "
                      "saisissez de nouveau le nom."),
    "too_long": ("The badge's {field} is {length:n} characters long; at most {most:n} fit.",
                 "Le champ {field} du badge fait {length:n} caractères ; il en tient {most:n} au plus."),
    "say_who": ("Say who fixes the badge (a name), so that the change is recorded.",
                "Dites qui corrige le badge (un nom), pour que la correction soit notée."),
    "only_fields": ("Only {fields} can be fixed on a badge, not {unknown}.",
                    "Seuls {fields} peuvent être corrigés sur un badge, pas {unknown}."),
    "needs_name": ("A badge needs a name: give a first or a last name.",
                   "Un badge a besoin d’un nom : donnez un prénom ou un nom de famille."),
    # -- printing many badges (batch.py, render.py) ----------------------------------------------------
    "nobody_to_print": ("No admitted attendee matches: nothing to print. Check the ticket types or codes, or import "
                        "the roster first.",
                        "Aucune personne admise ne correspond : rien à imprimer. Vérifiez les types de billet ou les "
                        "codes, ou importez d’abord la liste des inscrits."),
    "no_start_position": ("Start position {position} does not exist on {stock}: it has {per_page} "
                          "{per_page:p:badge|badges} per page.",
                          "La position de départ {position} n’existe pas sur {stock} : il a {per_page} "
                          "{per_page:p:badge|badges} par page."),
    # -- what a badge could not print as asked (draw_*.py): notes beside the preview and the print
    "does_not_fit": ("{text:q} does not fit at {least} pt; printed as {shown:q} at {size} pt",
                     "{text:q} ne tient pas en {least} pt ; imprimé {shown:q} en {size} pt"),
    "no_font_for": ("left out characters no bundled font has: {characters}",
                    "caractères omis, absents de toutes les polices fournies : {characters}"),
    "image_missing": ("image {path} does not exist; left out", "l’image {path} n’existe pas ; omise"),
    "image_unreadable": ("image {path} cannot be read ({why}); left out",
                         "l’image {path} ne peut pas être lue ({why}) ; omise"),
    "logo_missing": ("The logo {path} does not exist; badges are printed without it.",
                     "Le logo {path} n’existe pas ; les badges sont imprimés sans lui."),
    # -- stocks (stocks.py) ----------------------------------------------------------------------------
    "no_position": ("Position {position} does not exist on {stock}: choose 1 to {per_page}.",
                    "La position {position} n’existe pas sur {stock} : choisissez de 1 à {per_page}."),
    "stock_malformed": ("The stock {stock:q} in {origin} is incomplete or malformed ({why}): it needs id, unit, "
                        "label [w, h] and, for sheets, page, cols, rows, left, top, pitch_x, pitch_y.",
                        "Le support {stock:q} de {origin} est incomplet ou mal formé ({why}) : il lui faut id, unit, "
                        "label [l, h] et, pour les planches, page, cols, rows, left, top, pitch_x, pitch_y."),
    "stock_rotate": ("The stock {stock:q} in {origin} has rotate {rotate}: use 0, 90, 180 or 270.",
                     "Le support {stock:q} de {origin} a rotate {rotate} : utilisez 0, 90, 180 ou 270."),
    "stock_outside": ("The stock {stock:q} in {origin} puts badges outside its page: check its margins, pitch and "
                      "page size.",
                      "Le support {stock:q} de {origin} place des badges hors de sa page : vérifiez ses marges, son "
                      "pas et le format de page."),
    "no_stock_file": ("No stock file at {path}.", "Aucun fichier de support à {path}."),
    "stock_not_json": ("The stock file {path} cannot be read as JSON: {why}. Fix it in a text editor.",
                       "Le fichier de support {path} n’est pas du JSON lisible : {why}. Corrigez-le dans un éditeur "
                       "de texte."),
    "stock_file_shape": ("The stock file {path} must hold a stock object or {{\"stocks\": [...]}}.",
                         "Le fichier de support {path} doit contenir un objet support ou {{\"stocks\": [...]}}."),
    "stock_file_empty": ("The stock file {path} defines no stock.", "Le fichier de support {path} ne définit aucun support."),
    "unknown_stock": ("Unknown badge stock {stock:q}. Known stocks: {known}; or give the path of a JSON file "
                      "describing your stock.",
                      "Support de badge inconnu {stock:q}. Supports connus : {known} ; ou donnez le chemin d’un "
                      "fichier JSON qui décrit votre support."),
    # -- templates (templates.py) ----------------------------------------------------------------------
    "t_number": ("{where}: {key:q} must be a number of at least {low}, not {value}.",
                 "{where} : {key:q} doit être un nombre d’au moins {low}, pas {value}."),
    "t_colour": ("{where}: colour {value} must be written like \"#1a5fb4\" (or a placeholder like "
                 "\"{{role_color}}\").",
                 "{where} : la couleur {value} doit s’écrire comme « #1a5fb4 » (ou un champ comme "
                 "« {{role_color}} »)."),
    "t_element": ("{where}: each element must be an object with a 'type' and a 'box'.",
                  "{where} : chaque élément doit être un objet avec un « type » et une « box »."),
    "t_element_type": ("{where}: unknown element type {kind}; use one of {types}.",
                       "{where} : type d’élément inconnu {kind} ; utilisez l’un de {types}."),
    "t_box": ("{where}: 'box' must be [x, y, width, height] in percent of the badge, inside 0..100; got {box}.",
              "{where} : « box » doit être [x, y, largeur, hauteur] en pourcentage du badge, entre 0 et 100 ; "
              "reçu {box}."),
    "t_weight": ("{where}: 'weight' must be \"regular\" or \"bold\".",
                 "{where} : « weight » doit être « regular » ou « bold »."),
    "t_align": ("{where}: 'align' must be start, end, left, center or right.",
                "{where} : « align » doit être start, end, left, center ou right."),
    "t_valign": ("{where}: 'valign' must be top, middle or bottom.",
                 "{where} : « valign » doit être top, middle ou bottom."),
    "t_sizes": ("{where}: 'min_size' ({low}) is larger than 'max_size' ({high}).",
                "{where} : « min_size » ({low}) dépasse « max_size » ({high})."),
    "t_text": ("{where}: a text element needs \"text\", e.g. \"{{first_name}}\".",
               "{where} : un élément de texte a besoin de « text », p. ex. « {{first_name}} »."),
    "t_image": ("{where}: an image element needs \"path\" (a file, or \"{{logo}}\").",
                "{where} : un élément d’image a besoin de « path » (un fichier, ou « {{logo}} »)."),
    "t_elements": ("{where} must be a list of elements.", "{where} doit être une liste d’éléments."),
    "t_role": ("{where}: a role needs at least a \"name\" (and label, color, match).",
               "{where} : un rôle a besoin au moins d’un « name » (et de label, color, match)."),
    "t_object": ("The template {source} must be a JSON object.", "Le modèle {source} doit être un objet JSON."),
    "t_layouts": ("The template {source} needs \"layouts\": {{\"landscape\": {{...}}, \"portrait\": {{...}}}} (one "
                  "is enough).",
                  "Le modèle {source} a besoin de « layouts » : {{\"landscape\": {{...}}, \"portrait\": {{...}}}} "
                  "(un seul suffit)."),
    "t_layout": ("{where} must be an object with 'reference_size_mm' and 'front'.",
                 "{where} doit être un objet avec « reference_size_mm » et « front »."),
    "t_reference": ("{where}.reference_size_mm must be [width, height] in mm.",
                    "{where}.reference_size_mm doit être [largeur, hauteur] en mm."),
    "t_default_role": ("{source}: default_role {role:q} is not one of the roles.",
                       "{source} : default_role {role:q} n’est pas l’un des rôles."),
    "no_template": ("No badge template {name:q}: give the path of a template JSON file or one of: {known}.",
                    "Aucun modèle de badge {name:q} : donnez le chemin d’un fichier de modèle JSON ou l’un de "
                    "ceux-ci : {known}."),
    "template_unreadable": ("The badge template {path} cannot be read: {why}.",
                            "Le modèle de badge {path} ne peut pas être lu : {why}."),
    "template_not_json": ("The badge template {path} is not valid JSON ({why}). Fix it in a text editor; the default "
                          "template is a working example.",
                          "Le modèle de badge {path} n’est pas du JSON valide ({why}). Corrigez-le dans un éditeur de "
                          "texte ; le modèle par défaut est un exemple qui fonctionne."),
    "not_a_role": ("The setting badge_roles maps {ticket_type:q} to {value:q}, which is not a role of the template "
                   "({roles}).",
                   "Le réglage des bandeaux de couleur associe {ticket_type:q} à {value:q}, qui n’est pas un rôle du "
                   "modèle ({roles})."),
})
