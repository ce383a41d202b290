"""The individual benchmark measurements; each returns Metric rows and records its baselines."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from editor.model.resources import SCHEMA
from editor.model.tree import Note
from editor.model.xmlio import load_note

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seeds" / "000_84be95ee93d62466.txt"
PEAK_RSS_LIMIT_MB = 400
# Set by run.py --no-libreoffice: converting a 1000-page DOCX can take LibreOffice over 15 minutes.
NO_LIBREOFFICE = False


class Skipped(Exception):
    """A measurement that cannot run here (tool or feature missing)."""


def _run_mod() -> Any:
    from tests.benchmarks import run

    return run


def open_validate_check(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    from editor.model.checks import check_note

    r = _run_mod()
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))

    def bare() -> None:
        schema.assertValid(etree.parse(str(path)))

    def ours() -> None:
        check_note(load_note(path))

    # One untimed run of each first: the editor's schema is compiled once per process (the
    # baseline's is compiled above), and the first runs after building the large note pay
    # for the allocator and caches that building left behind.
    bare()
    ours()
    baselines["bare lxml parse+validate"] = r.median_time(bare, repeat)
    seconds = r.median_time(ours, repeat)
    return [
        r.ratio_metric(
            "open + validate + check",
            seconds,
            "bare lxml parse+validate",
            baselines["bare lxml parse+validate"],
            3,
        )
    ]


def recheck_after_edit(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    from editor.model.checks import check_node
    from editor.model.labels import NodeKind

    r = _run_mod()
    planning = next(node for node in note.walk() if node.kind is NodeKind.PLANNING)
    text = planning.text("description")

    def edit_and_check() -> None:
        text.fr += " modifié"
        check_node(note, planning)

    seconds = r.median_time(edit_and_check, max(repeat, 20))
    return [r.absolute_metric("re-check after one edit", seconds, 0.010)]


def docx_export(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    try:
        from exporters.docx_export import export_docx
    except ImportError as error:
        raise Skipped(f"DOCX exporter not available ({error})") from None
    import docx

    from editor.model.bitext import Lang

    r = _run_mod()
    out = work / "large-bilingual.docx"
    seconds = r.median_time(lambda: export_docx(note, out, langs=(Lang.FR, Lang.NL), draft=True), repeat)
    exported = docx.Document(str(out))
    texts = [p.text for p in exported.paragraphs]
    for table in exported.tables:
        texts.extend(cell.text for row in table.rows for cell in row.cells)

    def bare() -> None:
        document = docx.Document()
        for text in texts:
            document.add_paragraph(text)
        document.save(str(work / "bare.docx"))

    baselines["bare python-docx"] = r.median_time(bare, repeat)
    return [
        r.ratio_metric(
            "DOCX export (bilingual)", seconds, "bare python-docx", baselines["bare python-docx"], 2
        )
    ]


def parliament_pdf(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    try:
        from editor.printing.parliament_pdf import write_parliament_pdf
    except ImportError as error:
        raise Skipped(f"Parliament PDF renderer not available ({error})") from None
    from PySide6.QtGui import QGuiApplication

    r = _run_mod()
    app = QGuiApplication.instance() or QGuiApplication([])
    del app
    out = work / "large-parliament.pdf"
    seconds = r.median_time(lambda: write_parliament_pdf(note, out, draft=True), max(1, repeat // 2))
    soffice = None if NO_LIBREOFFICE else shutil.which("soffice")
    docx_file = work / "large-bilingual.docx"
    if soffice is None or not docx_file.exists():
        return [
            r.Metric(
                "parliament PDF",
                seconds,
                None,
                "≤ 1× LibreOffice DOCX→PDF",
                None,
                note="baseline skipped: soffice missing, --no-libreoffice, or no bilingual DOCX",
            )
        ]
    profile = (work / "lo-profile").as_uri()

    def convert(source: Path = docx_file) -> None:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo"),
                str(source),
            ],
            check=True,
            capture_output=True,
        )

    # The first run creates LibreOffice's profile: warm it up on a small document, not measured.
    from editor.model.bitext import Lang
    from editor.model.resources import SAMPLE_NOTE
    from exporters.docx_export import export_docx

    warm_up = work / "warm-up.docx"
    export_docx(load_note(SAMPLE_NOTE), warm_up, langs=(Lang.FR,), draft=True)
    convert(warm_up)
    baselines["LibreOffice DOCX→PDF"] = r.median_time(convert, max(1, repeat // 2))
    return [
        r.ratio_metric(
            "parliament PDF", seconds, "LibreOffice DOCX→PDF", baselines["LibreOffice DOCX→PDF"], 1
        )
    ]


def seed_import(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    if not SEED.exists():
        raise Skipped("seed 000 not found")
    try:
        from editor.model.importing.text import import_published_text
    except ImportError as error:
        raise Skipped(f"text importer not available ({error})") from None
    r = _run_mod()
    text = SEED.read_text(encoding="utf-8")
    seconds = r.median_time(lambda: import_published_text(text, str(SEED)), repeat)
    return [r.absolute_metric("import of seed 000", seconds, 1.0)]


def roll_forward(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    from editor.model.importing.rollover import roll_forward as roll

    r = _run_mod()
    seconds = r.median_time(lambda: roll(note), repeat)
    return [r.Metric("roll-forward of the large note", seconds, None, "(figure only)", None)]


def _probe(path: Path, mode: str) -> list[float]:
    """Run window_probe.py in its own process (its own QApplication and memory figures)."""
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("window_probe.py")), str(path), mode],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise Skipped(f"window probe failed: {result.stderr.strip().splitlines()[-1:]}")
    return [float(word) for word in result.stdout.split()]


def select_objective(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    r = _run_mod()
    median, slowest = _probe(path, "select")
    return [
        r.absolute_metric("select an objective (window)", median, 0.100),
        # The first page of each layout is built; later ones reuse a page of the same layout.
        r.Metric("select: slowest (page built)", slowest, None, "(figure only)", None),
    ]


def window_edits(note: Note, path: Path, work: Path, repeat: int, baselines: dict[str, float]) -> list:
    r = _run_mod()
    names = ("add a KPI row (window)", "undo adding the KPI row", "add an objective (window)", "undo adding it")
    figures = zip(names, _probe(path, "edit"), strict=True)
    return [r.Metric(name, seconds, None, "(figure only)", None) for name, seconds in figures]


def peak_window_rss(path: Path) -> float | None:
    """Peak resident memory (MB) of a process that opens the large note in the window."""
    try:
        return _probe(path, "rss")[-1]
    except Skipped:
        return None


def own_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


ALL: list[Callable[..., list]] = [
    open_validate_check,
    recheck_after_edit,
    docx_export,
    parliament_pdf,
    seed_import,
    roll_forward,
    select_objective,
    window_edits,
]
