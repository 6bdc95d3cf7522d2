"""The ``HOOKHUB_LOG`` switch: turn on the ``hookhub`` logger without touching code.

hookhub logs through the standard :mod:`logging` module, logger ``hookhub``: one DEBUG line
per HTTP attempt (provider, method, path, status or error, attempt number, retry decision,
wait, request id), never a credential. Applications configure it like any other logger;
``HOOKHUB_LOG=debug`` (or ``info``, ``warning``, ``error``) attaches a stderr handler at that
level when ``hookhub`` is imported, for a quick look from a shell.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

__all__ = ["ENVIRONMENT_VARIABLE", "LOGGER_NAME", "configure_from_environment"]

LOGGER_NAME = "hookhub"
ENVIRONMENT_VARIABLE = "HOOKHUB_LOG"
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``HOOKHUB_LOG`` adds; marked so a second import does not add another."""


def configure_from_environment(environ: Mapping[str, str] | None = None) -> None:
    """Apply ``HOOKHUB_LOG`` if set; an unknown value is ignored (logging stays as it is)."""
    value = (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE, "")
    level = _LEVELS.get(value.strip().lower())
    if level is None:
        return
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvironmentHandler) for handler in logger.handlers):
        handler = _EnvironmentHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
