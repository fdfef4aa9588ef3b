"""Our fork of ``oscar.apps.catalogue``: the label stays ``catalogue``."""
import oscar.apps.catalogue.apps as apps


class CatalogueConfig(apps.CatalogueConfig):
    name = "catalog"
    verbose_name = "Catalogue (OCOP)"

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401
