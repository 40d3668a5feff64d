"""Type stubs for the Rust extension module ``nhan._nhan``."""

import datetime
import os
import pathlib
from typing import Any, Iterable, Literal, Optional, Sequence, Tuple, Union, final

_KindName = Literal[
    "abbreviation",
    "long_form",
    "person",
    "title",
    "rank",
    "honorific",
    "organization",
    "location",
    "date",
    "number",
]
_RelationKindName = Literal["has_title", "has_rank", "defines", "same_as"]
_DateLike = Union[datetime.date, str, Tuple[int, int, int]]

__all__ = [
    "Annotator",
    "Doc",
    "Relation",
    "Span",
    "annotate",
    "annotate_batch",
    "expand",
    "normalize",
    "speak",
    "_panic",
    "_rebuild_annotator",
    "_bench_rust_batch",
    "_bench_rust_one",
    "__version__",
    "SPAN_ATTRIBUTES",
]
__version__: str
SPAN_ATTRIBUTES: Tuple[str, ...]

@final
class Span:
    """One annotated piece of the text; ``doc.text[s.start:s.end] == s.text``."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> _KindName: ...
    @property
    def start(self) -> int:
        """Character offset (indexes the Python ``str``)."""
    @property
    def end(self) -> int: ...
    @property
    def start_byte(self) -> int:
        """UTF-8 byte offset (the crate's ``start``)."""
    @property
    def end_byte(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def canonical(self) -> Optional[str]: ...
    @property
    def expansion(self) -> Optional[str]: ...
    @property
    def alternatives(self) -> Tuple[str, ...]: ...
    @property
    def entity(self) -> Optional[str]: ...
    @property
    def source(self) -> Optional[Literal["dictionary", "document"]]: ...
    @property
    def abbreviation(self) -> Optional[str]: ...
    @property
    def role(self) -> Optional[str]: ...
    @property
    def level(self) -> Optional[str]: ...
    @property
    def became(self) -> Optional[str]: ...
    @property
    def value(self) -> Union[int, float, str, None]: ...
    @property
    def attributes(self) -> dict[str, Any]: ...
    def to_dict(self, char_offsets: bool = False) -> dict[str, Any]: ...
    def to_json(self) -> str: ...
    def __len__(self) -> int: ...

@final
class Relation:
    """A directed relation between two spans of one ``Doc``, by span id."""

    @property
    def kind(self) -> _RelationKindName: ...
    @property
    def head(self) -> int: ...
    @property
    def tail(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Doc:
    """Everything nhan found in one text."""

    @property
    def text(self) -> str: ...
    @property
    def spans(self) -> Tuple[Span, ...]: ...
    @property
    def relations(self) -> Tuple[Relation, ...]: ...
    @property
    def writing(self) -> dict[str, Any]:
        """``{"accents", "case"}`` of the text, and ``"parts"`` where it mixes ways of writing."""
    def of_kind(self, kind: str) -> list[Span]: ...
    def related(self, span: Union[Span, int], kind: str) -> list[Span]: ...
    def first_mention(self, span: Union[Span, int]) -> Optional[Span]: ...
    def expand(self) -> str: ...
    def to_dict(self, char_offsets: bool = False) -> dict[str, Any]: ...
    def to_spacy(
        self, labels: Optional[dict[str, str]] = None, spans_key: str = "nhan"
    ) -> dict[str, Any]: ...
    def to_json(self) -> str: ...
    def __len__(self) -> int: ...
    def __getitem__(self, index: int, /) -> Span: ...

@final
class Annotator:
    """Reads Vietnamese text and says what is in it. Thread-safe; calls release the GIL."""

    def __new__(
        cls,
        dictionaries: Optional[Sequence[Union[str, os.PathLike[str]]]] = None,
        reference_date: Optional[_DateLike] = None,
        *,
        builtin: bool = True,
        match_unaccented: bool = False,
    ) -> "Annotator": ...
    @property
    def dictionaries(self) -> list[pathlib.Path]:
        """The user dictionaries given at construction."""
    @property
    def reference_date(self) -> Optional[Tuple[int, int, int]]: ...
    def annotate(
        self,
        text: str,
        *,
        reference_date: Optional[_DateLike] = None,
        kinds: Optional[Iterable[str]] = None,
        writing: Optional[str] = None,
    ) -> Doc: ...
    def annotate_batch(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        *,
        reference_date: Optional[_DateLike] = None,
        kinds: Optional[Iterable[str]] = None,
        writing: Optional[str] = None,
    ) -> list[Doc]: ...
    def annotate_columns(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        *,
        reference_date: Optional[_DateLike] = None,
        kinds: Optional[Iterable[str]] = None,
        writing: Optional[str] = None,
    ) -> Tuple[dict[str, list[Any]], dict[str, list[Any]]]:
        """``(spans, relations)`` of every text as columns (dicts of equal-length lists)."""
    def normalize(self, text: str) -> str: ...
    def expand(self, text: str) -> str: ...
    def speak(
        self,
        text: str,
        *,
        southern: bool = False,
        bon: bool = False,
        acronyms: str = "auto",
        punctuation: bool = True,
    ) -> dict[str, Any]:
        """The speech form of ``text`` with this annotator's dictionaries (see ``nhan.speak``)."""

def annotate(
    text: str,
    *,
    reference_date: Optional[_DateLike] = None,
    kinds: Optional[Iterable[str]] = None,
    writing: Optional[str] = None,
) -> Doc: ...
def annotate_batch(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    reference_date: Optional[_DateLike] = None,
    kinds: Optional[Iterable[str]] = None,
    writing: Optional[str] = None,
) -> list[Doc]: ...
def normalize(text: str) -> str: ...
def expand(text: str) -> str: ...
def speak(
    text: str,
    *,
    southern: bool = False,
    bon: bool = False,
    acronyms: str = "auto",
    punctuation: bool = True,
) -> dict[str, Any]:
    """The speech form: ``{"text": spoken, "segments": [{"start", "end", "start_byte",
    "end_byte", "text"}]}``; ``start``/``end`` index ``text``."""
def _panic(message: str) -> None: ...
def _rebuild_annotator(
    dictionaries: Optional[Sequence[Union[str, os.PathLike[str]]]],
    reference_date: Optional[_DateLike],
    builtin: bool,
    match_unaccented: bool,
) -> Annotator: ...
def _bench_rust_batch(texts: Sequence[str], threads: int, repeat: int) -> float: ...
def _bench_rust_one(text: str, n: int) -> float: ...
