"""Quality only goes up: every measured F1 on the shared documents stays at or above its floor.

The floors live in tests/quality_ratchet.json, one per document set and field,
and are raised with `python scripts/evaluate.py --record` after a change that
improves them. The test needs ../shared (the seeds and the corpus of real
documents, with their answers and score.py) and skips cleanly without it.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import Any

import pytest

from conftest import REPO, SHARED

# Figures are compared at the precision they are recorded with.
TOLERANCE = 0.0005


def _evaluate_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("minutebook_evaluate", REPO / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


evaluate = _evaluate_script()


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = evaluate.measure_shared(SHARED)
    if not results:
        pytest.skip(f"{SHARED} holds no documents with answers and score.py")
    return results


def _floors() -> list[tuple[str, str, float]]:
    return [(name, field, floor)
            for name, fields in sorted(evaluate.read_ratchet().items())
            for field, floor in sorted(fields.items())]


def test_every_set_and_field_has_a_floor() -> None:
    floors = evaluate.read_ratchet()
    assert set(floors) == set(evaluate.SHARED_SETS)
    assert all(floors[name] for name in floors)


@pytest.mark.slow
@pytest.mark.parametrize(("document_set", "field", "floor"), _floors())
def test_measured_f1_stays_at_or_above_its_floor(
    measured: dict[str, dict[str, Any]], document_set: str, field: str, floor: float
) -> None:
    if document_set not in measured:
        pytest.skip(f"{SHARED} has no {document_set} with answers")
    figures = measured[document_set]["fields"].get(field)
    f1 = figures[2] if figures else 0.0
    assert f1 + TOLERANCE >= floor, (
        f"{document_set} {field}: F1 {f1:.3f} fell below its recorded floor {floor:.3f}; "
        "mend the change, or explain the loss and lower the floor by hand")
