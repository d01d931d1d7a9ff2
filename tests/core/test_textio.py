# SPDX-License-Identifier: MIT
import pytest
from jiaogao.core.textio import ReadError, decode_text, read_document

pytestmark = pytest.mark.core

REPORT = "青山镇2023年工作总结\r\n一、主要工作\r\n全年完成财政收入3260万元。\r\n"


@pytest.mark.parametrize(
    "data",
    [
        REPORT.encode("utf-8"),
        b"\xef\xbb\xbf" + REPORT.encode("utf-8"),
        REPORT.encode("gbk"),
        REPORT.encode("gb18030"),
        REPORT.encode("utf-16"),
    ],
)
def test_encodings_decode_to_the_same_text(data):
    assert decode_text(data) == REPORT.replace("\r\n", "\n")


def test_short_gbk_strings_are_not_misread():
    # Detectors guess Korean for these; the strict UTF-8 → GB18030 chain does not.
    for s in ("工作总结", "培训3次，参训人员120人次。"):
        assert decode_text(s.encode("gbk")) == s


def test_lone_cr_and_tabs_kept_except_newlines():
    assert decode_text("一、概况\r二、问题\t（略）".encode()) == "一、概况\n二、问题\t（略）"


def test_read_txt_with_chinese_path_and_spaces(tmp_path):
    folder = tmp_path / "我的 文档"
    folder.mkdir()
    path = folder / "上半年 工作总结.txt"
    path.write_bytes(REPORT.encode("gbk"))
    doc = read_document(path)
    assert doc.text == REPORT.replace("\r\n", "\n")
    assert doc.paragraphs[0].text == "青山镇2023年工作总结"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "空"),
        ("blank.txt", b"  \n\n ", "空"),
        ("binary.txt", b"\x00\x01\x02PK\x00\x00" * 50, "二进制"),
        ("old.doc", b"\xd0\xcf\x11\xe0", ".docx"),
        ("pic.png", b"\x89PNG", "不支持"),
    ],
)
def test_unusable_files_raise_read_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert message in info.value.message


def test_broken_encoding_reports_the_line(tmp_path):
    path = tmp_path / "broken.txt"
    # valid GB18030 is very permissive; a lone 0x80 followed by newline is not valid in either encoding
    path.write_bytes("第一行\n第二行\n".encode("gbk") + b"\x80\n")
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert "第 3 行" in info.value.message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="找不到"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="文件夹"):
        read_document(tmp_path)


def test_huge_text_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no real disk use
    with pytest.raises(ReadError, match="太大"):
        read_document(path)


def test_decode_error_points_at_the_odd_line():
    # UTF-8 lines, then a line saved in GBK, then bytes that are neither.
    data = "第一段是UTF-8。\n第二段也是。\n".encode() + "第三段是GBK。\n".encode("gbk") + b"\xff\xfe\xfd\n"
    with pytest.raises(ReadError, match="第 3 行附近"):
        decode_text(data)
    gbk = ("柳河镇2024年工作总结\n" * 5).encode("gbk") + b"\x81\x20\n"  # a broken double-byte pair on line 6
    with pytest.raises(ReadError, match="第 6 行附近"):
        decode_text(gbk)
