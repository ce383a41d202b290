"""Crash-safety campaign: SIGKILL a process at random moments while it saves a note repeatedly,
and check after each kill that the note and its backup load, old or new, never torn.

Usage: python tests/reliability/kill_campaign.py [--kills 200] [--oo 500]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from editor.model.copying import clone_node  # noqa: E402
from editor.model.tree import Note  # noqa: E402
from editor.model.xmlio import NoteFileError, load_note, save_note  # noqa: E402
from tests.model.builders import small_note  # noqa: E402

SAVER = """
import sys
sys.path.insert(0, {root!r})
from editor.model.xmlio import load_note, save_note
path = {path!r}
note = load_note(path)
counter = 0
print("ready", flush=True)
while True:
    counter += 1
    note.title.document_ref = f"A-{{counter}}/1"
    save_note(note, path)
"""


def big_note(copies: int) -> Note:
    note = small_note()
    first = note.objectives[0]
    note.objectives.extend(clone_node(first) for _ in range(copies))
    return note


def check(path: Path) -> str:
    """Load the note and its backup; return the saved counter marker. Raise if torn."""
    note = load_note(path)
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        load_note(backup)
    return note.title.document_ref


def campaign(kills: int, copies: int, max_delay: float, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    results = {"kills": 0, "intact": 0, "torn": 0, "distinct_versions": 0}
    seen = set()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "note.xml"
        save_note(big_note(copies), path)
        script = SAVER.format(root=str(ROOT), path=str(path))
        for _ in range(kills):
            child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(rng.uniform(0, max_delay))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            results["kills"] += 1
            try:
                seen.add(check(path))
                results["intact"] += 1
            except NoteFileError as error:
                results["torn"] += 1
                print(f"TORN after kill {results['kills']}: {error}", file=sys.stderr)
        leftovers = [p.name for p in Path(tmp).iterdir() if p.name.endswith(".tmp")]
        results["temp_files_left"] = len(leftovers)
    results["distinct_versions"] = len(seen)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--copies", type=int, default=40, help="clones of the test OS (note size)")
    parser.add_argument("--max-delay", type=float, default=0.6)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    results = campaign(args.kills, args.copies, args.max_delay, args.seed)
    for key, value in results.items():
        print(f"{key:20} {value}")
    return 0 if results["torn"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
