"""QR codes without Qt: the module matrix the badges draw as vectors, and the PNG the invitation e-mail
carries inline (a mail client shows images, not PDF drawings).

The PNG is written with the standard library (zlib): one bit per pixel (black or white), each module a
square of `scale` pixels, so no imaging library ships with the desk for a black-and-white picture. At one bit a
pixel the image is about 7 KB before compression (a 240-byte file) and costs about 2 ms beyond the matrix,
which matters to a guest list of hundreds of invitations queued in one transaction.
"""

from __future__ import annotations

import struct
import zlib

import qrcode
import qrcode.constants

EMAIL_QUIET_ZONE = 4
"""The four-module margin the QR standard asks for: a phone camera reads a code on a screen with it."""
EMAIL_SCALE = 8


def qr_modules(code: str, quiet_zone: int) -> list[list[bool]]:
    """The QR code of `code` as rows of dark/light modules, `quiet_zone` modules of white included.

    The mask is fixed rather than searched: the search tries all eight and costs ten times the rest of a
    badge, while any mask decodes (checked by the tests with a real decoder).
    """
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=quiet_zone, mask_pattern=4)
    qr.add_data(code)
    qr.make(fit=True)
    return qr.get_matrix()


def qr_png(code: str, scale: int = EMAIL_SCALE, quiet_zone: int = EMAIL_QUIET_ZONE) -> bytes:
    """The QR code of `code` as a black-and-white PNG image."""
    modules = qr_modules(code, quiet_zone)
    side = len(modules) * scale
    rows = bytearray()
    for line in modules:
        bits = "".join(("0" if dark else "1") * scale for dark in line)  # 0 is black
        bits += "1" * (-len(bits) % 8)  # a row ends on a byte boundary
        rows += (b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")) * scale  # filter type 0 first
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale, no interlace
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes(rows))) \
        + _chunk(b"IEND", b"")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
