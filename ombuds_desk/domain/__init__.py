"""The domain: SQLModel tables, enums and value rules. No I/O, no Qt.

Importing the package imports nothing: the window's frame shows before SQLAlchemy and the
tables are imported (``ui/shell/app.py``), and it needs the domain's words (``i18n``,
``enums``, ``errors``). Every table is mapped wherever a database is opened
(``store/database.py`` imports ``domain.models``), so a flush never meets a foreign key to a
table that was not imported yet; the tables' common setting is in ``table_base.py``.
"""
