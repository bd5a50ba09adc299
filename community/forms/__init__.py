"""Forms for events: signing up, cancelling and accepting an offered place."""
