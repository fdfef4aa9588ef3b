"""``manage.py export_outlets FILE``: the registry in the import format."""
from django.core.management.base import BaseCommand

from outlets.exporting import export_file


class Command(BaseCommand):
    help = "Xuất danh sách điểm bán OCOP (CSV hoặc XLSX theo đuôi tệp), đúng định dạng nhập."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv hoặc .xlsx")

    def handle(self, *args, file, **options):
        count = export_file(file)
        self.stdout.write(self.style.SUCCESS(f"Đã xuất {count} điểm bán vào {file}."))
