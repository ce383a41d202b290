"""Importers that turn published notes (parliamentary text, Word files) into model notes."""

from __future__ import annotations


class ImportFailure(Exception):
    """The input cannot be imported at all (empty, binary, unrelated, too big, bad encoding).

    ``source`` names the file (or other origin) that failed; the message says why, in words a
    user can act on. Recoverable oddities are not failures: they go into the ImportReport.
    """

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message
