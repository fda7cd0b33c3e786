"""The body whose session adopts a document, as its issuer: as the text names it without the session
(devcorpus/README.md, "Decisions and resolutions adopted at a session"), so always words of the text
and of its script; its canonical name (issuer_resolved) one for all scripts and terms."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.resolve import agencies
from tests.conftest import cut_records, devcorpus_text, records_of

# https://m.secretchina.com/news/b5/2002/12/17/amp30482.html (traditional script), its lines 6 and 8
SECRETCHINA_2002 = (
    "  江蘇省九屆人大常委會第三十三次會議今天上午南京閉會,會議審議通過了人事任免事項和有關法規、決定等。\n"
    "\n"
    "  此次會議在昨天通過了《關於召開江蘇省第九屆人民代表大會第六次會議的決定》、《關於召開江蘇省第十屆"
    "人民代表大會第一次會議的決定》。\n"
)


def documents(source):
    return [r for r in extract_genres(source, ("documents",)) if r.kind == "document"]


def test_a_traditional_report_gives_the_body_as_written_and_its_canonical_name():
    # the issuer was 江苏省人大常委会: simplified, and without the term the text writes
    docs = records_of(cut_records(SECRETCHINA_2002), "document")
    assert [(d.issuer, d.issuer_resolved) for d in docs] == [
        ("江蘇省九屆人大常委會", "江苏省人民代表大会常务委员会")
    ] * 2
    assert all(d.issuer in SECRETCHINA_2002 for d in docs)


def test_the_term_is_kept_where_the_report_names_the_body_only_in_its_sessions_name():
    # devcorpus K-08 (云南 2024, traditional with pinyin): 云南省十四屆人大常委會第八次會議…閉幕 and no
    # 云南省人大常委會 elsewhere: the gold's 云南省十四屆人大常委會
    k08 = {d.title: d.issuer for d in documents(devcorpus_text("K-08"))}
    assert k08["云南省紅十字會條例(修訂)"] == "云南省十四屆人大常委會"
    # devcorpus HA-28 (海南 2014): 海南省五届人大常委会第八次会议
    ha28 = {d.title: d.issuer for d in documents(devcorpus_text("HA-28"))}
    assert ha28["海南省养老机构条例"] == "海南省五届人大常委会"


def test_the_term_is_dropped_where_the_report_names_the_body_without_it():
    # devcorpus N-06 (山西): 省十三届人大常委会第…次会议, and 省人大常委会副主任罗清宇主持会议: the
    # gold's 省人大常委会
    assert {d.issuer for d in documents(devcorpus_text("N-06"))} == {"省人大常委会"}
    # devcorpus U-04 (雅安): 市第三届人大常委会第四十次会议 and 市人大常委会主任李伊林主持会议
    assert {d.issuer for d in documents(devcorpus_text("U-04"))} == {"市人大常委会"}


def test_a_term_written_before_the_place_is_dropped():
    # devcorpus C-10 (新华社 2016-11-07): 十二届全国人大常委会第二十四次会议…通过了…: the gold's
    # 全国人大常委会 (as Y-04 and Y-10 in traditional script)
    c10 = {d.title: d.issuer for d in documents(devcorpus_text("C-10"))}
    assert c10["关于修改海洋环境保护法的决定"] == "全国人大常委会"


def test_a_canonical_name_is_in_simplified_script_without_pinyin_or_term():
    # the resolved names of devcorpus A-23 and HA-13 (常州 武进, traditional with pinyin) kept the
    # script, the pinyin and the term: 武進區(qū)十五屆人大常委會
    assert (
        agencies.canonical_name("武進區(qū)十五屆人大常委會", "常州市武進區")
        == "武进区人民代表大会常务委员会"
    )
    assert agencies.canonical_name("省十二届人大常委会", "广东省") == "广东省人民代表大会常务委员会"
    # a short name made full by the text's government, written in the text's script (devcorpus
    # E-12, 趙縣): 縣住房和城鄉建設局 of 趙縣
    assert agencies.canonical_name("縣住房和城鄉建設局", "趙縣") == "赵县住房和城乡建设局"
