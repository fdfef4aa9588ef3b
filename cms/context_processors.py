"""Template context every page gets from the CMS: where the national portal is.

A provincial portal links back to the national one; its address is the
default Wagtail site's, read only when a template asks for it.
"""
from django.utils.functional import SimpleLazyObject


def _national_portal_url():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url + "/" if site else "/"


def portal(request):
    return {"national_portal_url": SimpleLazyObject(_national_portal_url)}
