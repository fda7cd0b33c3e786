"""gazette-kg: Chinese government gazettes (政府公报) → a validated knowledge graph.

The flow is one way: text → records → triples → validated graph → queries, views, exports.
Library entry points: :func:`kg.build.build`, :func:`kg.extract.extract_source`,
:func:`kg.validate.validate`. The CLI (``gazette-kg``) is a thin layer over them.
"""

import _signal  # the core of `signal`, built into the interpreter: loaded, nothing to import
import os as _os
import sys as _sys

__version__ = "0.1.0"

EXIT_INTERRUPTED = 130
INTERRUPTED = "error: interrupted; earlier outputs are left as they were"


def _interrupted_at_once(signum: int, frame: object) -> None:
    """Ctrl-C in the program gazette-kg outside kg.cli.main(): the one line and exit 130 straight
    away, never a traceback from the middle of an import."""
    _sys.stderr.write(INTERRUPTED + "\n")
    _sys.stderr.flush()
    _os._exit(EXIT_INTERRUPTED)


# The console script's `from kg.cli import main` runs this module first: Ctrl-C is handled from
# here on (kg.cli takes over). Only in the program gazette-kg with Python's own handler in place: a
# library user or a test runner that imports kg keeps its Ctrl-C.
if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler and _os.path.basename(
    (getattr(_sys, "argv", None) or [""])[0]
).startswith("gazette-kg"):
    _signal.signal(_signal.SIGINT, _interrupted_at_once)
