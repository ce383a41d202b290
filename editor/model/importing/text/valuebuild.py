"""Typed field values from the printed lines of both languages, with the report of what disagrees."""

from __future__ import annotations

import re

from editor.model import crosslang
from editor.model.bitext import BiText
from editor.model.importing.report import ImportReport
from editor.model.importing.text import fieldvalues as fv
from editor.model.importing.text.deadlines import parse_deadline
from editor.model.importing.text.organisations import OrganisationList
from editor.model.labels import FieldSpec, FieldType
from editor.model.values import FieldValue, Partners

_NAMED_NUMBER = re.compile(r"\b[A-Za-z]{2,}-\d+\b")
Lines = dict[str, int | None]


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
        if spec.type is FieldType.TEXT:
            value = BiText(fv.text_of(fr), fv.text_of(nl))
            self._compare_numbers(where, value, lines)
            return value
        if spec.type is FieldType.KPIS:
            return self._kpis(fr, nl, where, lines)
        if spec.type is FieldType.THRESHOLDS:
            thresholds, clean = fv.thresholds(fr, nl)
            if not clean:
                self._add(
                    "info",
                    "thresholds-unstructured",
                    f"{where}: thresholds are not given as colour bands; the text was kept",
                    lines,
                )
            return thresholds
        if spec.type is FieldType.DEADLINE:
            deadline, disagree = parse_deadline(fv.text_of(fr), fv.text_of(nl))
            if disagree:
                self._add(
                    "warning",
                    "deadline-mismatch",
                    f"{where}: French « {fv.text_of(fr)} » and Dutch "
                    f"« {fv.text_of(nl)} » give different deadlines; both kept as text",
                    lines,
                )
            return deadline
        if spec.type is FieldType.STATUS:
            status, agree = fv.status(fr, nl)
            if not agree:
                self._add(
                    "warning",
                    "status-mismatch",
                    f"{where}: French « {fv.text_of(fr)} » and Dutch « {fv.text_of(nl)} » are different statuses",
                    lines,
                )
            return status
        if spec.type is FieldType.MEANS:
            means, one_sided = fv.means(fr, nl)
            for code in one_sided:
                self._add(
                    "warning",
                    "budget-line-one-language",
                    f"{where}: budget line {code} is printed in one language only",
                    lines,
                    budget_code=code,
                )
            self._compare_numbers(where, means.note, lines)
            return means
        return self._partners(where, fr, nl, lines)

    def _add(self, severity: str, code: str, message: str, lines: Lines, **detail: object) -> None:
        add = {"info": self.report.info, "warning": self.report.warning, "error": self.report.error}[severity]
        add(code, message, fr_line=lines["fr_line"], nl_line=lines["nl_line"], note=self.note_no, **detail)

    def _one_sided(self, spec: FieldSpec, fr: list[str], nl: list[str], where: str, lines: Lines) -> None:
        """A label printed in both languages but filled in one only: the other side is to translate."""
        filled_fr, filled_nl = bool(fv.text_of(fr).strip()), bool(fv.text_of(nl).strip())
        if filled_fr != filled_nl:
            empty = "Dutch" if filled_fr else "French"
            self._add("warning", "value-one-language", f"{where}: the {empty} side is empty", lines, field=spec.key)

    def _kpis(self, fr: list[str], nl: list[str], where: str, lines: Lines) -> FieldValue:
        kpis, agree = fv.kpi_list(fr, nl)
        if agree:
            for kpi in kpis.items:
                self._compare_numbers(f"{where} « {kpi.name.fr[:60]} »", kpi.name, lines)
        else:
            self._add(
                "warning",
                "kpi-count-mismatch",
                f"{where}: {len(fv.items(fr))} French against "
                f"{len(fv.items(nl))} Dutch indicators (paired by position)",
                lines,
            )
        return kpis

    def _partners(self, where: str, fr: list[str], nl: list[str], lines: Lines) -> Partners:
        names_fr, names_nl = fv.partner_names(fr), fv.partner_names(nl)
        if len(names_fr) == len(names_nl):
            pairs = list(zip(names_fr, names_nl, strict=True))
        elif not names_fr or not names_nl:
            pairs = [(one, "") for one in names_fr] + [("", one) for one in names_nl]
        else:
            self._add(
                "info",
                "partners-unpaired",
                f"{where}: {len(names_fr)} French against {len(names_nl)} Dutch partner names; kept as one entry",
                lines,
            )
            pairs = [("; ".join(names_fr), "; ".join(names_nl))]
        return Partners([self.organisations.add(one, other) for one, other in pairs])

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
