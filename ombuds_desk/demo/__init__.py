"""The demo office: a synthetic register for trying the app (persons, mail, operations,
reviews). A layer above the services, used only by the command line."""
