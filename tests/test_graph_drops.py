"""Records the benchmark counts reach the graph (issue 12): an amendment or repeal whose amending act
the text names neither by number nor by title is published, its act a gkg:UnnamedDocument known by
the statement that reports it, never one node with another act. Each text is mapped as a build
maps it and validated (benchmarks/graph_drops.py lists the records that reach no node)."""

from __future__ import annotations

import pytest
from rdflib import Literal

from kg.extract import extract_source
from kg.extract.context import detect_government
from kg.iris import Minter
from kg.namespaces import ELI, GKG, RDF
from kg.rdf import map_records
from kg.validate import validate
from tests.conftest import devcorpus_text


def _graph(stem: str):
    source = devcorpus_text(stem)
    records = extract_source(source)
    graph, _ = map_records(records, Minter(), source.name, detect_government(source))
    return records, graph


def _acts(graph, title: str) -> set:
    """The amending acts of the amendments whose target is titled ``title``."""
    targets = set(graph.subjects(ELI.title, Literal(title, lang="zh")))
    return {
        graph.value(a, GKG.amendingDocument)
        for t in targets
        for a in graph.subjects(GKG.targetDocument, t)
    }


@pytest.mark.parametrize(
    "stem, title, action",
    [
        # http://lsbar.com:8000/law/115531: 《…办法》已由…常务委员会第二十四次会议…修订通过,现将修订后
        # 的《…办法》公告 — the 公告 has no number, and the page titles it with the 办法's own title
        ("HA-23", "云南省人民代表大会代表议案处理办法", "amend"),
        # http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml: 修订后的《…规则》
        # 已经…审议通过,现印发给你们 — the copy starts at the addressees: the notice's title is lost
        ("HA-24", "巴音郭楞蒙古自治州人民政府工作规则", "amend"),
        # http://falv.cc/fagui/202109/10091.html: 一、废止9部省政府规章 (一)《…》 — the decision's
        # title and 令 number are not in the excerpt
        ("K-07", "黑龙江省犬类管理规定", "repeal"),
    ],
)
def test_an_act_the_text_does_not_name_still_amends_its_target(stem, title, action):
    records, graph = _graph(stem)
    assert any(
        r.kind == "amendment" and r.target_title == title and not (r.by or r.by_title)
        for r in records
    )
    (act,) = _acts(graph, title)
    assert (act, RDF.type, GKG.UnnamedDocument) in graph
    assert (act, RDF.type, ELI.LegalResource) in graph
    link = {"amend": ELI.amends, "repeal": ELI.repeals}[action]
    assert (act, link, next(graph.subjects(ELI.title, Literal(title, lang="zh")))) in graph
    assert validate(graph).valid


def test_acts_reported_in_one_sentence_stay_apart():
    # https://www.hunantoday.cn/news/xhn/202511/31000814.html (F-12): 会议表决通过了《…开放型经济促进
    # 条例》《湖南省统计条例(修订案)》《湖南省档案条例(修订案)》《湖南省湿地保护条例(修订案)》 — three
    # revisions, each its own act: one line, one day, one body, never one node
    _records, graph = _graph("F-12")
    titles = ("湖南省统计条例", "湖南省档案条例", "湖南省湿地保护条例")
    acts = [_acts(graph, t) for t in titles]
    assert all(len(a) == 1 for a in acts)
    assert len(set.union(*acts)) == 3
    assert validate(graph).valid


def test_every_amendment_record_of_a_decision_without_its_head_reaches_the_graph():
    # K-07: nine repeals and the amended 规章 of one decision whose copy lost its title and number
    records, graph = _graph("K-07")
    amendments = [r for r in records if r.kind == "amendment"]
    assert len(amendments) >= 10
    assert len(set(graph.subjects(RDF.type, GKG.Amendment))) == len(amendments)


def _unnamed(graph) -> set:
    return set(graph.subjects(RDF.type, GKG.UnnamedDocument))


def test_a_decision_whose_copy_lost_its_head_is_one_act_for_its_whole_list():
    # K-07 (http://falv.cc/fagui/202109/10091.html): one decision, 一、废止9部省政府规章 (一)…(九) and
    # 二、对22部省政府规章的部分条款予以修改 — ten records, one act, never ten documents
    records, graph = _graph("K-07")
    unnamed = [r for r in records if r.kind == "amendment" and not (r.by or r.by_title)]
    assert len(unnamed) == 10 and len({r.act_line for r in unnamed}) == 1
    (act,) = _unnamed(graph)
    assert len(set(graph.objects(act, ELI.repeals))) == 9
    assert len(set(graph.objects(act, ELI.amends))) == 1
    amendments = set(graph.subjects(RDF.type, GKG.Amendment))
    assert {graph.value(a, GKG.amendingDocument) for a in amendments} == {act}
    assert validate(graph).valid


@pytest.mark.parametrize(
    "stem, acts",
    [
        # https://epaper.cz001.com.cn/czrbpaper/pc/con/202412/22/content_136075.html: 市政府决定对以下
        # 2件市政府规章予以废止: 一、… 二、… — one decision
        ("A-35", 1),
        # A-36 (http://wlnch.com/RegionArticle/Detail/13034): one clean-up 决定, 4件…失效 and 2件…废止
        ("A-36", 1),
        # U-11 (https://law.lawtime.cn/d377315382409.html): one decision and its 附件:废止文件目录
        ("U-11", 1),
        # C-02: 会议表决通过了…、新修订的《广东省公共文化服务促进条例》、新修订的《广东省见义勇为人员奖励
        # 和保障条例》 — two regulations adopted as revised, two acts
        ("C-02", 2),
    ],
)
def test_unnamed_acts_are_as_many_as_the_text_reports(stem, acts):
    _records, graph = _graph(stem)
    assert len(_unnamed(graph)) == acts
    assert validate(graph).valid


def test_one_decision_reported_as_repealing_the_titles_named_before_it_is_one_act():
    # A-48 (devcorpus): …《广东省各级人民代表大会常务委员会监督条例》…《…执法检查工作规定》、《…实施
    # 个案监督工作规定》、《…评议工作规定》…,本次会议表决通过了废止上述条例和三项地方性法规的决定 — one
    # 决定 repealing four
    _records, graph = _graph("A-48")
    (act,) = _unnamed(graph)
    repealed = {graph.value(t, ELI.title) for t in graph.objects(act, ELI.repeals)}
    assert {str(t) for t in repealed} == {
        "广东省各级人民代表大会常务委员会监督条例",
        "广东省各级人民代表大会常务委员会执法检查工作规定",
        "广东省各级人民代表大会常务委员会实施个案监督工作规定",
        "广东省各级人民代表大会常务委员会评议工作规定",
    }
    assert validate(graph).valid


def test_a_decision_title_followed_by_the_databases_note_names_the_act():
    # M-06 (http://law.lenchy.com/law/19b01e685054453b99fdd9f6da57c31b): its first line is the title
    # and the database's 附:修正本 (the amended text follows): the decision amends by its title, and
    # no unnamed act stands beside it
    title = "四川省人民代表大会常务委员会关于修改《四川省防震减灾条例》的决定"
    records, graph = _graph("M-06")
    (amendment,) = [r for r in records if r.kind == "amendment"]
    assert (amendment.by_title, amendment.target_title) == (title, "四川省防震减灾条例")
    assert not _unnamed(graph)
    (act,) = _acts(graph, "四川省防震减灾条例")
    assert (act, ELI.title, Literal(title, lang="zh")) in graph
    assert validate(graph).valid
