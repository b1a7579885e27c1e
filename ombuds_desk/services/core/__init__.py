"""The core every feature's services stand on: one unit of work per action, the audit
trail, staff and who is acting, office settings, and what happens when a database opens."""
