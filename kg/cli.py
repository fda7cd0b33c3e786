"""The ``gazette-kg`` command line: a thin layer over the library.

Errors print one ``error:`` line on stderr (a traceback with ``--debug``) and exit with the code of
their kind; data goes to stdout, messages to stderr.

Start-up imports only what the given command uses: command modules are light (their heavy imports
sit in their functions) and only the chosen command declares its arguments, so ``--help`` and
``query --list`` cost a few times the bare interpreter (benchmarks/startup.py measures it).
"""

from __future__ import annotations

import os
import signal
import sys

from kg import EXIT_INTERRUPTED, INTERRUPTED, _interrupted_at_once

_running: list[bool] = []  # non-empty while main() runs: its except clause reports Ctrl-C


def _on_ctrl_c(signum: int, frame: object) -> None:
    """Ctrl-C in the program gazette-kg: inside main() a KeyboardInterrupt that main() turns into
    its one line; before main() runs (this module's imports) or after, the same line and exit
    code straight away."""
    if _running:
        raise KeyboardInterrupt
    _interrupted_at_once(signum, frame)


# Only when this module is the program (the console script, whose `import kg` installed the
# handler this one replaces, or python -m kg.cli, before its other imports): a library user or a
# test runner that imports it keeps its own Ctrl-C.
_PROGRAM = signal.getsignal(signal.SIGINT) in (
    signal.default_int_handler,
    _interrupted_at_once,
) and (__name__ == "__main__" or os.path.basename(sys.argv[0]).startswith("gazette-kg"))
if _PROGRAM:
    signal.signal(signal.SIGINT, _on_ctrl_c)


def _interrupted() -> int:
    """Ctrl-C caught in main(): the one line, and exit 130. As the program, exit at once (outputs
    flushed): an interpreter shutting down after a KeyboardInterrupt may end itself by SIGINT
    instead of the code main() returns (seen 1 run in 40)."""
    print(INTERRUPTED, file=sys.stderr)
    if _PROGRAM:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(EXIT_INTERRUPTED)
    return EXIT_INTERRUPTED


import argparse  # noqa: E402  (imported under the handler above, for python -m kg.cli)
import contextlib  # noqa: E402
import importlib  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Container, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from types import ModuleType  # noqa: E402

from kg import __version__  # noqa: E402
from kg.errors import (  # noqa: E402
    EXIT_INTERNAL,
    EXIT_USAGE,
    DiskFull,
    GazetteKGError,
    InputError,
    is_disk_full,
)

EXIT_CODES = """exit codes:
  0  success (SHACL warnings and extraction warnings do not fail a command)
  1  data invalid: the graph has SHACL violations (severity sh:Violation)
  2  usage or input error: bad arguments, unreadable or unrecognisable input, an output that
     cannot be made (no such folder, permission denied), bad query
  3  endpoint unreachable or answered with an error
  4  timeout
  5  disk full: no space left where an output is written; earlier outputs are left as they were
  70 internal error: a bug in gazette-kg, shown with its traceback; please report it
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
    from kg.layout import default_out

    return default_out()


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named on the line: the first word that is not an option (the top-level options,
    --help and --version, take no value)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def make_parser(declare: Container[str] | None = None) -> argparse.ArgumentParser:
    """The parser. Every command is listed with its help line; only those in ``declare`` (all of
    them when None) declare their arguments and epilog, which may import what the command needs."""
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
        if declare is not None and name not in declare:
            commands.add_parser(name, help=module.HELP)
            continue
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
    from kg.stdout import never_drop_output

    never_drop_output()  # a full disk under `> FILE` is reported, not a silently cut file
    try:
        _running.append(True)
        try:
            return _main(argv)
        finally:
            _running.pop()
    except KeyboardInterrupt:  # Ctrl-C between here and _main's own handler (its first lines)
        return _interrupted()


def _main(argv: Sequence[str] | None) -> int:
    debug = False
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        debug = "--debug" in argv
        parser = make_parser({chosen_command(argv)} - {None})
        args = parser.parse_args(argv)
        debug = getattr(args, "debug", False)
        if not getattr(args, "_run", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        if getattr(args, "build", "absent") is None:
            args.build = _default_build()
        return int(args._run(args) or 0)
    except GazetteKGError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:  # `| head` has what it wanted: stop quietly, and let the flush at
        _stdout_to_devnull()  # exit write to /dev/null rather than report the closed pipe
        return 0
    except OSError as exc:
        if debug:
            traceback.print_exc()
        if not is_disk_full(exc):  # a file or folder that cannot be read or made, however deep
            print(f"error: {_os_error(exc)}", file=sys.stderr)
            return EXIT_USAGE
        _stdout_to_devnull()  # a full disk outside kg.atomic's writers (stdout sent to a file)
        full = DiskFull(exc.filename or "standard output", "the output is incomplete")
        print(f"error: {full}", file=sys.stderr)
        return full.exit_code
    except Exception:  # a bug of ours: its traceback, and a code of its own (1 says "invalid data")
        traceback.print_exc()
        print(f"error: internal error in gazette-kg {__version__}: {_BUG}", file=sys.stderr)
        return EXIT_INTERNAL


_BUG = "a bug, not your input; please report it with the traceback above"


def _os_error(exc: OSError) -> str:
    """An OSError that reached the command line as one line naming the file."""
    what = exc.strerror or str(exc)
    return what if exc.filename is None else str(InputError(what, path=str(exc.filename)))


def _stdout_to_devnull() -> None:
    import contextlib

    with contextlib.suppress(OSError, ValueError):  # ValueError: no descriptor (a test's)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
