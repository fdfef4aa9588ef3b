"""``python manage.py rebuild_search_index``: index every product again.

Products are read in batches by primary key (keyset pagination, see
search/indexing.py), so memory stays flat however large the catalogue;
a tqdm bar shows progress on a terminal.
"""
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from tqdm import tqdm

from search.backends import backend_path
from search.documents import indexing_queryset
from search.indexing import BATCH_SIZE, rebuild


class Command(BaseCommand):
    help = "Xây dựng lại chỉ mục tìm kiếm sản phẩm."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
        parser.add_argument("--no-progress", action="store_true",
                            help="Không hiện thanh tiến độ.")

    def handle(self, *args, batch_size, no_progress, **options):
        if batch_size < 1:
            batch_size = BATCH_SIZE
        total = indexing_queryset().count()
        with tqdm(total=total, unit="sp", disable=no_progress, file=self.stderr._out) as bar:
            done = rebuild(batch_size=batch_size, progress=bar.update)
        self.stdout.write(_("Đã lập chỉ mục %(count)s sản phẩm (%(backend)s).") % {
            "count": done, "backend": backend_path().rsplit(".", 1)[-1]})
