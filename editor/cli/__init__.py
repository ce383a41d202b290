"""Command-line verbs of main.py; each module of this package (but ``common``) is one verb.

A verb module ``import_text.py`` is the verb ``import-text`` and defines ``VERB``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``. Only the verb asked for is imported, so a
light verb starts fast; verbs never import Qt unless they render a PDF.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

from editor.cli.common import CliError

HELPER_MODULES = frozenset({"common"})


def verb_names() -> dict[str, str]:
    """Verb name -> module name, without importing the modules."""
    return {
        info.name.replace("_", "-"): info.name
        for info in pkgutil.iter_modules(__path__)
        if info.name not in HELPER_MODULES and not info.name.startswith("_")
    }


def load_verbs(names: list[str]) -> dict[str, ModuleType]:
    modules = {}
    known = verb_names()
    for verb in names:
        module = importlib.import_module(f"{__name__}.{known[verb]}")
        assert verb == module.VERB, f"{module.__name__} declares VERB={module.VERB!r}"
        modules[verb] = module
    return modules


def verb_modules() -> dict[str, ModuleType]:
    """Every verb module, by verb name (imports them all: for --help and tests)."""
    return load_verbs(sorted(verb_names()))


def build_parser(modules: dict[str, ModuleType]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Orientation note editor. Without a verb, opens the editor window "
        "(on FILE if given, else on the bundled sample note).",
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for verb, module in modules.items():
        verb_parser = sub.add_parser(verb, help=module.HELP, description=module.HELP)
        module.add_arguments(verb_parser)
    return parser


def main(argv: list[str]) -> int:
    """Run a verb, or hand over to the window when the first argument is not a verb."""
    names = verb_names()
    if not argv or (argv[0] not in names and not argv[0].startswith("-")):
        from editor.app import run_app  # Qt only when the window is wanted

        return run_app(argv)
    modules = load_verbs([argv[0]]) if argv[0] in names else verb_modules()
    args = build_parser(modules).parse_args(argv)
    if args.verb is None:
        build_parser(modules).print_help()
        return 0
    try:
        result: int = modules[args.verb].run(args)
        return result
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
