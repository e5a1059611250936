#!/usr/bin/env python3
"""Draws the Teams app icons without any image library: color.png (192x192, full colour) and outline.png (32x32,
white on transparent). Run from this directory: python3 icons.py"""
import math
import struct
import zlib

ACCENT = (0x2F, 0x6F, 0xDE)  # keep equal to accentColor in manifest.json
WHITE = (255, 255, 255)


def png(path, width, height, pixel):
    """pixel(x, y) -> (r, g, b, a); writes an 8-bit RGBA, non-interlaced PNG."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
        out.write(chunk(b"IDAT", zlib.compress(rows, 9)))
        out.write(chunk(b"IEND", b""))


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def badge(u, v, ring, stroke):
    """True where the symbol (a ring around a check mark) covers the point (u, v) of the unit square."""
    r = math.hypot(u - 0.5, v - 0.5)
    on_ring = abs(r - ring) <= stroke / 2
    check = [(0.32, 0.52), (0.45, 0.65), (0.69, 0.38)]
    on_check = min(segment_distance(u, v, *check[i], *check[i + 1]) for i in range(2)) <= stroke * 0.75
    return on_ring or on_check


def color(x, y, size=192, samples=4):
    """Full-bleed accent background; the white symbol stays inside the central 96x96 safe area."""
    hits = 0
    for i in range(samples):
        for j in range(samples):
            u = (x + (i + 0.5) / samples) / size
            v = (y + (j + 0.5) / samples) / size
            hits += badge((u - 0.25) * 2, (v - 0.25) * 2, 0.44, 0.09) if 0.25 <= u <= 0.75 and 0.25 <= v <= 0.75 else 0
    share = hits / samples ** 2
    return tuple(round(a + (w - a) * share) for a, w in zip(ACCENT, WHITE)) + (255,)


def outline(x, y, size=32):
    """Pure white where the symbol is, fully transparent elsewhere: no grey, no partial alpha."""
    return (255, 255, 255, 255) if badge((x + 0.5) / size, (y + 0.5) / size, 0.42, 0.08) else (0, 0, 0, 0)


if __name__ == "__main__":
    png("color.png", 192, 192, color)
    png("outline.png", 32, 32, outline)
