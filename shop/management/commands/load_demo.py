"""``manage.py load_demo``: the demo catalogue, loaded once (see shop/demo).

Apps with a ``demo_data`` module add their own demo data in the same
transaction (see ``shop.demo.loader.app_demo_modules``).
"""
from django.core.management.base import BaseCommand

from shop.demo import loader


class Command(BaseCommand):
    help = (
        "Nạp bộ dữ liệu mẫu (sản phẩm OCOP, chủ thể giả lập, giấy chứng nhận, và dữ liệu "
        "mẫu của các ứng dụng khác như điểm bán, truy xuất nguồn gốc) một lần; không làm gì "
        "nếu dữ liệu mẫu đã có."
    )

    def handle(self, *args, **options):
        summary = loader.load()
        if summary is None:
            self.stdout.write("Dữ liệu mẫu đã được nạp trước đó; không thay đổi gì.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã nạp dữ liệu mẫu: {summary.products} sản phẩm của {summary.producers} "
                f"chủ thể; {summary.listed} đang niêm yết, {summary.not_listed} không "
                "niêm yết (giấy chứng nhận hết hạn, tạm đình chỉ hoặc thu hồi)."
            )
        )
        # Each app's own demo data (its demo_data.load), loaded in the same
        # transaction: its summary line and any lines it wrote.
        for report in summary.apps:
            self.stdout.write(report)
