"""The Settings dialog's words for the office settings: each setting's label and hint, the
choices of those that take one of a few values, and who may change one.

The words themselves are below the window (``services/core/setting_labels.py``), so the
audit trail and the command line say a setting as the dialog does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core import setting_labels
from ombuds_desk.services.core.office_settings import Setting
from ombuds_desk.services.core.permissions import roles_for


def label(setting: Setting) -> str:
    """The setting's label in the window's language."""
    return setting_labels.label_of(setting.key)


def hint(setting: Setting) -> str:
    return setting_labels.hint_of(setting.key)


def choices(setting: Setting) -> list[tuple[str, str]]:
    """``(value, words)`` of a setting with a few values; empty for one typed."""
    return setting_labels.choices_of(setting.key)


def only_who(setting: Setting) -> str:
    """``only an admin can change it``, ``only a supervisor or an admin can change it``."""
    roles = tuple(roles_for(setting.action))
    if roles == (Role.ADMIN,):
        return QCoreApplication.translate("SettingWords", "only an admin can change it")
    if roles == (Role.SUPERVISOR, Role.ADMIN):
        return QCoreApplication.translate(
            "SettingWords", "only a supervisor or an admin can change it"
        )
    return QCoreApplication.translate("SettingWords", "only {roles} can change it").format(
        roles=", ".join(role.label for role in roles)
    )
