"""Exporters of a note to other formats (Word, Parliament layout); pure Python, no Qt."""
