"""generate_serials BATCH_ID N [--csv FILE] [--pdf FILE] [--base-url URL]

Creates N random serials for a batch in one transaction and writes
``serial,url`` rows (CSV, UTF-8) for a label printer: to FILE, or stdout;
with ``--pdf`` also an A4 sheet of the N labels (QR, name, stars,
certificate number and code under each).
"""
import csv
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from traceability import digital_link, labels, printing, serials
from traceability.models import Batch


class Command(BaseCommand):
    help = "Tạo N số serial ngẫu nhiên cho một lô và xuất URL (CSV) và tem (PDF) để in."

    def add_arguments(self, parser):
        parser.add_argument("batch_id", type=int)
        parser.add_argument("count", type=int)
        parser.add_argument("--csv", dest="csv_path", help="write serial,url rows here")
        parser.add_argument("--pdf", dest="pdf_path", help="write an A4 PDF label sheet here")
        parser.add_argument("--base-url", help="site address printed in the QR (default: site)")

    def handle(self, batch_id, count, csv_path=None, pdf_path=None, base_url=None, **options):
        batch = Batch.objects.select_related("product").filter(pk=batch_id).first()
        if batch is None:
            raise CommandError(f"Không có lô #{batch_id} (no batch {batch_id}).")
        if not 1 <= count <= serials.MAX_PER_RUN:
            raise CommandError(f"N phải từ 1 đến {serials.MAX_PER_RUN} (N out of range).")
        if pdf_path and count > labels.MAX_LABELS:
            raise CommandError(
                f"--pdf: tối đa {labels.MAX_LABELS} tem mỗi lần (N out of range for a PDF)."
            )
        if batch.product.upc:
            try:
                digital_link.build_path(batch.product.upc, batch.lot)
            except digital_link.Malformed as error:
                raise CommandError(f"Lô #{batch_id}: {error}") from None
        if pdf_path and not batch.product.is_listed:
            raise CommandError(
                f"Lô #{batch_id}: sản phẩm không còn được chứng nhận OCOP, không in tem "
                f"(product not certified today)."
            )
        base_url = base_url or serials.default_base_url()
        out = pdf = None
        try:
            if csv_path:
                out = open(csv_path, "w", newline="", encoding="utf-8")
            if pdf_path:
                pdf = open(pdf_path, "wb")
        except OSError as error:
            for handle in (out, pdf):
                if handle:
                    handle.close()
            raise CommandError(f"Không ghi được {error.filename}: {error}") from None
        try:
            # The PDF is drawn inside the transaction: if it fails, no serial
            # exists that was never printed.
            with transaction.atomic():
                created = serials.generate_serials(batch, count)
                if pdf:
                    try:
                        pdf.write(printing.sheet_for(batch, base_url, serials=created))
                    except printing.CannotPrint as error:
                        raise CommandError(str(error)) from None
            writer = csv.writer(out or sys.stdout)
            writer.writerow(["serial", "url"])
            for serial in created:
                writer.writerow([serial.serial, serials.serial_url(base_url, batch, serial)])
        finally:
            for handle in (out, pdf):
                if handle:
                    handle.close()
        self.stderr.write(f"{len(created)} serial cho lô {batch.lot} ({batch.product}).")
