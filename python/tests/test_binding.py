"""The Python binding: offsets, batches, errors, threads."""

import json
import random
import threading
import unicodedata

import pytest

import nhan
from conftest import SENTENCES, nfd, span_row


def check_offsets(text, doc):
    """Every span's char offsets index the str and its byte offsets the UTF-8 bytes."""
    raw = text.encode("utf-8")
    for s in doc.spans:
        assert text[s.start : s.end] == s.text, (s, text)
        assert raw[s.start_byte : s.end_byte].decode("utf-8") == s.text
        assert len(raw[: s.start_byte].decode("utf-8")) == s.start
        assert len(s) == s.end - s.start


def test_offsets_on_every_variant(documents):
    for text in documents:
        doc = nhan.annotate(text)
        assert doc.text == text
        check_offsets(text, doc)


def test_combining_marks_keep_the_original_characters():
    text = nfd("Ủy ban nhân dân tỉnh Hà Giang họp với ông Nguyễn Văn Bình.")
    assert len(text) > len(unicodedata.normalize("NFC", text))
    doc = nhan.annotate(text)
    check_offsets(text, doc)
    place = doc.of_kind("location")[0]
    assert place.canonical == "Hà Giang"
    assert text[place.start : place.end] == nfd("Hà Giang")
    person = doc.of_kind(nhan.Kind.PERSON)[0]
    assert person.text == nfd("Nguyễn Văn Bình")


def test_emoji_before_a_span_shift_chars_and_bytes_differently():
    text = "👨‍👩‍👧 🇻🇳 UBND tỉnh họp."
    doc = nhan.annotate(text)
    check_offsets(text, doc)
    ubnd = next(s for s in doc.spans if s.kind == "abbreviation")
    assert ubnd.text == "UBND"
    assert ubnd.start == text.index("UBND")
    assert ubnd.start_byte == len(text[: text.index("UBND")].encode())
    assert ubnd.start_byte > ubnd.start


def test_eth_for_dyet_matches_and_keeps_the_written_letter():
    text = "Chủ tịch H\u00d0ND xã phát biểu."
    doc = nhan.annotate(text)
    check_offsets(text, doc)
    abbr = doc.of_kind("abbreviation")[0]
    assert abbr.text == "H\u00d0ND"
    assert abbr.canonical == "HĐND"
    assert abbr.expansion == "Hội đồng nhân dân"
    assert nhan.normalize(text) == "Chủ tịch HĐND xã phát biểu."


def test_attributes_relations_and_json_equal_the_crate():
    text = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh; 2.900 người; ngày 6/11/2020"
    doc = nhan.annotate(text)
    as_json = json.loads(doc.to_json())
    assert doc.to_dict() == as_json
    assert [s.to_dict() for s in doc.spans] == as_json["spans"]
    assert [json.loads(s.to_json()) for s in doc.spans] == as_json["spans"]
    assert [r.to_dict() for r in doc.relations] == as_json["relations"]
    with_chars = doc.to_dict(char_offsets=True)["spans"]
    assert [(d["start_char"], d["end_char"]) for d in with_chars] == [(s.start, s.end) for s in doc.spans]

    person = doc.of_kind("person")[0]
    assert person.text == "Phan Huy Ngọc"
    rank = doc.related(person, nhan.RelationKind.HAS_RANK)
    assert [s.text for s in rank] == ["Đại tá"]
    assert [s.text for s in doc.related(person.id, "has_title")] == ["Giám đốc Công an tỉnh"]
    assert {r.kind for r in doc.relations} <= {k.value for k in nhan.RelationKind}
    assert {s.kind for s in doc.spans} <= {k.value for k in nhan.Kind}
    number = next(s for s in doc.spans if s.kind == "number")
    assert number.value == 2900 and isinstance(number.value, int)
    date = next(s for s in doc.spans if s.kind == "date")
    assert date.value == "2020-11-06"
    assert date.attributes == {"value": "2020-11-06"}
    assert doc.first_mention(person) == person
    assert doc[0] == doc.spans[0] and doc[-1] == doc.spans[-1] and len(doc) == len(doc.spans)
    with pytest.raises(IndexError):
        doc[len(doc)]


def test_repr_names_every_span():
    doc = nhan.annotate("Chủ tịch UBND tỉnh Nguyễn Văn A")
    text = repr(doc)
    assert text.startswith('Doc("Chủ tịch UBND tỉnh Nguyễn Văn A", ')
    for s in doc.spans:
        assert s.kind in text and s.text in text
    assert '"Nguyễn Văn A" has_title "Chủ tịch UBND tỉnh"' in text
    assert str(doc) == text


def test_expand_and_normalize():
    assert nhan.expand("UBND tỉnh họp với BTV Tỉnh ủy.") == "Ủy ban nhân dân tỉnh họp với Ban Thường vụ Tỉnh ủy."
    assert nhan.annotate("HĐND huyện").expand() == "Hội đồng nhân dân huyện"
    assert nhan.normalize(nfd("Uỷ ban")) == "Ủy ban"


def test_module_functions_equal_an_annotator():
    a = nhan.Annotator()
    for s in SENTENCES:
        assert nhan.annotate(s) == a.annotate(s)
        assert nhan.expand(s) == a.expand(s)
        assert nhan.normalize(s) == a.normalize(s)


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_batch_equals_single_calls(documents, threads):
    a = nhan.Annotator()
    batch = a.annotate_batch(documents, threads=threads)
    assert len(batch) == len(documents)
    for text, doc in zip(documents, batch):
        single = a.annotate(text)
        assert doc == single
        assert doc.to_json() == single.to_json()
        assert [(s.start, s.end) for s in doc.spans] == [(s.start, s.end) for s in single.spans]
    assert nhan.annotate_batch(iter(documents[:5])) == batch[:5]
    assert a.annotate_batch([]) == []


def test_batch_rejects_what_is_not_a_list_of_str():
    with pytest.raises(TypeError, match="not one str"):
        nhan.annotate_batch("UBND tỉnh")
    with pytest.raises(TypeError, match="item 1 is <class 'int'>"):
        nhan.annotate_batch(["UBND", 3])
    with pytest.raises(ValueError, match="at least 1"):
        nhan.annotate_batch(["UBND"], threads=0)


def test_threads_share_one_annotator(documents):
    a = nhan.Annotator()
    expected = [a.annotate(t).to_json() for t in documents]
    failures = []

    def work(seed):
        order = list(range(len(documents)))
        random.Random(seed).shuffle(order)
        for _ in range(3):
            for i in order:
                if a.annotate(documents[i]).to_json() != expected[i]:
                    failures.append(i)
            got = [d.to_json() for d in a.annotate_batch(documents, threads=2)]
            if got != expected:
                failures.append("batch")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_user_dictionary_and_reference_date(tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text(
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n"
        "BQLDA\tBan Quản lý dự án\torganization\tgovernment\tyes\t\t\n",
        encoding="utf-8",
    )
    import datetime

    for date in ["2020-05-01", datetime.date(2020, 5, 1), (2020, 5, 1)]:
        a = nhan.Annotator(dictionaries=[tsv], reference_date=date)
        assert a.reference_date == (2020, 5, 1)
        doc = a.annotate("BQLDA huyện họp chiều 6.11.")
        abbr = doc.of_kind("abbreviation")[0]
        assert abbr.expansion == "Ban Quản lý dự án"
        assert doc.of_kind("date")[0].value == "2020-11-06"
    assert nhan.annotate("BQLDA huyện họp chiều 6.11.").of_kind("date")[0].value == "XXXX-11-06"


def test_bad_dictionary_names_file_line_and_column(tmp_path):
    tsv = tmp_path / "bad.tsv"
    tsv.write_text(
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n"
        "BQLDA\tBan Quản lý dự án\torganization\tgovernment\tmaybe\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(nhan.DictionaryError) as e:
        nhan.Annotator(dictionaries=[str(tsv)])
    assert isinstance(e.value, ValueError) and isinstance(e.value, nhan.NhanError)
    assert str(e.value).startswith(f"{tsv}:2:")
    assert '"maybe"' in str(e.value)


def test_missing_dictionary_is_an_os_error(tmp_path):
    missing = tmp_path / "missing.tsv"
    with pytest.raises(nhan.ReadError) as e:
        nhan.Annotator(dictionaries=[missing])
    assert isinstance(e.value, OSError)
    assert str(missing) in str(e.value) and "No such file" in str(e.value)


@pytest.mark.parametrize("bad", ["2020-13-01", "2021-02-29", "yesterday", (2020, 0, 1)])
def test_bad_reference_date_is_a_value_error(bad):
    with pytest.raises(ValueError):
        nhan.Annotator(reference_date=bad)


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError):
        nhan.annotate(b"UBND")
    with pytest.raises(TypeError):
        nhan.Annotator(reference_date=3.5)


def test_a_panic_is_raised_not_an_abort():
    with pytest.raises(nhan.InternalError, match="internal error in nhan.*boom"):
        nhan._nhan._panic("boom")
    # The interpreter and the annotator go on working.
    assert nhan.annotate("UBND tỉnh").of_kind("abbreviation")[0].text == "UBND"


def test_lone_surrogates_are_an_encode_error():
    with pytest.raises(UnicodeEncodeError):
        nhan.annotate("UBND \ud800 tỉnh")


def test_odd_inputs_never_crash():
    rng = random.Random(14)
    alphabet = (
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ UBNDHĐ\u00d0()[],.;:-–—/\n\t\u00a0\u200b"
        "\u0300\u0301\u0303\u0309\u0323🇻🇳👍🏽0123456789"
    )
    texts = ["", "\0", "(" * 10_000, "UBND " * 2_000, "\u0301" * 500, "Nguyễn " * 1000]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 300))) for _ in range(300)]
    for text, doc in zip(texts, nhan.annotate_batch(texts)):
        check_offsets(text, doc)
        assert doc == nhan.annotate(text)
        json.loads(doc.to_json())
        repr(doc)


def test_columns_equal_the_spans(documents):
    a = nhan.Annotator()
    spans, relations = a.annotate_columns(documents, threads=2)
    assert len({len(c) for c in spans.values()}) == 1 and len({len(c) for c in relations.values()}) == 1
    rows = list(zip(*spans.values()))
    want = []
    want_relations = []
    for i, text in enumerate(documents):
        doc = a.annotate(text)
        want += [span_row(i, s) for s in doc.spans]
        want_relations += [(i, r.kind, r.head, r.tail) for r in doc.relations]
    got = [row[:-1] + (json.loads(row[-1]) if row[-1] else {},) for row in rows]
    assert got == want
    assert list(zip(*relations.values())) == want_relations
    assert list(spans) == ["doc", "id", "kind", "start", "end", "start_byte", "end_byte", "text", "canonical", "expansion", "value", "attributes"]


def test_an_annotator_pickles_as_its_configuration(tmp_path):
    import pickle

    tsv = tmp_path / "mine.tsv"
    tsv.write_text(
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n"
        "BQLDA\tBan Quản lý dự án\torganization\tgovernment\tyes\t\t\n",
        encoding="utf-8",
    )
    a = nhan.Annotator(dictionaries=[tsv], reference_date="2020-05-01", match_unaccented=True)
    b = pickle.loads(pickle.dumps(a))
    assert repr(b) == repr(a) and b.reference_date == (2020, 5, 1)
    text = "BQLDA huyện họp chiều 6.11 với uy ban nhan dan xã."
    assert b.annotate(text) == a.annotate(text)
    assert b.annotate(text).of_kind("abbreviation")[0].expansion == "Ban Quản lý dự án"


def test_per_call_reference_date_and_kinds(documents):
    a = nhan.Annotator(reference_date="2019-01-01")
    text = "Chiều 6.11, Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh, nói năm nay"
    assert a.annotate(text).of_kind("date")[0].value == "2019-11-06"
    doc = a.annotate(text, reference_date="2020-05-01")
    assert doc.of_kind("date")[0].value == "2020-11-06"
    assert nhan.annotate(text, reference_date=(2021, 3, 4)).of_kind("date")[0].value == "2021-11-06"

    only = a.annotate(text, kinds=[nhan.Kind.PERSON, "rank"])
    assert {s.kind for s in only.spans} == {"person", "rank"}
    assert [s.id for s in only.spans] == list(range(len(only.spans)))
    assert [r.kind for r in only.relations] == ["has_rank"]
    check_offsets(text, only)

    batch = a.annotate_batch(documents, threads=2, reference_date="2020-05-01", kinds=["date", "person"])
    assert batch == [a.annotate(t, reference_date="2020-05-01", kinds=["date", "person"]) for t in documents]
    spans, _ = a.annotate_columns(documents, kinds=["number"])
    assert set(spans["kind"]) == {"number"}


def test_bad_options_are_value_errors():
    with pytest.raises(nhan.InputError, match='unknown kind "people"'):
        nhan.annotate("UBND", kinds=["people"])
    with pytest.raises(ValueError, match="2023-02-29"):
        nhan.annotate("UBND", reference_date="2023-02-29")
    with pytest.raises(TypeError, match="not one str"):
        nhan.annotate("UBND", kinds="person")


def test_every_span_attribute_is_a_property_named_in_the_list():
    text = "Ông Nguyễn Văn An, Chủ tịch UBND xã, họp với 2.900 người tại tỉnh Hà Giang."
    doc = nhan.annotate(text)
    assert nhan.SPAN_ATTRIBUTES[0] == "canonical" and "became" in nhan.SPAN_ATTRIBUTES
    for s in doc.spans:
        as_json = json.loads(s.to_json())
        for name in nhan.SPAN_ATTRIBUTES:
            value = getattr(s, name)
            if name == "alternatives":
                assert value == tuple(as_json.get(name, ()))
            else:
                assert value == as_json.get(name), (s, name)
        assert s.attributes == {k: v for k, v in as_json.items() if k in nhan.SPAN_ATTRIBUTES}


def test_to_spacy_is_the_libraries_spacy_json_in_characters():
    text = "😀 Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu."
    doc = nhan.annotate(text)
    data = doc.to_spacy()
    assert data["text"] == text
    group = data["spans"]["nhan"]
    assert [(g["start"], g["end"], g["label"]) for g in group] == [(s.start, s.end, s.kind) for s in doc.spans]
    for g, s in zip(group, doc.spans):
        assert text[g["start"] : g["end"]] == s.text
    only = doc.to_spacy(labels={"person": "PER"}, spans_key="all")
    assert [(text[e["start"] : e["end"]], e["label"]) for e in only["ents"]] == [("Nguyễn Văn An", "PER")]
    assert len(only["spans"]["all"]) == len(doc.spans)
    with pytest.raises(nhan.InputError):
        doc.to_spacy(labels={"people": "PER"})


def test_writing_is_found_and_can_be_forced():
    text = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nChu tich UBND tinh Pham Minh Chinh hop bao chieu nay."
    doc = nhan.annotate(text)
    w = doc.writing
    assert (w["accents"], w["case"]) == ("unaccented", "normal")
    raw = text.encode("utf-8")
    header = w["parts"][0]
    assert text[header["start"] : header["end"]] == "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
    assert raw[header["start_byte"] : header["end_byte"]].decode("utf-8") == text[header["start"] : header["end"]]
    assert (header["accents"], header["case"]) == ("accented", "upper")
    assert w["parts"][-1]["end"] == len(text)
    plain = "uy ban nhan dan tinh Ha Giang"
    assert nhan.annotate(plain).of_kind("long_form")
    assert not nhan.annotate(plain, writing="accented").of_kind("long_form")
    with pytest.raises(ValueError):
        nhan.annotate(plain, writing="plain")
