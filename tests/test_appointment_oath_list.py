"""Personnel changes on real texts: persons appointed, counted and not named (任命省政府10个新部门
主要负责人), named by the oath list that follows (…厅长X、…进行了宪法宣誓) when every item is a post
with its organisation and a name and they are as many as counted. The text is a development-corpus
text (round 10), read whole (tests/conftest.py); its address is beside it."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_path, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records)


F04 = "https://www.scfzbs.com/sdtp/201811/56645964.html"


def _f04_body() -> str:
    """F-04 without its `# ` header lines, as the corpus evaluator reads it."""
    lines = devcorpus_path("F-04").read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines if not line.startswith("# "))


def test_the_oath_list_names_the_heads_the_session_appointed_counted():
    # devcorpus F-04 (F04): …表决通过了省长尹力向省人大常委会提出的任免案,任命省政府10个新部门主要
    # 负责人。随后,会议举行了宪法宣誓和颁发任命书仪式。省经济和信息化厅厅长陈新有、…进行了宪法宣誓。
    found = changes(extract_source(from_text(_f04_body(), "F-04.txt")))
    assert len(found) == 10
    assert found[0] == ("陈新有", "appoint", "省经济和信息化厅", "厅长")
    assert ("于会文", "appoint", "省生态环境厅", "厅长") in found
    assert ("何延政", "appoint", "省卫生健康委员会", "主任") in found
    assert found[-1] == ("段毅君", "appoint", "省应急管理厅", "厅长")


def test_an_oath_list_not_as_many_as_counted_is_not_read():
    # devcorpus F-04 (F04), cut: the count sentence and the oath list without its last eight items
    # (two persons sworn, ten counted): nobody is named as appointed.
    lines = _f04_body().split("\n")
    count = next(line for line in lines if "任命省政府10个" in line)
    oath = next(line for line in lines if "进行了宪法宣誓。" in line)
    cut = oath[: oath.index("、省人力资源")] + "进行了宪法宣誓。\n"
    assert changes(extract_source(from_text(count + "\n" + cut, "cut.txt"))) == []


def test_the_address_of_a_saved_page_is_no_line_of_its_head():
    # devcorpus F-04 (F04) with its `# source:` address on top, as benchmarks/extraction.py
    # --with-address reads it: the head of the text is the four lines after the address (before,
    # the address pushed the 任命 sentence out of it and the text was not read as personnel).
    address = f"# source: {F04}\n"
    found = changes(extract_source(from_text(address + _f04_body(), "F-04.txt")))
    assert len(found) == 10
    assert found[0] == ("陈新有", "appoint", "省经济和信息化厅", "厅长")
