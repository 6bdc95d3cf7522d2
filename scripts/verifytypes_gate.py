"""Fail unless ``pyright --verifytypes`` scores the public API at or above a threshold.

Reads pyright's report on stdin (``pyright --verifytypes hookhub --ignoreexternal | python
scripts/verifytypes_gate.py``), prints the completeness figure and exits 1 below the minimum
or when the report has no figure (pyright did not run).
"""

from __future__ import annotations

import argparse
import re
import sys

SCORE = re.compile(r"Type completeness score:\s*([0-9.]+)\s*%")


def score(report: str) -> float | None:
    """The completeness percentage in a ``--verifytypes`` report; ``None`` when absent."""
    found = SCORE.search(report)
    return float(found.group(1)) if found else None


def main(argv: list[str] | None = None) -> int:
    """Print the figure; 0 when it reaches ``--minimum`` (default 95), else 1."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minimum", type=float, default=95.0)
    arguments = parser.parse_args(argv)
    report = sys.stdin.read()
    figure = score(report)
    if figure is None:
        sys.stdout.write(report)
        print("verifytypes: no completeness score in pyright's output", file=sys.stderr)
        return 1
    verdict = "ok" if figure >= arguments.minimum else "FAIL"
    print(f"verifytypes: type completeness {figure:g}% (minimum {arguments.minimum:g}%): {verdict}")
    return 0 if figure >= arguments.minimum else 1


if __name__ == "__main__":
    sys.exit(main())
