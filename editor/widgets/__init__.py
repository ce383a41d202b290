"""Typed field editors and the pages of the editor window (text, KPIs, thresholds, deadlines…)."""
