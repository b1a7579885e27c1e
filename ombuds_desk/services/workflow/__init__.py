"""The repatriation workflow: stalled cases and the review queue, the office's figures,
exchanges and group returns (operations)."""
