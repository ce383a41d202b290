"""The model and the exporters are pure Python: importing every module loads no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules(package: str) -> list[str]:
    base = ROOT / package.replace(".", "/")
    return [
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in sorted(base.rglob("*.py"))
        if path.name != "__main__.py"
    ]


def test_model_and_exporters_import_no_pyside6():
    modules = _modules("editor.model") + _modules("exporters")
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_cli_verbs_import_no_qt_at_start_up():
    code = "import sys, editor.cli as c; c.verb_modules(); print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
