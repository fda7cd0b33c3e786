"""Personnel changes of probe 10's fresh pages: the body of one sentence's own statement (阳泉市人大
常委会决定罢免刘新云的…代表职务) decides that sentence only; the next sentence's decision (会议…决定
任命于英杰为…) is the session's. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, personnel_changes

# http://taiyuan.baogaosu.com/xinwen/%E4%BA%BA%E5%A4%A7%E5%B8%B8%E5%A7%94%E4%BC%9A%E5%8F%AC%E5%BC%80
# %E7%AC%AC%E4%BA%8C%E5%8D%81%E5%85%AD%E6%AC%A1%E4%BC%9A%E8%AE%AE/93239503/ (probe 10 page 02),
# its lines 5 (the page's date), 7 and 9 cut.
SHANXI_2021 = (
    "24.04.2021  09:50\n"
    "   本报讯 (记者杨文)4月23日,省十三届人大常委会第二十六次会议举行第一次、第二次全体会议,完成各项"
    "议程后,会议闭幕。省委书记、省人大常委会主任楼阳生出席会议并向通过任命人员颁发任命书。\n"
    "  第二次全体会议,应出席常委会组成人员61人,出席54人,符合法定人数。会议表决通过了关于个别代表的代表"
    "资格的报告。阳泉市人大常委会决定罢免刘新云的省十三届人民代表大会代表职务,依照有关规定,刘新云的代表"
    "资格终止。会议表决通过了人事任免名单,决定任命于英杰为山西省人民政府副省长。\n"
)
RECALL = "阳泉市人大常委会决定罢免刘新云的省十三届人民代表大会代表职务,依照有关规定,刘新云的代表资格终止。"


def test_another_bodys_statement_does_not_decide_the_next_sentence():
    # 阳泉市人大常委会, the subject of the recall before, was the appointment's decider
    records = cut_records(SHANXI_2021)
    assert personnel_changes(records, "decided_by", "meeting", "date") == [
        (
            "于英杰",
            "appoint",
            "山西省人民政府",
            "副省长",
            "省十三届人大常委会",
            "第二十六次会议",
            "2021-04-23",
        ),
    ]


def test_the_session_decides_with_or_without_the_sentence_between():
    # the same decision with the recall cut out: the session's, as it is with it
    assert RECALL in SHANXI_2021
    with_recall = personnel_changes(cut_records(SHANXI_2021), "decided_by")
    without = personnel_changes(cut_records(SHANXI_2021.replace(RECALL, "")), "decided_by")
    assert with_recall == without


# http://nuoerhy.cn/hkzn/hknews/27579.html (the same report as probe 10 page 36, 2012, traditional
# script with a spam bracket and inserted pinyin), its first paragraph's second sentence.
HK_2012 = (
    "香港特區(qū)政府行政長官辦公室12日公布,聘任委員會委出三名副局長及兩名政治助理。陸恭蕙、李家超和邱誠武"
    "分別出任環(huán)境局副局長、[注冊美國公司流程]保安局副局長和運輸及房屋局副局長。\n"
)
# http://sskyn.com/forum.php?goto=nextoldset&mod=redirect&tid=49495 (fresh, 2017), its lines 11 and
# 13: the names joined by 及, the verb 升任 (他們分别出任…, a pronoun's, is not read).
HK_2017 = (
    "另兩名新人副局長為已定於今年退休的醫院管理局九龍東聯網總監徐德義,以及來自自由黨、本身從事金融業的"
    "中西區區議員陳浩濂,他們分別出任食物及衞生局副局長和財經事務及庫務局副局長。\n"
    "至於三名舊人副局長包括原職過渡的創新及科技局副局長鍾偉強,以及兩名同樣來自民建聯的前政治助理徐英偉"
    "及陳百里。徐英偉及陳百里分別升任勞工及福利局副局長和商務及經濟發展局副局長。\n"
)


def test_persons_named_as_the_subject_each_take_one_post_in_order():
    # 分别出任 was read only after a statement naming the persons (X和Y不再担任A，分别出任B和C)
    assert personnel_changes(cut_records(HK_2012)) == [
        ("陸恭蕙", "appoint", "環(huán)境局", "副局長"),
        ("李家超", "appoint", "保安局", "副局長"),
        ("邱誠武", "appoint", "運輸及房屋局", "副局長"),
    ]
    assert personnel_changes(cut_records(HK_2017)) == [
        ("徐英偉", "appoint", "勞工及福利局", "副局長"),
        ("陳百里", "appoint", "商務及經濟發展局", "副局長"),
    ]


def test_as_many_posts_as_persons_or_none():
    # near-forms: a post cut from the list, or a post its table does not know (政治助理): no record
    fewer = HK_2012.replace("、[注冊美國公司流程]保安局副局長", "")
    assert fewer != HK_2012 and personnel_changes(cut_records(fewer)) == []
    unknown = "陳岳鵬和徐英偉分別出任政制及內地事務局政治助理和民政事務局政治助理。\n"
    assert personnel_changes(cut_records(HK_2012.split("。")[0] + "。" + unknown)) == []
