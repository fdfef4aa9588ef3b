"""Fork of Oscar's dashboard: the one back office for every role.

Oscar's dashboard already scopes producers (partner users) to their own
records; we add the OCOP sections (certificates, moderation, onboarding,
traceability, outlets), each an ``OscarDashboardConfig`` in the app that
owns its models (the django-oscar-stores layout), and let provincial
officers, who are not staff, reach the index.
"""
import oscar.apps.dashboard.apps as apps
from django.apps import apps as django_apps
from django.urls import include, path

#: URL prefix under /dashboard/ → label of the dashboard app served there.
SECTIONS = {
    "certificates/": "certificates_dashboard",
    "moderation/": "moderation_dashboard",
    "producer/": "backoffice_dashboard",
    "trace/": "traceability_dashboard",
    "outlets/": "outlets_dashboard",
    "api/": "api_dashboard",
}


class DashboardConfig(apps.DashboardConfig):
    name = "shop.dashboard"

    def configure_permissions(self):
        super().configure_permissions()
        # Staff (operators), producers, and provincial officers (who hold
        # the outlets permissions but are not staff).
        self.permissions_map["index"] = self.permissions_map["index"] + (
            ["outlets.view_outlet"],
        )

    def get_urls(self):
        sections = [
            path(prefix, include(django_apps.get_app_config(label).urls[0]))
            for prefix, label in SECTIONS.items()
        ]
        return super().get_urls() + sections
