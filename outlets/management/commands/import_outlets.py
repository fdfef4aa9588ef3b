"""``manage.py import_outlets FILE [--dry-run]``: the outlet list of a province.

Thin: the rules live in ``outlets.importing``. Format: README.md
("Importing outlets").
"""
import sys
from functools import partial

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from catalog.importing import ImportRefused, RowsRefused
from outlets.importing import import_file


class Command(BaseCommand):
    help = ("Nhập danh sách điểm giới thiệu và bán sản phẩm OCOP (CSV UTF-8 hoặc XLSX). "
            "Tất cả hoặc không: một dòng lỗi thì không ghi gì.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv (UTF-8) hoặc .xlsx")
        parser.add_argument("--dry-run", action="store_true",
                            help="Chỉ kiểm tra và báo những gì sẽ thay đổi, không ghi gì.")

    def handle(self, *args, file, dry_run, **options):
        progress = partial(tqdm, file=sys.stderr, dynamic_ncols=True)
        try:
            result = import_file(file, dry_run=dry_run, progress=progress)
        except RowsRefused as refused:
            lines = "\n".join(str(error) for error in refused.errors)
            raise CommandError(
                f"Không nhập {file}: {len(refused.errors)} lỗi, không có gì thay đổi.\n{lines}"
            ) from None
        except ImportRefused as refused:
            raise CommandError(f"Không nhập {file}: {refused}") from None
        if result.dry_run:
            self.stdout.write(f"Chạy thử {file}: {result.rows} dòng hợp lệ. Chưa ghi gì; "
                              "nếu nhập thật:")
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã nhập {file}: {result.rows} dòng."))
        self.stdout.write(f"Điểm bán: {result.created} tạo mới, {result.updated} cập nhật, "
                          f"{result.unchanged} không đổi.")
        if result.ignored_columns:
            self.stdout.write(f"Bỏ qua cột không dùng: {', '.join(result.ignored_columns)}.")
