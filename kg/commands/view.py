"""gazette-kg view: one interactive network view of the build's graph as an offline HTML page."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kg.errors import UsageError

HELP = (
    "write an interactive network view (bureau, agencies, amendments, person, overview) "
    "or the indicators table page"
)


def __getattr__(name: str) -> str:
    """EPILOG, built when asked for: it lists the views (kg.view_names: their names and help
    lines, without kg.views' libraries, which no --help imports)."""
    if name == "EPILOG":
        return _epilog()
    raise AttributeError(name)


def _epilog() -> str:
    from kg.view_names import PAGE_HELP, VIEW_HELP

    return (
        "\n".join(f"  {name:<11} {text}" for name, text in {**VIEW_HELP, **PAGE_HELP}.items())
        + """

The page is one self-contained HTML file (vis-network inlined, no network access) with a legend
that filters by class (agencies: by kind of agency, and by government when there are several), a
search box, tooltips with the source quote and, where edges are dated, an "as of" date filter.
agencies and overview open already laid out (boxed by government; gathered by class), edge
labels on hover or zoom. Above --max-nodes nodes the view keeps the top nodes by its metric (the
overview: their neighbourhoods) and says so; --gexf/--graphml write the whole view graph for
Gephi. Without --focus, bureau and person show the agency or person with the most to show.
`gazette-kg build` already writes every view with its default focus into DIR/views/ with an
index.html.

`indicators` is a table page, not a network: one table per indicator table (--focus 表2-2 keeps
the tables whose caption contains it), the rows marked 否 highlighted, a search box, an "only
unmet" filter, each row's projects and source quote, and the plan's self-consistency findings
(from DIR/summary.json) at the top; --max-nodes, --gexf and --graphml do not apply.

examples:
  gazette-kg view bureau --focus 温州市生态环境局 --out bureau.html --open
  gazette-kg view indicators --focus 表2-1 --open"""
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from kg.view_names import MAX_NODES, PAGE_HELP, VIEW_HELP

    kinds = [*VIEW_HELP, *PAGE_HELP]
    parser.add_argument("kind", choices=kinds, metavar="KIND", help=f"one of: {', '.join(kinds)}")
    parser.add_argument(
        "--focus",
        metavar="NAME-or-IRI",
        help="the agency (bureau) or person (person) to centre on: a name, a "
        "unique part of one, or an IRI (default: the one with the most to show); "
        "for indicators, a part of a table's caption (表2-2)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE.html",
        help="where to write the page (default: DIR/views/KIND.html, or KIND-FOCUS.html)",
    )
    parser.add_argument("--open", action="store_true", help="open the page in a web browser")
    parser.add_argument(
        "--max-nodes",
        type=int,
        default=MAX_NODES,
        metavar="N",
        help=f"node budget of the page (default {MAX_NODES})",
    )
    parser.add_argument("--gexf", type=Path, metavar="FILE", help="also write the graph as GEXF")
    parser.add_argument(
        "--graphml", type=Path, metavar="FILE", help="also write the graph as GraphML"
    )


def default_out(build: Path, kind: str, focus: str | None) -> Path:
    """DIR/views/KIND.html, or KIND-FOCUS.html (focus reduced to letters and digits) so that a
    focused view does not replace the build's default one."""
    if not focus:
        return build / "views" / f"{kind}.html"
    name = re.sub(r"[^\w]+", "_", focus.rsplit("/", 1)[-1]).strip("_")[:40] or "focus"
    return build / "views" / f"{kind}-{name}.html"


def run(args: argparse.Namespace) -> int:
    import webbrowser

    from kg.build import load_union
    from kg.views import PAGES, build_view, export, limit_view, render

    if args.kind in PAGES:
        return run_page(args)
    graph = load_union(args.build)
    full = build_view(args.kind, graph, args.focus, max_nodes=sys.maxsize)
    for path, fmt in ((args.gexf, "gexf"), (args.graphml, "graphml")):
        if path is not None:
            export.write(full, path, fmt)
            print(f"wrote {path} ({full.number_of_nodes()} nodes)", file=sys.stderr)
    shown = limit_view(args.kind, full, args.max_nodes)
    out = args.out or default_out(Path(args.build), args.kind, args.focus)
    render.write_html(shown, out)
    note = f"; {shown.graph['truncated']} nodes kept" if shown.graph.get("truncated") else ""
    print(
        f"wrote {out} ({shown.number_of_nodes()} nodes, {shown.number_of_edges()} edges{note})",
        file=sys.stderr,
    )
    if args.open:
        webbrowser.open(out.resolve().as_uri())
    return 0


def run_page(args: argparse.Namespace) -> int:
    """A table page: the graph's tables, the build's findings; no node budget, no graph export."""
    import webbrowser

    from kg.build import load_union
    from kg.views import PAGES
    from kg.views.indicators import load_findings
    from kg.views.metrics import MAX_NODES

    unused = [
        flag
        for flag, given in (
            ("--gexf", args.gexf),
            ("--graphml", args.graphml),
            ("--max-nodes", args.max_nodes != MAX_NODES),
        )
        if given
    ]
    if unused:
        verb = "does" if len(unused) == 1 else "do"
        raise UsageError(f"{args.kind} is a table page: {', '.join(unused)} {verb} not apply")
    page = PAGES[args.kind]
    graph = load_union(args.build)
    findings = load_findings(args.build)
    out = args.out or default_out(Path(args.build), args.kind, args.focus)
    path, tables = page.write(graph, out, findings, args.focus)
    print(f"wrote {path} ({page.describe(tables, findings)})", file=sys.stderr)
    if args.open:
        webbrowser.open(path.resolve().as_uri())
    return 0
