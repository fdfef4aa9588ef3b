"""Project middleware: language choice and answers to input Django would 500 on.

Vietnamese first: the interface language is the one the visitor chose.

Django's LocaleMiddleware also follows the browser's Accept-Language, so a
phone set to English would get a half-English site before its owner chose
anything. We honour the language cookie (set by the VI/EN switch through
``/i18n/setlang/``) and otherwise serve Vietnamese.
"""
from django.conf import settings
from django.contrib import messages
from django.db.models import ProtectedError
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = dict(settings.LANGUAGES)
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


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
