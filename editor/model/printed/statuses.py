"""Printed statuses read as one of the fixed statuses, with the rest of the text as comment.

A status field starts with a status ("Selon le planning", "Volgens het schema – …"), or is a
short sentence that gives one away ("Start volgens de planning in 2022"); what follows the
status, or the whole sentence, is kept as the comment. The French and Dutch are compared.
"""

from __future__ import annotations

import re

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.printed.normalise import fold
from editor.model.printed.source import Parsed, Printed
from editor.model.printed.words import STATUS_HINTS, STATUS_WORDS
from editor.model.values import Status, StatusCode

# Longest printed form first: "En cours de réalisation" before "En cours".
_FORMS = sorted({(fold(printed), code) for code, printed in STATUS_WORDS}, key=lambda row: -len(row[0]))
_HINTS = [(code, re.compile(pattern)) for code, pattern in STATUS_HINTS]
_HINT_SPAN = 80  # a status sentence gives its status away early; a narrative may hold any word
_SEPARATORS = (" ", "-", "–", ",", ";", ".", ":", "(")


def leading_status(text: str) -> tuple[StatusCode | None, str]:
    """The status a text starts with and the rest of the text, or (None, text)."""
    folded = fold(text)
    for form, code in _FORMS:
        if folded == form:
            return code, ""
        if folded.startswith(form) and folded[len(form)] in _SEPARATORS:
            return code, _rest(text, len(form))
    return None, text.strip()


def _rest(text: str, folded_length: int) -> str:
    """The words of ``text`` after those whose folded form is ``folded_length`` long."""
    words = text.split()
    for index in range(len(words) + 1):
        if len(fold(" ".join(words[:index]))) >= folded_length:
            return re.sub(r"^[\s–\-,;:.]+", "", " ".join(words[index:]))
    return ""


def status_code(text: str) -> StatusCode | None:
    """The status a text starts with, else the one its first words give away."""
    code, _ = leading_status(text)
    if code is not None:
        return code
    head = fold(text)[:_HINT_SPAN]
    return next((code for code, pattern in _HINTS if pattern.search(head)), None)


def parse_status(printed: Printed) -> Parsed[Status]:
    """The status from the French text (else the Dutch); the text beyond a bare status is the
    comment; different statuses in the two languages are reported, both texts kept."""
    texts = {lang: printed.text(lang).strip() for lang in LANGS}
    codes: dict[Lang, StatusCode] = {}
    comments: dict[Lang, str] = {}
    for lang, text in texts.items():
        if not text:
            continue
        code, rest = leading_status(text)
        if code is None:
            code, rest = status_code(text), text
        if code is not None:
            codes[lang] = code
        comments[lang] = rest
    status = Status(codes.get(Lang.FR) or codes.get(Lang.NL))
    result = Parsed(status)
    if Lang.FR in codes and Lang.NL in codes and codes[Lang.FR] is not codes[Lang.NL]:
        result.note("status-mismatch", fr=texts[Lang.FR], nl=texts[Lang.NL])
        comments = texts
    elif any(texts.values()) and status.code is None:
        result.note("status-unread", fr=texts[Lang.FR], nl=texts[Lang.NL])
    if any(comments.values()):
        status.comment = BiText(comments.get(Lang.FR, ""), comments.get(Lang.NL, ""))
    return result
