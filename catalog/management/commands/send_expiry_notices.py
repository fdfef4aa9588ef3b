"""E-mail producers before and when their OCOP certificates expire (run daily from cron).

Thresholds and which certificates are due: ``catalog.expiry``. Each notice
is noted (``ExpiryNotice``, unique per certificate and threshold) in the
same transaction that sends it, so a rerun, or two runs at once, sends
nothing twice, and a failed send is retried by the next run.
"""
import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from oscar.core.loading import get_model

from catalog import expiry

ExpiryNotice = get_model("catalogue", "ExpiryNotice")


class Command(BaseCommand):
    help = "Gửi email báo giấy chứng nhận OCOP sắp hết hạn (60, 30 ngày) và đã hết hạn."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Chỉ in ra những gì sẽ gửi, không gửi, không ghi.")

    def handle(self, *args, dry_run=False, **options):
        translation.activate(settings.LANGUAGE_CODE)
        today = timezone.localdate()
        base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        submit_url = base_url + reverse("dashboard:certificates-submission-create")
        sent = 0
        for certificate, threshold in expiry.due_notices(today):
            producer = certificate.product.producer
            to = expiry.recipients(producer) if producer else []
            label = f"{certificate.number} ({certificate.product.title}), {threshold} ngày"
            if not to:
                self.stderr.write(f"Bỏ qua {label}: chủ thể không có địa chỉ email.")
                continue
            if dry_run:
                self.stdout.write(f"Sẽ gửi {label} → {', '.join(to)}")
                continue
            context = {"certificate": certificate, "producer": producer,
                       "threshold": threshold, "submit_url": submit_url,
                       "delisted_on": certificate.valid_until + dt.timedelta(days=1)}
            message = EmailMessage(
                subject=render_to_string("catalog/emails/expiry_notice_subject.txt",
                                         context).strip(),
                body=render_to_string("catalog/emails/expiry_notice_body.txt", context),
                to=to,
            )
            try:
                with transaction.atomic():
                    ExpiryNotice.objects.create(
                        certificate=certificate, threshold=threshold, recipients=", ".join(to)
                    )
                    message.send()
            except IntegrityError:
                continue  # another run sent it meanwhile
            sent += 1
            self.stdout.write(f"Đã gửi {label} → {', '.join(to)}")
        self.stdout.write(f"Tổng cộng: {sent} email." if not dry_run else "Chạy thử: không gửi.")
