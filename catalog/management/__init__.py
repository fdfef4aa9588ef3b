"""Management commands of the catalogue (``catalog/management/commands``)."""
