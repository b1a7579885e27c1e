"""A member of staff's day: what needs them today (My work) and the team's workloads.

It reads the register's cases, reviews and mail together, so it stands above both the
workflow and the mail services (as lists and printing do).
"""
