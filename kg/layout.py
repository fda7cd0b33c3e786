"""Where the build folder is when none is named: ./gazette-kg-out, or $GAZETTE_KG_OUT.

Its own module so that a command needing only the path (``query --list``, ``--help``) does not
import the build pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

OUT_ENV = "GAZETTE_KG_OUT"
DEFAULT_OUT = "gazette-kg-out"


def default_out() -> Path:
    return Path(os.environ.get(OUT_ENV) or DEFAULT_OUT)
