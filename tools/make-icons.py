#!/usr/bin/env python3
"""Draw the extension's toolbar icons (www/extension/icons/*.png): a walnut-brown rounded square
with three summary lines, anti-aliased by supersampling. Standard library only (zlib PNG)."""
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "www" / "extension" / "icons"
BG = (122, 74, 34)
FG = (255, 240, 214)


def inside_rounded(x, y, size, r):
    cx = min(max(x, r), size - r)
    cy = min(max(y, r), size - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y, size):
    """Colour (r, g, b, a) at a point in a size x size canvas."""
    if not inside_rounded(x, y, size, size * 0.22):
        return None
    # three lines, the last one shorter: a summary
    for i, width in enumerate((0.62, 0.62, 0.40)):
        top = size * (0.27 + i * 0.19)
        if top <= y <= top + size * 0.1 and size * 0.19 <= x <= size * (0.19 + width):
            return FG
    return BG


def draw(size, ss=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = pixel(px + (sx + 0.5) / ss, py + (sy + 0.5) / ss, size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (ss * ss)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (OUT / f"{size}.png").write_bytes(draw(size))
        print(OUT / f"{size}.png")
