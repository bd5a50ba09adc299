"""The forum's services: `text` (turning what members type into safe HTML, and spotting watched words),
`posting` (starting topics, replying, reports, subscriptions, what a member sees) and `moderating` (what
moderators do beyond approving and rejecting)."""
