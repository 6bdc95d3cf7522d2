"""``scripts/codegen.py``: write or check ``src/hookhub/providers/`` and the sync twins."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from hookhub_codegen.render import (
    FACADE_CLIENTS,
    render_facade_clients,
    render_package,
    render_providers_index,
)
from hookhub_codegen.spec_model import SpecError, load_provider
from hookhub_codegen.unasync import generate_sync

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "openapi"
OUTPUT = ROOT / "src" / "hookhub" / "providers"


def generate() -> dict[Path, str]:
    """Every generated file, by path. Deterministic: same specs, same bytes."""
    providers = [load_provider(path) for path in sorted(SPECS.glob("*.yaml"))]
    ids = [provider.id for provider in providers]
    if len(set(ids)) != len(ids):
        raise SpecError("two specs declare the same provider id")
    files: dict[Path, str] = {
        OUTPUT / "__init__.py": render_providers_index(providers),
        FACADE_CLIENTS: render_facade_clients(providers),
    }
    for provider in providers:
        if SPECS / f"{provider.id}.yaml" != SPECS / provider.source:
            raise SpecError(f"{provider.source}: file name must be <provider id>.yaml")
        for name, source in render_package(provider).items():
            files[OUTPUT / provider.id / name] = source
    # The sync shell and facade verbs, written from their async sources.
    files.update(generate_sync(ROOT))
    return files


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated files are stale")
    args = parser.parse_args(argv)
    try:
        files = generate()
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    existing = (
        {path for path in OUTPUT.rglob("*.py") if "__pycache__" not in path.parts}
        if OUTPUT.exists()
        else set()
    )
    stale = sorted(
        str(path.relative_to(ROOT))
        for path, source in files.items()
        if not path.exists() or path.read_text() != source
    )
    extra = sorted(str(path.relative_to(ROOT)) for path in existing - set(files))
    if args.check:
        for name in stale:
            current = (ROOT / name).read_text().splitlines() if (ROOT / name).exists() else []
            diff = difflib.unified_diff(
                current, files[ROOT / name].splitlines(), name, name + " (generated)", lineterm=""
            )
            print("\n".join(list(diff)[:40]), file=sys.stderr)
        for name in extra:
            print(f"codegen: {name} is not generated from any spec", file=sys.stderr)
        if stale or extra:
            print("codegen: generated files are stale; run `make codegen`", file=sys.stderr)
            return 1
        print(f"codegen: {len(files)} generated files are up to date")
        return 0
    for path, source in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    for name in extra:
        (ROOT / name).unlink()
    print(f"codegen: wrote {len(stale)} of {len(files)} files")
    return 0
