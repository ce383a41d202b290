"""Undo line-end hyphenation and re-join the lines of paragraphs and the paragraphs cut by pages."""

from __future__ import annotations

import re

from editor.model.bitext import BULLET
from editor.model.importing.text.pages import Para

_WORD_RE = re.compile(r"[\w’'-]+")
_LAST_WORD_RE = re.compile(r"([\w’']+)-$")
_FIRST_WORD_RE = re.compile(r"^([\w’']+)")
# Prefixes that keep their hyphen before a lower-case word. Prefixes French now writes joined
# (pré-, pro-, co-, auto-, inter-, multi-…) are left out: "pré-" + "sentations" is a soft break.
_COMPOUND_PREFIXES = frozenset(
    [
        "sous",
        "non",
        "après",
        "avant",
        "arrière",
        "demi",
        "mi",
        "ex",
        "vice",
        "e",
        "quasi",
        "bien",
        "grand",
        "grands",
        "petit",
        "petite",
        "belle",
        "beau",
    ]
)
_VOWELS = set("aeiouy")
_FINAL_PUNCTUATION = ".!?:;»)…"


class Lexicon:
    """Word forms seen in the whole text: the document is its own dictionary for de-hyphenation."""

    def __init__(self, text: str) -> None:
        self.words = set(_WORD_RE.findall(text.lower()))
        self.text = text

    def dotted(self, head: str, tail: str) -> bool:
        """Whether "head.tail" (a domain such as visit.brussels) is written whole elsewhere."""
        return f"{head}.{tail}" in self.text

    def seen(self, word: str) -> bool:
        return word.lower() in self.words


def _keeps_hyphen(head: str, tail: str, lexicon: Lexicon) -> bool:
    """Whether "head-" + "tail" is a real hyphenated compound rather than a soft line break."""
    if not tail[:1].islower():
        return True
    joined, hyphenated = head + tail, f"{head}-{tail}"
    if lexicon.seen(hyphenated) and not lexicon.seen(joined):
        return True
    if lexicon.seen(joined):
        return False
    if any(ch.isdigit() for ch in head) or sum(ch.isupper() for ch in head) >= 2:
        return True  # acronyms and codes: "b2c-website", "MICE-toerisme"
    if head[:1].isupper() and len(head) >= 3:
        return True  # a name before a common word ("Horeca-activiteiten"); "Déve-loppement" was seen whole
    if head[-1:].lower() in _VOWELS and head[-1:].lower() == tail[:1]:
        return True  # Dutch and French hyphenate a vowel clash ("zee-egel", "anti-inflammatoire")
    return head.lower() in _COMPOUND_PREFIXES


def join_lines(lines: list[str], lexicon: Lexicon) -> str:
    """One paragraph from its printed lines (a line ending "- " with a space keeps its hyphen)."""
    text, previous = "", ""
    for raw in lines:
        line = raw.strip()
        if not text:
            text = line
        elif previous.endswith("-") and not previous.endswith(" -"):
            text = _join_hyphenated(text, line, lexicon)
        elif previous.endswith(".") and _split_domain(text, line, lexicon):
            text = text + line
        else:
            text = text + " " + line
        previous = raw
    return text


_DOMAIN_HEAD_RE = re.compile(r"(\w+)\.$")


def _split_domain(text: str, line: str, lexicon: Lexicon) -> bool:
    """ "visit." + "brussels" at a line break: a domain name cut after its dot."""
    head = _DOMAIN_HEAD_RE.search(text)
    tail = _FIRST_WORD_RE.match(line)
    return bool(head and tail and tail.group(1)[:1].islower() and lexicon.dotted(head.group(1), tail.group(1)))


def _join_hyphenated(text: str, line: str, lexicon: Lexicon) -> str:
    head = _LAST_WORD_RE.search(text)
    tail = _FIRST_WORD_RE.match(line)
    if head and tail and not _keeps_hyphen(head.group(1), tail.group(1), lexicon):
        return text[:-1] + line
    return text + line


def paragraph_lines(para: Para, lexicon: Lexicon) -> list[str]:
    """The paragraph as text lines: one per bullet item (a line starting with the dash)."""
    groups: list[list[str]] = []
    for line in para.lines:
        stripped = line.strip()
        starts_bullet = stripped.startswith("– ") or stripped == "–"
        if starts_bullet or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return [_mark_bullet(join_lines(group, lexicon)) for group in groups]


def _mark_bullet(text: str) -> str:
    if text.startswith("–") and (len(text) == 1 or text[1] in " \u2009\u00a0"):
        return BULLET + text[1:].strip()
    return text


def continues(previous: str, following: str) -> bool:
    """Whether a paragraph cut by a page or column break goes on in the next one."""
    if not previous or not following:
        return False
    if previous.endswith("-") and following[:1].isalpha():
        return True
    return previous[-1] not in _FINAL_PUNCTUATION and following[:1].islower()
