"""A signature's pen path, packed small: the strokes a visitor drew, as the desk keeps them.

A stroke is a list of points (x, y) normalised to 0..1 over the signature box (y downwards), optionally with
t, the milliseconds since the signature began. The box is ASPECT times as wide as it is high wherever a
signature is drawn or shown (the pad letterboxes itself, the PDF draws the same box), so normalised points
keep the signature's shape. Packed: coordinates on a 4096-step grid (a 1000-pixel-wide pad
loses nothing visible), each point as zigzag varint deltas from the previous one, then zlib when it helps.
A realistic signature (5 strokes, 420 points with times) takes 788 bytes instead of 10.7 KB of JSON
(tests/unit/test_agreements.py measures it).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from reception.core.errors import ValidationError
from reception.core.i18n import _

Point = tuple[float, float] | tuple[float, float, float]
Strokes = list[list[Point]]

ASPECT = 3.0
GRID = 4095
FORMAT = 1
_TIMED = 1
_ZLIB = 2
MAX_POINTS = 20_000
"""Far beyond any signature (a minute of drawing at 120 Hz is 7,200 points): a bound on what is stored."""


def check_strokes(strokes: Sequence[Sequence[Sequence[float]]]) -> None:
    """Refuses an empty signature, points outside the box and absurd sizes, with one French message."""
    points = [p for stroke in strokes for p in stroke]
    if not points or all(len(stroke) < 2 for stroke in strokes):
        raise ValidationError({"strokes": _("La signature est vide : signez dans le cadre.")})
    if len(points) > MAX_POINTS:
        raise ValidationError({"strokes": _("La signature est trop longue : effacez-la et signez à nouveau.")})
    for point in points:
        if len(point) not in (2, 3) or not (0.0 <= point[0] <= 1.0 and 0.0 <= point[1] <= 1.0):
            raise ValidationError({"strokes": _("La signature sort du cadre : effacez-la et signez à nouveau.")})


def pack(strokes: Sequence[Sequence[Sequence[float]]]) -> bytes:
    """The strokes as bytes (checked first); times are kept only when every point has one."""
    check_strokes(strokes)
    timed = all(len(p) == 3 for stroke in strokes for p in stroke)
    out = bytearray()
    _varint(out, len(strokes))
    px = py = pt = 0
    for stroke in strokes:
        _varint(out, len(stroke))
        for point in stroke:
            x, y = round(point[0] * GRID), round(point[1] * GRID)
            _varint(out, _zigzag(x - px))
            _varint(out, _zigzag(y - py))
            px, py = x, y
            if timed:
                t = max(pt, round(point[2]))  # times never go back: a delta is never negative
                _varint(out, t - pt)
                pt = t
    flags = _TIMED if timed else 0
    squeezed = zlib.compress(bytes(out), 9)
    if len(squeezed) < len(out):
        return bytes((FORMAT, flags | _ZLIB)) + squeezed
    return bytes((FORMAT, flags)) + bytes(out)


def unpack(data: bytes) -> Strokes:
    """The strokes back, on the grid (within 1/8190 of what was drawn)."""
    if len(data) < 2 or data[0] != FORMAT:
        raise ValueError("unknown signature format")
    flags, body = data[1], data[2:]
    if flags & _ZLIB:
        body = zlib.decompress(body)
    timed = bool(flags & _TIMED)
    pos = 0

    def read() -> int:
        nonlocal pos
        value = shift = 0
        while True:
            byte = body[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7

    strokes: Strokes = []
    x = y = t = 0
    for _stroke in range(read()):
        points: list[Point] = []
        for _point in range(read()):
            x += _unzigzag(read())
            y += _unzigzag(read())
            if timed:
                t += read()
                points.append((x / GRID, y / GRID, float(t)))
            else:
                points.append((x / GRID, y / GRID))
        strokes.append(points)
    return strokes


def _zigzag(n: int) -> int:
    return n * 2 if n >= 0 else -n * 2 - 1


def _unzigzag(n: int) -> int:
    return n // 2 if n % 2 == 0 else -(n + 1) // 2


def _varint(out: bytearray, value: int) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
