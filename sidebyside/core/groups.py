"""The names of the staff groups that the data migration in core/migrations/0002 creates.

Code refers to the groups through these; migrations keep their own copies of the names, as a migration
must not change when later code does.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
TRUST_ADMINISTRATORS = "Trust administrators"
STAFF_GROUPS = (EDITORS, MODERATORS, TRUST_ADMINISTRATORS)
