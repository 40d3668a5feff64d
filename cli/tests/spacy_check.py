"""Reads `nhan annotate --format spacy` output with spaCy's own Doc.from_json.

usage: python spacy_check.py OUT.jsonl  (needs spaCy; no language model: a bare Vocab)
"""
import json
import sys

from spacy.tokens import Doc
from spacy.vocab import Vocab

count = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        data = json.loads(line)
        doc = Doc(Vocab()).from_json(data)
        assert doc.text == data["text"], "text differs"
        assert len(doc.ents) == len(data["ents"])
        for ent, want in zip(doc.ents, data["ents"]):
            assert (ent.start_char, ent.end_char, ent.label_) == (want["start"], want["end"], want["label"])
            assert ent.text == data["text"][want["start"]:want["end"]]
        group = doc.spans["nhan"]
        assert len(group) == len(data["spans"]["nhan"])
        for span, want in zip(group, data["spans"]["nhan"]):
            assert (span.start_char, span.end_char, span.label_) == (want["start"], want["end"], want["label"])
        count += 1
print(f"{count} documents read by spaCy")
