"""Entry point: no argument opens the editor on the bundled sample note; a verb runs batch work."""

from __future__ import annotations

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
