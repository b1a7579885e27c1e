"""Headless sub-commands of ``ombuds-desk``, one module a feature.

Importing this package registers every command (see ``registry.py``); add a feature's module
to the import below.
"""

from ombuds_desk.commands import lists as lists
from ombuds_desk.commands import mail as mail
from ombuds_desk.commands import printing as printing
from ombuds_desk.commands import registry as registry
from ombuds_desk.commands import workflow as workflow
