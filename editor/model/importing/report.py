"""The import report: every anomaly met while importing a published note, as JSON or text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much an anomaly matters to the person checking the import."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass
class Anomaly:
    """One thing the importer noticed: a stable code, a readable message and where it was.

    ``fr_line`` / ``nl_line`` are 1-based line numbers in the source (None when not tied to a
    line of that language); ``detail`` holds machine-readable facts (numbers, titles, ids).
    """

    code: str
    severity: Severity
    message: str
    fr_line: int | None = None
    nl_line: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "fr_line": self.fr_line,
            "nl_line": self.nl_line,
            "detail": self.detail,
        }

    def location(self) -> str:
        """Where the anomaly is, as "FR l. 12, NL l. 40" (empty when unknown)."""
        parts = []
        if self.fr_line is not None:
            parts.append(f"FR l. {self.fr_line}")
        if self.nl_line is not None:
            parts.append(f"NL l. {self.nl_line}")
        return ", ".join(parts)


@dataclass
class ImportReport:
    """All anomalies of one import, plus a few summary facts (notes found, counts)."""

    source: str
    anomalies: list[Anomaly] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        fr_line: int | None = None,
        nl_line: int | None = None,
        **detail: Any,
    ) -> Anomaly:
        anomaly = Anomaly(code, severity, message, fr_line, nl_line, dict(detail))
        self.anomalies.append(anomaly)
        return anomaly

    def info(self, code: str, message: str, **kwargs: Any) -> Anomaly:
        return self.add(code, Severity.INFO, message, **kwargs)

    def warning(self, code: str, message: str, **kwargs: Any) -> Anomaly:
        return self.add(code, Severity.WARNING, message, **kwargs)

    def error(self, code: str, message: str, **kwargs: Any) -> Anomaly:
        return self.add(code, Severity.ERROR, message, **kwargs)

    def by_code(self, code: str) -> list[Anomaly]:
        return [a for a in self.anomalies if a.code == code]

    def counts(self) -> dict[str, int]:
        """Number of anomalies per severity."""
        result = {s.value: 0 for s in Severity}
        for anomaly in self.anomalies:
            result[anomaly.severity.value] += 1
        return result

    def to_json(self) -> str:
        data = {
            "source": self.source,
            "summary": self.summary,
            "counts": self.counts(),
            "anomalies": [a.to_dict() for a in self.anomalies],
        }
        return json.dumps(data, ensure_ascii=False, indent=2, default=str)

    def to_text(self) -> str:
        """A plain-text report grouped by severity, most serious first."""
        out = [f"Import report for {self.source}"]
        for key, value in self.summary.items():
            out.append(f"  {key}: {value}")
        counts = self.counts()
        out.append("Anomalies: " + ", ".join(f"{counts[s.value]} {s.value}" for s in reversed(list(Severity))))
        for severity in reversed(list(Severity)):
            group = [a for a in self.anomalies if a.severity is severity]
            if not group:
                continue
            out.append("")
            out.append(f"{severity.value.upper()} ({len(group)})")
            for anomaly in group:
                where = anomaly.location()
                prefix = f"  [{anomaly.code}]" + (f" {where}:" if where else "")
                out.append(f"{prefix} {anomaly.message}")
        return "\n".join(out) + "\n"
