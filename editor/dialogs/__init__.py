"""Modal dialogs of the editor window (imports and their review)."""
