"""Exceptions raised by nhan. Each carries the message of the Rust error."""


class NhanError(Exception):
    """Base class of every error nhan raises."""


class DictionaryError(NhanError, ValueError):
    """A dictionary file could not be parsed; the message names file, line and column."""


class ReadError(NhanError, OSError):
    """A file (a dictionary) could not be read."""


class InputError(NhanError, ValueError):
    """The input cannot be annotated (too large, not text)."""


class InternalError(NhanError, RuntimeError):
    """A bug in nhan (a Rust panic), caught before it could reach the interpreter."""
