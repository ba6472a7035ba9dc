"""Fixtures of the watch tests: a local site, a webhook receiver, settings that do not wait."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from treatywatch.settings import Settings

from .servers import Site


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


@pytest.fixture
def fast() -> Settings:
    """Politeness kept, waits shortened: 10 ms between requests to a host, retries 10 ms apart."""
    return replace(Settings(), user_agent="treatywatch-test/1", host_delay=0.01, fetch_timeout=2.0,
                   fetch_retries=2, fetch_backoff=0.01, max_wait=1.0)
