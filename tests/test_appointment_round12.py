"""Personnel changes of the twelfth held-out round and the forms it showed: a court's tribunal head
is a post of the court, the tribunal written in the post (HA-01), as the judge's seats beside it
are the court's. A development-corpus text is read whole (tests/conftest.py)."""

from __future__ import annotations

from kg.extract.appointments import post_title
from kg.records import PersonnelChangeRecord
from tests.conftest import devcorpus_records


def test_a_tribunals_head_is_a_post_of_its_court():
    # devcorpus HA-01 (http://www.zhxpm.cn/html/2009/ponews_0430/5878.shtml, traditional script):
    # 任命張先智為黔東南州中級人民法院立案庭庭長,免去石勝華的黔東南州中級人民法院審判委員會委員、
    # 立案庭庭長、審判員職務 — the 庭長 was published in an organisation «…法院立案庭»
    records = [r for r in devcorpus_records("HA-01") if isinstance(r, PersonnelChangeRecord)]
    court = "黔東南州中級人民法院"
    assert [(r.person, r.action, r.organization, r.post) for r in records[2:]] == [
        ("張先智", "appoint", court, "立案庭庭長"),
        ("石勝華", "remove", court, "審判委員會委員"),
        ("石勝華", "remove", court, "立案庭庭長"),
        ("石勝華", "remove", court, "審判員"),
    ]
    # the post keeps its role in the graph: a tribunal's head (庭长)
    assert post_title(records[2].post).notation == "tingzhang-court"
