"""The io module: file objects (from _io) and in-memory streams."""

import abc
import _io
from builtins import open
from _io import (TextIOWrapper, BufferedReader, BufferedWriter,
                 BufferedRandom, DEFAULT_BUFFER_SIZE)
from _stringio import StringIO, BytesIO

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


# CPython's also derives from ValueError; gilt reports a layout conflict
# for two builtin exception bases (see the stdlib report).
class UnsupportedOperation(OSError):
    pass


UnsupportedOperation.__module__ = 'io'
# The file objects of _io raise this class too.
_io.UnsupportedOperation = UnsupportedOperation

BlockingIOError = BlockingIOError


def open_code(path):
    """Open path for reading as binary (what import uses)."""
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding open() would use: encoding, or 'locale' for None."""
    if encoding is None:
        return 'locale'
    return encoding


class IOBase(metaclass=abc.ABCMeta):
    """Base of the stream classes (for isinstance checks)."""


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


for _klass in (BufferedReader, BufferedWriter, BufferedRandom, BytesIO):
    BufferedIOBase.register(_klass)
for _klass in (TextIOWrapper, StringIO):
    TextIOBase.register(_klass)
del _klass

FileIO = BufferedRandom
BufferedRWPair = BufferedRandom
