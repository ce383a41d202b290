"""Refresh the interface catalogs: lupdate the editor's sources, keep translations, lrelease.

Usage: .venv/bin/python scripts/update_translations.py
Translations live in resources/i18n/editor_<lang>.ts (edit them with pyside6-linguist or by
hand); the .qm files next to them are what the editor loads.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
I18N = ROOT / "resources" / "i18n"
LANGS = ("fr", "nl")
# A module-level helper "def tr(text): return QCoreApplication.translate("Context", text)":
# lupdate cannot see its context, so messages found in such a file are moved to it.
HELPER = re.compile(r"def tr\(text: str\) -> str:\s+return Q\w+\.translate\(\"(\w+)\", text\)")


def sources() -> list[Path]:
    folders = (ROOT / "editor", ROOT / "editor" / "widgets", ROOT / "editor" / "dialogs")
    files = [path for folder in folders for path in sorted(folder.glob("*.py"))]
    return [path for path in files if "PySide6" in path.read_text(encoding="utf-8")]


def helper_contexts(files: list[Path]) -> dict[str, str]:
    contexts = {}
    for path in files:
        match = HELPER.search(path.read_text(encoding="utf-8"))
        if match:
            contexts[path.name] = match.group(1)
    return contexts


def known_translations(ts: Path) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    if not ts.exists():
        return by_context, by_source
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            if text and (translation is None or translation.get("type") not in ("obsolete", "vanished")):
                by_context[(name, source)] = text
                by_source.setdefault(source, text)
    return by_context, by_source


def fix_contexts(root: ET.Element, contexts: dict[str, str]) -> None:
    """Move messages of the nameless context to their file's helper context."""
    named = {context.findtext("name") or "": context for context in root.iter("context")}
    nameless = named.get("")
    if nameless is None:
        return
    for message in list(nameless.iter("message")):
        location = message.find("location")
        file_name = Path(location.get("filename", "")).name if location is not None else ""
        target_name = contexts.get(file_name)
        if target_name is None:
            continue
        target = named.get(target_name)
        if target is None:
            target = ET.SubElement(root, "context")
            ET.SubElement(target, "name").text = target_name
            named[target_name] = target
        nameless.remove(message)
        target.append(message)
    if not list(nameless.iter("message")):
        root.remove(nameless)


def fill(root: ET.Element, known: tuple[dict[tuple[str, str], str], dict[str, str]]) -> int:
    """Put the known translations in; returns how many messages remain untranslated."""
    by_context, by_source = known
    missing = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = by_context.get((name, source)) or by_source.get(source)
            if message.get("numerus") == "yes":
                translation.clear()
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = text or None
            else:
                translation.text = text or None
            if text:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                missing += 1
    return missing


def main() -> int:
    files = sources()
    contexts = helper_contexts(files)
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGS:
            fresh = Path(folder) / f"editor_{lang}.ts"
            command = [str(BIN / "pyside6-lupdate"), *map(str, files), "-no-obsolete", "-ts", str(fresh)]
            subprocess.run(command, check=True, capture_output=True)
            tree = ET.parse(fresh)
            fix_contexts(tree.getroot(), contexts)
            target = I18N / f"editor_{lang}.ts"
            missing = fill(tree.getroot(), known_translations(target))
            ET.indent(tree)
            I18N.mkdir(parents=True, exist_ok=True)
            tree.write(target, encoding="utf-8", xml_declaration=True)
            qm = target.with_suffix(".qm")
            subprocess.run(
                [str(BIN / "pyside6-lrelease"), str(target), "-qm", str(qm)], check=True, capture_output=True
            )
            print(f"{target.relative_to(ROOT)}: {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
