"""Give every certificate that existed before the audit history its first record.

Without it, the first change made after deployment would have nothing to be
compared with, and the history would not say what a certificate looked like
when auditing began.
"""
from django.db import migrations
from django.utils import timezone

FIELDS = ("id", "number", "product_id", "stars", "score", "level", "issued_by", "issued_on",
          "valid_until", "status", "status_changed_on", "status_reason", "created_at")


def baseline(apps, schema_editor):
    OCOPCertificate = apps.get_model("catalogue", "OCOPCertificate")
    Historical = apps.get_model("catalogue", "HistoricalOCOPCertificate")
    now = timezone.now()
    Historical.objects.bulk_create(
        [
            Historical(
                **{field: getattr(certificate, field) for field in FIELDS},
                history_date=now,
                history_type="+",
                history_change_reason="Bản ghi ban đầu",
            )
            for certificate in OCOPCertificate.objects.exclude(
                pk__in=Historical.objects.values("id")
            ).iterator()
        ],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0035_certificate_history_submissions_notices")]

    operations = [migrations.RunPython(baseline, migrations.RunPython.noop)]
