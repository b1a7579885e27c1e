"""The "My work" page: what needs a member of staff today, and for a supervisor the team's
work and workloads, from which cases are reassigned."""
