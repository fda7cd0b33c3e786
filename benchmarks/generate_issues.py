"""Synthetic gazette issues in the sample's conventions, for benchmarks (deterministic by seed).

Each issue is a city government gazette (masthead, editorial board, table of contents, a decision
amending and repealing documents with its attachment tables, a notice publishing a plan whose key
projects are tab-separated tables with repeated headers, a personnel section, news briefs, a
chronicle and a catalogue), with different cities, names, numbers, agencies and projects.

    python benchmarks/generate_issues.py --count 100 --seed 7 --out /tmp/archive
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

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
    ("温州市", "温"),
    ("扬州市", "扬"),
    ("泉州市", "泉"),
    ("赣州市", "赣"),
    ("洛阳市", "洛"),
    ("绵阳市", "绵"),
]
COUNTIES = [
    "东城区",
    "西湖区",
    "南溪县",
    "北岭县",
    "青山市",
    "临江区",
    "云和县",
    "安平县",
    "桐溪市",
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


@dataclass
class City:
    name: str
    code: str

    @property
    def short(self) -> str:
        return self.name[:-1]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def front_matter(city: City, year: int, number: int, total: int, rng: random.Random) -> list[str]:
    board = [person(rng) for _ in range(8)]
    return [
        f"{city.name}人民政府公报",
        "",
        f"{year}",
        "",
        f"第 {number} 期 (总第{total}期)",
        "",
        f"{city.name}人民政府公报",
        "",
        f"{year}.{number}",
        "",
        f"总第{total}期（月刊）",
        "",
        f"出版日期：{year}年{number + 1}月{rng.randint(1, 28)}日",
        "",
        f"{city.name}人民政府公报编辑委员会",
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
        f"主办：{city.name}人民政府",
        "",
        f"承编：{city.name}政府公报中心",
        "",
    ]


def decision(city: City, year: int, seq: int, rng: random.Random) -> tuple[str, list[str]]:
    number = f"{city.code}政发〔{year}〕{seq}号"
    title = f"{city.name}人民政府关于修改和废止部分行政规范性文件的决定"
    # Every target a distinct document: one number amended and repealed by one decision is a
    # contradiction the pipeline rightly flags (two actions on one amendment node).
    targets = rng.sample([(y, n) for y in range(year - 4, year) for n in range(1, 121)], 9)
    amended = [
        (
            f"《{city.name}关于{rng.choice(TOPICS)}的{rng.choice(DOC_TYPES)}》",
            f"{city.code}政办〔{y}〕{n}号",
        )
        for y, n in targets[: rng.randint(2, 6)]
    ]
    repealed = [
        (
            f"《{city.name}人民政府办公室关于{rng.choice(TOPICS)}的实施意见》",
            f"{city.code}政办〔{y}〕{n}号",
        )
        for y, n in targets[6 : 6 + rng.randint(1, 3)]
    ]
    lines = [
        title,
        "",
        number,
        "",
        "各县（市、区）人民政府，市政府直属各单位：",
        "",
        f"经过清理，市政府决定：一、对{amended[0][0]}（{amended[0][1]}）等{len(amended)}件行政规范性文件的部分内容，予以修改。",
        "",
        f"二、对{repealed[0][0]}（{repealed[0][1]}）等{len(repealed)}件行政规范性文件，予以废止。",
        "",
        f"本决定自{year}年{rng.randint(7, 12)}月1日起施行。",
        "",
        f"{city.name}人民政府",
        "",
        f"{year}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日",
        "",
        "修改的市政府行政规范性文件目录",
        "",
        "序号\t文件名称\t文号\t修改内容",
    ]
    for index, (doc_title, doc_number) in enumerate(amended, 1):
        part = NUMERALS[rng.randint(0, 8)]
        change = rng.choice(
            [
                f"删除{part}{rng.randint(1, 9)}“本条款内容予以删除”。",
                f"将{part}中“原有的表述”修改为“新的表述”。",
                f"将{part}({NUMERALS[rng.randint(0, 4)]}){rng.randint(1, 5)}中“旧措施”修改为“新措施”。",
            ]
        )
        lines.append(f"{index}\t{doc_title}\t{doc_number}\t{change}")
    lines += [
        "",
        "附件2",
        "",
        "废止的市政府行政规范性文件目录",
        "",
        "序号\t行政规范性文件名称\t文号",
    ]
    lines += [f"{i}\t{t}\t{n}" for i, (t, n) in enumerate(repealed, 1)]
    return number, [*lines, ""]


def plan(city: City, year: int, seq: int, rng: random.Random) -> tuple[str, list[str]]:
    number = f"{city.code}政发〔{year}〕{seq}号"
    plan_title = f"{city.name}生态文明建设规划({year - 2}-{year + 7}年)"
    header = "序号\t重点工程\t建设性质\t建设地点\t指标贡献\t主要内容\t实施期限(年)\t投资总预算(亿元)\t责任单位"
    lines = [
        f"{city.name}人民政府 关于印发{plan_title}的通知",
        "",
        number,
        "",
        "各县(市、区)人民政府,市各有关单位:",
        "",
        f"现将《{plan_title}》,印发给你们,请结合实际认真贯彻落实。",
        "",
        f"{city.name}人民政府",
        "",
        f"{year}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日",
        "",
        plan_title,
        "",
    ]
    lines += ["规划正文段落，" * rng.randint(20, 60) for _ in range(rng.randint(40, 80))]
    lines += ["", f"{city.name}生态文明建设近期重点工程清单", "", "附表1:", "", header]
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
            lead = f"市{rng.choice(BUREAUS)}"
            partners = rng.choice(["", "、" + f"市{rng.choice(BUREAUS)}", ",相关县(市、区)政府"])
            lines.append(
                "\t".join(
                    [
                        str(seq_no),
                        f"{flag}{rng.choice(COUNTIES)}{rng.choice(WORKS)}",
                        rng.choice(["新建类", "续建类"]),
                        rng.choice([*COUNTIES, "全市"]),
                        "提高水环境质量指标",
                        "完成相关建设内容。",
                        f"{start}-{start + rng.randint(1, 5)}",
                        budget,
                        lead + partners,
                    ]
                )
            )
    lines += ["", "注: *项目为针对未达标指标的重点提升项目。", ""]
    return number, lines


def personnel(city: City, number: int, rng: random.Random) -> list[str]:
    lines = [f"{number}月份市政府人事任免", "", "市人民政府决定：", ""]
    for _ in range(rng.randint(4, 12)):
        who = person(rng)
        post = f"{city.name}{rng.choice(BUREAUS)}{rng.choice(POSTS)}"
        old = f"{city.name}{rng.choice(BUREAUS)}{rng.choice(POSTS)}"
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


def chronicle(city: City, number: int, rng: random.Random) -> list[str]:
    mayor, deputies = person(rng), [person(rng) for _ in range(5)]
    lines = [f"{number}月份市政府记事", ""]
    for day in sorted(rng.sample(range(1, 29), 10)):
        lines += [f"{day}日", ""]
        for _ in range(rng.randint(1, 4)):
            who = rng.sample(deputies, rng.randint(1, 3))
            lines += [
                f"△ 市长{mayor}，副市长{'、'.join(who)}参加全市{rng.choice(TOPICS)}工作推进会。",
                "",
            ]
    return lines


def catalogue(city: City, entries: list[tuple[str, str]], number: int) -> list[str]:
    lines = [f"{number}月份市政府、市政府办公室发文目录", ""]
    return lines + [f"- {num} {title}" for num, title in entries] + [""]


def issue_text(index: int, seed: int) -> str:
    rng = random.Random(seed * 100_003 + index)
    name, code = CITIES[index % len(CITIES)]
    city = City(name, code)
    year = 2018 + index % 8
    number = 1 + index % 12
    total = 100 + index
    seq = rng.randint(1, 40)
    dec_number, dec_lines = decision(city, year, seq, rng)
    plan_number, plan_lines = plan(city, year, seq + 1, rng)
    lines = front_matter(city, year, number, total, rng)
    lines += dec_lines + plan_lines + personnel(city, number, rng) + chronicle(city, number, rng)
    lines += catalogue(
        city,
        [
            (dec_number, "关于修改和废止部分行政规范性文件的决定"),
            (plan_number, "关于印发生态文明建设规划的通知"),
            (f"{code}政办〔{year}〕{seq + 7}号", "关于加强安全生产工作的通知"),
        ],
        number,
    )
    return "\n".join(lines) + "\n"


def write_archive(out: Path, count: int, seed: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = out / f"synthetic-{index:03d}.txt"
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
