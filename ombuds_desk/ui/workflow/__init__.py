"""The repatriation workflow pages: the review queue, the dashboard and operations."""
