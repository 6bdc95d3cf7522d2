#!/usr/bin/env python3
"""Generate the typed provider clients from openapi/*.yaml, and the sync modules written from
their async sources (``hookhub_codegen/unasync.py``).

python scripts/codegen.py          # (re)write src/hookhub/providers/ and the sync twins
python scripts/codegen.py --check  # exit 1 if the committed files are stale
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hookhub_codegen.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
