"""Typed field values from the printed lines of both languages, with the report of what disagrees.

The value itself comes from the field's kind (the shared grammar of editor/model/printed/, the
same the Word importer reads with); this module adds what the published text needs on top:
sides filled in one language only and numbers that differ inside prose.
"""

from __future__ import annotations

import re

from editor.model import crosslang
from editor.model.bitext import BULLET, BiText, Lang
from editor.model.importing.report import ImportReport
from editor.model.importing.text.organisations import OrganisationList
from editor.model.kinds import kind_of
from editor.model.labels import FieldSpec
from editor.model.printed.findings import describe, severity
from editor.model.printed.source import Line, Printed
from editor.model.tree import bitexts
from editor.model.values import FieldValue

_NAMED_NUMBER = re.compile(r"\b[A-Za-z]{2,}-\d+\b")
Lines = dict[str, int | None]
_UNPAIRED = frozenset({"kpi-count-mismatch", "partners-unpaired"})


def _line(text: str) -> Line:
    return (True, text[len(BULLET) :].strip()) if text.startswith(BULLET) else (False, text.strip())


def printed(fr: list[str], nl: list[str]) -> Printed:
    """The field as printed: paragraphs of each language, "– " marking a bullet."""
    return Printed({Lang.FR: [_line(t) for t in fr if t.strip()], Lang.NL: [_line(t) for t in nl if t.strip()]})


def text_of(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line.strip())


def _excerpt(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


class ValueBuilder:
    """Turns the two printed sides of a field into its typed value."""

    def __init__(self, report: ImportReport, organisations: OrganisationList, note_no: int) -> None:
        self.report = report
        self.organisations = organisations
        self.note_no = note_no

    def value(
        self, spec: FieldSpec, fr: list[str], nl: list[str], where: str, lines: Lines, both: bool = True
    ) -> FieldValue:
        """The typed value; ``both`` says the label was printed in both languages."""
        if both:
            self._one_sided(spec, fr, nl, where, lines)
        parsed = kind_of(spec).parse(printed(fr, nl), self.organisations)
        for finding in parsed.findings:
            detail = dict(finding.params)
            if "code" in detail:
                detail["budget_code"] = detail.pop("code")
            self._add(severity(finding), finding.code, f"{where}: {describe(finding)}", lines, **detail)
        value: FieldValue = parsed.value
        # Parts paired by position when the counts differ are no translations of each other.
        if not any(finding.code in _UNPAIRED for finding in parsed.findings):
            for text in bitexts(value):
                self._compare_numbers(f"{where} « {_excerpt(text.fr)} »", text, lines)
        return value

    def _add(self, severity: str, code: str, message: str, lines: Lines, **detail: object) -> None:
        add = {"info": self.report.info, "warning": self.report.warning, "error": self.report.error}[severity]
        add(code, message, fr_line=lines["fr_line"], nl_line=lines["nl_line"], note=self.note_no, **detail)

    def _one_sided(self, spec: FieldSpec, fr: list[str], nl: list[str], where: str, lines: Lines) -> None:
        """A label printed in both languages but filled in one only: the other side is to translate."""
        filled_fr, filled_nl = bool(text_of(fr).strip()), bool(text_of(nl).strip())
        if filled_fr != filled_nl:
            empty = "Dutch" if filled_fr else "French"
            self._add("warning", "value-one-language", f"{where}: the {empty} side is empty", lines, field=spec.key)

    def _compare_numbers(self, where: str, value: BiText, lines: Lines) -> None:
        if not value.fr or not value.nl:
            return
        # A number inside a name ("Covid-19") is no quantity to compare.
        mismatch = crosslang.compare(_NAMED_NUMBER.sub("", value.fr), _NAMED_NUMBER.sub("", value.nl))
        if mismatch is None:
            return
        self._add(
            "warning",
            "numbers-differ",
            f"{where}: numbers differ between the languages (French only: "
            f"{', '.join(mismatch.fr_only) or '–'}; Dutch only: {', '.join(mismatch.nl_only) or '–'})",
            lines,
            fr_only=list(mismatch.fr_only),
            nl_only=list(mismatch.nl_only),
        )
