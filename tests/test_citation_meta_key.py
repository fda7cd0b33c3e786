"""A number printed as the value of a 文号/字号 key is the page's own number, not a citation (K-11),
also when a table flattened with | puts the value on the line under its key and the site writes a
character's pinyin after it (文件字號(hào) | / 省地稅公告2011年第3號(hào) |)."""

from __future__ import annotations

from kg.records import CitedDocumentRecord
from tests.conftest import cut_records

# http://ananmodel.com/policy_info.asp?cid=8&id=415 (a fresh page; traditional, with pinyin)
_BLOCK = "\n".join(
    [
        "法規(guī)名稱(chēng) |",
        "吉林省地方稅務(wù)局關(guān)于發(fā)布個(gè)體工商戶(hù)稅收定期定額征收管理辦法的公告 |",
        "發(fā)文機(jī)關(guān) |",
        "吉林省地方稅務(wù)局 |",
        "文件字號(hào) |",
        "省地稅公告2011年第3號(hào) |",
        "頒布日期 |",
        "2011-03-04 |",
        "正 文 |",
        "吉林省地方稅務(wù)局關(guān)于發(fā)布個(gè)體工商戶(hù)稅收定期定額征收管理辦法的公告 為進(jìn)一步提高個(gè)體工商戶(hù)"
        "稅收定期定額征收管理工作水平,根據(jù)《國(guó)家稅務(wù)總局個(gè)體工商戶(hù)稅收定期定額征收管理辦法》(國(guó)家"
        "稅務(wù)總局令[2006]16號(hào))、《國(guó)家稅務(wù)總局關(guān)于個(gè)體工商戶(hù)定期定額征收管理有關(guān)問(wèn)題的通知》"
        "(國(guó)稅發(fā)〔2006〕183號(hào)),現(xiàn)予以公布。 特此公告。 二〇一一年三月四日",
    ]
)


def test_the_value_under_a_flattened_number_key_is_no_citation():
    numbers = {
        r.number for r in cut_records(_BLOCK, "ananmodel.txt") if isinstance(r, CitedDocumentRecord)
    }
    assert "省地税公告〔2011〕3号" not in numbers
    # the numbers the text cites in its body are still citations
    assert {"国家税务总局令〔2006〕第16号", "國(guó)稅發(fā)〔2006〕183號(hào)"} <= numbers
