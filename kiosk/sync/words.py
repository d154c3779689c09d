"""What the sync hub says to a person, in English and French (kiosk/wording.py): a hub out of reach,
a login refused, an address that cannot be read, stations' logins, two events on one hub.
`{hub}` is the hub's address without its password."""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("sync", {
    # -- reaching the hub (kiosk/sync/hub.py) ---------------------------------------------------------
    "login_refused": ("The sync hub {hub} refused this station's login: {detail}. Nothing was lost here. The organizer "
                      "may have removed this station, or the hub needs `kiosk hub init --hub ADMIN_URL` again after "
                      "an update of the app; ask the organizer.",
                      "Le serveur central {hub} a refusé la connexion de ce poste : {detail}. Rien n’a été perdu "
                      "ici. L’organisateur a peut-être retiré ce poste, ou le serveur doit être remis à jour "
                      "(`kiosk hub init --hub ADMIN_URL`) après une mise à jour de l’application ; demandez à "
                      "l’organisateur."),
    "unreachable": ("Cannot reach the sync hub {hub}: {detail} {hint}",
                    "Impossible de joindre le serveur central {hub} : {detail} {hint}"),
    "hint_password": ("Check the user name and password in the hub address. If this station was removed from the hub, "
                      "ask the organizer for a new address (kiosk hub add-station).",
                      "Vérifiez le nom d’utilisateur et le mot de passe dans l’adresse du serveur. Si ce poste a été "
                      "retiré du serveur, demandez une nouvelle adresse à l’organisateur."),
    "hint_removed": ("This station's login was removed from the hub: ask the organizer for a new one (kiosk hub "
                     "add-station).",
                     "La connexion de ce poste a été retirée du serveur : demandez-en une nouvelle à l’organisateur."),
    "hint_database": ("Check the database name at the end of the hub address.",
                      "Vérifiez le nom de la base de données à la fin de l’adresse du serveur."),
    "hint_tls": ("Check the TLS settings (sslmode, sslrootcert) in the hub address.",
                 "Vérifiez les réglages TLS (sslmode, sslrootcert) dans l’adresse du serveur."),
    "hint_network": ("Check the network (Wi-Fi, cable) and that the hub server is running; check-ins continue locally "
                     "and will be sent later.",
                     "Vérifiez le réseau (Wi-Fi, câble) et que le serveur central fonctionne ; les enregistrements "
                     "continuent sur ce poste et seront envoyés plus tard."),
    "address_unreadable": ("The hub address {hub} cannot be read. Write it as "
                           "postgresql://USER:PASSWORD@HOST:5432/DATABASE, with any space, #, / or @ in the password "
                           "written as %20, %23, %2F or %40.",
                           "L’adresse du serveur {hub} est illisible. Écrivez-la sous la forme "
                           "postgresql://UTILISATEUR:MOT_DE_PASSE@HÔTE:5432/BASE, en écrivant une espace, #, / ou @ "
                           "du mot de passe %20, %23, %2F ou %40."),
    "newer_hub": ("The hub was set up by a newer version of the app (hub schema {found}, this app knows {known}); "
                  "update the app on this station before syncing.",
                  "Le serveur central a été préparé par une version plus récente de l’application (schéma {found}, "
                  "cette application connaît le {known}) : mettez l’application à jour sur ce poste avant de "
                  "synchroniser."),
    "older_hub": ("The hub's schema is older than this app (hub schema {found}, this app knows {known}) and this "
                  "station's login may not update it. Ask the organizer to run `kiosk hub init --hub ADMIN_URL` once.",
                  "Le schéma du serveur central est plus ancien que cette application (schéma {found}, cette "
                  "application connaît le {known}) et la connexion de ce poste ne peut pas le mettre à jour. "
                  "Demandez à l’organisateur de lancer une fois `kiosk hub init --hub ADMIN_URL`."),
    "no_hub": ("No hub is configured: give one with `kiosk sync --hub postgresql://USER@HOST/DB` (or set ${variable}, "
               "or `kiosk settings set {setting} URL`).",
               "Aucun serveur central n’est configuré : indiquez son adresse dans Réglages > Synchronisation (ou "
               "`kiosk sync --hub postgresql://UTILISATEUR@HÔTE/BASE`)."),
    "not_postgres": ("{hub:q} is not a PostgreSQL connection string: write it as "
                     "postgresql://USER:PASSWORD@HOST:5432/DATABASE (add ?sslmode=require for TLS).",
                     "{hub:q} n’est pas une adresse PostgreSQL : écrivez-la sous la forme "
                     "postgresql://UTILISATEUR:MOT_DE_PASSE@HÔTE:5432/BASE (ajoutez ?sslmode=require pour TLS)."),
    # -- stations' logins (kiosk/sync/roles.py) --------------------------------------------------------
    "may_not": ("The login in {hub} may not {what} ({detail}). Use the login that owns the hub database and may create "
                "roles (CREATEROLE), e.g. the one that created the database.",
                "La connexion de {hub} n’a pas le droit de {what} ({detail}). Utilisez la connexion propriétaire de "
                "la base du serveur, qui peut créer des rôles (CREATEROLE), p. ex. celle qui a créé la base."),
    "what_roles": ("set up the hub's roles", "préparer les rôles du serveur"),
    "what_create": ("create logins", "créer des connexions"),
    "what_revoke": ("revoke logins", "retirer des connexions"),
    "station_login": ("{hub} is the login of the station {station:q}, not the organizer's. Give the organizer's "
                      "(administrator's) hub address.",
                      "{hub} est la connexion du poste {station:q}, pas celle de l’organisateur. Donnez l’adresse "
                      "du serveur de l’organisateur (administrateur)."),
    "station_name": ("A station's name is 1 to 60 printable characters, e.g. 'Door 1' or 'Registration A'.",
                     "Le nom d’un poste fait de 1 à 60 caractères imprimables, p. ex. « Porte 1 » ou « Accueil A »."),
    "station_has_login": ("The station {station:q} already has a login. To give it a new password, remove it first "
                          "(`kiosk hub remove-station \"{station}\" --hub ADMIN_URL`), then add it again.",
                          "Le poste {station:q} a déjà une connexion. Pour lui donner un nouveau mot de passe, "
                          "retirez-le d’abord (`kiosk hub remove-station \"{station}\" --hub ADMIN_URL`), puis "
                          "ajoutez-le de nouveau."),
    "no_station": ("No station called {station:q} has a login on this hub. Stations: {known}.",
                   "Aucun poste nommé {station:q} n’a de connexion à ce serveur. Postes : {known}."),
    "no_station_at_all": ("No station called {station:q} has a login on this hub. No station has one.",
                          "Aucun poste nommé {station:q} n’a de connexion à ce serveur. Aucun poste n’en a."),
    # -- what the hub shares (kiosk/sync/shared_settings.py) -------------------------------------------
    "unknown_setting": ("{key:q} is not a setting of this version.", "{key:q} n’est pas un réglage de cette version."),
    "state_not_shared": ("{key} is runtime state, kept by each station; it never comes from the hub.",
                         "{key} est un état d’exécution, propre à chaque poste : il ne vient jamais du serveur."),
    "other_event": ("This station's database holds the event {mine:q}, but the hub holds {theirs:q}. Nothing was "
                    "sent. Sync a new, empty database with this hub (kiosk sync --db NEW_FILE), or use a separate hub "
                    "database for each event.",
                    "La base de ce poste contient l’événement {mine:q}, mais le serveur central contient {theirs:q}. "
                    "Rien n’a été envoyé. Synchronisez une nouvelle base vide avec ce serveur, ou utilisez une base "
                    "de serveur distincte pour chaque événement."),
})
