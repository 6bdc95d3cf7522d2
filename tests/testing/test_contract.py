"""The shipped contract suite, run against every sandbox (live targets skip without keys)."""

from hookhub.testing.contract import *  # noqa: F403
