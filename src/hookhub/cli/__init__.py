"""The ``hookhub`` command: the facade and the sandboxes from a shell.

Installed with the ``cli`` extra (``pip install 'hookhub[cli]'``); ``import hookhub`` never
imports this package. Entry points: the ``hookhub`` console script and ``python -m hookhub``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

from hookhub.cli._errors import ExitCode

__all__ = ["ExitCode", "main"]


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run ``hookhub`` with ``argv`` (default: ``sys.argv[1:]``) and exit with its code."""
    try:
        import click  # noqa: F401  # pyright: ignore[reportUnusedImport]  (a probe)
        import rich  # noqa: F401  # pyright: ignore[reportUnusedImport]  (a probe)
    except ImportError as error:
        # One line, no traceback: the user only needs to know what to install.
        sys.stderr.write(
            f"Error: the hookhub command needs the 'cli' extra ({error.name} is missing): "
            "pip install 'hookhub[cli]'\n"
        )
        raise SystemExit(ExitCode.CONFIGURATION) from None
    from hookhub.cli._app import run

    raise SystemExit(run(argv))
