"""Reading input: encodings detected, bad files refused with the file and line named."""

from __future__ import annotations

import codecs

import pytest

from kg.errors import InputError
from kg.text.source import from_text, read

TEXT = "温州市人民政府关于印发某方案的通知\n温政办〔2023〕1号\n各县（市、区）人民政府：\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_are_detected(tmp_path, encoded, encoding):
    path = tmp_path / "in.txt"
    path.write_bytes(encoded)
    source = read(path)
    assert source.encoding == encoding
    assert source.text == TEXT
    assert source.line(2) == "温政办〔2023〕1号"


def test_crlf_and_lone_cr_become_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read(path).text == TEXT
    assert from_text(TEXT.replace("\n", "\r")).text == TEXT


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("温州市\n".encode() + b"\xff\xfe\xfa\n", "cannot detect the encoding"),
        (b"just some english text\n", "no Chinese text"),
    ],
)
def test_bad_files_are_refused_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read(path)
    assert str(path) in str(caught.value)


def test_undecodable_byte_names_its_line(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("第一行\n第二行\n".encode() + b"\xff\xff\xff\xff\n")
    with pytest.raises(InputError) as caught:
        read(path)
    assert caught.value.line == 3
    assert f"{path}:3:" in str(caught.value)


def test_garbled_text_is_refused(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_text("温州市" + "\ufffd" * 50 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="garbled"):
        read(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read(tmp_path)


def test_quote_keeps_original_lines(sample_source):
    # The chronicle's typo and the wrap break stay as printed in quotes.
    assert "章月影许参加" in sample_source.quote(1523, 1523)
    assert sample_source.quote(1325, 1327) == (
        "王云师任温州市住房公积金管理中心副主任，免去其第十批温州市对口支援新疆拜城县\n指挥部副指挥长职务；"
    )


def test_truncated_utf8_file_is_called_truncated(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("温州市人民政府\n第二行温".encode()[:-1])
    with pytest.raises(InputError, match="truncated") as caught:
        read(path)
    assert caught.value.line == 2
