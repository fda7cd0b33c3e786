"""The ``gazette-kg`` command line: a thin layer over the library.

Errors print one ``error:`` line on stderr (a traceback with ``--debug``) and exit with the code of
their kind; data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from kg import __version__
from kg.errors import EXIT_USAGE, GazetteKGError

EXIT_INTERRUPTED = 130

EXIT_CODES = """exit codes:
  0  success (SHACL warnings and extraction warnings do not fail a command)
  1  data invalid: the graph has SHACL violations (severity sh:Violation)
  2  usage or input error: bad arguments, unreadable or unrecognisable input, bad query
  3  endpoint unreachable or answered with an error
  4  timeout
  5  disk full: no space left where an output is written; earlier outputs are left as they were
  130 interrupted (Ctrl-C): earlier outputs are left as they were"""

# command name → module (kg.commands.<name>). One line adds a command.
COMMANDS: dict[str, str] = {
    "build": "kg.commands.build",
    "extract": "kg.commands.extract",
    "validate": "kg.commands.validate",
    "query": "kg.commands.query",
    "serve": "kg.commands.serve",
    "push": "kg.commands.push",
    "view": "kg.commands.view",
    "export": "kg.commands.export",
    "status": "kg.commands.status",
}


def _available() -> dict[str, ModuleType]:
    modules: dict[str, ModuleType] = {}
    for name, module_name in COMMANDS.items():
        try:
            modules[name] = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
    return modules


def _default_build() -> Path:
    from kg.build import default_out

    return default_out()


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gazette-kg",
        description="Turn Chinese government gazettes (政府公报) into a validated knowledge graph.",
        epilog=EXIT_CODES
        + "\n\nexample:\n  gazette-kg build    # the bundled sample issue → ./gazette-kg-out/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"gazette-kg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in _available().items():
        sub = commands.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=f"{module.EPILOG}\n\n{EXIT_CODES}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if getattr(module, "USES_BUILD", True):  # extract reads texts, never a build
            sub.add_argument(
                "--build",
                type=Path,
                default=None,
                metavar="DIR",
                help="the build folder (default: ./gazette-kg-out or $GAZETTE_KG_OUT)",
            )
        sub.add_argument("--debug", action="store_true", help="show a traceback on errors")
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if getattr(args, "build", "absent") is None:
        args.build = _default_build()
    try:
        return int(args._run(args) or 0)
    except GazetteKGError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `| head` has what it wanted: stop quietly, and let the flush at
        import contextlib  # exit write to /dev/null rather than report the closed pipe
        import os

        with contextlib.suppress(OSError, ValueError):  # ValueError: no descriptor (a test's)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
