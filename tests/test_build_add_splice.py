"""`build --add` finds the blocks it writes again in the previous graph.ttl and graph.trig by
bisection on the sorted files (kg.serialize._locate, graph_spans), not by splitting them: on the
build of the bundled sample (温州市人民政府公报 2023年第6期), every subject block and every named
graph is found where a split of the file puts it, and an IRI the file does not hold is placed
where it would sort."""

from __future__ import annotations

import json

from kg.serialize import _blocks, _locate, _prefixes, graph_spans


def test_every_subject_block_of_graph_ttl_is_found_by_bisection(sample_build):
    data = (sample_build / "graph.ttl").read_bytes()
    prefixes = _prefixes(data)
    assert prefixes is not None
    blocks = _blocks(data, prefixes)
    assert blocks is not None and len(blocks) > 1000
    first, end = data.find(b"\n\n") + 2, len(data) - 1
    for key, block in blocks.items():
        start, stop = _locate(data, first, end, key, b"", prefixes)
        assert data[start:stop] == block
    # an IRI between two subjects, and one after the last: no block, the place it sorts at
    keys = sorted(blocks)
    between = keys[10][:-1] + b"~>"  # after keys[10] ("~" sorts after ">")
    after = min(key for key in keys if key > between)
    start, stop = _locate(data, first, end, between, b"", prefixes)
    assert start == stop and data[start:].startswith(blocks[after])
    assert _locate(data, first, end, keys[-1][:-1] + b"z>", b"", prefixes) == (end, end)


def test_graph_spans_and_the_subjects_of_the_derived_facts_graph(sample_build):
    data = (sample_build / "graph.trig").read_bytes()
    found = graph_spans(data)
    assert found is not None
    prefixes, spans = found
    assert spans.keys() == _blocks(data).keys()
    manifest = json.loads((sample_build / "manifest.json").read_text(encoding="utf-8"))
    derived = f"<{manifest['derived_graph']}>".encode()
    start, stop = spans[derived]
    block = data[start:stop]
    assert block.startswith(derived + b" {\n\t") and block.endswith(b" .\n}")
    subjects = block[len(derived) + 3 : -2].split(b"\n\n")
    assert len(subjects) > 10  # the sample's memberships, their intervals and instants
    first, end = start + len(derived) + 3, stop - 2
    for part in subjects:
        token = part[1 : part.index(b" ")]
        key = token if token.startswith(b"<") else None
        if key is None:
            name, local = token.split(b":", 1)
            key = b"<" + prefixes[name.decode()].encode() + local + b">"
        begin, end_of = _locate(data, first, end, key, b"\t", prefixes)
        assert data[begin:end_of] == part
