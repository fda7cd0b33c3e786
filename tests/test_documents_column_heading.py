"""A page headed by the site's column, which its breadcrumb names as a step (政策公告 over 首页 >>
资讯动态 >> 政策公告 >> 正文), is not titled by the column; the title under it is not told apart from
the texts the page reprints (a 办法 and the order amending it, signed and dated), so no document is
read from the page (a wrong title or date is worse than none)."""

from __future__ import annotations

from kg.extract import documents
from kg.records import CitedDocumentRecord, DocumentRecord
from tests.conftest import cut_records

# https://deksupport.org/397.html (a fresh page; the site writes pinyin after some characters)
_COLUMN_PAGE = "\n".join(
    [
        "政策公告",
        "",
        "首页 >> 资讯动态 >> 政策公告 >> 正文(wén)",
        "",
        "中华人民(mín)共和國(guó)海关最不发达國(guó)家特别优惠关税待遇进口货",
        "2016-08-05 10:24:56 浏览次数:",
        "",
        "中华人民(mín)共和國(guó)海关最不发达國(guó)家特别优惠关税待遇进口货物(wù)原产地管理(lǐ)办法",
        "",
        "《 中华人民(mín)共和國(guó)海关最不发达國(guó)家特别优惠关税待遇进口货物(wù)原产地管理(lǐ)办法》于"
        "2010年6月28日以中华人民(mín)共和國(guó)海关总署令第192号公布,根据2013年6月28日中华人民(mín)"
        "共和國(guó)海关总署令第210号《关于修改〈中华人民(mín)共和國(guó)海关最不发达國(guó)家特别优惠关税待遇"
        "进口货物(wù)原产地管理(lǐ)办法〉的决定》修改。该《办法》共28条,自2010年7月1日起施行。",
        "",
        "基本信息",
        "",
        "中华人民(mín)共和國(guó)海关总署令------第210号",
        "",
        "署 長(cháng) 于广洲",
        "",
        "2013年6月28日",
    ]
)


def test_a_heading_the_breadcrumb_names_as_its_column_titles_no_document():
    records = cut_records(_COLUMN_PAGE, "deksupport.txt")
    assert [r for r in records if isinstance(r, DocumentRecord)] == []
    cited = [r for r in records if isinstance(r, CitedDocumentRecord)]
    assert cited and all(r.cited_by != "政策公告" for r in cited)
    # the orders the page names are still cited
    assert "中华人民(mín)共和國(guó)海关总署令第210号" in {r.number for r in cited}


def _lines(*texts: str) -> list:
    return [documents._Line(n, t) for n, t in enumerate(texts, 1)]


def test_a_column_is_a_step_of_the_breadcrumb_before_its_last():
    crumbs = _lines("首页 >> 资讯动态 >> 政策公告 >> 正文(wén)")
    assert documents._column_named(crumbs, "政策公告")
    assert not documents._column_named(crumbs, "正文(wén)")  # the last step: the page itself
    assert not documents._column_named(crumbs, "海关总署关于修改部分规章的决定")
    # http://www.cnhelpme.cn/web/newsDetails?id=1108: 首頁  > 政策法規  > 詳情頁
    spaced = _lines("首頁  > 政策法規  > 詳情頁")
    assert documents._column_named(spaced, "政策法規")
    # a line of prose with one > is no breadcrumb
    assert not documents._column_named(_lines("收入增长率 > 政策公告"), "政策公告")
