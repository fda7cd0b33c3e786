"""Lines joined into one string, and the line each offset of it stands on: a match found across a
wrapped sentence or a flattened table still names the lines it came from (provenance)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Joined:
    text: str
    starts: list[tuple[int, int]]  # (offset in text, line number), offsets ascending
    _offsets: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._offsets = [offset for offset, _ in self.starts]

    def line_at(self, offset: int) -> int:
        """The line the character at ``offset`` stands on (the first line for an offset before it)."""
        return line_at(self.starts, offset, self._offsets)


def line_at(starts: list[tuple[int, int]], offset: int, offsets: list[int] | None = None) -> int:
    """The line of ``offset`` in a text joined from lines starting at ``starts``."""
    index = bisect_right(offsets if offsets is not None else [s for s, _ in starts], offset) - 1
    return starts[max(index, 0)][1]
