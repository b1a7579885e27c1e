"""The office's collation as SQL: the key SQLite sorts by, and what each database is sent."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import String, column, create_engine, select, values
from sqlalchemy.dialects import postgresql, sqlite

from ombuds_desk.store.collation import collated, office_sort_key, register_sqlite_collation
from tests.backends import NO_PG_REASON, PG_URL


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
    sent = str(query.compile(dialect=postgresql.dialect()))
    assert "ORDER BY ((translate(btrim(name), " in sent and sent.endswith(') COLLATE "C"')


# Latin with accents, Ukrainian and Russian letters, apostrophes of three kinds, hyphens,
# spaces, capitals: the server must order them as SQLite's key does.
NAMES = [
    *("Яна Бойко", "Їжак Петро", "Ґанна Лис", "Эльвира Ким", "Єва Шум", "Адам Кий"),
    *("Ілля Ткач", "Гліб Ом", "Ёсиф Ким", "Иван Гай", "Йосип Рій", "Евген Лук", "Дарина Яр"),
    *("Adamec", "Černý", "Cibulka", "Ćwik", "Dvořák", "Kovalenko", "Kovalenkova", "Ševčík"),
    *("Sokol", "Zima", "Ёж", "Ежи", "Ель", "Єль", "Ьа", "Ъа", "Ыа", "Юлія Ткач", "Пятницкая"),
    *("Пʼятницька", "П'ятницька", "О’Коннор", "OʼConnor", "Anna-Maria", "Anna Maria", "Ünal"),
    *("Uzun", "  Zed"),
]


@pytest.mark.skipif(not PG_URL, reason=NO_PG_REASON)
def test_the_server_orders_names_as_sqlite_does() -> None:
    assert PG_URL
    engine = create_engine(PG_URL)
    names = values(column("n", String), name="names").data([(n,) for n in NAMES])
    try:
        with engine.connect() as connection:
            ordered = connection.execute(select(names.c.n).order_by(collated(names.c.n)))
            assert [n for (n,) in ordered] == sorted(NAMES, key=office_sort_key)
    finally:
        engine.dispose()
