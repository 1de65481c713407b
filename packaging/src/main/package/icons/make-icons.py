#!/usr/bin/env python3
"""Draws the Evidex icon (a blue tile, a white ledger card, a green check mark) with the standard
library only and writes evidex.png (Linux), evidex.ico (Windows) and evidex.icns (macOS).

The outputs are committed; run this only to change the design: python3 make-icons.py
"""
import os
import struct
import zlib

BLUE, WHITE, GREY, GREEN = (31, 78, 121), (255, 255, 255), (201, 214, 227), (46, 139, 87)


def rounded(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, half_width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / float(dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= half_width * half_width


def colour_at(x, y):
    """The colour at a point of the 512 x 512 design, or None where it is transparent."""
    if near_segment(x, y, 196, 330, 250, 380, 19) or near_segment(x, y, 250, 380, 356, 286, 19):
        return GREEN
    if rounded(x, y, 112, 104, 400, 408, 28):
        if 152 <= x <= 360 and (160 <= y <= 180 or 212 <= y <= 232) or 152 <= x <= 300 and 264 <= y <= 284:
            return GREY
        return WHITE
    if rounded(x, y, 24, 24, 488, 488, 88):
        return BLUE
    return None


def render(size, samples=3):
    scale = 512.0 / size
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale)
                    if c:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            n = samples * samples
            row += bytes((r // a, g // a, b // a, 255 * a // n)) if a else b"\0\0\0\0"
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    big, small = render(512), render(256)
    with open("evidex.png", "wb") as out:
        out.write(big)
    # ICO with one PNG-compressed 256 x 256 image (Windows Vista and later).
    with open("evidex.ico", "wb") as out:
        out.write(struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(small), 22) + small)
    # ICNS with PNG payloads: ic08 (256 x 256) and ic09 (512 x 512).
    body = b"ic08" + struct.pack(">I", 8 + len(small)) + small + b"ic09" + struct.pack(">I", 8 + len(big)) + big
    with open("evidex.icns", "wb") as out:
        out.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    main()
