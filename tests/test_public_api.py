"""The public API is what treatywatch.__all__ names, and __all__ names everything public there
(httpx keeps the same test)."""

from __future__ import annotations

import types

import treatywatch


def test_all_is_complete_and_importable() -> None:
    # dir(): the lazy attributes (module __getattr__) count before their first use too.
    public = {name for name in dir(treatywatch)
              if not name.startswith("_") and not isinstance(getattr(treatywatch, name), types.ModuleType)}
    public |= {"__version__"}
    public.discard("annotations")  # `from __future__ import annotations`
    assert sorted(treatywatch.__all__) == sorted(public)
    for name in treatywatch.__all__:
        assert getattr(treatywatch, name) is not None
    assert len(set(treatywatch.__all__)) == len(treatywatch.__all__)


def test_the_flow_is_reachable_from_the_top() -> None:
    assert callable(treatywatch.open_store) and callable(treatywatch.ingest_paths)
    assert callable(treatywatch.reunderstand) and callable(treatywatch.export_eval)
    assert issubclass(treatywatch.StoreError, treatywatch.TreatywatchError)


def test_importing_the_package_loads_nothing_heavy() -> None:
    """`import treatywatch` (and so every command's start) does not load SQLAlchemy, pydantic, rich
    or the lexicon: each is imported when something needs it."""
    import subprocess
    import sys

    code = ("import sys, treatywatch, treatywatch.cli; "
            "print(' '.join(m for m in ('sqlalchemy', 'pydantic', 'alembic', 'rich', 'yaml', 'dateparser', "
            "'treatywatch.lexicon', 'treatywatch.store') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
