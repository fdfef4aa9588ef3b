"""Vietnamese first: the interface language is the one the visitor chose.

Django's LocaleMiddleware also follows the browser's Accept-Language, so a
phone set to English would get a half-English site before its owner chose
anything. We honour the language cookie (set by the VI/EN switch through
``/i18n/setlang/``) and otherwise serve Vietnamese.
"""
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = dict(settings.LANGUAGES)
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
