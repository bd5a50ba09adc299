"""Generic moderation: statuses with allowed transitions, an append-only decision log, private staff
notes, an assignee, organisation scoping and the moderators' digest. See `services` for the API."""
