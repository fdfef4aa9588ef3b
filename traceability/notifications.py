"""E-mail sent when a consumer reports a problem from a trace page.

Two messages, so that nobody sees another's address: one to the operators
(active staff users with an e-mail), one to the users of the product's
producer. Sending never makes the consumer's report fail: it is saved first
and a mail server that is down only loses the notice (logged).
"""
import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from . import serials

logger = logging.getLogger(__name__)


def _addresses(users) -> list[str]:
    return sorted(set(users.filter(is_active=True).exclude(email="").values_list(
        "email", flat=True)))


def operator_addresses() -> list[str]:
    return _addresses(get_user_model().objects.filter(is_staff=True))


def producer_addresses(product) -> list[str]:
    producer = product.producer
    return _addresses(producer.users.all()) if producer is not None else []


def report_received(report) -> int:
    """Tell operators and the producer about a new report; messages sent."""
    link = serials.default_base_url().rstrip("/") + reverse(
        "dashboard:trace-report-detail", kwargs={"pk": report.pk}
    )
    with override("vi"):
        subject = _("Phản ánh mới về sản phẩm %(product)s") % {
            "product": report.product.get_title()
        }
        body = "\n".join(
            [
                _("Loại phản ánh: %s") % report.get_kind_display(),
                _("Mã: %s") % report.code,
                "",
                report.message or _("(không có mô tả)"),
                "",
                _("Xem trong trang quản trị: %s") % link,
            ]
        )
    sent = 0
    for recipients in (operator_addresses(), producer_addresses(report.product)):
        if not recipients:
            continue
        try:
            sent += send_mail(subject, body, None, recipients)
        except OSError:
            logger.warning("report %s: notice not sent", report.pk, exc_info=True)
    return sent
