"""The office's collation as SQL: the key SQLite sorts by, and what each database is sent."""

from __future__ import annotations

import sqlite3

from sqlalchemy import String, column, select
from sqlalchemy.dialects import postgresql, sqlite

from ombuds_desk.store.collation import collated, office_sort_key, register_sqlite_collation


def test_keys_put_accented_latin_among_their_letters_and_cyrillic_in_its_alphabet() -> None:
    words = ["Zima", "Ćwik", "Černý", "Cerny", "Cibulka", "яр", "їжак", "ґанна", "гліб", "ілля"]
    assert sorted(words, key=office_sort_key) == [
        "Cerny",
        "Černý",
        "Cibulka",
        "Ćwik",
        "Zima",
        "гліб",
        "ґанна",
        "ілля",
        "їжак",
        "яр",
    ]
    assert office_sort_key(None) == office_sort_key("") == ""
    # A name that begins another sorts first, whatever its accents.
    assert office_sort_key("Černý") < office_sort_key("Cernyak")


def test_a_sqlite_connection_sorts_with_the_registered_function() -> None:
    connection = sqlite3.connect(":memory:")
    register_sqlite_collation(connection)
    connection.execute("CREATE TABLE t (name TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [("Zima",), ("Černý",), ("Adamec",)])
    rows = connection.execute("SELECT name FROM t ORDER BY office_sort_key(name)").fetchall()
    assert [name for (name,) in rows] == ["Adamec", "Černý", "Zima"]


def test_each_database_is_sent_its_own_collation() -> None:
    name = column("name", String)
    query = select(name).order_by(collated(name))
    assert "ORDER BY office_sort_key(name)" in str(query.compile(dialect=sqlite.dialect()))
    assert 'ORDER BY (name) COLLATE "und-x-icu"' in str(query.compile(dialect=postgresql.dialect()))
