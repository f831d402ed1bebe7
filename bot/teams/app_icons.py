"""The Teams app's two icons, drawn here (no image files, no imaging library).

The symbol is a mortarboard with its tassel. Teams wants a 192x192 colour icon (the symbol
in white on the app's accent colour) and a 32x32 outline icon (white strokes on a
transparent background). Shapes are signed distance functions in a unit square, so the
symbol is the same at both sizes; a pixel's coverage is its distance to the edge, which
anti-aliases the strokes.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable

Point = tuple[float, float]
Shape = Callable[[float, float], float]  # signed distance: negative inside, in unit lengths

COLOR_SIZE = 192
OUTLINE_SIZE = 32

# The mortarboard in a unit square (y down): the board, the cap under it, the tassel.
_BOARD = [(0.5, 0.16), (0.96, 0.36), (0.5, 0.56), (0.04, 0.36)]
_CAP = [(0.24, 0.47), (0.76, 0.47), (0.76, 0.72), (0.5, 0.82), (0.24, 0.72)]
_TASSEL = [(0.5, 0.36), (0.86, 0.46), (0.86, 0.72)]


def _segment(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def _polygon(points: list[Point]) -> Shape:
    edges = list(zip(points, points[1:] + points[:1], strict=True))

    def distance(x: float, y: float) -> float:
        d = min(_segment((x, y), a, b) for a, b in edges)
        inside = False  # even-odd rule
        for (ax, ay), (bx, by) in edges:
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
        return -d if inside else d

    return distance


def _path(points: list[Point]) -> Shape:
    pairs = list(zip(points, points[1:], strict=False))
    return lambda x, y: min(_segment((x, y), a, b) for a, b in pairs)


def _circle(cx: float, cy: float, r: float) -> Shape:
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def _union(*shapes: Shape) -> Shape:
    return lambda x, y: min(s(x, y) for s in shapes)


def _minus(shape: Shape, hole: Shape) -> Shape:
    return lambda x, y: max(shape(x, y), -hole(x, y))


def _stroke(shape: Shape, width: float) -> Shape:
    return lambda x, y: abs(shape(x, y)) - width / 2


def _filled_symbol() -> Shape:
    # The board is drawn over the cap with a thin gap, so the two read as separate pieces.
    board = _polygon(_BOARD)
    cap = _minus(_polygon(_CAP), lambda x, y: board(x, y) - 0.035)
    tassel = _union(lambda x, y: _path(_TASSEL)(x, y) - 0.022, _circle(0.86, 0.76, 0.05))
    return _union(board, cap, tassel)


def _outline_symbol(stroke: float) -> Shape:
    board = _polygon(_BOARD)
    cap_edge = _path([_CAP[0], _CAP[4], _CAP[3], _CAP[2], _CAP[1]])  # open at the top
    cap = _minus(lambda x, y: cap_edge(x, y) - stroke / 2, lambda x, y: board(x, y))
    # Only the hanging part of the tassel: a line across the board's outline would clutter.
    hanging = _path([(0.86, 0.40), _TASSEL[2]])
    tassel = _union(lambda x, y: hanging(x, y) - stroke / 2, _circle(0.86, 0.76, 0.07))
    return _union(_stroke(board, stroke), cap, tassel)


def _coverage(shape: Shape, size: int, inset: float) -> list[list[float]]:
    """Per pixel, how much of it the shape covers, the symbol scaled into the inset box."""
    span = size * (1 - 2 * inset)
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            x = ((i + 0.5) - size * inset) / span
            y = ((j + 0.5) - size * inset) / span
            row.append(max(0.0, min(1.0, 0.5 - shape(x, y) * span)))
        rows.append(row)
    return rows


def parse_color(text: str) -> tuple[int, int, int]:
    """'#RRGGBB' -> (r, g, b); ValueError otherwise."""
    if len(text) != 7 or not text.startswith("#"):
        raise ValueError(f"{text!r} is not a colour like #4F52B2")
    return int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16)


def color_icon(accent: str) -> bytes:
    """192x192: the symbol in white on the accent colour, within Teams' central 96 px."""
    r, g, b = parse_color(accent)
    cover = _coverage(_filled_symbol(), COLOR_SIZE, inset=0.25)
    pixels = [[(round(r + (255 - r) * c), round(g + (255 - g) * c), round(b + (255 - b) * c),
                255) for c in row] for row in cover]
    return png(pixels)


def outline_icon() -> bytes:
    """32x32: white strokes on transparent, the symbol filling the square as Teams asks."""
    cover = _coverage(_outline_symbol(0.085), OUTLINE_SIZE, inset=0.02)
    return png([[(255, 255, 255, round(255 * c)) for c in row] for row in cover])


def png(pixels: list[list[tuple[int, int, int, int]]]) -> bytes:
    """An 8-bit RGBA PNG of the rows of pixels."""
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(v for px in row for v in px) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
