"""Helpers shared by the exporters: draft placeholders, the submission guard, atomic writing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from editor.model.bitext import Lang
from editor.model.checks import Issue, Severity, check_note
from editor.model.tree import Note
from exporters.blocks import PLACEHOLDER_TEXT

Progress = Callable[[int, int], None]

# Shown in a draft where a field is still empty, so that gaps are visible, never dropped: the
# blocks write it, the Word renderer recognises it to set it grey and italic.
PLACEHOLDER = PLACEHOLDER_TEXT

# The placeholder text of the table-of-contents field until Word updates it.
TOC_PLACEHOLDER = {
    Lang.FR: "Cliquez avec le bouton droit ici et choisissez « Mettre à jour les champs » "
    "pour afficher la table des matières.",
    Lang.NL: "Klik hier met de rechtermuisknop en kies „Veld bijwerken” om de inhoudstafel te tonen.",
}

LANG_TAGS = {Lang.FR: "fr-BE", Lang.NL: "nl-BE"}


class SubmissionRefusedError(Exception):
    """An export for submission was asked for a note that still breaks rules."""

    def __init__(self, issues: list[Issue]):
        super().__init__(f"{len(issues)} rule error(s): export only as a marked draft")
        self.issues = issues


def submission_errors(note: Note) -> list[Issue]:
    """The rule errors that forbid exporting the note for submission (warnings do not)."""
    return [issue for issue in check_note(note) if issue.severity is Severity.ERROR]


def guard_submission(note: Note, draft: bool) -> None:
    """Refuse a non-draft export of a note with rule errors; the one guard of CLI and GUI."""
    if draft:
        return
    errors = submission_errors(note)
    if errors:
        raise SubmissionRefusedError(errors)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it into place.

    A failed export therefore never leaves a half-written file, nor destroys an older one.
    Raises OSError when the directory cannot be written.
    """
    directory = path.parent if str(path.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=directory)
    os.close(handle)
    temp = Path(temp_name)
    # mkstemp creates the file private (0600); give the export the usual permissions.
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(temp, 0o666 & ~mask)
    try:
        write(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
