"""Window probe for the benchmark: open a note in the real window (offscreen), then time the
selection of objectives ("select": median and slowest seconds until the page is shown), time
edits ("edit": median seconds to add a KPI row, to add an objective, and to undo each, all
shown), or report the process's peak resident memory ("rss", MB)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app import Workspace  # noqa: E402
from editor.document import Document  # noqa: E402
from editor.mainwindow import MainWindow  # noqa: E402
from editor.model.labels import NodeKind, Template  # noqa: E402
from editor.settings import Settings  # noqa: E402


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: the latter carries over the
    size of the process that forked this one (the benchmark, with its own large note)."""
    with open("/proc/self/status") as status:
        return int(next(line.split()[1] for line in status if line.startswith("VmHWM:"))) / 1024


def timed(app: QApplication, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def select_times(app: QApplication, window: MainWindow) -> list[float]:
    """Selecting 25 OO and Planning nodes spread over the note, each until its page is shown."""
    nodes = [node for node in window.document.note.walk() if node.kind in (NodeKind.OO, NodeKind.PLANNING)]
    step = max(1, len(nodes) // 25)
    return [timed(app, lambda one=node: window.outline_view.select_id(one.id)) for node in nodes[::step]]


def edit_times(app: QApplication, window: MainWindow, repeat: int = 7) -> list[float]:
    """Medians: add a KPI row, undo it, add an objective after the selected one, undo it."""
    blocks = [node for node in window.document.note.walk() if node.kind is NodeKind.PLANNING]
    planning = blocks[len(blocks) // 2]  # mid-note: its numbering and rows are the costliest
    window.outline_view.select_id(planning.id)
    app.processEvents()
    page = window.pages.current_panel()
    assert page is not None
    kpis: Any = page.editors["kpis"]
    undo = window.document.undo_stack.undo
    add_kpi, undo_kpi, add_oo, undo_oo = [], [], [], []
    for _ in range(repeat):
        add_kpi.append(timed(app, kpis.add_row))
        undo_kpi.append(timed(app, undo))
    oo = window.document.note.parent_of(planning)
    for _ in range(repeat):
        window.outline_view.select_id(oo.id if oo else planning.id)
        app.processEvents()
        add_oo.append(timed(app, lambda: window.add(NodeKind.OO, Template.A)))
        undo_oo.append(timed(app, undo))
    return [statistics.median(times) for times in (add_kpi, undo_kpi, add_oo, undo_oo)]


def main() -> int:
    path, mode = Path(sys.argv[1]), sys.argv[2]
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace(Settings(Path(tmp) / "settings.ini"))
        window = workspace.add_window(Document.open(path), lock=False)
        window.resize(1400, 900)
        app.processEvents()
        times = select_times(app, window)
        if mode == "select":
            print(f"{statistics.median(times):.6f} {max(times):.6f}")
        elif mode == "edit":
            print(" ".join(f"{seconds:.6f}" for seconds in edit_times(app, window)))
        else:
            print(f"{peak_rss_mb():.1f}")
        window.document.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
