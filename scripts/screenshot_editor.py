"""Screenshot of the editor window on the sample note, a Planning block selected.

Run under Xvfb: xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
    .venv/bin/python scripts/screenshot_editor.py docs/screenshots/editor.png
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


def main(target: Path) -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "sample-note.xml"
        copy.write_bytes(SAMPLE_NOTE.read_bytes())
        workspace = Workspace(Settings(Path(folder) / "settings.ini"))
        window = workspace.open_file(copy)
        assert window is not None
        window.move(0, 0)
        window.resize(1400, 900)
        planning = next(node for node in window.document.note.walk() if node.kind is NodeKind.PLANNING)
        window.outline_view.select_id(planning.id)

        def grab() -> None:
            window.grab().save(str(target))
            window.document.undo_stack.setClean()
            window.close()
            app.quit()

        QTimer.singleShot(800, grab)
        app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/editor.png")))
