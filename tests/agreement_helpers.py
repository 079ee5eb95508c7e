"""What the agreement tests (and the kiosk's) share: a signature as a person draws it."""

from __future__ import annotations

import math


def realistic_signature() -> list[list[tuple[float, float, float]]]:
    """Five strokes drawn at 100 Hz (about 4 s of pen, 420 points): a name, a flourish, a dot, an underline."""
    strokes, t = [], 0.0
    for index, (count, x0, width) in enumerate(((120, 0.08, 0.30), (90, 0.40, 0.20), (110, 0.55, 0.30),
                                                (8, 0.90, 0.01), (92, 0.10, 0.80))):
        stroke = []
        for i in range(count):
            s = i / max(1, count - 1)
            x = x0 + width * s
            y = 0.5 + 0.25 * math.sin(6.0 * s + index) * (0.2 if index == 4 else 1.0) + (0.3 if index == 4 else 0)
            stroke.append((round(x, 4), round(min(0.98, y), 4), t))
            t += 10.0
        strokes.append(stroke)
        t += 250.0  # pen up
    return strokes
