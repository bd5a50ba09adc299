"""Member accounts (django-allauth), the involvement profile, consent records and privacy self-service.

Later apps plug in through the registries:

- `prefill.register_guest_records(callable)`: attach what a guest submitted once they verify that email;
- `dashboard.register_section(...)`: add their items to "My involvement";
- `privacy.register_data_section(...)` / `privacy.register_eraser(...)`: "download my data" and
  "delete my account".
"""
