"""A table's label is words of the text: given back as written, as a record's other values are (a
label of ours that names a line, "(table at line 3)", is found nowhere in the text and stays)."""

from __future__ import annotations

from tests.conftest import cut_records, devcorpus_path, records_of

# http://yhgelaimei.com (probe9fix page 17: /tmp/probe9fix/pages/17-yhgelaimei-yuqimubiao-2024-trad.txt),
# its line 4, cut after the third target
YHGELAIMEI_2024 = (
    "2024年3月5日\n"
    "政府工作報告提出,今年發展主要預期目標是:國內生產總值增長5%左右;城鎮新增就業1200萬人以上,"
    "城鎮調查失業率5.5%左右;居民消費價格漲幅3%左右。\n"
)


def test_a_prose_targets_label_in_a_traditional_text_is_as_written():
    labels = {r.table for r in records_of(cut_records(YHGELAIMEI_2024), "indicator")}
    assert labels == {"今年發展主要預期目標"}


def test_a_tables_caption_in_a_traditional_copy_with_pinyin_is_as_written():
    # devcorpus P-13 (国务院 农业现代化 十三五, traditional with inserted pinyin): the caption over the
    # table, 專欄1“十三五”農(nóng)業(yè)現(xiàn)代化主要指標(biāo), as its rows' names keep the pinyin
    # (the corpus file's annotator line, # genre:, is left out: it names the caption in simplified
    # script)
    lines = devcorpus_path("P-13").read_text(encoding="utf-8").splitlines()
    body = "\n".join(ln for ln in lines if not ln.startswith("# genre"))
    labels = {r.table for r in records_of(cut_records(body, "P-13.txt"), "indicator")}
    assert labels == {"專欄1“十三五”農(nóng)業(yè)現(xiàn)代化主要指標(biāo)"}
