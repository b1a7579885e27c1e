"""Lists in and out: import and export dialogs, and the possible-duplicates page with merging."""
