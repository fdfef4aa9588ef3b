"""Availability policies: Oscar's, plus "not listed" for lapsed certificates."""
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.partner.availability import Unavailable


class NotListed(Unavailable):
    """The product's OCOP certificate is not valid today: it cannot be sold."""

    code = "not_listed"
    message = _("Không bán: sản phẩm không có giấy chứng nhận OCOP còn hiệu lực")
