"""The shared fixtures give a migrated database and users with the right roles."""

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.store.database import Database


def test_first_user_is_admin_and_later_ones_keep_their_role(
    db: Database, admin: User, caseworker: User
) -> None:
    assert admin.role is Role.ADMIN
    assert caseworker.role is Role.CASEWORKER
    assert db.path is not None and db.path.exists()
