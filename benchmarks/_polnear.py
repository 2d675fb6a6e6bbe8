"""Where PolNeAR lies, and a copy of a split the scorer can read.

A few train .ann files carry annotation text that runs over several lines,
which the scorer cannot parse; ``scorable_split`` writes a copy with those
continuation lines dropped (the spans themselves are kept) and symlinks the rest.
The copy is removed when the script exits.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
POLNEAR = SHARED / "data" / "polnear"


def scorable_split(split: str) -> Path:
    """The split's folder, or a scorer-safe copy of it when some .ann needs mending."""
    src = POLNEAR / split
    bad = [p for p in src.glob("*.ann")
           if any(line and "\t" not in line for line in p.read_text(encoding="utf-8").splitlines())]
    if not bad:
        return src
    dst = Path(tempfile.mkdtemp(prefix=f"polnear-{split}-"))
    atexit.register(shutil.rmtree, dst, ignore_errors=True)
    for p in src.iterdir():
        target = dst / p.name
        if p in bad:
            lines = [ln for ln in p.read_text(encoding="utf-8").splitlines()
                     if not ln or "\t" in ln]
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            target.symlink_to(p)
    return dst
