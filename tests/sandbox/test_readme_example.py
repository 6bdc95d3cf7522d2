"""The README's sandbox example passes as written (no credentials, no network)."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_sandbox_example_passes() -> None:
    text = README.read_text()
    match = re.search(r"<!-- sandbox-example -->\n```python\n(.*?)```", text, re.S)
    assert match, "README lost its sandbox example"
    code = match.group(1)
    assert len(code.strip().splitlines()) <= 12
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_")]
    assert tests
    for test in tests:
        assert callable(test)
        test()
