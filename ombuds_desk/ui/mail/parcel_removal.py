"""Deleting a parcel created by mistake (empty, never sealed), with Undo in the status bar.

The Mail tab (Delete on its parcels), the Parcels page and the parcel's own dialog delete
through :func:`delete_parcel_now`; the service refuses, with what to do, a parcel that holds
items or was ever sealed. Undo brings the parcel back under its own number, which no other
parcel is ever given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ombuds_desk.services.mail.parcels import RemovedParcel, delete_parcel, restore_parcel
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp


def delete_parcel_now(host: Host, parent: QWidget, parcel_id: int, version: int | None) -> bool:
    """Delete the parcel (refusals shown); True once deleted and Undo offered."""
    actor = host.actor
    return (
        CollectionOp(
            host,
            parent,
            lambda session: delete_parcel(session, actor, parcel_id, expected_version=version),
            Change.PARCELS,
        )
        .on_success(lambda removed: offer_parcel_back(host, removed))
        .run()
    )


def offer_parcel_back(host: Host, removed: RemovedParcel) -> None:
    """Undo in the status bar: the parcel back as it was."""
    actor = host.actor

    def undo() -> None:
        CollectionOp(
            host,
            host.window(),
            lambda session: restore_parcel(session, actor, removed),
            Change.PARCELS,
        ).run()

    host.offer_undo(
        QCoreApplication.translate(
            "ParcelRemoval", "Parcel {number} deleted; its number is not given to another parcel."
        ).format(number=removed.number),
        undo,
    )
