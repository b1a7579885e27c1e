"""Words on this workstream's screens that other workstreams' files make: the domain's enum
labels and the queue's age bands (the register's), the shared filter bar's caption and
button, the fields' labels and a background job's Cancel (the desk's), and the program's name. Each is made translatable on its owner's branch; the pseudo-language
tests of the lists, My work, the review queue and the dashboard do not count them against
these screens (their words in ⟦…⟧ would be left alone anyway)."""

from __future__ import annotations

from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Channel,
    OperationKind,
    OperationStatus,
    ParcelStatus,
    ReviewDecision,
    Role,
    Sex,
    ShipmentStatus,
)
from ombuds_desk.services.cases.age_bands import AgeBand
from ombuds_desk.ui.common.field_labels import FIELD_LABELS

_LABELLED = (
    CaseStatus,
    Category,
    Channel,
    OperationKind,
    OperationStatus,
    ParcelStatus,
    ReviewDecision,
    Role,
    ShipmentStatus,
    AgeBand,
    Sex,
)
# Longest first: "Listed for exchange" goes before a shorter label inside it can break it up.
OTHERS_WORDS: tuple[str, ...] = tuple(
    sorted(
        {str(member.label) for enum in _LABELLED for member in enum}
        | {"&Filter:", "C&lear filters", "Cancel"}  # the filter bar, a background job's
        | {"Ombuds Desk"}  # the program's name
        | {text.replace("&", "") for text in FIELD_LABELS.values()},
        key=len,
        reverse=True,
    )
)
