"""nhan.speak: the speech form, its segments on the Python str and the UTF-8 bytes, options."""

import unicodedata

import pytest

import nhan


def check(text, speech):
    """Segments tile the text: in order, every non-space character in one, texts joined
    by spaces the spoken text; char and byte offsets agree."""
    raw = text.encode("utf-8")
    at = 0
    for seg in speech["segments"]:
        assert at <= seg["start"] <= seg["end"] <= len(text)
        assert text[at : seg["start"]].strip() == ""
        part = raw[seg["start_byte"] : seg["end_byte"]].decode("utf-8")
        assert part == text[seg["start"] : seg["end"]]
        at = seg["end"]
    assert text[at:].strip() == ""
    assert " ".join(s["text"] for s in speech["segments"]) == speech["text"]


def test_speaks_numbers_dates_and_abbreviations():
    text = "Ngày 9/10/2021, BTV Tỉnh ủy họp; QL14 sạt lở 7km."
    speech = nhan.speak(text)
    assert speech["text"] == (
        "Ngày chín tháng mười năm hai nghìn không trăm hai mươi mốt, ban thường vụ "
        "Tỉnh ủy họp; quốc lộ mười bốn sạt lở bảy ki lô mét."
    )
    check(text, speech)
    btv = next(s for s in speech["segments"] if s["text"] == "ban thường vụ")
    assert text[btv["start"] : btv["end"]] == "BTV"


def test_nfd_text_has_its_own_offsets():
    text = unicodedata.normalize("NFD", "Ủy ban họp ngày 6/11, có 24 xã.")
    speech = nhan.speak(text)
    check(text, speech)
    assert "hai mươi tư xã" in speech["text"]


def test_options():
    text = "Có 2.104 người, 24 xã; NATO họp."
    assert nhan.speak(text, southern=True, bon=True)["text"] == (
        "Có hai ngàn một trăm lẻ bốn người, hai mươi bốn xã; NATO họp."
    )
    assert nhan.speak(text, acronyms="letters", punctuation=False)["text"] == (
        "Có hai nghìn một trăm linh bốn người hai mươi tư xã en ây ti âu họp"
    )
    with pytest.raises(ValueError, match="acronyms"):
        nhan.speak(text, acronyms="spelled")
    with pytest.raises(TypeError):
        nhan.speak(b"bytes")


def test_annotator_speak_uses_its_dictionaries(tmp_path):
    path = tmp_path / "extra.tsv"
    path.write_text(
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n"
        "BQLDA\tBan Quản lý dự án\torganization\tgovernment\tyes\t\t\n",
        encoding="utf-8",
    )
    a = nhan.Annotator([path])
    assert a.speak("BQLDA tỉnh họp")["text"] == "ban quản lý dự án tỉnh họp"
    assert nhan.speak("")["text"] == ""
