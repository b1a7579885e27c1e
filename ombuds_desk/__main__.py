"""``python -m ombuds_desk`` does what the ``ombuds-desk`` command does."""

from ombuds_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
