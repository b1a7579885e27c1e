"""The Cases page: the person list with its filters, the case view, and the dialogs that
register, edit, change status, block and keep contacts."""
