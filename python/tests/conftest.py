"""Shared inputs for the binding tests: varied Vietnamese documents, built here."""

import importlib
import json
import os
import unicodedata

import pytest

# Sentences written for these tests in the register nhan reads (government news).
SENTENCES = [
    "Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì cuộc họp.",
    "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, phát biểu.",
    "Chiều 6.11, HĐND huyện tổ chức kỳ họp thứ 15 giai đoạn 2013 - 2020.",
    "Mặt trận Tổ quốc (MTTQ) xã vận động được 2.900 người, đạt 1,5 triệu đồng.",
    "Phó Chủ tịch UBND tỉnh Trần Đức Quý; BTV Tỉnh uỷ họp về KT – XH.",
    "Tin, ảnh: BIỆN LUÂN",
    "",
    "   ",
    "không có gì ở đây",
]


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@pytest.fixture(scope="session")
def documents():
    """Plain, NFD, `Ð`-for-`Đ` and emoji variants of every sentence, and a long mix."""
    docs = []
    for s in SENTENCES:
        docs += [s, nfd(s), s.replace("Đ", "\u00d0"), "🇻🇳 " + s + " 👍🏽"]
    docs.append(" ".join(docs))
    return docs


_COLUMNS = {"id", "kind", "start", "end", "text", "canonical", "expansion", "value"}


def span_row(doc_key, s):
    """A span as the column rows of `annotate_columns` and the Spark job have it, built
    from the `Span` object: value as text, the other attributes as a dict."""
    value = s.value if s.value is None or isinstance(s.value, str) else json.dumps(s.value)
    rest = {k: v for k, v in s.to_dict().items() if k not in _COLUMNS}
    return (doc_key, s.id, s.kind, s.start, s.end, s.start_byte, s.end_byte, s.text, s.canonical, s.expansion, value, rest)


def require(module, env):
    """`module`, skipping the test file where it is not installed, unless `env` is set
    (CI sets it: there the tests must run)."""
    if os.environ.get(env):
        return importlib.import_module(module)
    return pytest.importorskip(module)
