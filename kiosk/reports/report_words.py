"""The words of the PDF attendance report (kiosk/reports/report_pdf.py) in English and French.

The report is written in the event's language (the setting `report_language`), whatever language the
app's interface speaks: a board reads it, not the desk. `Words(lang)` gives each sentence with its
numbers put in and its nouns agreeing with them ("1 person" / "3 people", "1 personne" / "3 personnes");
dates come from the one clock (kiosk/clock.py), so "Wednesday 8 July" and "mercredi 8 juillet" are
spelt as everywhere else in the app.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.clock import format_day

LANGUAGES = ("en", "fr")

#: Nouns that agree with their count: key -> (singular, plural) per language.
NOUNS = {
    "en": {"person": ("person", "people"), "arrival": ("arrival", "arrivals"), "ticket type": ("ticket type", "ticket types"),
           "badge": ("badge", "badges"), "reprint": ("reprint", "reprints"), "print job": ("print job", "print jobs"),
           "station": ("station", "stations"), "check-in": ("check-in", "check-ins"), "day": ("day", "days"),
           "registration": ("registration", "registrations"), "scan": ("scan", "scans")},
    "fr": {"person": ("personne", "personnes"), "arrival": ("arrivée", "arrivées"),
           "ticket type": ("type de billet", "types de billet"), "badge": ("badge", "badges"),
           "reprint": ("réimpression", "réimpressions"), "print job": ("impression", "impressions"),
           "station": ("poste", "postes"), "check-in": ("enregistrement", "enregistrements"), "day": ("jour", "jours"),
           "registration": ("inscription", "inscriptions"), "scan": ("scan", "scans")},
}

TEXT = {
    "en": {
        "report": "Attendance report",
        "prepared": "Prepared on {date} at {time}. Times are local to the event ({zone}).",
        "purged": "Personal data was removed from this event's records on {date}; the figures below are anonymous counts.",
        "registered": "registered", "came": "came at least once", "turnout": "turnout", "walk-ins": "walk-ins",
        "summary": "{people} held a valid registration. {came} of them ({rate}) checked in at least once{over}.",
        "over_days": " over {days}",
        "not_admitted": " {more} {verb} cancelled, refunded or otherwise not admitted and {pronoun} not counted.",
        "was": "was", "were": "were", "is": "is", "are": "are",
        "counting": "A person counts once per day, at their first check-in; check-ins that staff undid (for example "
                    "a wrongly scanned ticket) are not counted.",
        "h_days": "How many came each day",
        "busiest_day": "The busiest day was {day}, with {came} of the {expected} people expected that day ({rate}).",
        "col_day": "Day", "col_expected": "Expected", "col_checked_in": "Checked in", "col_turnout": "Turnout",
        "col_walk_ins": "Walk-ins",
        "days_note": "“Expected” counts the valid registrations whose ticket admits that day; “Walk-ins” are the "
                     "people among those checked in who were added at the desk.",
        "nobody_yet": "Nobody has checked in yet, so there is nothing to count per day.",
        "h_types": "Who came, by ticket type",
        "types_count": "There were {types}.",
        "all_came": "Every {names} ticket holder came at least once.",
        "lowest": "The lowest turnout was “{name}”: {came} of {registered} came ({rate}).",
        "same_turnout": "Every ticket type had about the same turnout ({rate}).",
        "walk_in_types": "Walk-ins (“{names}”) are people added at the desk when they arrived, so all of them came: "
                         "they are listed but not compared.",
        "col_type": "Ticket type", "col_registered": "Registered", "col_came": "Came", "no_type": "(none)",
        "added_at_desk": "{name} (added at the desk)",
        "empty_roster": "The roster is empty.",
        "h_arrivals": "When people arrived",
        "arrivals_intro": "Each bar counts the people whose first check-in of the day fell in that quarter hour, in "
                          "the event's time ({zone}). Use it to plan volunteers and doors for the next edition.",
        "arrivals_day": "Arrivals ran from {start} to {end} ({people}). The busiest quarter hour was {peak_start}–"
                        "{peak_end} with {peak}; half of the day's arrivals had come by {half}.",
        "per_15": "arrivals per 15 minutes", "time_axis": "time of day ({zone})",
        "no_arrivals": "No arrivals have been recorded yet.",
        "h_walk_ins": "Walk-ins",
        "walk_ins_added": "{people} without a registration {verb} added at the desk; {came} of them checked in.",
        "no_walk_ins": "Nobody was added at the desk: everyone who came had registered beforehand.",
        "h_badges": "Badges",
        "badges_printed": "{badges} printed for {people}.",
        "badges_reprinted": " {reprints}: {again} got more than one badge.",
        "badges_one_each": " Everyone got one badge: no reprints.",
        "badges_failed": " {jobs} failed (a jammed or empty printer, for instance) and {verb} not printed later.",
        "badges_waiting": " {badges} still waited in the queue when this report was made.",
        "no_badges": "No badges were printed with the app.",
        "h_stations": "Check-in stations",
        "stations_text": "{stations} took part. “{top}” recorded the most arrivals: {arrivals} ({share}). A scan that "
                         "did not admit anyone (a ticket shown twice, a wrong QR code) still counts as a scan.",
        "one_station": "One station, “{top}”, recorded every arrival ({arrivals}). A scan that did not admit anyone "
                       "(a ticket shown twice, a wrong QR code) still counts as a scan.",
        "col_station": "Station", "col_arrivals": "Arrivals", "col_scans": "Scans",
        "no_station": "No station has recorded anything yet.",
        "h_refused": "Scans that did not let someone in",
        "refused_text": "Of {total}, {refused} did not admit anyone. Most are harmless: a ticket scanned twice, or a "
                        "phone showing the wrong code.",
        "col_found": "What the scan found",
        "annulled": "Staff undid {checkins} (for example a ticket scanned for the wrong person); they are not counted "
                    "above.",
        "footer": "{event} – attendance report", "page": "page {n}",
        "verdict_ok": "admitted", "verdict_attention": "admitted, with a note for staff",
        "verdict_already": "already checked in that day", "verdict_unknown": "ticket not found",
        "verdict_not_ticket": "not a ticket (e.g. a Wi-Fi or web QR code)",
        "verdict_cancelled": "registration not admitted (cancelled, refunded, unpaid or waiting list)",
        "verdict_not_today": "ticket not valid that day",
        "verdict_choose": "an order of several people: the desk had to choose",
        "and": " and ", "or": " and ",
    },
    "fr": {
        "report": "Rapport de présence",
        "prepared": "Préparé le {date} à {time}. Les heures sont celles de l’événement ({zone}).",
        "purged": "Les données personnelles ont été retirées des registres de l’événement le {date} ; les chiffres "
                  "ci-dessous sont des décomptes anonymes.",
        "registered": "inscrits", "came": "venus au moins une fois", "turnout": "participation",
        "walk-ins": "inscrits sur place",
        "summary": "{people} avaient une inscription valable. {came} d’entre elles ({rate}) se sont présentées au "
                   "moins une fois{over}.",
        "over_days": " sur {days}",
        "not_admitted": " {more} de plus {verb} annulées, remboursées ou non admises pour une autre raison et ne "
                        "{pronoun} pas comptées.",
        "was": "était", "were": "étaient", "is": "est", "are": "sont",
        "counting": "Une personne compte une fois par jour, à son premier enregistrement ; les enregistrements "
                    "annulés par l’équipe (un billet scanné par erreur, par exemple) ne comptent pas.",
        "h_days": "Combien sont venus chaque jour",
        "busiest_day": "Le jour le plus chargé a été le {day}, avec {came} des {expected} personnes attendues ce "
                       "jour-là ({rate}).",
        "col_day": "Jour", "col_expected": "Attendus", "col_checked_in": "Venus", "col_turnout": "Présence",
        "col_walk_ins": "Sur place",
        "days_note": "« Attendus » compte les inscriptions valables dont le billet admet ce jour-là ; « Sur place » "
                     "compte, parmi les personnes venues, celles ajoutées à l’accueil.",
        "nobody_yet": "Personne ne s’est encore présenté : il n’y a rien à compter par jour.",
        "h_types": "Qui est venu, par type de billet",
        "types_count": "Il y avait {types}.",
        "all_came": "Tous les titulaires d’un billet {names} sont venus au moins une fois.",
        "lowest": "La participation la plus faible a été celle de « {name} » : {came} sur {registered} sont venus "
                  "({rate}).",
        "same_turnout": "Tous les types de billet ont eu à peu près la même participation ({rate}).",
        "walk_in_types": "Les inscriptions sur place (« {names} ») sont des personnes ajoutées à l’accueil à leur "
                         "arrivée, toutes venues : elles sont listées mais pas comparées.",
        "col_type": "Type de billet", "col_registered": "Inscrits", "col_came": "Venus", "no_type": "(aucun)",
        "added_at_desk": "{name} (ajoutés à l’accueil)",
        "empty_roster": "La liste est vide.",
        "h_arrivals": "Quand les gens sont arrivés",
        "arrivals_intro": "Chaque barre compte les personnes dont le premier enregistrement du jour tombe dans ce "
                          "quart d’heure, à l’heure de l’événement ({zone}). De quoi prévoir bénévoles et portes pour "
                          "la prochaine édition.",
        "arrivals_day": "Les arrivées se sont étalées de {start} à {end} ({people}). Le quart d’heure le plus chargé a "
                        "été {peak_start}–{peak_end}, avec {peak} ; la moitié des arrivées du jour était là à {half}.",
        "per_15": "arrivées par quart d’heure", "time_axis": "heure ({zone})",
        "no_arrivals": "Aucune arrivée n’a encore été enregistrée.",
        "h_walk_ins": "Inscriptions sur place",
        "walk_ins_added": "{people} sans inscription {verb} ajoutées à l’accueil ; {came} d’entre elles se sont "
                          "présentées.",
        "no_walk_ins": "Personne n’a été ajouté à l’accueil : toutes les personnes venues s’étaient inscrites.",
        "h_badges": "Badges",
        "badges_printed": "{badges} imprimés pour {people}.",
        "badges_reprinted": " {reprints} : {again} ont eu plus d’un badge.",
        "badges_one_each": " Chacun a eu un seul badge : aucune réimpression.",
        "badges_failed": " {jobs} ont échoué (une imprimante bloquée ou vide, par exemple) et n’ont pas été refaites.",
        "badges_waiting": " {badges} attendaient encore dans la file quand ce rapport a été fait.",
        "no_badges": "Aucun badge n’a été imprimé avec l’application.",
        "h_stations": "Postes d’enregistrement",
        "stations_text": "{stations} ont participé. « {top} » a enregistré le plus d’arrivées : {arrivals} ({share}). "
                         "Un scan qui n’a admis personne (un billet montré deux fois, un mauvais code QR) compte quand "
                         "même comme un scan.",
        "one_station": "Un seul poste, « {top} », a enregistré toutes les arrivées ({arrivals}). Un scan qui n’a admis "
                       "personne (un billet montré deux fois, un mauvais code QR) compte quand même comme un scan.",
        "col_station": "Poste", "col_arrivals": "Arrivées", "col_scans": "Scans",
        "no_station": "Aucun poste n’a encore rien enregistré.",
        "h_refused": "Les scans qui n’ont fait entrer personne",
        "refused_text": "Sur {total}, {refused} n’ont admis personne. La plupart sont sans gravité : un billet scanné "
                        "deux fois, ou un téléphone qui montre le mauvais code.",
        "col_found": "Ce que le scan a trouvé",
        "annulled": "L’équipe a annulé {checkins} (un billet scanné pour la mauvaise personne, par exemple) ; ils ne "
                    "sont pas comptés ci-dessus.",
        "footer": "{event} – rapport de présence", "page": "page {n}",
        "verdict_ok": "admis", "verdict_attention": "admis, avec une note pour l’équipe",
        "verdict_already": "déjà enregistré ce jour-là", "verdict_unknown": "billet introuvable",
        "verdict_not_ticket": "pas un billet (p. ex. un code QR Wi-Fi ou web)",
        "verdict_cancelled": "inscription non admise (annulée, remboursée, impayée ou en liste d’attente)",
        "verdict_not_today": "billet non valable ce jour-là",
        "verdict_choose": "une commande de plusieurs personnes : l’accueil a dû choisir",
        "and": " et ", "or": " ou ",
    },
}


class Words:
    """The report's sentences in one language (English for any language the report does not speak)."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else "en"
        self.text = TEXT[self.lang]

    def __call__(self, key: str, **values) -> str:
        return self.text[key].format(**values)

    def n(self, count: int, noun: str) -> str:
        """ "1 person", "3 people" / "1 personne", "3 personnes"."""
        singular, plural = NOUNS[self.lang][noun]
        return f"{self.number(count)} {singular if count == 1 or (self.lang == 'fr' and count == 0) else plural}"

    def number(self, value: int) -> str:
        """1,234 / 1 234 (a thin no-break space in French)."""
        text = f"{value:,}"
        return text.replace(",", "\u202f") if self.lang == "fr" else text

    def pct(self, rate: float) -> str:
        return f"{rate:.0%}".replace("%", "\u202f%") if self.lang == "fr" else f"{rate:.0%}"

    def verb(self, count: int, past: bool = True) -> str:
        """was/were (is/are) agreeing with `count`."""
        if past:
            return self("was") if count == 1 else self("were")
        return self("is") if count == 1 else self("are")

    def day(self, iso: str, style: str = "day") -> str:
        """An event day: "Wednesday 8 July 2026" / "mercredi 8 juillet 2026" (a report is read years later);
        style "short_day": "Wed 8 Jul" for a table's narrow column."""
        words = format_day(iso, self.lang, style)
        return words if style == "short_day" else f"{words} {iso[:4]}"

    def date(self, moment: date | datetime) -> str:
        """ "8 July 2026" / "8 juillet 2026"."""
        return format_day(moment.isoformat()[:10], self.lang, "date")

    def time(self, hhmm: str, short: bool = False) -> str:
        """ "08:30" / "8 h 30" (short: "8 h" for a whole hour in French, the axis of a chart)."""
        hours, minutes = (int(x) for x in hhmm.split(":"))
        if self.lang != "fr":
            return f"{hours:02d}:{minutes:02d}"
        return f"{hours} h" if short and minutes == 0 else f"{hours} h {minutes:02d}"

    def join(self, names: list[str], last: str = "and") -> str:
        """ “A”, “B” and “C” / « A », « B » et « C » (`last`="or": « A » ou « B » in French)."""
        quoted = [f"“{n}”" if self.lang == "en" else f"« {n} »" for n in names]
        if len(quoted) <= 1:
            return "".join(quoted)
        return ", ".join(quoted[:-1]) + self(last) + quoted[-1]

    def dates(self, days: list[str]) -> str:
        """The event's days as a range: "8–10 July 2026", "30 June – 2 July 2026" ("" without days)."""
        if not days:
            return ""
        first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
        if first == last:
            return self.date(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{format_day(first.isoformat(), self.lang, 'date').split(' ')[0]}–{self.date(last)}"
        if first.year == last.year:
            return f"{' '.join(self.date(first).split(' ')[:2])} – {self.date(last)}"
        return f"{self.date(first)} – {self.date(last)}"
