"""The year a text speaks of and the government it speaks for (kg.extract.context), on cuts of
real texts of the development corpus (each names its source). A news report's first date may be a
birth date and its first organ a visitor's title: neither is the text's, and where the text does
not tell, the answer is None."""

from __future__ import annotations

import datetime

import pytest

from kg.extract.context import detect_government, detect_year, page_date
from kg.resources import data_file
from kg.text.source import from_text, read


def text(*lines: str):
    return from_text("\n".join(lines), name="cut.txt")


# https://szsranl.com.cn/kuaibao/3085.html: the only years are a birth date and a career
GUOWUYUAN_NEWS = text(
    "一年来7位国务院副秘书长到任 70后 副省长进京履新",
    "",
    "9月6日,据人社部网站消息,国务院任免国家工作人员,林涛任国务院副秘书长。免去郭玮的国务院副秘书长职务。",
    "",
    "今年53岁的林涛,长期在广东省任职,曾任河源市长、市委书记,此次履新前任职广东省副省长。此番卸任国务院"
    "副秘书长的郭玮出生于1964年7月,他曾长期在国务院研究室工作,2018年6月任国务院研究室副主任,2021年7月"
    "获任国务院副秘书长,任职3年卸任。",
)

# http://www.qjsabbmu.com/news/guonei/2015-11-26/542303.html: a dateline without its year
TIANJIN_NEWS = text(
    "中新社天津11月26日電 天津市第十六屆人大常委會26日舉行第二十二次會議。",
    "趙海山,男,1962年10月出生,天津市人,籍貫河北省深縣。光電技術專家。",
)


def test_a_birth_date_is_not_the_year_of_a_news_report():
    assert detect_year(GUOWUYUAN_NEWS) is None
    assert detect_year(TIANJIN_NEWS) is None


def test_the_page_date_gives_the_year_of_the_days_it_reports():
    # https://xinhuaqu.gov.cn/contents/11412/433396.html
    source = text(
        "区十届人大常委会举行第三十六次会议",
        "来源:       发布日期:2021-08-16       浏览次数:",
        "8月13日上午,区十届人大常委会第三十六次会议在新华区人大常委会会议室召开。",
    )
    assert detect_year(source) == 2021
    # https://haikou.baogaosu.com/…: the date line written day first
    source = text(
        "国务院修改21部行政法规的部分条款",
        "17.08.2014  01:50",
        "  据新华社北京8月15日电  日前,国务院总理李克强签署国务院令",
    )
    assert detect_year(source) == 2014


def test_a_page_date_far_after_the_days_reported_tells_no_year():
    # https://yueyang.gov.cn/…/content_1629673.html (B-10): a chronicle of August put on the web
    # in November of the next year
    source = text(
        "8月",
        "来源:本室 日期:2019-11-27 11:17",
        "1—2日 洞庭湖生态经济区(四市一区)政协主席联席会议第一次会议在岳阳市召开。",
    )
    assert detect_year(source) is None
    # http://news.calyptus.net/test/news.php?YWX=qg.html: a mirror's date, months later
    source = text(
        "发布时间:2024-11-14 13:38:54 来源: sp20241114",
        "中新网 上海4月12日电(记者 范宇斌)11日,上海市文史研究馆馆员聘任仪式举行。",
        "上海市文史研究馆成立于1953年6月,馆员是具有较高学术造诣和艺术成就的人士。",
    )
    assert detect_year(source) is None


def test_a_chronicle_heading_comes_before_the_page_date():
    # https://dlrk.jining.gov.cn/art/2009/8/25/art_177_23739.html (B-09)
    source = text(
        "济宁市人民政府2007年5月大事记",
        "发布日期:2009-08-25 15:19 浏览次数: 字体:[ ]",
        "  1日 市委副书记、市长张振川,市委常委、政法委书记步士金,副市长韩军等到企业调研。",
    )
    assert detect_year(source) == 2007


def test_the_issue_year_of_the_sample():
    assert detect_year(read(data_file("wenzhou-gazette-2023-06.txt"))) == 2023


def test_the_signing_date_in_chinese_numerals():
    # http://law705.infoeach.com/view-NzA1fDEwNjQ2OA==.html
    source = text(
        "各县(市)区人民政府、五大连池管委会,中、省、市直有关单位:",
        "按照国务院《关于解决城市低收入家庭住房困难的若干意见》(国发〔2007〕24号文件)要求,",
        "特此通知。",
        "二○○八年四月三十日",
    )
    assert detect_year(source) == 2008
    # http://law161.infoeach.com/view-MTYxfDcyNTI0.html: the letter O typed for 〇
    source = text("铁岭市人民政府令第 42 号", "市长 左大光", "二OO四年七月二十日")
    assert detect_year(source) == 2004


def test_an_adoption_note_gives_the_year():
    # http://law465.infoeach.com/view-NDY1fDg5MTc4.html
    source = text(
        "辽宁省人大常委会",
        "2007年3月28日辽宁省第十届人民代表大会常务委员会第三十次会议通过",
    )
    assert detect_year(source) == 2007


def test_dates_of_cited_documents_are_not_the_texts_year():
    # https://epaper.cz001.com.cn/czrbpaper/pc/con/202412/22/content_136075.html
    source = text(
        "为维护法治统一,及时清理与改革决策和经济社会发展不相适应的市政府规章,市政府决定对以下2件市政府"
        "规章予以废止:",
        "一、《常州市城市市容管理办法》(2016年12月1日常州市人民政府令第2号发布)",
        "二、《常州市生活垃圾分类管理办法》(2018年11月23日常州市人民政府令第8号发布)",
    )
    assert detect_year(source) is None


def test_a_dateline_with_its_year():
    # http://www.360elib.com:2027/detail.aspx?…NewsId=74407831 (B-23): the page date has no year
    source = text(
        "广泛凝聚共识 汇聚发展合力",
        "日期:01-01",
        "版面:第01版:要闻       上一篇    下一篇",
        "本报讯(漳州融媒记者 杨瑞)2025年12月30日,市政府与市政协联席会议召开。",
    )
    assert detect_year(source) == 2025


def test_the_documents_own_number():
    # http://law21.infoeach.com/view-MjF8NTA3NTE=.html
    source = text(
        "中国人民银行关于公布第六批金融规章和规范性文件废止、失效目录的通知",
        "中国人民银行",
        "银发[2000]262号",
        "人民银行各分行、营业管理部,各政策性银行、国有独资商业银行:",
    )
    assert detect_year(source) == 2000


# ------------------------------------------------------------------------------- government


def test_a_news_report_names_its_government_as_an_organ():
    # https://www.pengxi.gov.cn/gongkai/show/88997e80f7444b6295331a1f63a1bdec.html
    source = text(
        "市人大常委会决定邓正权为代理市长",
        "来源:遂宁新闻网讯 发布时间:2018-12-26 00:00 浏览次数: 字体: [ ] 打印",
        "  今(26)日,市七届人大常委会第二十三次会议接受杨自力辞去市人民政府市长职务,决定任命邓正权为"
        "市人民政府副市长,并决定为代理市长。",
        "  根据地方组织法和遂宁市人大常委会任免国家机关工作人员办法的有关规定,会议表决通过了人事任免事项。",
    )
    assert detect_government(source) == "遂宁市"


def test_a_visitors_title_is_not_the_texts_government():
    # http://webtv1.i2863.com/cydst/xwzhp/xwzh/28192919.shtml (B-05): the text is of a district
    # (我区, 区委书记) that it does not name
    source = text(
        "甘肃省渭源县党政考察团来我区参观考察",
        "2021-05-14 19:25:06 城阳融媒",
        "  •         5月14日上午,甘肃省定西市人大常委会副主任、渭源县委",
        "    书记吉秀,渭源县委副书记、县长蔺红军率考察团到我区参观考",
        "    察并交流座谈,区委书记、青岛高新区工委书记王波出席座谈会,区委副书记、区长解宏劲",
    )
    assert detect_government(source) is None


def test_a_round_up_of_many_governments_has_none():
    # 10位省级政府大管家换人: ten provinces, none the text's own
    source = text(
        "  李金科任辽宁省政府秘书长,",
        "  陈建刚任江苏省政府秘书长,",
        "  欧顺清任重庆市政府秘书长,",
        "  李金科今年3月开始担任辽宁省政府秘书长,此前曾在辽宁省政府办公厅、省委统战部等单位工作。",
    )
    assert detect_government(source) is None


def test_the_organ_line_of_a_law_database_page():
    # http://law161.infoeach.com/view-MTYxfDcyNTI0.html: the province before the city dropped
    source = text("铁岭市行政执法责任制规定", "辽宁省铁岭市人民政府", "铁岭市人民政府令第 42 号")
    assert detect_government(source) == "铁岭市"
    # https://pingjiang.gov.cn/…/content_1202379.html: a joint title, party office first
    source = text(
        "归档时间:2018-11-21",
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
    )
    assert detect_government(source) == "岳阳市"


def test_a_signature_of_a_department_names_its_government():
    # http://law.foodmate.net/show-219854.html (B-31)
    source = text(
        "各市(州)人民政府、省级有关部门(单位):",
        "经省政府同意,现将《四川省“十四五”现代流通体系建设实施方案》印发给你们,请认真组织实施。",
        "四川省发展和改革委员会",
        "2022年10月18日",
    )
    assert detect_government(source) == "四川省"


def test_titles_cited_name_the_government_of_the_texts_level_and_no_word_tail():
    # http://wlnch.com/RegionArticle/Detail/13034: a county's decision cites its own
    # documents; 规定和县人民政府 is 规定 和 县人民政府, not the county 和县
    source = text(
        "各乡镇人民政府,县政府各工作部门、各直属机构:",
        "根据《湖南省规范性文件管理办法》(省政府令第289号)的规定和《湘西自治州人民政府办公室关于开展行政"
        "规范性文件清理工作的通知》要求,县人民政府对规范性文件进行了清理。",
        "一、《花垣县人民政府办公室关于印发〈花垣县县级储备粮管理办法〉的通知》等7件规范性文件继续有效。",
    )
    assert detect_government(source) == "花垣县"


def test_we_the_region_in_an_autonomous_region():
    # http://law.foodmate.net/show-221381.html
    source = text(
        "(2004年6月29日广西壮族自治区人民政府令第7号公布 自公布之日起施行)",
        "全文",
        "为了适应《中华人民共和国行政许可法》的贯彻实施,为我区改革开放和经济社会发展创造宽松的环境,",
        "(一)删去第一条第五项中的“捕捞时需经区水产局批准。”",
    )
    assert detect_government(source) == "广西壮族自治区"


def test_an_organ_that_acts_outweighs_a_visitors_title():
    # https://book.ynsfun.com/2019/bjdqtz01/files/basic-html/page343.html (B-14)
    source = text(
        "是日 中共贵州省委书记、省人大常委会主任陈敏尔,中共贵州省委副书记、省长孙志刚",
        "在毕节会见广东省委常委、广州市委书记任学锋一行。",
        "9月7日 中共毕节市委召开全市领导干部大会,宣布省委决定:桑维亮同志任毕节市委委",
        "员、常委、副书记,提名作为市人民政府市长候选人。",
        "9月12日 毕节市一届人大常委会召开第三十八次会议。会议接受陈昌旭因工作变动辞去毕",
    )
    assert detect_government(source) == "毕节市"


def test_the_central_government():
    assert detect_government(GUOWUYUAN_NEWS) == "国务院"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # http://otuountil.com/post/2/184663: traditional script, as written
        (("盛閱春任武漢代理市長", "2024-05-30 08:17:56   來源:武漢市人大常委會"), "武漢市"),
        # http://www.fan-hu.cn/yhw/hotspot/wjxw/2025-07-04/159259.html: pinyin dropped
        (
            (
                "今天上午,區(qū)十七屆人大常委會(huì)召開第二十五次會(huì)議,",
                " 會(huì)議任命薛曄為常州市武進(jìn)區(qū)人民政府副區(qū)長、代理區(qū)長。",
            ),
            "常州市武進區",
        ),
    ],
)
def test_a_government_is_given_as_the_text_writes_it(lines, expected):
    assert detect_government(text(*lines)) == expected


def test_the_government_of_the_sample():
    assert detect_government(read(data_file("wenzhou-gazette-2023-06.txt"))) == "温州市"


def test_the_page_address_dates_a_page_without_a_date_line():
    # https://epaper.qlwb.com.cn/qlwb/content/20180330/ArticelA03002FM.htm (W-01): the e-paper's
    # address is the only place that gives the year of 3月29日
    source = text(
        "# source: https://epaper.qlwb.com.cn/qlwb/content/20180330/ArticelA03002FM.htm",
        "本报济南3月29日讯(记者 范佳) 29日下午,省十三届人大常委会第二次会议在济南闭会。",
    )
    assert detect_year(source) == 2018
    assert page_date(source) == datetime.date(2018, 3, 30)
    # https://www.gov.cn/xinwen/2014-09/05/content_2745914.htm (K-02), as a bare address line
    source = text(
        "https://www.gov.cn/xinwen/2014-09/05/content_2745914.htm",
        "新华社长春9月5日电(记者 宗巍)吉林省十二届人大常委会第十次会议9月5日决定,",
    )
    assert page_date(source) == datetime.date(2014, 9, 5)
    # http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html (U-02): t20100123_, and the
    # month folder 201001 alone is no date
    source = text("来源网址：http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html", "1月22日")
    assert page_date(source) == datetime.date(2010, 1, 23)


def test_an_address_without_a_date_tells_no_year():
    # https://www.bagongshan.gov.cn/zhxx/bgsxx/11259058192.html: an article number only
    source = text(
        "# source: https://www.bagongshan.gov.cn/zhxx/bgsxx/11259058192.html",
        "9月30日上午,在区政务服务中心四楼召开区政府全体(扩大)会议。",
    )
    assert page_date(source) is None
    assert detect_year(source) is None
    # http://www.handmsg.com/page/2021/1122/9118212.shtml (U-06): a column of 22 November on a
    # session of 24 October, within the page date's reach
    source = text(
        "# source: http://www.handmsg.com/page/2021/1122/9118212.shtml",
        "比如,10月24日,廣東省佛山市第十五屆人大常委會第五十次會議決定任命白濤為佛山市人民政府副市長、代理市長",
    )
    assert detect_year(source) == 2021


def test_a_month_folder_in_the_address_gives_the_year_of_days_in_that_month_or_just_before():
    # https://m.yybnet.net/chuzhou/mingguang/201007/729995.html (B-03): the page is filed under
    # 201007, the briefs say only 7月2日
    line = "●7月2日上午,市文明办就即将举办的第九届广场纳凉晚会牵头召开相关部门协调会。"
    source = text("# source: https://m.yybnet.net/chuzhou/mingguang/201007/729995.html", line)
    assert detect_year(source) == 2010
    assert page_date(source) is None  # a month is no day: 今天 and 13日 are not read against it
    # the same days under a January folder are of the year before; far from the folder, no year
    source = text("# source: https://m.yybnet.net/chuzhou/mingguang/201101/729995.html", line)
    assert detect_year(source) is None
    december = line.replace("7月2日", "12月30日")
    source = text("# source: https://m.yybnet.net/chuzhou/mingguang/201101/729995.html", december)
    assert detect_year(source) == 2010


def test_a_round_ups_heading_with_the_days_it_covers_gives_the_year():
    # http://baikedq.com/lishi/525517.html (devcorpus X-04): the days below say only 2月28日, 3月1日
    source = text(
        "山西省委书记、省长的一周(2023.2.27-2023.3.5)_山西_山西省_全国人大",
        "山西省委书记的一周",
        "3月1日,山西省委常委会召开扩大会议,传达学习党的二十届二中全会精神,研究山西省贯彻落实意见。",
    )
    assert detect_year(source) == 2023
