"""The register: persons and their case numbers, the person list and search, the case view,
status changes and blocks, contacts and notes."""
