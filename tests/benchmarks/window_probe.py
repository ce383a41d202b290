"""Window probe for the benchmark: open a note in the real window (offscreen), then either time
the selection of objectives ("select": median seconds until the page is shown) or report the
process's peak resident memory ("rss", MB)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app import Workspace  # noqa: E402
from editor.document import Document  # noqa: E402
from editor.model.labels import NodeKind  # noqa: E402
from editor.settings import Settings  # noqa: E402


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: the latter carries over the
    size of the process that forked this one (the benchmark, with its own large note)."""
    with open("/proc/self/status") as status:
        return int(next(line.split()[1] for line in status if line.startswith("VmHWM:"))) / 1024


def main() -> int:
    path, mode = Path(sys.argv[1]), sys.argv[2]
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace(Settings(Path(tmp) / "settings.ini"))
        window = workspace.add_window(Document.open(path), lock=False)
        window.resize(1400, 900)
        app.processEvents()
        nodes = [node for node in window.document.note.walk() if node.kind in (NodeKind.OO, NodeKind.PLANNING)]
        step = max(1, len(nodes) // 25)
        times = []
        for node in nodes[::step]:
            start = time.perf_counter()
            window.outline_view.select_id(node.id)
            app.processEvents()
            times.append(time.perf_counter() - start)
        if mode == "select":
            print(f"{statistics.median(times):.6f}")
        else:
            print(f"{peak_rss_mb():.1f}")
        window.document.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
