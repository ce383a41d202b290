"""Command-line verbs of main.py; each module of this package with a VERB is one verb.

A verb module defines ``VERB``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
Verbs never import Qt: batch work runs on machines without a display.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

from editor.cli.common import CliError


def verb_modules() -> dict[str, ModuleType]:
    """Every verb module of this package, by verb name."""
    modules = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        verb = getattr(module, "VERB", None)
        if verb:
            modules[verb] = module
    return dict(sorted(modules.items()))


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
    modules = verb_modules()
    if not argv or (argv[0] not in modules and not argv[0].startswith("-")):
        from editor.app import run_app  # Qt only when the window is wanted

        return run_app(argv)
    args = build_parser(modules).parse_args(argv)
    if args.verb is None:
        return 0
    try:
        result: int = modules[args.verb].run(args)
        return result
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
