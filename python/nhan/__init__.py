"""nhan: offset-exact Vietnamese text annotation.

>>> import nhan
>>> doc = nhan.annotate("Chủ tịch UBND tỉnh Nguyễn Văn A")
>>> [(s.kind, s.text) for s in doc.of_kind("person")]
[('person', 'Nguyễn Văn A')]
>>> s = doc.of_kind("person")[0]
>>> doc.text[s.start:s.end] == s.text
True

Spans carry character offsets into the Python ``str`` (``start``/``end``) and the
crate's UTF-8 byte offsets (``start_byte``/``end_byte``). ``Doc.to_json()`` is the JSON of
the Rust crate, byte for byte.
"""

import enum

from ._errors import DictionaryError, InputError, InternalError, NhanError, ReadError
from ._nhan import (
    SPAN_ATTRIBUTES,
    Annotator,
    Doc,
    Relation,
    Span,
    __version__,
    annotate,
    annotate_batch,
    expand,
    normalize,
    speak,
)


class Kind(str, enum.Enum):
    """Span kinds; members compare equal to the strings in ``Span.kind``."""

    ABBREVIATION = "abbreviation"
    LONG_FORM = "long_form"
    PERSON = "person"
    TITLE = "title"
    RANK = "rank"
    HONORIFIC = "honorific"
    ORGANIZATION = "organization"
    LOCATION = "location"
    DATE = "date"
    NUMBER = "number"

    def __str__(self) -> str:
        return self.value


class RelationKind(str, enum.Enum):
    """Relation kinds; members compare equal to the strings in ``Relation.kind``."""

    HAS_TITLE = "has_title"
    HAS_RANK = "has_rank"
    DEFINES = "defines"
    SAME_AS = "same_as"

    def __str__(self) -> str:
        return self.value


__all__ = [
    "Annotator",
    "Doc",
    "Span",
    "Relation",
    "SPAN_ATTRIBUTES",
    "Kind",
    "RelationKind",
    "annotate",
    "annotate_batch",
    "normalize",
    "expand",
    "speak",
    "NhanError",
    "DictionaryError",
    "ReadError",
    "InputError",
    "InternalError",
    "__version__",
]
