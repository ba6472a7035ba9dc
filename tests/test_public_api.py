"""The public API is what treatywatch.__all__ names, and __all__ names everything public there
(httpx keeps the same test)."""

from __future__ import annotations

import types

import treatywatch


def test_all_is_complete_and_importable() -> None:
    public = {name for name, value in vars(treatywatch).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)} | {"__version__"}
    public.discard("annotations")  # `from __future__ import annotations`
    assert sorted(treatywatch.__all__) == sorted(public)
    for name in treatywatch.__all__:
        assert getattr(treatywatch, name) is not None
    assert len(set(treatywatch.__all__)) == len(treatywatch.__all__)


def test_the_flow_is_reachable_from_the_top() -> None:
    assert callable(treatywatch.open_store) and callable(treatywatch.ingest_paths)
    assert callable(treatywatch.reunderstand) and callable(treatywatch.export_eval)
    assert issubclass(treatywatch.StoreError, treatywatch.TreatywatchError)
