"""Stable identifiers for objectives, KPIs, actions and records."""

from __future__ import annotations

import re
import uuid

ID_PATTERN = re.compile(r"^[a-z]+-[0-9a-z]{4,32}$")


def new_id(prefix: str) -> str:
    """A fresh id such as ``oo-3f9c2a1b``; ids survive saves and roll-forwards unchanged."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
