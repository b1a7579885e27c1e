"""Words on this workstream's screens that other workstreams' files make: the domain's enum
labels and the queue's age bands (the register's), the shared filter bar's caption and
button (the desk's). Each is made translatable on its owner's branch; the pseudo-language
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
    ShipmentStatus,
)
from ombuds_desk.services.cases.age_bands import AgeBand

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
)
# Longest first: "Listed for exchange" goes before a shorter label inside it can break it up.
OTHERS_WORDS: tuple[str, ...] = tuple(
    sorted(
        {str(member.label) for enum in _LABELLED for member in enum}
        | {"&Filter:", "C&lear filters"},
        key=len,
        reverse=True,
    )
)
