"""Shared helpers of the command-line verbs: user errors, loading notes, language choice."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.model.bitext import Lang
from editor.model.tree import Note
from editor.model.xmlio import NoteFileError, load_note


class CliError(Exception):
    """A user error: printed as one clear message (never a traceback) with an exit status."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def load_or_fail(path: str) -> Note:
    """Load a note or raise CliError (exit 2) listing every problem with its line."""
    try:
        return load_note(Path(path))
    except NoteFileError as error:
        lines = [f"{error.source}: cannot load the note"]
        lines += [f"  {problem}" for problem in error.problems]
        raise CliError("\n".join(lines), 2) from None


def add_lang_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("fr", "nl", "en")) -> None:
    parser.add_argument("--lang", choices=choices, default="en", help="language of messages")


def lang_of(code: str) -> Lang | None:
    """Lang for fr/nl; None for English (messages only)."""
    return Lang(code) if code in ("fr", "nl") else None
