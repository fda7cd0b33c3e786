"""Agencies: one canonical entity per real agency, whatever the surface form.

Rules, in order:

1. collective parties (相关县(市、区)政府, 各县(市、区)人民政府, 功能区管委会, 市各有关单位) are their own
   kind and are never expanded into guessed members;
2. the reviewed alias table kg/data/agency_aliases.tsv (per government: 市住建局 → 温州市住房和城乡建设局);
3. a short form that drops the government's name is prefixed with it (市司法局 → 温州市司法局 in a
   温州市 text; 县财政局 → 安吉县财政局 in an 安吉县 text);
4. ``X政府`` for a named area becomes ``X人民政府`` (乐清市政府 → 乐清市人民政府).

The kind comes from the canonical name's ending (人民政府, 办公室, 局, 委员会, 管理委员会, 集团, 指挥部,
中共…委…部, 中心…), and a parent where the name itself shows it (温州市人民政府办公室 is a unit of
温州市人民政府).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.resolve import places
from kg.tables import read_tsv
from kg.text.normalize import clean, key
from kg.text.reading import read_text

GOVERNMENT = "government"  # 人民政府
OFFICE = "office"  # 人民政府办公室/办公厅
DEPARTMENT = "department"  # 局, 委员会, 厅, 办公室 of a government
COMMITTEE = "administrative-committee"  # 管理委员会 of a zone
ENTERPRISE = "state-owned-enterprise"  # 集团, 公司
HEADQUARTERS = "temporary-headquarters"  # 指挥部, 领导小组
PARTY = "party-organ"  # 中共…委, 市委…部
CONGRESS = "congress"  # 人大常委会
INSTITUTION = "public-institution"  # 中心, 院, 所 (事业单位)
COLLECTIVE = "collective"  # 相关县(市、区)政府 — a set of parties, not one agency
OTHER = "other"

_COLLECTIVE = re.compile(
    r"^(?:相关|各|有关|其他|市各|各有关|市直各|市级各|所属各)|^功能区|各有关单位|各部门$"
)
# Words that begin with a level character without being a short form (市场监督管理局, 区域…).
_NOT_A_PREFIX = re.compile(r"^(?:市场|市政(?!府)|市容|市民|市区|县域|区域|省级|市级|县级)")
_AREA = r"[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|自治州|自治县|州|旗|盟)"
_KIND_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"人大常委会$|人民代表大会常务委员会$"), CONGRESS),
    (re.compile(r"^中共|(?:省委|市委|县委|区委)[\u4e00-\u9fff]*(?:部|办公室|委员会)$"), PARTY),
    (re.compile(r"人民政府(?:办公室|办公厅)$"), OFFICE),
    (re.compile(r"人民政府$|政府$"), GOVERNMENT),
    (re.compile(r"(?:管理委员会|管委会)$"), COMMITTEE),
    (re.compile(r"(?:集团|公司|集团有限公司)$"), ENTERPRISE),
    (re.compile(r"(?:指挥部|领导小组|领导小组办公室)$"), HEADQUARTERS),
    (re.compile(r"(?:中心|院|所|站|馆)$"), INSTITUTION),
    (re.compile(r"(?:局|厅|委员会|委|办公室|办)$"), DEPARTMENT),
)


@dataclass(frozen=True)
class Agency:
    name: str  # canonical full name (the surface form when nothing better is known)
    kind: str
    parent: str | None = (
        None  # canonical name of the agency it is a unit of, when the name shows it
    )

    @property
    def collective(self) -> bool:
        return self.kind == COLLECTIVE


@functools.cache
def _aliases() -> dict[tuple[str, str], str]:
    return {
        (key(row["government"]), key(row["alias"])): clean(row["full_name"])
        for row in read_tsv("agency_aliases.tsv")
    }


def kind_of(name: str) -> str:
    if _COLLECTIVE.search(name):
        return COLLECTIVE
    for pattern, kind in _KIND_RULES:
        if pattern.search(name):
            return kind
    return OTHER


def canonical_name(surface: str, government: str | None) -> str:
    """The full name a surface form stands for, relative to ``government`` (温州市), in
    simplified script without what a copy inserts (pinyin after a character): the surface is kept
    as written in its own field (江蘇省九屆人大常委會), the canonical name is one for all scripts
    (江苏省人民代表大会常务委员会)."""
    name = read_text(clean(surface).replace(" ", "")).replace("（", "(").replace("）", ")")
    government = read_text(government) if government else government  # 趙縣 of a 縣… surface
    if not name or _COLLECTIVE.search(name):
        return name
    if government and name in _BARE:  # 人大常委会 in a 杭州市 text
        return _full_forms(government + name)
    for area in _governments_above(government):
        alias = _aliases().get((key(area), key(name)))
        if alias:
            return alias
        level = area[-1]  # 市, 县, 区, 省
        if (
            name.startswith(level)
            and not name.startswith(area)
            and not _starts_with_area(name)
            and not _NOT_A_PREFIX.match(name)
        ):
            name = area + name[1:]
            name = _aliases().get((key(area), key(level + name[len(area) :]))) or name
            break
    return _full_forms(name)


_BARE = {"人民政府", "政府", "人大常委会", "人民代表大会常务委员会", "人民政府办公室", "政府办公室"}


def _full_forms(name: str) -> str:
    """X政府 → X人民政府 (also before 办公室/办公厅); X人大常委会 → X人民代表大会常务委员会; a
    congress's term number (第十四届, 十四届) dropped, since the standing committee is one body."""
    name = re.sub(rf"^({_AREA})政府(办公室|办公厅)?$", r"\1人民政府\2", name)
    name = re.sub(r"人大常委会$", "人民代表大会常务委员会", name)
    if name.endswith("人民代表大会常务委员会"):
        name = re.sub(r"第?[一二三四五六七八九十百\d]+届", "", name)
    return name


def _governments_above(government: str | None) -> list[str]:
    """The government and those above it (温州市, 浙江省) from the places table."""
    chain: list[str] = []
    while government and government not in chain:
        chain.append(government)
        government = places.resolve(government, None).parent
    return chain


def _starts_with_area(name: str) -> bool:
    """市辖区 names like 市区 or 市场监督管理局 start with the level character but are not areas."""
    return bool(re.match(rf"^{_AREA}(?:人民政府|政府)", name)) and not name.startswith(
        ("市政府", "县政府", "区政府", "省政府")
    )


def parent_of(name: str) -> str | None:
    """The agency ``name`` is a unit of, when its name says so (X人民政府办公室 → X人民政府)."""
    match = re.match(r"^(.+人民政府)(?:办公室|办公厅)$", name)
    return match.group(1) if match else None


def resolve(surface: str, government: str | None) -> Agency:
    """The agency a surface form names, in a text of ``government``."""
    name = canonical_name(surface, government)
    return Agency(name=name, kind=kind_of(name), parent=parent_of(name))
