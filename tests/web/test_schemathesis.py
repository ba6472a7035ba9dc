"""The OpenAPI document, fuzzed: schemathesis generates requests for every operation (in and out of
the schema) and the app must answer each without a server error, with a status code and content type
the document declares. Bounded (max_examples) so that the run stays well under a minute.

The schema is loaded from the app at import (schemathesis' lazy ``from_fixture`` fails on pytest 9),
over a store of its own in a temporary folder, removed when the module is done.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance
from web_helpers import TOKEN

from treatywatch.web import WebConfig, asgi

# JSON Lines bodies are sent as the text they are.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")
FOLDER = Path(tempfile.mkdtemp(prefix="treatywatch-fuzz-"))
APP = asgi(f"sqlite:///{FOLDER / 'fuzz.db'}", WebConfig(token=TOKEN))
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _cleanup() -> Iterator[None]:
    yield
    shutil.rmtree(FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case: Any) -> None:
    case.call_and_validate(headers={"authorization": f"Bearer {TOKEN}"},
                           checks=[not_a_server_error, status_code_conformance, content_type_conformance])
