"""``Authorization: Bearer <key>`` (or ``Token <key>``) for the producer write API.

The token is checked on every request against what the back office says
now: not revoked, its user active, still one of the producer's users
(``Partner.users``) and still holding producer access
(``partner.dashboard_access``, see backoffice/roles.py). Operators' own
staff rights do not extend to tokens: a token only ever acts for its producer.
"""
import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from .models import ApiToken

KEYWORDS = ("bearer", "token")
#: ``last_used_at`` is written at most this often per token.
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class ProducerTokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].decode(errors="replace").lower() not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                _("Tiêu đề Authorization phải có dạng: Bearer <khóa API>."))
        try:
            key = parts[1].decode()
        except UnicodeDecodeError:
            key = ""
        token = ApiToken.objects.for_key(key) if key else None
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(
                _("Khóa API không hợp lệ hoặc đã bị thu hồi."))
        if not self.still_allowed(token):
            raise exceptions.PermissionDenied(
                _("Tài khoản của khóa này không còn quyền của chủ thể %(producer)s.")
                % {"producer": token.producer.name})
        self.touch(token)
        return token.user, token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'

    @staticmethod
    def still_allowed(token):
        user = token.user
        return (token.producer.users.filter(pk=user.pk).exists()
                and user.has_perm("partner.dashboard_access"))

    @staticmethod
    def touch(token):
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
