"""The spaCy pipeline component ``"nhan"``.

Importing this module (or just ``nlp.add_pipe("nhan")``, through the ``spacy_factories``
entry point) registers the component where spaCy is installed::

    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("nhan")
    doc = nlp("Chủ tịch UBND tỉnh Nguyễn Văn A")
    [(e.text, e.label_) for e in doc.ents]   # [('UBND tỉnh', 'ORG'), ('Nguyễn Văn A', 'PER')]

What it writes:

- ``doc.spans[spans_key]`` (default ``"nhan"``): every nhan span, label = kind
  (``person``, ``title``, ``abbreviation``, ...), in nhan's order;
- ``doc.ents``: persons, organizations and places (labels ``PER``, ``ORG``, ``LOC`` by
  default), the outermost where they nest, merged with entities already set unless
  ``overwrite_ents``;
- ``span._.nhan``: the span's attributes as a dict (``canonical``, ``expansion``, ``value``,
  ... plus ``id``, ``start_char``, ``end_char``, ``start_byte``, ``end_byte`` and ``text`` as nhan
  found it); ``span._.nhan_canonical``, ``_.nhan_expansion``, ``_.nhan_value``, ... read
  single attributes;
- ``doc._.nhan_relations``: ``[{"kind", "head", "tail"}]`` with head and tail indexes into
  ``doc.spans[spans_key]``.

nhan's spans follow syllables and punctuation; spaCy's tokens may not (the tokenizer
without pyvi splits on whitespace, so ``Quý,`` is one token). ``alignment_mode`` says what
to do:

- ``"split"`` (the default): a token that a span starts or ends inside is split there
  (``Quý,`` becomes ``Quý`` and ``,``), so every entity and span has nhan's exact
  characters. Put the component first, before anything that reads tokens;
- ``"expand"``: tokens stay; a span grows to the tokens it touches (``Quý,``);
- ``"contract"``: tokens stay; a span shrinks to the tokens inside it, or expands when that
  leaves nothing.
"""

from __future__ import annotations

import bisect
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import nhan

ATTRIBUTES = nhan.SPAN_ATTRIBUTES
DEFAULT_LABELS = {"person": "PER", "organization": "ORG", "location": "LOC"}
ALIGNMENT_MODES = ("split", "expand", "contract")


def split_tokens(doc: Doc, cuts: Iterable[int]) -> None:
    """Splits every token of ``doc`` that has one of the character offsets ``cuts`` strictly
    inside it, at those offsets; the text and its whitespace are unchanged."""
    starts = [t.idx for t in doc]
    inside: Dict[int, List[int]] = {}
    for cut in set(cuts):
        i = bisect.bisect_right(starts, cut) - 1
        if i >= 0 and starts[i] < cut < starts[i] + len(doc[i].text):
            inside.setdefault(i, []).append(cut - starts[i])
    if not inside:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in inside.items():
            token = doc[i]
            bounds = [0, *sorted(offsets), len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            # The first piece keeps the token's head; the others attach to it.
            first = token.head if token.head.i != token.i else (token, 0)
            retokenizer.split(token, orths, heads=[first] + [(token, 0)] * (len(orths) - 1))


def _register_extensions() -> None:
    if not Span.has_extension("nhan"):
        Span.set_extension("nhan", default=None)
    for name in ATTRIBUTES:
        ext = f"nhan_{name}"
        if not Span.has_extension(ext):
            Span.set_extension(ext, getter=lambda span, n=name: (span._.nhan or {}).get(n))
    if not Doc.has_extension("nhan_relations"):
        Doc.set_extension("nhan_relations", default=None)


class NhanComponent:
    """Annotates each ``Doc`` with nhan; see the module docs for what it writes."""

    def __init__(
        self,
        nlp: Language,
        name: str = "nhan",
        *,
        labels: Optional[Dict[str, str]] = None,
        spans_key: str = "nhan",
        alignment_mode: str = "split",
        overwrite_ents: bool = False,
        dictionaries: Sequence[str] = (),
        reference_date: Optional[str] = None,
    ) -> None:
        if alignment_mode not in ALIGNMENT_MODES:
            raise ValueError(f"alignment_mode must be one of {ALIGNMENT_MODES}, not {alignment_mode!r}")
        self.name = name
        self.labels = dict(DEFAULT_LABELS if labels is None else labels)
        unknown = sorted(set(self.labels) - {k.value for k in nhan.Kind})
        if unknown:
            raise ValueError(f"labels name kinds nhan does not have: {unknown}; kinds: {[k.value for k in nhan.Kind]}")
        self.spans_key = spans_key
        self.alignment_mode = alignment_mode
        self.overwrite_ents = overwrite_ents
        self.annotator = nhan.Annotator(list(dictionaries) or None, reference_date)
        _register_extensions()

    def _align(self, doc: Doc, start: int, end: int, label: str) -> Optional[Span]:
        span = doc.char_span(start, end, label=label)
        if span is None:
            mode = "expand" if self.alignment_mode == "split" else self.alignment_mode
            span = doc.char_span(start, end, label=label, alignment_mode=mode)
        if span is None or len(span) == 0:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
        return span if span is not None and len(span) > 0 else None

    def _apply(self, doc: Doc, found: "nhan.Doc") -> Doc:
        if self.alignment_mode == "split":
            split_tokens(doc, (c for s in found.spans for c in (s.start, s.end)))
        # What goes where is nhan's spaCy writer's (`nhan annotate --format spacy`): every
        # span in order in the group, the outer spans of the labelled kinds as entities.
        # Here they are only aligned to this Doc's tokens.
        data = found.to_spacy(labels=self.labels)
        group: List[Span] = []
        index: Dict[int, int] = {}
        attrs_of: Dict[int, Dict[str, Any]] = {}
        first: Dict[tuple, int] = {}
        for s, g in zip(found.spans, data["spans"]["nhan"]):
            first.setdefault((g["start"], g["end"], self.labels.get(s.kind)), s.id)
            aligned = self._align(doc, g["start"], g["end"], g["label"])
            if aligned is None:
                continue
            attrs: Dict[str, Any] = s.attributes
            attrs.update(
                id=s.id,
                text=s.text,
                start_char=s.start,
                end_char=s.end,
                start_byte=s.start_byte,
                end_byte=s.end_byte,
            )
            aligned._.nhan = attrs_of[s.id] = attrs
            index[s.id] = len(group)
            group.append(aligned)
        ents: List[Span] = []
        for e in data["ents"]:
            id_ = first[(e["start"], e["end"], e["label"])]
            if id_ in index:
                aligned = group[index[id_]]
                ent = Span(doc, aligned.start, aligned.end, label=e["label"])
                ent._.nhan = attrs_of[id_]
                ents.append(ent)
        doc.spans[self.spans_key] = group
        doc._.nhan_relations = [
            {"kind": r.kind, "head": index[r.head], "tail": index[r.tail]}
            for r in found.relations
            if r.head in index and r.tail in index
        ]
        if self.overwrite_ents:
            doc.ents = filter_spans(ents)
        else:
            # Entities already set win; nhan's fill the gaps.
            kept = list(doc.ents)
            taken = {i for e in kept for i in range(e.start, e.end)}
            extra = [e for e in filter_spans(ents) if not taken.intersection(range(e.start, e.end))]
            doc.ents = sorted(kept + extra, key=lambda e: e.start)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return self._apply(doc, self.annotator.annotate(doc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Annotates ``batch_size`` docs at a time with ``annotate_batch`` (in parallel)."""
        batch: List[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._pipe_batch(batch)
                batch = []
        if batch:
            yield from self._pipe_batch(batch)

    def _pipe_batch(self, docs: List[Doc]) -> Iterator[Doc]:
        found = self.annotator.annotate_batch([d.text for d in docs])
        for doc, f in zip(docs, found):
            yield self._apply(doc, f)


@Language.factory(
    "nhan",
    default_config={
        "labels": None,
        "spans_key": "nhan",
        "alignment_mode": "split",
        "overwrite_ents": False,
        "dictionaries": [],
        "reference_date": None,
    },
)
def make_component(
    nlp: Language,
    name: str,
    labels: Optional[Dict[str, str]],
    spans_key: str,
    alignment_mode: str,
    overwrite_ents: bool,
    dictionaries: List[str],
    reference_date: Optional[str],
) -> NhanComponent:
    """Makes the ``"nhan"`` component (``nlp.add_pipe("nhan", config={...})``)."""
    return NhanComponent(
        nlp,
        name,
        labels=labels,
        spans_key=spans_key,
        alignment_mode=alignment_mode,
        overwrite_ents=overwrite_ents,
        dictionaries=dictionaries,
        reference_date=reference_date,
    )
