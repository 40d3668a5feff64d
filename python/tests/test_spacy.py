"""The spaCy component. Skipped where spaCy is not installed, except in CI
(NHAN_REQUIRE_SPACY=1), where it must run."""

import pytest

from conftest import require  # noqa: E402

spacy = require("spacy", "NHAN_REQUIRE_SPACY")

import nhan  # noqa: E402
import nhan.spacy  # noqa: E402,F401  (registers the factory even without the entry point)


@pytest.fixture(scope="module")
def nlp():
    # spaCy's Vietnamese tokenizer wants pyvi unless told otherwise.
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("nhan")
    return nlp


TEXT = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, và ông Nguyễn Văn Bình gặp UBND tỉnh."


def test_entities_are_persons_organizations_and_places(nlp):
    doc = nlp(TEXT)
    found = nhan.annotate(TEXT)
    labels = {"person": "PER", "organization": "ORG", "location": "LOC"}
    expected = [s for s in found.spans if s.kind in labels]
    assert doc.ents, "no entities"
    for ent in doc.ents:
        attrs = ent._.nhan
        # Each entity is one nhan span, with its exact characters (tokens were split).
        assert ent.label_ == labels[found.spans[attrs["id"]].kind]
        assert (ent.start_char, ent.end_char) == (attrs["start_char"], attrs["end_char"])
        assert ent.text == attrs["text"]
    # Every nhan entity is either an entity or inside one (they nest; ents cannot).
    for s in expected:
        assert any(e.start_char <= s.start and s.end <= e.end_char for e in doc.ents), s
    assert "Nguyễn Văn Bình" in [e.text for e in doc.ents]


def test_every_span_kind_goes_to_the_span_group(nlp):
    doc = nlp(TEXT)
    found = nhan.annotate(TEXT)
    group = doc.spans["nhan"]
    assert [s.label_ for s in group] == [s.kind for s in found.spans]
    for aligned, s in zip(group, found.spans):
        assert (aligned.start_char, aligned.end_char) == (s.start, s.end)
        assert aligned._.nhan["text"] == s.text
        assert aligned._.nhan_canonical == s.canonical
        assert aligned._.nhan_expansion == s.expansion
        assert aligned._.nhan_value == s.value
    rels = doc._.nhan_relations
    assert len(rels) == len(found.relations)
    rank = next(r for r in rels if r["kind"] == "has_rank")
    assert group[rank["tail"]].text == "Đại tá"
    assert group[rank["head"]]._.nhan["text"] == "Phan Huy Ngọc"


def test_split_tokens_at_span_edges(nlp):
    text = "Ông Mai Hoàng Long, Chủ tịch UBND xã Tân Lập (Hà Giang), họp chiều 6.11."
    doc = nlp(text)
    assert doc.text == text
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents == [("Mai Hoàng Long", "PER"), ("UBND xã Tân Lập", "ORG"), ("Hà Giang", "LOC")]
    # Only tokens that a span ends inside are split, and whitespace stays where it was.
    assert [t.text for t in doc][3:5] == ["Long", ","]
    assert doc[3].whitespace_ == "" and doc[4].whitespace_ == " "
    assert "(Hà" not in [t.text for t in doc] and "6.11" in [t.text for t in doc]
    for s, found in zip(doc.spans["nhan"], nhan.annotate(text).spans):
        assert s.text == found.text


def test_split_keeps_entities_set_before():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "MISC", "pattern": "Long,"}])
    nlp.add_pipe("nhan")
    doc = nlp("Ông Mai Hoàng Long, Chủ tịch UBND xã.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Long,", "MISC"), ("UBND xã", "ORG")]


def test_expand_keeps_tokens():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("nhan", config={"alignment_mode": "expand"})
    doc = nlp("Ông Nguyễn Văn Bình, Chủ tịch UBND xã.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Nguyễn Văn Bình,", "PER"), ("UBND xã.", "ORG")]


def test_contract_keeps_tokens_inside_the_span():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("nhan", config={"alignment_mode": "contract", "labels": {"person": "PERSON"}})
    doc = nlp("Ông Nguyễn Văn Bình, Chủ tịch UBND xã.")
    # "Bình," is one whitespace token: contracting drops it.
    assert [(e.text, e.label_) for e in doc.ents] == [("Nguyễn Văn", "PERSON")]
    assert doc.ents[0]._.nhan_canonical == "Nguyễn Văn Bình"


def test_existing_entities_win_unless_overwritten():
    for overwrite, expect in [(False, "MISC"), (True, "ORG")]:
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{"label": "MISC", "pattern": "UBND"}])
        nlp.add_pipe("nhan", config={"overwrite_ents": overwrite})
        doc = nlp("UBND tỉnh họp.")
        assert [e.label_ for e in doc.ents] == [expect]


def test_pipe_equals_calls(nlp):
    texts = [TEXT, "Chủ tịch UBND tỉnh Nguyễn Văn A", "", "HĐND huyện họp chiều 6.11."] * 5
    piped = list(nlp.pipe(texts, batch_size=3))
    for text, doc in zip(texts, piped):
        one = nlp(text)
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in one.ents]
        assert [(s.start, s.end, s.label_) for s in doc.spans["nhan"]] == [
            (s.start, s.end, s.label_) for s in one.spans["nhan"]
        ]


def test_annotations_survive_serialization(nlp):
    from spacy.tokens import Doc, DocBin

    doc = nlp(TEXT + " 2.900 người.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.start, s.end, s.label_, s._.nhan) for s in again.spans["nhan"]] == [
        (s.start, s.end, s.label_, s._.nhan) for s in doc.spans["nhan"]
    ]
    assert again._.nhan_relations == doc._.nhan_relations
    assert [(e.start, e.end, e.label_) for e in again.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    number = next(s for s in again.spans["nhan"] if s.label_ == "number")
    assert number._.nhan_value == 2900
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert list(back._.nhan_relations) == doc._.nhan_relations  # msgpack gives a tuple


def test_spacy_reads_the_to_spacy_json():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    found = nhan.annotate(TEXT)
    data = found.to_spacy(labels={"person": "PER", "organization": "ORG"})
    doc = Doc(Vocab()).from_json(data)
    assert doc.text == TEXT
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e["start"], e["end"], e["label"]) for e in data["ents"]
    ]
    assert [s.text for s in doc.spans["nhan"]] == [s.text for s in found.spans]


def test_labels_for_unknown_kinds_are_refused_at_once():
    blank = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    with pytest.raises(ValueError, match="people"):
        blank.add_pipe("nhan", config={"labels": {"people": "PER"}})
