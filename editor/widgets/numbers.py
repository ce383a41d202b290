"""Reading and showing numbers typed by authors: decimals with a comma or a dot, years."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

YEAR_RANGE = (1990, 2100)
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_GROUPED = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$")


class NumberError(ValueError):
    """A typed value that is not a valid number; the message is shown to the author."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("numbers", text)


def parse_decimal(text: str) -> Decimal | None:
    """"1234,5", "1234.5", "1.234,5" and "1 234,5" are all 1234.5; "" is no value.

    The notes' house style groups thousands with dots ("500.000 euros", "1.234,5"), so dots
    group thousands when a comma is present or when they split the digits in threes
    ("500.000" is five hundred thousand); otherwise a single dot is a decimal point ("2.5").
    """
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    if "," in cleaned or _GROUPED.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise NumberError(_tr("“%1” is not a number").replace("%1", text.strip())) from None
    if not value.is_finite():
        raise NumberError(_tr("“%1” is not a number").replace("%1", text.strip()))
    return value


def parse_year(text: str) -> int | None:
    """A four-digit year between 1990 and 2100, or None for an empty cell."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if not cleaned.isdigit() or not YEAR_RANGE[0] <= int(cleaned) <= YEAR_RANGE[1]:
        message = _tr("“%1” is not a year between %2 and %3")
        raise NumberError(
            message.replace("%1", cleaned).replace("%2", str(YEAR_RANGE[0])).replace("%3", str(YEAR_RANGE[1]))
        )
    return int(cleaned)


def show_decimal(value: Decimal | None) -> str:
    """How an editor cell shows a decimal: no grouping, decimal comma ("1234,5")."""
    if value is None:
        return ""
    text = format(value, "f")
    return text.replace(".", ",")


def show_int(value: int | None) -> str:
    return "" if value is None else str(value)
