"""``import_ocop``: the import of published OCOP certificate lists."""
