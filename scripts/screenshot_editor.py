"""Screenshot of the editor window: by default the sample note with a Planning block selected.

Run under Xvfb: xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
    .venv/bin/python scripts/screenshot_editor.py docs/screenshots/editor.png [NOTE.xml [ENTRY]]
ENTRY is an outline entry id ("chapter-iv" for the table of contents); default: the first
Planning block.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.app import Workspace
from editor.model.labels import NodeKind
from editor.model.resources import SAMPLE_NOTE
from editor.settings import Settings


def main(target: Path, note: Path = SAMPLE_NOTE, entry: str | None = None) -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / note.name
        copy.write_bytes(note.read_bytes())
        workspace = Workspace(Settings(Path(folder) / "settings.ini"))
        window = workspace.open_file(copy)
        assert window is not None
        window.move(0, 0)
        window.resize(1400, 900)
        if entry is None:
            entry = next(node.id for node in window.document.note.walk() if node.kind is NodeKind.PLANNING)
        window.outline_view.select_id(entry)

        def grab() -> None:
            window.grab().save(str(target))
            window.document.undo_stack.setClean()
            window.close()
            app.quit()

        QTimer.singleShot(800, grab)
        app.exec()
    return 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    output = Path(arguments[0] if arguments else "docs/screenshots/editor.png")
    sys.exit(main(output, Path(arguments[1]) if len(arguments) > 1 else SAMPLE_NOTE, *arguments[2:3]))
