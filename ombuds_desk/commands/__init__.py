"""Every sub-command of ``ombuds-desk``, one module a feature, the window's ``gui`` among them.

Importing this package registers every command (see ``registry.py``); add a feature's module
to the imports below.
"""

# The order of registration is the order of `ombuds-desk --help`: the features' commands
# first, then the window's and the database's own, then the office's administration.
from ombuds_desk.commands import lists as lists
from ombuds_desk.commands import mail as mail
from ombuds_desk.commands import printing as printing
from ombuds_desk.commands import registry as registry
from ombuds_desk.commands import workflow as workflow

# isort: split
from ombuds_desk.commands import backup as backup
from ombuds_desk.commands import copy as copy
from ombuds_desk.commands import demo as demo
from ombuds_desk.commands import gui as gui
from ombuds_desk.commands import init as init

# isort: split
from ombuds_desk.commands import audit as audit
from ombuds_desk.commands import settings as settings
from ombuds_desk.commands import users as users
