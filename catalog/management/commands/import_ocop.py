"""``manage.py import_ocop FILE``: import a published OCOP certificate list.

Thin on purpose: the rules live in ``catalog.importing`` so they can be
tested and reused (a dashboard upload, say) without going through argv.
The file format and exit codes are in README.md ("Importing OCOP certificate lists").
"""

import sys
from functools import partial

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from catalog.importing import ImportRefused, RowsRefused, import_file


class Command(BaseCommand):
    help = (
        "Nhập danh sách sản phẩm OCOP đã công nhận (CSV UTF-8 hoặc XLSX): chủ thể, "
        "sản phẩm và giấy chứng nhận. Tất cả hoặc không: một dòng lỗi thì không ghi gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv (UTF-8) hoặc .xlsx")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ kiểm tra và báo những gì sẽ tạo/cập nhật, không ghi gì.",
        )

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
        self._report(file, result)

    def _report(self, file, result):
        if result.dry_run:
            self.stdout.write(
                f"Chạy thử {file}: {result.rows} dòng hợp lệ. Chưa ghi gì; nếu nhập thật:"
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã nhập {file}: {result.rows} dòng."))
        self.stdout.write(f"{'':<16}{'tạo mới':>9}{'cập nhật':>10}{'không đổi':>11}")
        for what, counts in result.counts:
            self.stdout.write(
                f"{what:<16}{counts.created:>9}{counts.updated:>10}{counts.unchanged:>11}"
            )
        if result.ignored_columns:
            self.stdout.write(f"Bỏ qua cột không dùng: {', '.join(result.ignored_columns)}.")
        if result.unverified_commune_lines:
            self.stdout.write(
                "Xã/phường không có trong danh mục hiện hành (giữ nguyên văn, đánh dấu "
                f"chưa xác minh) ở dòng: {_some(result.unverified_commune_lines)}."
            )


def _some(lines: list[int], shown=20) -> str:
    """Line numbers, the first few of a long list."""
    text = ", ".join(map(str, lines[:shown]))
    if len(lines) > shown:
        text += f"… (tổng cộng {len(lines)} dòng)"
    return text
