"""What reading a printed value can find, worded for the import reports (one table for both importers).

Each finding says whether it is a defect of the source (the two languages disagree) or a limit
of the import (a part could not be typed and was kept as text).
"""

from __future__ import annotations

from collections.abc import Mapping

from editor.model.printed.source import Finding

SOURCE_DEFECT, IMPORT_LIMIT = "source", "import"

# code → (what it is, severity, {interface language: message with {params}})
FINDINGS: dict[str, tuple[str, str, Mapping[str, str]]] = {
    "deadline-mismatch": (SOURCE_DEFECT, "warning", {
        "en": "the deadline differs between the languages: French « {fr} », Dutch « {nl} »; the French value "
              "is kept",
        "fr": "le français « {fr} » et le néerlandais « {nl} » donnent des échéances différentes ; "
              "la valeur française est gardée",
        "nl": "het Frans « {fr} » en het Nederlands « {nl} » geven een andere deadline; de Franse waarde "
              "is behouden",
    }),
    "deadline-unread": (IMPORT_LIMIT, "info", {
        "en": "the deadline « {fr} » / « {nl} » is not a form the editor types; kept as text",
        "fr": "l’échéance « {fr} » / « {nl} » n’a pas une forme que l’éditeur type ; gardée comme texte",
        "nl": "de deadline « {fr} » / « {nl} » heeft geen vorm die de editor kent; als tekst behouden",
    }),
    "status-mismatch": (SOURCE_DEFECT, "warning", {
        "en": "the French « {fr} » and Dutch « {nl} » are different statuses",
        "fr": "le français « {fr} » et le néerlandais « {nl} » donnent des statuts différents",
        "nl": "het Frans « {fr} » en het Nederlands « {nl} » geven een andere status",
    }),
    "status-unread": (IMPORT_LIMIT, "info", {
        "en": "no status of the fixed list in « {fr} » / « {nl} »; kept as a comment",
        "fr": "aucun statut de la liste dans « {fr} » / « {nl} » ; gardé comme commentaire",
        "nl": "geen status uit de vaste lijst in « {fr} » / « {nl} »; als commentaar behouden",
    }),
    "thresholds-unstructured": (IMPORT_LIMIT, "info", {
        "en": "thresholds are not given as colour bands; the text was kept",
        "fr": "les valeurs seuils ne sont pas données par couleur ; le texte est gardé",
        "nl": "de drempelwaarden zijn niet per kleur gegeven; de tekst is behouden",
    }),
    "threshold-line-without-colour": (IMPORT_LIMIT, "info", {
        "en": "threshold lines that name no colour were kept with the last band: « {fr} » / « {nl} »",
        "fr": "des lignes de seuils sans couleur sont gardées avec la dernière bande : « {fr} » / « {nl} »",
        "nl": "drempelregels zonder kleur zijn bij de laatste band behouden: « {fr} » / « {nl} »",
    }),
    "kpi-count-mismatch": (SOURCE_DEFECT, "warning", {
        "en": "{fr_count} French against {nl_count} Dutch indicators (paired in order)",
        "fr": "{fr_count} indicateurs en français contre {nl_count} en néerlandais (appariés dans l’ordre)",
        "nl": "{fr_count} Franse tegenover {nl_count} Nederlandse indicatoren (op volgorde gekoppeld)",
    }),
    "budget-line-one-language": (SOURCE_DEFECT, "warning", {
        "en": "budget line {code} is printed in one language only",
        "fr": "la ligne budgétaire {code} n’est imprimée que dans une langue",
        "nl": "begrotingslijn {code} staat maar in één taal",
    }),
    "budget-line-mismatch": (SOURCE_DEFECT, "warning", {
        "en": "budget line {code} differs between the languages; the French is kept",
        "fr": "la ligne budgétaire {code} diffère entre les langues ; le français est gardé",
        "nl": "begrotingslijn {code} verschilt tussen de talen; het Frans is behouden",
    }),
    "fte-mismatch": (SOURCE_DEFECT, "warning", {
        "en": "the French gives {fr} FTE and the Dutch {nl}; the French is kept",
        "fr": "le français donne {fr} ETP et le néerlandais {nl} ; le français est gardé",
        "nl": "het Frans geeft {fr} VTE en het Nederlands {nl}; het Frans is behouden",
    }),
    "partners-unpaired": (IMPORT_LIMIT, "info", {
        "en": "{fr_count} French against {nl_count} Dutch partner names; the unpaired ones are kept as one entry",
        "fr": "{fr_count} partenaires en français contre {nl_count} en néerlandais ; ceux sans pendant "
              "forment une seule entrée",
        "nl": "{fr_count} Franse tegenover {nl_count} Nederlandse partners; de ongepaarde vormen één item",
    }),
}  # fmt: skip


def describe(finding: Finding, ui_lang: str = "en") -> str:
    """The finding's message in the interface language (English for an unknown one)."""
    _, _, messages = FINDINGS.get(finding.code, ("", "", {}))
    template = messages.get(ui_lang) or messages.get("en") or finding.code
    try:
        return template.format(**finding.params)
    except (KeyError, IndexError, ValueError):
        return f"{finding.code} {dict(finding.params)}"


def severity(finding: Finding) -> str:
    """ "warning" or "info"."""
    return FINDINGS.get(finding.code, ("", "warning", {}))[1]
