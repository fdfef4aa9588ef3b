"""The page tree every install starts with: a root, our home page, and a
Wagtail locale for each content language (Vietnamese, English).

Run after every ``migrate`` (and after a test flush, which also sends
post_migrate), so a new database, a test database and a restored one all
serve ``/`` without a manual step. It only creates what is missing.
"""
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

HOME_TITLE = "Sản phẩm OCOP Việt Nam"
HOME_HERO_TITLE = "Sản phẩm OCOP được chứng nhận, từ tận nơi sản xuất"
HOME_HERO_TEXT = (
    "<p>Chỉ những sản phẩm có giấy chứng nhận OCOP 3–5 sao còn hiệu lực hôm nay "
    "mới được bày bán tại đây.</p>"
)


def ensure_locales():
    """One Wagtail locale per content language, so editors can translate."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


@transaction.atomic
def ensure_home_page():
    from .models import HomePage

    ensure_locales()
    home = HomePage.objects.first()
    if home is not None and Site.objects.filter(root_page=home).exists():
        return
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if home is None:
        # Wagtail's placeholder "Welcome" page holds the "home" slug (and the
        # default site, which goes with it).
        for placeholder in root.get_children().filter(slug="home"):
            placeholder.delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(
                title=HOME_TITLE,
                slug="home",
                locale=locale,
                hero_title=HOME_HERO_TITLE,
                hero_text=HOME_HERO_TEXT,
            )
        )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
