"""Qt-free document model of an orientation note: tree, typed values, edits, checks, XML I/O."""
