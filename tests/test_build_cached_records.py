"""`build --add` takes over every source's cache file without parsing its records
(kg.build.CachedRecords): their number, kinds and first and last records are read from the text
the previous build wrote. Whatever is read so must be what parsing the file gives.

The sources are the sample (温州市人民政府公报 2023年第6期) and the two follow-up issues of
tests/fixtures/archive (real texts: records of many kinds, extraction warnings).
"""

from __future__ import annotations

import json
from collections import Counter

from kg.build import CachedRecords, build
from kg.resources import sample_issue
from tests.test_build_add_files import AUGUST, JULY


def test_a_cache_read_lazily_is_what_parsing_it_gives(tmp_path):
    out = tmp_path / "out"
    build([sample_issue(), JULY, AUGUST], out=out, views=False)
    caches = sorted((out / "sources").glob("*.json"))
    assert len(caches) == 3
    kinds: Counter[str] = Counter()
    for path in caches:
        text = path.read_text(encoding="utf-8")
        whole = json.loads(text)
        read = CachedRecords.cache(text)
        records = read["records"]
        assert isinstance(records, CachedRecords)
        assert len(records) == len(whole["records"]) > 0
        assert records[0] == whole["records"][0] and records[-1] == whole["records"][-1]
        assert records.kinds() == Counter(r["kind"] for r in whole["records"])
        assert list(records) == whole["records"]
        assert {k: v for k, v in read.items() if k != "records"} == {
            k: v for k, v in whole.items() if k != "records"
        }
        kinds.update(records.kinds())
    assert kinds["warning"] > 0 and len(kinds) > 5  # the texts give warnings and many kinds


def test_a_cache_in_another_layout_is_parsed_whole(tmp_path):
    out = tmp_path / "out"
    build([JULY], out=out, views=False)
    (path,) = (out / "sources").glob("*.json")
    whole = json.loads(path.read_text(encoding="utf-8"))
    for text in (json.dumps(whole), json.dumps(whole, indent=2), json.dumps({**whole, "x": 1})):
        read = CachedRecords.cache(text)
        assert not isinstance(read["records"], CachedRecords)
        assert read["records"] == whole["records"]
    empty = json.dumps({**whole, "records": []}, ensure_ascii=False, indent=1)
    read = CachedRecords.cache(empty)
    assert len(read["records"]) == 0 and list(read["records"]) == []
    assert read["findings"] == whole["findings"] and read["report"] == whole["report"]
