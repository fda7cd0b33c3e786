"""Synthetic gazette issues in the sample's conventions, for benchmarks (deterministic by seed).

Each issue is the gazette of a city or county government (masthead, editorial board, a
decision amending and repealing documents with its attachment tables, a notice publishing a plan
whose key projects are tab-separated tables with repeated headers, a personnel section, a
chronicle and a catalogue), with its own names, numbers, agencies and projects.

Any count gives distinct issues: 180 governments (30 cities, 150 counties) take
turns, in an order the seed shuffles, and each publishes 12 issues a year from its own first year
(2000–2014), so issue i is (government, year, number) of no other issue; document numbers are
counted per government and year, and the documents a decision amends or repeals are numbered so
that no two issues of one government touch the same one. 10,000 issues end in 2018.

    python benchmarks/generate_issues.py --count 100 --seed 7 --out /tmp/archive
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

# Prefecture-level cities (each with its own one-character abbreviation for document numbers);
# 温州市 is left out: the bundled sample is its gazette, and an archive may be built beside it.
CITIES = [
    ("宁波市", "甬"),
    ("嘉兴市", "嘉"),
    ("湖州市", "湖"),
    ("绍兴市", "绍"),
    ("金华市", "金"),
    ("衢州市", "衢"),
    ("舟山市", "舟"),
    ("台州市", "台"),
    ("丽水市", "丽"),
    ("扬州市", "扬"),
    ("泉州市", "泉"),
    ("赣州市", "赣"),
    ("洛阳市", "洛"),
    ("绵阳市", "绵"),
    ("芜湖市", "芜"),
    ("徐州市", "徐"),
    ("常州市", "常"),
    ("南通市", "通"),
    ("漳州市", "漳"),
    ("九江市", "浔"),
    ("襄阳市", "襄"),
    ("株洲市", "株"),
    ("柳州市", "柳"),
    ("遵义市", "遵"),
    ("曲靖市", "曲"),
    ("宝鸡市", "宝"),
    ("天水市", "天"),
    ("潍坊市", "潍"),
    ("保定市", "保"),
    ("大同市", "同"),
]
# Counties: real names (from kg/data/divisions.tsv, each unique there and none sharing its first
# two characters, the document-number prefix here, with another division), so that the reader
# knows them as governments as it knows any county's.
COUNTIES = [
    "万载县",
    "三台县",
    "上思县",
    "上栗县",
    "中方县",
    "习水县",
    "于田县",
    "五寨县",
    "交口县",
    "交城县",
    "仪陇县",
    "仲巴县",
    "会同县",
    "冕宁县",
    "农安县",
    "凤凰县",
    "凤阳县",
    "加查县",
    "南乐县",
    "南城县",
    "博白县",
    "咸丰县",
    "嘉禾县",
    "固安县",
    "壤塘县",
    "壶关县",
    "大名县",
    "大城县",
    "大埔县",
    "大英县",
    "天台县",
    "天镇县",
    "夹江县",
    "娄烦县",
    "婺源县",
    "嫩江县",
    "宁远县",
    "宁陵县",
    "安图县",
    "安龙县",
    "定结县",
    "宾阳县",
    "富蕴县",
    "寿宁县",
    "尉氏县",
    "尖扎县",
    "屏山县",
    "岑巩县",
    "岢岚县",
    "巨鹿县",
    "巩留县",
    "巫溪县",
    "常山县",
    "平昌县",
    "平潭县",
    "平舆县",
    "广饶县",
    "庆城县",
    "庆安县",
    "延长县",
    "开化县",
    "开鲁县",
    "当涂县",
    "德格县",
    "惠东县",
    "惠水县",
    "慈利县",
    "扶绥县",
    "拜城县",
    "拜泉县",
    "故城县",
    "文安县",
    "文成县",
    "新田县",
    "无棣县",
    "昌黎县",
    "曲松县",
    "望都县",
    "来安县",
    "松阳县",
    "林口县",
    "林西县",
    "柳河县",
    "桑植县",
    "榆社县",
    "正阳县",
    "武宣县",
    "武胜县",
    "永胜县",
    "江陵县",
    "汪清县",
    "沂南县",
    "治多县",
    "泰来县",
    "泰顺县",
    "泽普县",
    "洞口县",
    "浑源县",
    "海安县",
    "涿鹿县",
    "淮阳县",
    "濉溪县",
    "炎陵县",
    "玉环县",
    "疏勒县",
    "盐池县",
    "磴口县",
    "社旗县",
    "祁东县",
    "神池县",
    "禄丰县",
    "福海县",
    "福贡县",
    "秦安县",
    "称多县",
    "精河县",
    "红安县",
    "纳雍县",
    "绥滨县",
    "绿春县",
    "罗甸县",
    "肃宁县",
    "苍溪县",
    "茌平县",
    "莒南县",
    "蓝田县",
    "衡南县",
    "资溪县",
    "达孜县",
    "通山县",
    "通河县",
    "遂溪县",
    "镇坪县",
    "镇雄县",
    "长子县",
    "长岛县",
    "闽侯县",
    "阳新县",
    "阳西县",
    "陇川县",
    "霍山县",
    "静乐县",
    "静宁县",
    "馆陶县",
    "马关县",
    "马龙县",
    "鲁山县",
    "麻江县",
    "黄梅县",
    "龙川县",
]

BUREAUS = [
    "发展和改革委员会",
    "教育局",
    "科学技术局",
    "经济和信息化局",
    "公安局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源和规划局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化广电旅游局",
    "卫生健康委员会",
    "应急管理局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "投资促进局",
]
POSTS = ["局长", "副局长", "主任", "副主任"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌海燕红宇鹏飞晓云峰婷琳"
DOMAINS = ["生态制度", "生态安全", "生态空间", "生态经济", "生态生活", "生态文化"]
WORKS = [
    "污水处理厂提标改造工程",
    "生态廊道建设工程",
    "美丽河湖创建",
    "绿道网络建设",
    "固废处置中心建设",
    "海岸带整治修复",
    "光伏发电项目",
    "公园绿地建设",
    "智慧监测平台建设",
    "农村生活污水治理提升",
    "垃圾焚烧发电项目",
    "湿地保护修复工程",
]
DOC_TYPES = ["若干政策意见", "实施意见", "管理办法", "实施细则", "行动方案"]
TOPICS = [
    "促进消费",
    "节能改造",
    "科技创新",
    "新能源汽车推广",
    "农业发展",
    "地下水管理",
    "人才引进",
    "数字经济发展",
    "安全生产",
    "养老服务",
]
NUMERALS = "一二三四五六七八九十"
# places named in project rows (not governments of the archive)
PLACES = ["东城区", "西湖区", "南溪县", "北岭县", "青山市", "临江区", "云和县", "安平县", "桐溪市"]
ISSUES_PER_YEAR = 12


@dataclass(frozen=True)
class Government:
    name: str  # 宁波市, 万载县
    code: str  # document-number prefix: 甬, 万载
    first_year: int  # of its gazette in the archive

    @property
    def level(self) -> str:
        """市 or 县: the word its own organs and posts are named with (市政府, 副县长)."""
        return self.name[-1]

    @property
    def subordinates(self) -> str:
        """Whom its documents are addressed to."""
        if self.level == "市":
            return "各县（市、区）人民政府，市政府直属各单位："
        return f"各乡镇人民政府、街道办事处，{self.level}政府直属各单位："


def governments() -> list[Government]:
    """Every government of the archive, cities first; the same list for every seed."""
    found = [Government(name, code, 2000 + i % 15) for i, (name, code) in enumerate(CITIES)]
    for index, name in enumerate(COUNTIES):
        found.append(Government(name, name[:2], 2000 + (index * 7) % 15))
    return found


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def front_matter(
    gov: Government, year: int, number: int, total: int, rng: random.Random
) -> list[str]:
    board = [person(rng) for _ in range(8)]
    return [
        f"{gov.name}人民政府公报",
        "",
        f"{year}",
        "",
        f"第 {number} 期 (总第{total}期)",
        "",
        f"{gov.name}人民政府公报",
        "",
        f"{year}.{number}",
        "",
        f"总第{total}期（月刊）",
        "",
        f"出版日期：{year}年{number}月{rng.randint(1, 28)}日",
        "",
        f"{gov.name}人民政府公报编辑委员会",
        "",
        "编委：（按姓氏笔画为序）",
        "",
        *(f"{board[i]} {board[i + 1]}" for i in range(0, 8, 2)),
        "",
        f"主编：{board[0]}",
        "",
        f"副主编：{board[1]}",
        "",
        f"编辑：{board[2]}",
        "",
        f"主办：{gov.name}人民政府",
        "",
        f"承编：{gov.name}政府公报中心",
        "",
    ]


def decision(
    gov: Government, year: int, number: int, seq: int, rng: random.Random
) -> tuple[str, list[str]]:
    doc_number = f"{gov.code}政发〔{year}〕{seq}号"
    level = gov.level
    title = f"{gov.name}人民政府关于修改和废止部分行政规范性文件的决定"
    # Every target a distinct document: one number amended and repealed by one decision is a
    # contradiction the pipeline rightly flags (two actions on one amendment node). Target j of
    # issue `number` is 政办〔year - 1 - j % 4〕(10 × (number - 1) + j + 1)号: the number gives back
    # the issue and j, the year then the issue's year, so no two issues of a government share one.
    slots = rng.sample(range(10), 9)
    targets = [(year - 1 - j % 4, 10 * (number - 1) + j + 1) for j in slots]
    amended = [
        (
            f"《{gov.name}关于{rng.choice(TOPICS)}的{rng.choice(DOC_TYPES)}》",
            f"{gov.code}政办〔{y}〕{n}号",
        )
        for y, n in targets[: rng.randint(2, 6)]
    ]
    repealed = [
        (
            f"《{gov.name}人民政府办公室关于{rng.choice(TOPICS)}的实施意见》",
            f"{gov.code}政办〔{y}〕{n}号",
        )
        for y, n in targets[6 : 6 + rng.randint(1, 3)]
    ]
    lines = [
        title,
        "",
        doc_number,
        "",
        gov.subordinates,
        "",
        f"经过清理，{level}政府决定：一、对{amended[0][0]}（{amended[0][1]}）等{len(amended)}件行政规范性文件的部分内容，予以修改。",
        "",
        f"二、对{repealed[0][0]}（{repealed[0][1]}）等{len(repealed)}件行政规范性文件，予以废止。",
        "",
        f"本决定自{year}年{rng.randint(7, 12)}月1日起施行。",
        "",
        f"{gov.name}人民政府",
        "",
        f"{year}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日",
        "",
        f"修改的{level}政府行政规范性文件目录",
        "",
        "序号\t文件名称\t文号\t修改内容",
    ]
    for index, (doc_title, target_number) in enumerate(amended, 1):
        part = NUMERALS[rng.randint(0, 8)]
        change = rng.choice(
            [
                f"删除{part}{rng.randint(1, 9)}“本条款内容予以删除”。",
                f"将{part}中“原有的表述”修改为“新的表述”。",
                f"将{part}({NUMERALS[rng.randint(0, 4)]}){rng.randint(1, 5)}中“旧措施”修改为“新措施”。",
            ]
        )
        lines.append(f"{index}\t{doc_title}\t{target_number}\t{change}")
    lines += [
        "",
        "附件2",
        "",
        f"废止的{level}政府行政规范性文件目录",
        "",
        "序号\t行政规范性文件名称\t文号",
    ]
    lines += [f"{i}\t{t}\t{n}" for i, (t, n) in enumerate(repealed, 1)]
    return doc_number, [*lines, ""]


def plan(gov: Government, year: int, seq: int, rng: random.Random) -> tuple[str, list[str]]:
    doc_number = f"{gov.code}政发〔{year}〕{seq}号"
    level = gov.level
    plan_title = f"{gov.name}生态文明建设规划({year - 2}-{year + 7}年)"
    header = "序号\t重点工程\t建设性质\t建设地点\t指标贡献\t主要内容\t实施期限(年)\t投资总预算(亿元)\t责任单位"
    lines = [
        f"{gov.name}人民政府 关于印发{plan_title}的通知",
        "",
        doc_number,
        "",
        gov.subordinates,
        "",
        f"现将《{plan_title}》,印发给你们,请结合实际认真贯彻落实。",
        "",
        f"{gov.name}人民政府",
        "",
        f"{year}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日",
        "",
        plan_title,
        "",
    ]
    lines += ["规划正文段落，" * rng.randint(20, 60) for _ in range(rng.randint(40, 80))]
    lines += ["", f"{gov.name}生态文明建设近期重点工程清单", "", "附表1:", "", header]
    seq_no = 0
    for d_index, domain in enumerate(DOMAINS):
        lines.append(f"({NUMERALS[d_index]}) {domain}领域" + "\t" * 8)
        for _ in range(rng.randint(2, 9)):
            seq_no += 1
            if seq_no % 6 == 0:
                lines += ["", header]
            flag = "*" if rng.random() < 0.3 else ""
            start = rng.randint(year - 3, year)
            budget = rng.choice(
                ["待定", f"{rng.randint(0, 300)}.{rng.randint(0, 99):02d}", str(rng.randint(1, 80))]
            )
            lead = f"{level}{rng.choice(BUREAUS)}"
            partners = rng.choice(["", "、" + f"{level}{rng.choice(BUREAUS)}", ",相关乡镇人民政府"])
            lines.append(
                "\t".join(
                    [
                        str(seq_no),
                        f"{flag}{rng.choice(PLACES)}{rng.choice(WORKS)}",
                        rng.choice(["新建类", "续建类"]),
                        rng.choice([*PLACES, f"全{level}"]),
                        "提高水环境质量指标",
                        "完成相关建设内容。",
                        f"{start}-{start + rng.randint(1, 5)}",
                        budget,
                        lead + partners,
                    ]
                )
            )
    lines += ["", "注: *项目为针对未达标指标的重点提升项目。", ""]
    return doc_number, lines


def personnel(gov: Government, number: int, rng: random.Random) -> list[str]:
    level = gov.level
    lines = [f"{number}月份{level}政府人事任免", "", f"{level}人民政府决定：", ""]
    for _ in range(rng.randint(4, 12)):
        who = person(rng)
        post = f"{gov.name}{rng.choice(BUREAUS)}{rng.choice(POSTS)}"
        old = f"{gov.name}{rng.choice(BUREAUS)}{rng.choice(POSTS)}"
        lines += [
            rng.choice(
                [
                    f"{who}任{post}；",
                    f"{who}任{post}，免去其{old}职务；",
                    f"免去{who}的{old}职务；",
                    f"{who}任{post}（试用期一年）；",
                ]
            ),
            "",
        ]
    return lines


def chronicle(gov: Government, number: int, rng: random.Random) -> list[str]:
    level = gov.level
    head, deputies = person(rng), [person(rng) for _ in range(5)]
    lines = [f"{number}月份{level}政府记事", ""]
    for day in sorted(rng.sample(range(1, 29), 10)):
        lines += [f"{day}日", ""]
        for _ in range(rng.randint(1, 4)):
            who = rng.sample(deputies, rng.randint(1, 3))
            lines += [
                f"△ {level}长{head}，副{level}长{'、'.join(who)}参加全{level}{rng.choice(TOPICS)}工作推进会。",
                "",
            ]
    return lines


def catalogue(gov: Government, entries: list[tuple[str, str]], number: int) -> list[str]:
    level = gov.level
    lines = [f"{number}月份{level}政府、{level}政府办公室发文目录", ""]
    return lines + [f"- {num} {title}" for num, title in entries] + [""]


def issue_of(index: int, seed: int) -> tuple[Government, int, int]:
    """Government, year and issue number of issue ``index``: the governments take turns in the
    seed's order, each publishing ISSUES_PER_YEAR issues a year from its first year."""
    govs = governments()
    random.Random(seed).shuffle(govs)
    gov = govs[index % len(govs)]
    nth = index // len(govs)  # its nth issue in the archive
    return gov, gov.first_year + nth // ISSUES_PER_YEAR, 1 + nth % ISSUES_PER_YEAR


def issue_text(index: int, seed: int) -> str:
    rng = random.Random(seed * 100_003 + index)
    gov, year, number = issue_of(index, seed)
    total = 1 + (year - gov.first_year) * ISSUES_PER_YEAR + number - 1
    seq = 3 * (number - 1) + 1  # document numbers counted per government and year
    dec_number, dec_lines = decision(gov, year, number, seq, rng)
    plan_number, plan_lines = plan(gov, year, seq + 1, rng)
    lines = front_matter(gov, year, number, total, rng)
    lines += dec_lines + plan_lines + personnel(gov, number, rng) + chronicle(gov, number, rng)
    lines += catalogue(
        gov,
        [
            (dec_number, "关于修改和废止部分行政规范性文件的决定"),
            (plan_number, "关于印发生态文明建设规划的通知"),
            (f"{gov.code}政办〔{year}〕{seq + 2}号", "关于加强安全生产工作的通知"),
        ],
        number,
    )
    return "\n".join(lines) + "\n"


def write_archive(out: Path, count: int, seed: int) -> list[Path]:
    """``count`` distinct issues as synthetic-NNN.txt (as many digits as the count needs)."""
    out.mkdir(parents=True, exist_ok=True)
    digits = max(3, len(str(count - 1)))
    paths = []
    for index in range(count):
        path = out / f"synthetic-{index:0{digits}d}.txt"
        path.write_text(issue_text(index, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    paths = write_archive(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} issues to {args.out}")


if __name__ == "__main__":
    main()
