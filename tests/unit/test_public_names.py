"""Public model names survive a new upstream document (specs/names.yaml, specs/aliases.yaml)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NAMES_FILE = HERE / "public_names" / "oneroster_models.txt"


def _names() -> list[str]:
    lines = NAMES_FILE.read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_checked_in_list_is_the_one_taken_before_the_new_document() -> None:
    names = _names()
    assert len(names) == 192 and len(set(names)) == len(names)
    assert {"User", "Enrollment", "Metadata", "MetadataOnboarding", "GUIDRef"} <= set(names)


@pytest.mark.parametrize(
    "module", ["timeback_gen.models.oneroster", "_timeback_gen.oneroster.models"]
)
def test_every_public_oneroster_model_name_still_imports(module: str) -> None:
    models = importlib.import_module(module)
    missing = [name for name in _names() if not hasattr(models, name)]
    assert missing == []


def test_every_public_name_is_listed_for_star_imports_and_dir() -> None:
    models = importlib.import_module("_timeback_gen.oneroster.models")
    assert set(_names()) <= set(models.__all__)
    assert set(_names()) <= set(dir(models))


def test_aliases_are_the_new_model_class_itself() -> None:
    from timeback_gen.models import oneroster as m

    assert m.CreateEnrollmentBodyEnrollmentMetadata is m.EnrollmentMetadata
    assert m.UpdateEnrollmentBodyEnrollmentMetadata is m.EnrollmentMetadata
    # The old free-form metadata still round-trips through the old name.
    meta = m.CreateEnrollmentBodyEnrollmentMetadata.from_dict(
        {"source": "sis", "goals": {"dailyXp": 5}}
    )
    assert meta["source"] == "sis" and meta.goals.daily_xp == 5
    assert meta.to_dict() == {"source": "sis", "goals": {"dailyXp": 5}}
    body = m.CreateEnrollmentBodyEnrollment(
        role="student",
        user=m.SourcedIdRef(sourced_id="u1"),
        class_=m.SourcedIdRef(sourced_id="c1"),
        metadata=m.CreateEnrollmentBodyEnrollmentMetadata.from_dict({"k": 1}),
    )
    assert body.to_dict()["metadata"] == {"k": 1}


def test_names_that_changed_shape_keep_their_old_meaning() -> None:
    """`Metadata` stays the user metadata (onboarding), as CreateUserBodyUser uses it."""
    from timeback_gen.models import oneroster as m

    meta = m.Metadata.from_dict({"onboarding": {}, "isTestUser": True})
    assert meta.is_test_user is True and isinstance(meta.onboarding, m.MetadataOnboarding)
    assert "metadata" in m.CreateUserBodyUser.__annotations__
    assert "Metadata" in str(m.CreateUserBodyUser.__annotations__["metadata"])
    ref = m.GUIDRef.from_dict({"href": "h", "sourcedId": "o1", "type": "org"})
    assert ref.sourced_id == "o1"


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    models = importlib.import_module("_timeback_gen.oneroster.models")
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_aliases_resolve_lazily() -> None:
    code = (
        "import sys, _timeback_gen.oneroster.models as m\n"
        "assert '_timeback_gen.oneroster.models.enrollment_metadata' not in sys.modules\n"
        "m.UpdateEnrollmentBodyEnrollmentMetadata\n"
        "assert '_timeback_gen.oneroster.models.enrollment_metadata' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_alias_entry_has_a_reason_and_a_generated_target() -> None:
    data = yaml.safe_load((ROOT / "specs" / "aliases.yaml").read_text())
    for api, entries in data.items():
        models = importlib.import_module(f"_timeback_gen.{api}.models")
        for old, entry in entries.items():
            assert entry["reason"].strip(), old
            assert getattr(models, old) is getattr(models, entry["to"]), old
