"""The French, Dutch and English texts of the rule checks: one table, code -> message per language."""

from __future__ import annotations

from collections.abc import Mapping

from editor.model.labels import NODE_PART_LABELS

UI_LANGS = ("fr", "nl", "en")

# {param} placeholders are filled from Issue.params; {side} is the language the issue is about.
MESSAGES: dict[str, dict[str, str]] = {
    "FIELD_EMPTY": {
        "fr": "Champ obligatoire vide dans les deux langues.",
        "nl": "Verplicht veld is in beide talen leeg.",
        "en": "Required field is empty in both languages.",
    },
    "TRANSLATION_MISSING": {
        "fr": "Le texte {side} manque : le champ n’est rempli que dans l’autre langue.",
        "nl": "De {side} tekst ontbreekt: het veld is alleen in de andere taal ingevuld.",
        "en": "The {side} text is missing: the field is filled in the other language only.",
    },
    "KPI_MISSING": {
        "fr": "Aucun indicateur de performance (ICP) n’est défini.",
        "nl": "Er is geen prestatie-indicator (KPI) opgegeven.",
        "en": "No performance indicator (KPI) is defined.",
    },
    "THRESHOLDS_MISSING": {
        "fr": "Aucune valeur seuil n’est définie (vert, orange, rouge).",
        "nl": "Er zijn geen drempelwaarden opgegeven (groen, oranje, rood).",
        "en": "No thresholds are defined (green, orange, red).",
    },
    "THRESHOLD_BAND_MISSING": {
        "fr": "La valeur seuil {colour} n’a pas de texte.",
        "nl": "De drempelwaarde {colour} heeft geen tekst.",
        "en": "The {colour} threshold has no text.",
    },
    "THRESHOLD_BOUNDS": {
        "fr": "La valeur seuil {colour} a une borne inférieure ({lower}) qui n’est pas sous sa borne "
        "supérieure ({upper}).",
        "nl": "De ondergrens ({lower}) van de drempelwaarde {colour} ligt niet onder de bovengrens "
        "({upper}).",
        "en": "The {colour} threshold's lower bound ({lower}) is not below its upper bound ({upper}).",
    },
    "THRESHOLD_OVERLAP": {
        "fr": "Les valeurs seuils {first} et {second} se chevauchent.",
        "nl": "De drempelwaarden {first} en {second} overlappen.",
        "en": "The {first} and {second} thresholds overlap.",
    },
    "THRESHOLD_GAP": {
        "fr": "Les valeurs entre {gap_from} et {gap_to} ne relèvent d’aucune couleur "
        "(entre le seuil {first} et le seuil {second}).",
        "nl": "De waarden tussen {gap_from} en {gap_to} vallen onder geen enkele kleur "
        "(tussen de drempelwaarden {first} en {second}).",
        "en": "Values between {gap_from} and {gap_to} fall in no colour (between the {first} "
        "and {second} thresholds).",
    },
    "THRESHOLD_DIRECTION": {
        "fr": "Les valeurs seuils contredisent le sens de l’indicateur ({direction}) : le vert doit "
        "correspondre aux valeurs les plus {best}.",
        "nl": "De drempelwaarden gaan in tegen de richting van de indicator ({direction}): groen moet "
        "overeenkomen met de {best} waarden.",
        "en": "The thresholds contradict the indicator's direction ({direction}): green must be the "
        "{best} band.",
    },
    "DEADLINE_MISSING": {
        "fr": "Aucune échéance n’est définie.",
        "nl": "Er is geen deadline opgegeven.",
        "en": "No deadline is set.",
    },
    "DEADLINE_INCOMPLETE": {
        "fr": "L’échéance est incomplète ou impossible (année, semestre, trimestre, mois, saison ou jour).",
        "nl": "De deadline is onvolledig of onmogelijk (jaar, semester, kwartaal, maand, seizoen of dag).",
        "en": "The deadline is incomplete or impossible (year, semester, quarter, month, season or day).",
    },
    "DEADLINE_RANGE": {
        "fr": "La période de l’échéance commence ({start_year}) après sa fin ({year}).",
        "nl": "De periode van de deadline begint ({start_year}) na het einde ervan ({year}).",
        "en": "The deadline period starts ({start_year}) after it ends ({year}).",
    },
    "DEADLINE_PAST": {
        "fr": "L’échéance ({deadline_year}) précède l’année du planning ({block_year}).",
        "nl": "De deadline ({deadline_year}) ligt vóór het planningsjaar ({block_year}).",
        "en": "The deadline ({deadline_year}) is before the planning year ({block_year}).",
    },
    "DEADLINE_ELAPSED": {
        "fr": "L’échéance ({deadline_year}) est déjà passée (nous sommes en {current_year}).",
        "nl": "De deadline ({deadline_year}) is al verstreken (we zijn in {current_year}).",
        "en": "The deadline ({deadline_year}) has already passed (it is {current_year}).",
    },
    "BLOCK_YEAR_MISSING": {
        "fr": "Le bloc n’indique pas d’année.",
        "nl": "Het blok vermeldt geen jaar.",
        "en": "The block gives no year.",
    },
    "BUDGET_CODE": {
        "fr": "Code budgétaire mal formé : « {code} » (attendu p. ex. 12.017.08.01.1211, sans AB).",
        "nl": "Ongeldige begrotingscode: ‘{code}’ (verwacht bv. 12.017.08.01.1211, zonder BA).",
        "en": "Malformed budget code '{code}' (expected e.g. 12.017.08.01.1211, without AB/BA).",
    },
    "NEGATIVE_AMOUNT": {
        "fr": "Le montant ({amount}) est négatif.",
        "nl": "Het bedrag ({amount}) is negatief.",
        "en": "The amount ({amount}) is negative.",
    },
    "NEGATIVE_FTE": {
        "fr": "Le nombre d’ETP ({fte}) est négatif.",
        "nl": "Het aantal VTE ({fte}) is negatief.",
        "en": "The number of FTE ({fte}) is negative.",
    },
    "NUMBER_MISMATCH": {
        "fr": "Les nombres diffèrent entre le français et le néerlandais : seulement en français "
        "{fr_only} ; seulement en néerlandais {nl_only}.",
        "nl": "De getallen verschillen tussen het Frans en het Nederlands: alleen in het Frans "
        "{fr_only}; alleen in het Nederlands {nl_only}.",
        "en": "Numbers differ between French and Dutch: only in French {fr_only}; only in Dutch {nl_only}.",
    },
    "STALE_TRANSLATION": {
        "fr": "Le texte {side} n’a pas été mis à jour depuis la modification de l’autre langue.",
        "nl": "De {side} tekst is niet bijgewerkt sinds de andere taal gewijzigd werd.",
        "en": "The {side} text has not been updated since the other language changed.",
    },
    "BAD_REFERENCE": {
        "fr": "La référence « {ref} » ne désigne aucun élément existant du type attendu ({expected}).",
        "nl": "De verwijzing ‘{ref}’ wijst naar geen bestaand element van het verwachte type ({expected}).",
        "en": "Reference '{ref}' points to no existing {expected}.",
    },
    "DUPLICATE_ID": {
        "fr": "L’identifiant « {id} » est utilisé plusieurs fois dans la note.",
        "nl": "De identificatiecode ‘{id}’ wordt meermaals gebruikt in de nota.",
        "en": "The identifier '{id}' is used more than once in the note.",
    },
}

# Parameter values that are codes and must be shown as words of the interface language.
_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "side": {
        "fr": {"fr": "français", "nl": "néerlandais"},
        "nl": {"fr": "Franse", "nl": "Nederlandse"},
        "en": {"fr": "French", "nl": "Dutch"},
    },
    "colour": {
        "fr": {"green": "verte", "orange": "orange", "red": "rouge"},
        "nl": {"green": "groen", "orange": "oranje", "red": "rood"},
        "en": {"green": "green", "orange": "orange", "red": "red"},
    },
    "band": {
        "fr": {"green": "vert", "orange": "orange", "red": "rouge"},
        "nl": {"green": "groen", "orange": "oranje", "red": "rood"},
        "en": {"green": "green", "orange": "orange", "red": "red"},
    },
    "direction": {
        "fr": {"increase": "à augmenter", "decrease": "à réduire", "maintain": "à maintenir"},
        "nl": {"increase": "verhogen", "decrease": "verlagen", "maintain": "behouden"},
        "en": {"increase": "increase", "decrease": "decrease", "maintain": "maintain"},
    },
    "best": {
        "fr": {"high": "hautes", "low": "basses"},
        "nl": {"high": "hoogste", "low": "laagste"},
        "en": {"high": "highest", "low": "lowest"},
    },
    "expected": {
        "fr": {
            "organisation": "organisation",
            "os": "objectif stratégique",
            "oo": "objectif opérationnel",
            "kpi": "indicateur de ce champ",
        },
        "nl": {
            "organisation": "organisatie",
            "os": "strategische doelstelling",
            "oo": "operationele doelstelling",
            "kpi": "indicator van dit veld",
        },
        "en": {
            "organisation": "organisation",
            "os": "strategic objective",
            "oo": "operational objective",
            "kpi": "indicator of this field",
        },
    },
}
# Which word table a parameter uses (the two colours of an overlap or gap are bands).
_PARAM_WORDS = {"side": "side", "colour": "colour", "first": "band", "second": "band"}
_PARAM_WORDS |= {"direction": "direction", "best": "best", "expected": "expected"}

_NOTHING = {"fr": "—", "nl": "—", "en": "—"}


def render(code: str, ui_lang: str, params: Mapping[str, object], side: str | None = None) -> str:
    """The message of a rule in the interface language, with its parameters filled in."""
    ui = ui_lang if ui_lang in UI_LANGS else "en"
    template = MESSAGES.get(code, {}).get(ui) or f"{code} {dict(params)}"
    values = {key: _word(key, value, ui) for key, value in params.items()}
    if side is not None:
        values["side"] = _WORDS["side"][ui].get(side, side)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A message must never break the caller: show the raw template rather than fail.
        return template


def _word(key: str, value: object, ui: str) -> str:
    text = str(value)
    table = _PARAM_WORDS.get(key)
    if table:
        return _WORDS[table][ui].get(text, text)
    return text if text else _NOTHING[ui]


# Names of places that have no entry in editor/model/labels/ (title block, chapters, lists, records).
PLACE_LABELS: dict[str, dict[str, str]] = {
    "competence": {"fr": "Compétence", "nl": "Bevoegdheid"},
    "minister": {"fr": "Ministre", "nl": "Minister"},
    "body": {"fr": "Organisme", "nl": "Instelling"},
    "chapter_body": {"fr": "Texte", "nl": "Tekst"},
    "short": {"fr": "Sigle", "nl": "Afkorting"},
    "long": {"fr": "Développement", "nl": "Voluit"},
    "organisations": {"fr": "Organisations", "nl": "Organisaties"},
    "name": {"fr": "Nom", "nl": "Naam"},
    "record": {"fr": "Fiche", "nl": "Fiche"},
    "id": {"fr": "Identifiant", "nl": "Identificatiecode"},
    "year": {"fr": "Année", "nl": "Jaar"},
    "fte_note": {"fr": "Remarque ETP", "nl": "Opmerking VTE"},
    "means_note": {"fr": "Remarque", "nl": "Opmerking"},
    "comment": {"fr": "Commentaire", "nl": "Commentaar"},
    "qualifier": {"fr": "Précision", "nl": "Toelichting"},
    "budget_line": {"fr": "Ligne budgétaire", "nl": "Begrotingslijn"},
    "label": {"fr": "Libellé", "nl": "Omschrijving"},
}

PLACE_LABELS |= {key: {lang.value: text for lang, text in labels.items()} for key, labels in NODE_PART_LABELS.items()}

# Texts of the validate command around the rule messages.
CLI_TEXTS: dict[str, dict[str, str]] = {
    "error": {"fr": "erreur", "nl": "fout", "en": "error"},
    "warning": {"fr": "avertissement", "nl": "waarschuwing", "en": "warning"},
    "line": {"fr": "ligne", "nl": "regel", "en": "line"},
    "unreadable": {
        "fr": "{file} : la note ne peut pas être chargée",
        "nl": "{file}: de nota kan niet worden geladen",
        "en": "{file}: the note cannot be loaded",
    },
    "summary": {
        "fr": "{file} : {errors} erreur(s), {warnings} avertissement(s)",
        "nl": "{file}: {errors} fout(en), {warnings} waarschuwing(en)",
        "en": "{file}: {errors} error(s), {warnings} warning(s)",
    },
    "complete": {
        "fr": "{file} : note valide et complète",
        "nl": "{file}: nota geldig en volledig",
        "en": "{file}: note valid and complete",
    },
}


def cli_text(key: str, ui_lang: str, **params: object) -> str:
    ui = ui_lang if ui_lang in UI_LANGS else "en"
    return CLI_TEXTS[key][ui].format(**params)
