"""Benchmark harness: speed and memory figures beside same-run baselines (not part of the test run).

Usage: make bench   (or: python tests/benchmarks/run.py [--json PATH] [--repeat N])
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.model.xmlio import save_note  # noqa: E402
from tests.benchmarks import measures  # noqa: E402
from tests.benchmarks.large_note import large_note, operational_count  # noqa: E402


@dataclass
class Metric:
    """One measured figure, its baseline (if any) and its target."""

    name: str
    median_s: float | None
    baseline: str | None
    target: str
    passed: bool | None
    ratio: float | None = None
    note: str = ""


def median_time(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ratio_metric(name: str, seconds: float, base_name: str, base: float, limit: float) -> Metric:
    ratio = seconds / base if base else None
    passed = ratio is not None and ratio <= limit
    return Metric(name, seconds, base_name, f"≤ {limit:g}× {base_name}", passed, ratio)


def absolute_metric(name: str, seconds: float, limit_s: float) -> Metric:
    return Metric(name, seconds, None, f"≤ {limit_s * 1000:g} ms", seconds <= limit_s)


def run(repeat: int, work: Path) -> tuple[list[Metric], dict[str, float], float | None]:
    note = large_note()
    path = work / "large.xml"
    save_note(note, path)
    print(f"large note: {operational_count(note)} OO, {path.stat().st_size / 1e6:.1f} MB XML", flush=True)
    baselines: dict[str, float] = {}
    metrics: list[Metric] = []
    for measure in measures.ALL:
        print(f"measuring {measure.__name__} …", flush=True)
        start = time.perf_counter()
        try:
            rows = measure(note, path, work, repeat, baselines)
        except measures.Skipped as skipped:
            rows = [Metric(measure.__name__, None, None, "", None, note=f"skipped: {skipped}")]
        for row in rows:
            figure = f"{row.median_s * 1000:.1f} ms" if row.median_s is not None else row.note
            print(f"  {row.name}: {figure} ({time.perf_counter() - start:.0f} s)", flush=True)
        metrics.extend(rows)
    peak = measures.peak_window_rss(path)
    return metrics, baselines, peak


def print_table(metrics: list[Metric], baselines: dict[str, float], peak: float | None) -> None:
    print(f"\n{'measurement':38} {'figure':>12} {'baseline':>12} {'ratio':>7}  {'target':26} result")
    for m in metrics:
        figure = f"{m.median_s * 1000:.1f} ms" if m.median_s is not None else "-"
        base = f"{baselines[m.baseline] * 1000:.1f} ms" if m.baseline in baselines else "-"
        ratio = f"{m.ratio:.2f}" if m.ratio is not None else "-"
        result = {True: "PASS", False: "FAIL", None: m.note or "-"}[m.passed]
        print(f"{m.name:38} {figure:>12} {base:>12} {ratio:>7}  {m.target:26} {result}")
    if peak is not None:
        verdict = "PASS" if peak <= measures.PEAK_RSS_LIMIT_MB else "FAIL"
        print(
            f"{'peak memory, large note open':38} {peak:>9.0f} MB {'':>12} {'':>7}  ≤ 400 MB{'':18} {verdict}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this path")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per measurement (median)")
    parser.add_argument("--no-libreoffice", action="store_true", help="skip the LibreOffice DOCX→PDF baseline")
    args = parser.parse_args()
    measures.NO_LIBREOFFICE = args.no_libreoffice
    with tempfile.TemporaryDirectory() as tmp:
        metrics, baselines, peak = run(args.repeat, Path(tmp))
    print_table(metrics, baselines, peak)
    if args.json:
        payload = {
            "metrics": {
                m.name: {
                    "median_s": m.median_s,
                    "baseline": m.baseline,
                    "ratio": m.ratio,
                    "target": m.target,
                    "passed": m.passed,
                    "note": m.note,
                }
                for m in metrics
            },
            "baselines": {name: {"median_s": value} for name, value in baselines.items()},
            "peak_rss_mb": peak,
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
