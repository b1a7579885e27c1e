"""The shared fixtures give a migrated database and users with the right roles."""

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.store.database import Database


def test_first_user_is_admin_and_later_ones_keep_their_role(
    db: Database, backend: str, admin: User, caseworker: User
) -> None:
    assert admin.role is Role.ADMIN
    assert caseworker.role is Role.CASEWORKER
    if backend == "sqlite":
        assert db.path is not None and db.path.exists()
    else:  # a server database: no file
        assert db.path is None and db.engine.dialect.name == "postgresql"
