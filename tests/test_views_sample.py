"""Views of the bundled sample issue (no browser): what the build writes and what `view` does."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.build import load_dataset
from kg.cli import main
from kg.views import PAGES, VIEWS, build_view, union_graph


@pytest.fixture(scope="module")
def sample_graph(sample_build):
    return union_graph(load_dataset(sample_build))


def labels(g) -> set[str]:
    return {d["label"] for _, d in g.nodes(data=True)}


def test_build_writes_every_view_and_an_index(sample_build):
    folder = sample_build / "views"
    assert sorted(p.name for p in folder.glob("*.html")) == sorted(
        [f"{k}.html" for k in (*VIEWS, *PAGES)] + ["index.html"]
    )
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "温州市人民政府公报" in index
    for kind in VIEWS:
        assert f'href="{kind}.html"' in index


def test_sample_amendments(sample_graph):
    g = build_view("amendments", sample_graph)
    # 温政发〔2023〕18号 repeals and amends earlier documents, effective 2023-08-01
    decisions = [d for _, d in g.nodes(data=True) if d["status"] == "decision"]
    assert len(decisions) >= 1
    relations = {d["relation"] for _, _, d in g.edges(data=True)}
    assert relations == {"amend", "repeal"}
    assert all(d.get("date") == "2023-08-01" for _, _, d in g.edges(data=True))
    statuses = {d["status"] for _, d in g.nodes(data=True)}
    assert {"amended", "repealed"} <= statuses
    assert any("温州市政府行政规范性文件制定实施细则" in label for label in labels(g))


def test_sample_agencies(sample_graph):
    g = build_view("agencies", sample_graph)
    assert "温州市生态环境局" in labels(g)
    assert g.number_of_nodes() >= 20 and g.number_of_edges() >= 40
    top = max(g.nodes(data=True), key=lambda item: item[1]["weighted_degree"])[1]
    assert top["budget"] > 0 and top["betweenness"] >= 0


def test_sample_agencies_legend_has_the_kinds_of_agency(sample_graph):
    """The legend filters by kind of agency (org:classification), so unticking one does
    something: the sample's 33 agencies sharing projects are of 7 kinds."""
    from kg.views import render

    g = build_view("agencies", sample_graph)
    kinds = Counter(d["agency_kind"] for _, d in g.nodes(data=True))
    assert kinds == {
        "government": 11,
        "department": 10,
        "collective": 5,
        "state-owned-enterprise": 4,
        "administrative-committee": 1,
        "temporary-headquarters": 1,
        "party-organ": 1,
    }
    assert {d["government"] for _, d in g.nodes(data=True)} == {"温州市人民政府"}
    page = render.render_html(g)
    for kind in kinds:
        assert f'data-group="{kind}"' in page
    assert "department or bureau · 政府工作部门" in page
    assert 'id="gkg-boxes"' not in page  # one government: no filter by government


def test_sample_agencies_without_partners_stand_in_one_row(sample_graph):
    """The 6 agencies sharing no project with another are not scattered: one row under the
    others, framed and captioned."""
    from kg.views import render

    g = build_view("agencies", sample_graph)
    nodes, _, ids = render.vis_data(g)
    by_id = {n["id"]: n for n in nodes}
    alone = [by_id[ids[n]] for n in g if g.degree(n) == 0]
    linked = [by_id[ids[n]] for n in g if g.degree(n) > 0]
    assert len(alone) == 6 and len({n["y"] for n in alone}) == 1
    assert alone[0]["y"] > max(n["y"] for n in linked)
    boxes = render._layout(g)[1]
    assert [b["caption"] for b in boxes] == ["no project shared with another agency here"]


def test_sample_bureau_by_name(sample_graph):
    g = build_view("bureau", sample_graph, focus="温州市生态环境局")
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"organization", "project"} <= kinds
    assert any(d.get("budget") for _, d in g.nodes(data=True))


def test_sample_person_has_dated_post_changes(sample_graph):
    g = build_view("person", sample_graph, focus="叶明坚")
    assert {"person", "post"} <= {d["kind"] for _, d in g.nodes(data=True)}
    assert any(d.get("date", "").startswith("2023") for _, _, d in g.edges(data=True))
    assert g.graph["notes"] == "no meetings attended by 叶明坚 are recorded in the graph"


def test_sample_default_person_has_the_most_to_show(sample_graph):
    """张振丰 (the mayor): the chronicle (大事记) records him at 31 meetings and activities, the
    most of anyone. Nobody in the sample has both posts and meetings recorded, and the most any
    appointed or removed person has is 8 (叶明坚, 王晓康 …: 4 appointments or removals, 4 posts),
    so the default page is his, not the 5-node page of an appointee without meetings."""
    g = build_view("person", sample_graph)
    (focus,) = [d for _, d in g.nodes(data=True) if d.get("focus")]
    assert focus["label"] == "张振丰"
    events = [n for n, d in g.nodes(data=True) if d["kind"] == "event"]
    assert len(events) == 31
    assert "no meetings" not in g.graph["notes"]
    assert (
        g.graph["notes"] == "no appointments, removals or posts of 张振丰 are recorded in the graph"
    )
    appointee = build_view("person", sample_graph, focus="叶明坚")
    assert appointee.number_of_nodes() < g.number_of_nodes()


def test_sample_overview_respects_the_node_budget(sample_graph):
    import networkx as nx

    g = build_view("overview", sample_graph, max_nodes=120)
    assert g.number_of_nodes() == 120
    assert "showing 120 of 427 nodes, grown from the top ones by degree" in g.graph["notes"]
    # grown along links: the plan's part and the chronicle's (meetings and the people at them)
    # both kept, each in one piece, not hubs cut from their neighbours
    parts = sorted(nx.connected_components(nx.Graph(g)), key=len, reverse=True)
    assert [len(p) for p in parts] == [95, 25]
    assert {"event", "person"} <= {g.nodes[n]["kind"] for n in parts[1]}


def test_view_command(sample_build, tmp_path, capsys):
    out, gexf = tmp_path / "b.html", tmp_path / "b.gexf"
    code = main(
        [
            "view",
            "bureau",
            "--build",
            str(sample_build),
            "--focus",
            "温州市生态环境局",
            "--out",
            str(out),
            "--gexf",
            str(gexf),
        ]
    )
    assert code == 0
    assert "温州市生态环境局" in out.read_text(encoding="utf-8")
    assert gexf.read_bytes().startswith(b"<?xml")
    assert f"wrote {out}" in capsys.readouterr().err


def test_view_command_errors(sample_build, capsys):
    assert main(["view", "person", "--build", str(sample_build), "--focus", "无此人"]) == 2
    assert capsys.readouterr().err.startswith("error: no person named '无此人'")
    assert main(["view", "agencies", "--build", str(sample_build), "--focus", "x"]) == 2
    assert "takes no --focus" in capsys.readouterr().err


@pytest.mark.parametrize("kind", list(VIEWS))
def test_sample_views_export_for_gephi(sample_graph, tmp_path, kind):
    import networkx as nx

    from kg.views import export

    g = build_view(kind, sample_graph, max_nodes=10**9)
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        back = read(export.write(g, tmp_path / f"{kind}.{fmt}"))
        assert (back.number_of_nodes(), back.number_of_edges()) == (
            g.number_of_nodes(),
            g.number_of_edges(),
        )


def test_focused_view_does_not_replace_the_default_page(sample_build, tmp_path):
    import shutil

    build = tmp_path / "out"
    shutil.copytree(sample_build, build)
    default = (build / "views" / "person.html").read_bytes()
    assert main(["view", "person", "--build", str(build), "--focus", "叶明坚"]) == 0
    assert (build / "views" / "person.html").read_bytes() == default
    assert "叶明坚" in (build / "views" / "person-叶明坚.html").read_text(encoding="utf-8")
