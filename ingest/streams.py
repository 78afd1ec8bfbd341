"""A PDF's compressed streams measured before any reader inflates them (decompression bombs).

A PDF of a megabyte can hold Flate streams that inflate to gigabytes; the
readers would build all of that in memory before finding no text. Each
stream is inflated here in bounded chunks that are counted and thrown away,
so memory stays flat, and the file is refused once the total passes
`MAX_DECODED_MB` at a ratio no real document has.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from ..errors import UnreadableDocument

MAX_DECODED_MB = 512
"""Decoded stream bytes a PDF may hold before its ratio is looked at."""
MAX_RATIO = 100
"""Decoded bytes per byte of file beyond which a PDF over MAX_DECODED_MB is a bomb (real
documents, images included, inflate a few times to a few dozen times)."""
CHUNK_BYTES = 1 << 20
DICTIONARY_LOOKBACK = 4096
"""Bytes before a `stream` keyword searched for its dictionary's /Filter."""

_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FLATE = re.compile(rb"/(FlateDecode|Fl)\b")


def check_stream_sizes(data: bytes, *, path: str) -> int:
    """Return the bytes `data`'s Flate streams inflate to; raise UnreadableDocument for a bomb."""
    limit = MAX_DECODED_MB * 1024 * 1024
    budget = max(limit, MAX_RATIO * len(data))
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        dictionary = data[max(0, match.start() - DICTIONARY_LOOKBACK):match.start()]
        dictionary = dictionary[dictionary.rfind(b"<<"):] if b"<<" in dictionary else dictionary
        found = _FILTER.search(dictionary)
        if found is None:
            continue
        layers = len(_FLATE.findall(found.group(1)))
        if not layers:
            continue
        total += _inflated_size(data, start, layers, budget - total)
        if total > budget:
            raise UnreadableDocument(
                path, f"decompression bomb: streams inflate past {MAX_DECODED_MB} MB "
                f"(more than {MAX_RATIO} times the file's size); check it is the right file",
                kind="too_large",
            )
    return total


def _inflated_size(data: bytes, start: int, layers: int, allowance: int) -> int:
    """Bytes one stream inflates to through `layers` Flate filters, stopping past `allowance`."""
    pieces: Iterator[bytes] = (data[at:at + CHUNK_BYTES] for at in range(start, len(data), CHUNK_BYTES))
    for _ in range(layers):
        pieces = _inflate(pieces)
    size = 0
    try:
        for piece in pieces:
            size += len(piece)
            if size > allowance:
                break
    except zlib.error:
        pass  # a damaged stream: the readers report the file as they find it
    return size


def _inflate(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """Inflate a stream given in pieces, never producing more than CHUNK_BYTES at once."""
    inflater = zlib.decompressobj()
    for piece in pieces:
        yield inflater.decompress(piece, CHUNK_BYTES)
        while inflater.unconsumed_tail:
            tail = len(inflater.unconsumed_tail)
            output = inflater.decompress(inflater.unconsumed_tail, CHUNK_BYTES)
            if not output and len(inflater.unconsumed_tail) >= tail:
                return  # zlib makes no progress on what is left: nothing more comes out
            yield output
        if inflater.eof:
            return
