"""Project middleware: language choice and answers to input Django would 500 on.

Vietnamese first. Pages people read have an address per language
(``i18n_patterns`` in ``shop/urls.py``): unprefixed is Vietnamese, ``/en/…``
English, so a shared or indexed link always opens in its own language.
Language-neutral addresses outside those patterns (a QR label's ``/01/…`` or
``/t/…``, the API, the admins) follow the visitor's language cookie, which
the VI/EN switch and every visit to a page in the other language set.

Django's LocaleMiddleware also follows the browser's Accept-Language, so a
phone set to English would get a half-English site before its owner chose
anything. We never read Accept-Language.
"""
from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib import messages
from django.db.models import ProtectedError
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import LocalePrefixPattern, Resolver404, URLResolver, get_resolver
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


def outside_language_patterns(path_info, urlconf=None):
    """True when the path is served by a route outside ``i18n_patterns``.

    Resolved against the top-level routes only, skipping the language-prefixed
    group, so a catch-all Wagtail page never claims ``/01/…``.
    """
    path = path_info.lstrip("/")
    for pattern in get_resolver(urlconf).url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        try:
            if pattern.resolve(path):
                return True
        except Resolver404:
            continue
    return False


def cookie_language(request):
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class ChosenLanguageMiddleware:
    """The language of the address; for neutral addresses, the cookie's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        from_path = None
        if is_language_prefix_patterns_used(urlconf)[0]:
            from_path = translation.get_language_from_path(request.path_info)
        # Resolve with the default language active: the unprefixed
        # (Vietnamese) routes only match then.
        translation.activate(from_path or settings.LANGUAGE_CODE)
        by_cookie = not from_path and outside_language_patterns(request.path_info, urlconf)
        language = from_path or (cookie_language(request) if by_cookie
                                 else settings.LANGUAGE_CODE)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

        response = self.get_response(request)

        response.headers.setdefault("Content-Language", language)
        if by_cookie:
            patch_vary_headers(response, ("Cookie",))
        elif response.status_code == 200 and cookie_language(request) != language:
            # A page read in the other language becomes the visitor's choice,
            # so the next QR scanned on this phone answers in it too.
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME, language,
                max_age=settings.LANGUAGE_COOKIE_AGE, path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN, secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


class RejectNullBytesMiddleware:
    """A NUL byte in the query string is refused with 400, not a 500.

    PostgreSQL cannot store or compare text containing NUL, so a query such
    as ``/search/?q=%00`` would otherwise fail deep inside the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            message = _("Địa chỉ có ký tự không hợp lệ.")
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class ProtectedDeleteMiddleware:
    """Deleting a record that history depends on explains itself.

    Certificates and products are kept for good (a product's QR is on
    packages in people's hands), so the database protects them. Oscar's
    dashboard would answer such a delete with a 500; we send the user back
    with a message saying what to do instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ProtectedError):
            return None
        messages.error(
            request,
            _(
                "Không thể xóa: bản ghi này còn được giấy chứng nhận OCOP hoặc sản phẩm "
                "khác tham chiếu. Hãy đặt sản phẩm ở trạng thái không công khai thay vì xóa."
            ),
        )
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = "/dashboard/"
        return HttpResponseRedirect(back)
