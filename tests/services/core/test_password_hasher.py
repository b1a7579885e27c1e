"""argon2 is imported with the first password hashed or checked, not with the module
(``services/core/auth.py``): in a fresh process (the tests' own fixture swaps in a lighter
hasher) the first hash, check and rehash test work as before, and importing the module
alone loads no argon2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import sys
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core import auth
print("argon2" in sys.modules)
user = User(username="olena", full_name="Олена Ґонтар", role=Role.CASEWORKER)
user.password_hash = auth.hash_password("довгий пароль ї є ʼ")
print(user.password_hash.startswith("$argon2id$"))
print(auth.password_matches(user, "довгий пароль ї є ʼ"), auth.password_matches(user, "wrong one!"))
print(auth._password_hasher().check_needs_rehash(user.password_hash))
user.password_hash = "not a hash"
print(auth.password_matches(user, "довгий пароль ї є ʼ"))
"""


def test_the_first_password_imports_argon2_and_hashes_and_checks_as_before() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "False", "False", "False"]
