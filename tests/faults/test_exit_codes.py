"""The README's exit-code table, `--help` and kg.errors name the same codes (issue 16: each fault
case asserts its code; this keeps the table they are documented in from drifting)."""

from __future__ import annotations

import re
from pathlib import Path

from kg import cli, errors

README = Path(__file__).parent.parent.parent / "README.md"


def readme_codes() -> dict[int, str]:
    text = README.read_text(encoding="utf-8")
    table = text.split("Exit codes, the same for every command:", 1)[1].split("\n\n", 2)[1]
    return {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"^\| (\d+) \| (.+) \|$", table, flags=re.MULTILINE)
    }


def test_readme_help_and_errors_list_the_same_codes():
    defined = {value for name, value in vars(errors).items() if name.startswith("EXIT_")} | {
        cli.EXIT_INTERRUPTED
    }
    in_help = {int(m.group(1)) for m in re.finditer(r"^  (\d+) ", cli.EXIT_CODES, re.MULTILINE)}
    assert set(readme_codes()) == defined == in_help


def test_every_error_class_exits_with_a_documented_code():
    documented = readme_codes()
    classes = [errors.GazetteKGError, *errors.GazetteKGError.__subclasses__()]
    for cls in classes:
        assert cls.exit_code in documented, cls.__name__
    assert "disk full" in documented[errors.DiskFull.exit_code]
