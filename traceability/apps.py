from django.apps import AppConfig


class TraceabilityConfig(AppConfig):
    """Raw-material zones, batches, supply-chain events and QR codes (issue 4)."""

    name = "traceability"
