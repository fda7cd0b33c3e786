"""A progress bar on stderr for long work (a build of many sources, an export of a large graph),
drawn by tqdm; none when stderr is not a terminal (a log file, a pipe, a test) or the work is
short, so that what scripts and logs read stays as it was.

    with progress("build") as bar:
        bar.start(steps, enabled=len(sources) > MIN_SOURCES)
        for source in sources:
            ...
            bar.step(source.name)
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

MIN_SOURCES = 3  # a build of more sources than this shows a bar


class Progress:
    """Steps of one piece of work; drawn only once started with ``enabled`` on a terminal."""

    def __init__(self, desc: str, unit: str = "step"):
        self.desc, self.unit = desc, unit
        self._bar = None

    def start(self, total: int, *, enabled: bool) -> None:
        if not (enabled and on_terminal()) or self._bar is not None:
            return
        from tqdm import tqdm  # imported only when a bar is drawn

        self._bar = tqdm(
            total=total,
            desc=self.desc,
            unit=self.unit,
            file=sys.stderr,
            leave=False,  # cleared at the end: the command's own summary line follows
            dynamic_ncols=True,
        )

    def step(self, done: str = "") -> None:
        """One step done; ``done`` names it (a source's file, a stage)."""
        if self._bar is not None:
            self._bar.set_postfix_str(done, refresh=False)
            self._bar.update()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def on_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stderr
        return False


@contextlib.contextmanager
def progress(desc: str, unit: str = "step") -> Iterator[Progress]:
    """A :class:`Progress`, cleared however the work ends (an error, Ctrl-C)."""
    bar = Progress(desc, unit)
    try:
        yield bar
    finally:
        bar.close()
