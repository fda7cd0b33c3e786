"""A notice that forwards another organ's text (…转发…《X》的通知): issued by the organ before 转发,
dated by its date over X when its signature is left out, and read on a page flattened to one line
(its pieces parted by spaces, or run together with nothing between them)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text


def documents(stem: str) -> list:
    return [r for r in extract_source(devcorpus_text(stem)) if r.kind == "document"]


def test_a_forwarding_notice_on_a_page_flattened_to_one_line_is_read():
    # devcorpus O-06 (南京, 2006, lsbar.com): title, addressees (…:), body, 二○○六年七月五日 and the
    # forwarded opinion's title on one line parted by spaces; no number, no signature
    (o06,) = documents("O-06")
    assert o06.title == (
        "南京市政府办公厅转发市民政局、财政局《关于进一步做好城乡困难居民大重病医疗救助工作的补充意见》的通知"
    )
    assert (o06.issuer, o06.date, o06.addressees) == (
        "南京市政府办公厅",
        "2006-07-05",
        ["各区县人民政府", "市府各委办局", "市各直属单位"],
    )


def test_a_forwarding_notice_is_issued_by_the_organ_before_its_verb():
    # devcorpus Y-08 (沧州, 2009, law database): 沧州市人民政府办公室转发市发改委等部门《…》的通知;
    # the database's organ line (河北省沧州市人民政府办公室) is not the issuer the title names
    notice = next(r for r in documents("Y-08") if r.number == "沧政办字〔2009〕120号")
    assert (notice.issuer, notice.date) == ("沧州市人民政府办公室", "2009-08-30")


def test_a_notice_run_into_one_line_with_nothing_between_its_lines_is_read():
    # devcorpus D-08 (成都龙泉驿, 2009, a document-sharing site): 文档介绍:龙府发〔2009〕23号成都市龙泉驿区
    # 人民政府关于…的通知各街道办事处、镇(乡)人民政府,区政府有关部门:为… — number, title and addressees
    # run together
    (d08,) = documents("D-08")
    assert (d08.number, d08.title, d08.issuer, d08.addressees) == (
        "龙府发〔2009〕23号",
        "成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知",
        "成都市龙泉驿区人民政府",
        ["各街道办事处", "镇(乡)人民政府", "区政府有关部门"],
    )
