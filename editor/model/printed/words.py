"""The printed vocabulary of values, as data: status words, colour words, deadline words, credit
and direction words, amount units, means labels, budget code prefixes, known organisations.

Every importer reads values through these tables (by way of the grammar modules beside this
one). Each row is one printed form, in either language; a new variant is one more row. Rows are
written as printed; lookups compare them after ``normalise.fold`` (case, accents, apostrophes).
The editor's own labels (editor/model/labels/) are rows too: what we print, we read back.
"""

from __future__ import annotations

from typing import TypeVar

from babel.dates import get_month_names

from editor.model.bitext import LANGS, Lang
from editor.model.labels import BINARY_LABELS, COLOUR_LABELS, CREDIT_LABELS, DIRECTION_LABELS, STATUS_LABELS
from editor.model.printed.normalise import fold
from editor.model.values import Colour, CreditType, DeadlineKind, Direction, Season, StatusCode

T = TypeVar("T")

# --- statuses -------------------------------------------------------------------------------

# (status, printed form): a whole status, or the words a status sentence starts with.
STATUS_WORDS: list[tuple[StatusCode, str]] = [
    *((code, labels[lang]) for code, labels in STATUS_LABELS.items() for lang in LANGS),
    (StatusCode.ON_SCHEDULE, "Selon planning"),
    (StatusCode.ON_SCHEDULE, "Selon le calendrier"),
    (StatusCode.ON_SCHEDULE, "Conformément au planning"),
    (StatusCode.ON_SCHEDULE, "Dans les temps"),
    (StatusCode.ON_SCHEDULE, "Volgens de planning"),
    (StatusCode.ON_SCHEDULE, "Volgens het schema"),
    (StatusCode.ON_SCHEDULE, "Volgens schema"),
    (StatusCode.ON_SCHEDULE, "Zoals gepland"),
    (StatusCode.ON_SCHEDULE, "Op schema"),
    (StatusCode.IN_PROGRESS, "En cours de réalisation"),
    (StatusCode.IN_PROGRESS, "En cours d’exécution"),
    (StatusCode.IN_PROGRESS, "Lopend"),
    (StatusCode.IN_PROGRESS, "Lopende"),
    (StatusCode.IN_PROGRESS, "Bezig"),
    (StatusCode.IN_PROGRESS, "In uitvoering"),
    (StatusCode.DONE, "Réalisé"),
    (StatusCode.DONE, "Réalisée"),
    (StatusCode.DONE, "Finalisé"),
    (StatusCode.DONE, "Achevé"),
    (StatusCode.DONE, "Clôturé"),
    (StatusCode.DONE, "Gerealiseerd"),
    (StatusCode.DONE, "Voltooid"),
    (StatusCode.DONE, "Uitgevoerd"),
    (StatusCode.DONE, "Afgewerkt"),
    (StatusCode.DONE, "Beëindigd"),
    (StatusCode.DELAYED, "En retard"),
    (StatusCode.DELAYED, "Reporté"),
    (StatusCode.DELAYED, "Postposé"),
    (StatusCode.DELAYED, "Vertraging"),
    (StatusCode.DELAYED, "Uitgesteld"),
    (StatusCode.DELAYED, "Achterstand"),
    (StatusCode.NOT_STARTED, "Pas encore commencé"),
    (StatusCode.NOT_STARTED, "Non commencé"),
    (StatusCode.NOT_STARTED, "Pas démarré"),
    (StatusCode.NOT_STARTED, "Niet begonnen"),
    (StatusCode.NOT_STARTED, "Nog niet gestart"),
    (StatusCode.NOT_STARTED, "Nog niet begonnen"),
    (StatusCode.AWAITING_DECISION, "En attente de décision"),
    (StatusCode.AWAITING_DECISION, "En attente"),
    (StatusCode.AWAITING_DECISION, "In afwachting"),
    (StatusCode.AWAITING_DECISION, "Wachten op een beslissing"),
    (StatusCode.CANCELLED, "Abandonné"),
    (StatusCode.CANCELLED, "Annulé"),
    (StatusCode.CANCELLED, "Supprimé"),
    (StatusCode.CANCELLED, "Stopgezet"),
    (StatusCode.CANCELLED, "Geannuleerd"),
    (StatusCode.CANCELLED, "Geschrapt"),
]

# Words that reveal a status inside a sentence that does not start with one ("Le projet est en
# cours", "Start volgens de planning in 2022"): searched in the first words of a status field.
STATUS_HINTS: list[tuple[StatusCode, str]] = [
    (StatusCode.AWAITING_DECISION, r"en attente|in afwachting|wachten op"),
    (StatusCode.NOT_STARTED, r"pas (?:encore )?commence|non commence|niet (?:gestart|begonnen)"
                             r"|prevu a partir|start volgens"),
    (StatusCode.ON_SCHEDULE, r"selon (?:le )?planning|conformement au planning"
                             r"|volgens (?:de |het )?(?:planning|schema)|zoals gepland|op schema"),
    (StatusCode.IN_PROGRESS, r"en cours|in uitvoering|lopend|bezig"),
    (StatusCode.DONE, r"termine|realise|finalise|acheve|afgerond|gerealiseerd|voltooid|uitgevoerd"),
    (StatusCode.DELAYED, r"retard|vertraa?g|report|uitgesteld"),
    (StatusCode.CANCELLED, r"abandonne|annule|stopgezet|geannuleerd"),
]  # fmt: skip

# --- threshold colours ----------------------------------------------------------------------

COLOUR_WORDS: list[tuple[Colour, str]] = [
    *((colour, labels[lang]) for colour, labels in COLOUR_LABELS.items() for lang in LANGS),
    (Colour.GREEN, "verte"),
    (Colour.RED, "rode"),
    (Colour.ORANGE, "oranje"),
    (Colour.GREEN, "green"),
    (Colour.ORANGE, "amber"),
    (Colour.RED, "red"),
]

# The yes / no form of thresholds ("OK : …" / "pas OK : …"): met is green, not met is red.
BINARY_WORDS: list[tuple[Colour, str]] = [
    *((colour, labels[lang]) for colour, labels in BINARY_LABELS.items() for lang in LANGS),
    (Colour.GREEN, "OK"),
    (Colour.GREEN, "Oui"),
    (Colour.GREEN, "Ja"),
    (Colour.GREEN, "Atteint"),
    (Colour.GREEN, "Bereikt"),
    (Colour.RED, "Pas OK"),
    (Colour.RED, "Non OK"),
    (Colour.RED, "NOK"),
    (Colour.RED, "Not OK"),
    (Colour.RED, "Niet OK"),
    (Colour.RED, "Non"),
    (Colour.RED, "Nee"),
    (Colour.RED, "Non atteint"),
    (Colour.RED, "Niet bereikt"),
]

# --- deadlines ------------------------------------------------------------------------------

SEASON_WORDS: list[tuple[Season, str]] = [
    (Season.SPRING, "printemps"),
    (Season.SUMMER, "été"),
    (Season.AUTUMN, "automne"),
    (Season.WINTER, "hiver"),
    (Season.SPRING, "voorjaar"),
    (Season.SPRING, "lente"),
    (Season.SUMMER, "zomer"),
    (Season.AUTUMN, "najaar"),
    (Season.AUTUMN, "herfst"),
    (Season.WINTER, "winter"),
]

ORDINAL_WORDS: list[tuple[int, str]] = [
    (1, "1er"), (1, "1re"), (1, "1ère"), (1, "premier"), (1, "première"), (1, "1e"), (1, "1ste"), (1, "eerste"),
    (2, "2e"), (2, "2ème"), (2, "deuxième"), (2, "second"), (2, "seconde"), (2, "2de"), (2, "tweede"),
    (3, "3e"), (3, "3ème"), (3, "troisième"), (3, "3de"), (3, "derde"),
    (4, "4e"), (4, "4ème"), (4, "quatrième"), (4, "4de"), (4, "vierde"),
]  # fmt: skip

PERIOD_WORDS: list[tuple[DeadlineKind, str]] = [
    (DeadlineKind.SEMESTER, "semestre"),
    (DeadlineKind.SEMESTER, "semester"),
    (DeadlineKind.SEMESTER, "helft"),
    (DeadlineKind.SEMESTER, "jaarhelft"),
    (DeadlineKind.QUARTER, "trimestre"),
    (DeadlineKind.QUARTER, "kwartaal"),
]

# Short forms "Q2 2022", "T2 2022", "K2 2022", "S1 2022": letter → kind.
PERIOD_LETTERS: dict[str, DeadlineKind] = {
    "q": DeadlineKind.QUARTER,
    "t": DeadlineKind.QUARTER,
    "k": DeadlineKind.QUARTER,
    "s": DeadlineKind.SEMESTER,
    "h": DeadlineKind.SEMESTER,
}

FIXED_DEADLINES: list[tuple[DeadlineKind, str]] = [
    (DeadlineKind.CONTINUOUS, "en continu"),
    (DeadlineKind.CONTINUOUS, "continu"),
    (DeadlineKind.CONTINUOUS, "continue"),
    (DeadlineKind.CONTINUOUS, "permanent"),
    (DeadlineKind.CONTINUOUS, "permanente"),
    (DeadlineKind.CONTINUOUS, "en permanence"),
    (DeadlineKind.CONTINUOUS, "récurrent"),
    (DeadlineKind.CONTINUOUS, "doorlopend"),
    (DeadlineKind.CONTINUOUS, "continu proces"),
    (DeadlineKind.CONTINUOUS, "voortdurend"),
    (DeadlineKind.CONTINUOUS, "terugkerend"),
    (DeadlineKind.PER_PLANNING, "selon le planning"),
    (DeadlineKind.PER_PLANNING, "selon planning"),
    (DeadlineKind.PER_PLANNING, "selon le calendrier"),
    (DeadlineKind.PER_PLANNING, "conformément au planning"),
    (DeadlineKind.PER_PLANNING, "volgens de planning"),
    (DeadlineKind.PER_PLANNING, "volgens planning"),
    (DeadlineKind.PER_PLANNING, "volgens het tijdschema"),
]

# Words before a year that do not change it: "fin 2022", "eind 2022", "d’ici 2022", "tegen 2022".
YEAR_PREFIXES = ("en", "in", "fin", "fin de l’année", "eind", "einde", "tegen", "tegen eind", "d’ici", "d’ici fin",
                 "pour", "voor", "à la fin de", "à la fin", "uiterlijk", "au plus tard en", "ten laatste in",
                 "dans le courant de", "in de loop van", "courant", "vanaf", "à partir de", "dès")  # fmt: skip

# "chaque année jusqu’en 2024" / "elk jaar tot 2024": the words between which the year stands.
EVERY_YEAR_WORDS = ("chaque année", "tous les ans", "annuellement", "elk jaar", "ieder jaar", "jaarlijks")
UNTIL_WORDS = ("jusqu’en", "jusqu’à", "jusque", "tot", "tot en met", "t.e.m.", "tem")

# --- KPIs, means, budget ----------------------------------------------------------------------

DIRECTION_WORDS: list[tuple[Direction, str]] = [
    *((direction, labels[lang]) for direction, labels in DIRECTION_LABELS.items() for lang in LANGS),
    (Direction.INCREASE, "augmenter"),
    (Direction.INCREASE, "hausse"),
    (Direction.INCREASE, "stijgen"),
    (Direction.INCREASE, "stijging"),
    (Direction.DECREASE, "diminuer"),
    (Direction.DECREASE, "baisse"),
    (Direction.DECREASE, "dalen"),
    (Direction.DECREASE, "daling"),
    (Direction.MAINTAIN, "stable"),
    (Direction.MAINTAIN, "stabiel"),
]

CREDIT_WORDS: list[tuple[CreditType, str]] = [
    *((credit, labels[lang]) for credit, labels in CREDIT_LABELS.items() for lang in LANGS),
    (CreditType.COMMITMENT, "engagements"),
    (CreditType.COMMITMENT, "CE"),
    (CreditType.COMMITMENT, "VAK"),
    (CreditType.LIQUIDATION, "liquidations"),
    (CreditType.LIQUIDATION, "CL"),
    (CreditType.LIQUIDATION, "VEK"),
    (CreditType.REVENUE, "recette"),
    (CreditType.REVENUE, "ontvangst"),
]

# Labels of the lines of a means field: "ETP : 19", "Besoins ICT : …".
FTE_LABELS = ("Nombre estimé ETP", "Nombre estimé d’ETP", "Nombre d’ETP", "ETP",
              "Geraamd aantal VTE", "Aantal VTE", "VTE")  # fmt: skip
ICT_LABELS = ("Besoins ICT", "Besoins informatiques", "ICT-behoeften", "ICT-noden", "Informaticabehoeften")
REVENUE_HEADINGS = ("Recettes", "Ontvangsten")
PER_YEAR_WORDS = ("par an", "/an", "annuel", "per jaar", "/jaar", "jaarlijks")

# A budget code's prefix: "AB" in French, "BA" in Dutch, sometimes with "nº".
BUDGET_PREFIXES = {Lang.FR: ("AB",), Lang.NL: ("BA",)}

# Amount units: (printed unit, power of ten it multiplies by).
AMOUNT_UNITS: list[tuple[str, int]] = [
    ("euros", 0), ("euro", 0), ("€", 0), ("EUR", 0),
    ("millions d’euros", 6), ("million d’euros", 6), ("millions €", 6), ("M€", 6), ("mio €", 6),
    ("miljoen euro", 6), ("mio euro", 6), ("milliards d’euros", 9), ("milliard d’euros", 9), ("miljard euro", 9),
    ("k€", 3),
]  # fmt: skip

# --- organisations -----------------------------------------------------------------------------

# Known Brussels bodies as (French, Dutch) names: partners printed as one acronym in each
# language are paired through this list (STIB ↔ MIVB), not by position.
ORGANISATIONS: list[tuple[str, str]] = [
    ("STIB", "MIVB"),
    ("CIRB", "CIBG"),
    ("SPRB", "GOB"),
    ("SPF Mobilité", "FOD Mobiliteit"),
    ("BEE", "BEW"),
    ("Bruxelles Mobilité", "Brussel Mobiliteit"),
    ("Bruxelles Environnement", "Leefmilieu Brussel"),
    ("Bruxelles Économie et Emploi", "Brussel Economie en Werkgelegenheid"),
    ("Bruxelles Fiscalité", "Brussel Fiscaliteit"),
    ("Bruxelles Pouvoirs locaux", "Brussel Plaatselijke Besturen"),
    ("Bruxelles Prévention & Sécurité", "Brussel Preventie & Veiligheid"),
    ("perspective.brussels", "perspective.brussels"),
    ("urban.brussels", "urban.brussels"),
    ("visit.brussels", "visit.brussels"),
    ("screen.brussels", "screen.brussels"),
    ("hub.brussels", "hub.brussels"),
    ("talent.brussels", "talent.brussels"),
    ("Actiris", "Actiris"),
    ("Bruxelles-Propreté", "Net Brussel"),
    ("SIAMU", "DBDMH"),
    ("SLRB", "BGHM"),
    ("CCN", "CCN"),
    ("Port de Bruxelles", "Haven van Brussel"),
    ("parking.brussels", "parking.brussels"),
    ("Vivaqua", "Vivaqua"),
    ("Innoviris", "Innoviris"),
    ("Sibelga", "Sibelga"),
    ("Citydev.brussels", "Citydev.brussels"),
    ("SAU", "MSI"),
    ("Commission communautaire française", "Franse Gemeenschapscommissie"),
    ("COCOF", "FGC"),
    ("COCOM", "GGC"),
    ("VGC", "VGC"),
    ("Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest"),
    ("Cour des comptes", "Rekenhof"),
    ("Parlement bruxellois", "Brussels Parlement"),
    ("communes", "gemeenten"),
    ("Fédéral", "Federale overheid"),
]


# --- lookups -------------------------------------------------------------------------------------


def month_words() -> dict[str, int]:
    """Every month name of both languages (CLDR, through babel), folded, with its number."""
    names: dict[str, int] = {}
    for locale in ("fr_BE", "nl_BE"):
        for number, name in get_month_names("wide", locale=locale).items():
            names[fold(str(name))] = int(number)
        for number, name in get_month_names("abbreviated", locale=locale).items():
            names.setdefault(fold(str(name)).rstrip("."), int(number))
    return names


def folded_table(rows: list[tuple[T, str]]) -> dict[str, T]:
    """Printed form (folded) → value; the first row of a form wins."""
    table: dict[str, T] = {}
    for value, printed in rows:
        table.setdefault(fold(printed), value)
    return table
