"""Test helpers built on the public API: the behaviour contract every provider must meet."""
