"""generate_serials BATCH_ID N [--csv FILE] [--base-url URL]

Creates N random serials for a batch in one transaction and writes
``serial,url`` rows (CSV, UTF-8) for a label printer: to FILE, or stdout.
"""
import csv
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from traceability import digital_link, serials
from traceability.models import Batch


def default_base_url() -> str:
    configured = getattr(settings, "OCOP_RESOLVER_BASE_URL", "")
    if configured:
        return configured
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else "http://localhost:8000"


class Command(BaseCommand):
    help = "Tạo N số serial ngẫu nhiên cho một lô và xuất URL (CSV) để in tem."

    def add_arguments(self, parser):
        parser.add_argument("batch_id", type=int)
        parser.add_argument("count", type=int)
        parser.add_argument("--csv", dest="csv_path", help="write serial,url rows here")
        parser.add_argument("--base-url", help="site address printed in the QR (default: site)")

    def handle(self, batch_id, count, csv_path=None, base_url=None, **options):
        batch = Batch.objects.select_related("product").filter(pk=batch_id).first()
        if batch is None:
            raise CommandError(f"Không có lô #{batch_id} (no batch {batch_id}).")
        if not 1 <= count <= serials.MAX_PER_RUN:
            raise CommandError(f"N phải từ 1 đến {serials.MAX_PER_RUN} (N out of range).")
        if batch.product.upc:
            try:
                digital_link.build_path(batch.product.upc, batch.lot)
            except digital_link.Malformed as error:
                raise CommandError(f"Lô #{batch_id}: {error}") from None
        base_url = base_url or default_base_url()
        out = None
        if csv_path:
            try:
                out = open(csv_path, "w", newline="", encoding="utf-8")
            except OSError as error:
                raise CommandError(f"Không ghi được {csv_path}: {error}") from None
        try:
            created = serials.generate_serials(batch, count)
            writer = csv.writer(out or sys.stdout)
            writer.writerow(["serial", "url"])
            for serial in created:
                writer.writerow([serial.serial, serials.serial_url(base_url, batch, serial)])
        finally:
            if out:
                out.close()
        self.stderr.write(f"{len(created)} serial cho lô {batch.lot} ({batch.product}).")
