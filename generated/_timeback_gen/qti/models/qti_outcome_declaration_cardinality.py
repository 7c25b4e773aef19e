from __future__ import annotations

from typing import Literal

QtiOutcomeDeclarationCardinality = (
    Literal["multiple", "ordered", "record", "single"] | str
)

QTI_OUTCOME_DECLARATION_CARDINALITY_VALUES: set[QtiOutcomeDeclarationCardinality] = {
    "multiple",
    "ordered",
    "record",
    "single",
}


def check_qti_outcome_declaration_cardinality(
    value: str,
) -> QtiOutcomeDeclarationCardinality:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in QTI_OUTCOME_DECLARATION_CARDINALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QTI_OUTCOME_DECLARATION_CARDINALITY_VALUES!r}"
    )
