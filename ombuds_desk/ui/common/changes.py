"""What kind of records a change touched, so each view refreshes only when its data did.

Every successful write made from a window ends with one notification carrying a
:class:`Change` (Anki's ``OpChanges``): the pages and the case view compare it with what
they show (:data:`CASE_VIEW`, for example) and read again only when it matters.
"""

from __future__ import annotations

from enum import Flag, auto


class Change(Flag):
    """Kinds of records; combine them with ``|``."""

    CASES = auto()  # a person's identity, assignment; persons added, merged or removed
    STATUS = auto()  # status changes, blocks and unblocks (operations' effect included)
    CONTACTS = auto()
    NOTES = auto()
    REVIEWS = auto()
    ITEMS = auto()  # correspondence items: logged, screened, packed, delivered…
    PARCELS = auto()
    SHIPMENTS = auto()
    CAMPAIGNS = auto()
    OPERATIONS = auto()
    SETTINGS = auto()
    STAFF = auto()


NOTHING = Change(0)
EVERYTHING = ~NOTHING
# What the person list and the case view show (the Mail tab included).
CASE_VIEW = (
    Change.CASES
    | Change.STATUS
    | Change.CONTACTS
    | Change.NOTES
    | Change.REVIEWS
    | Change.ITEMS
    | Change.PARCELS
)
MAIL = Change.ITEMS | Change.PARCELS | Change.SHIPMENTS | Change.CAMPAIGNS
