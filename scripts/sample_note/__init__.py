"""Content of the bundled sample note, one module per strategic objective."""
