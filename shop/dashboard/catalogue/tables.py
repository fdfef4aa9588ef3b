"""The product list, with each product's moderation state."""
from django.utils.translation import gettext_lazy as _
from django_tables2 import TemplateColumn
from oscar.apps.dashboard.catalogue import tables as oscar_tables
from oscar.apps.dashboard.catalogue.tables import *  # noqa: F401,F403  (fork idiom)


class ProductTable(oscar_tables.ProductTable):
    #: Not sortable: Oscar's sortable header is a link with no text (an empty
    #: link to screen readers, axe-core's "link-name"), and ordering by a
    #: checkbox means nothing. Oscar's dashboard.js puts "select all" here.
    checkbox = TemplateColumn(
        verbose_name="",
        template_name="oscar/dashboard/catalogue/product_row_checkbox.html",
        orderable=False,
    )
    #: Reads ``pending_reviews``, prefetched by ``views.ProductListView``.
    review = TemplateColumn(
        verbose_name=_("Kiểm duyệt"),
        template_name="oscar/dashboard/catalogue/product_row_review.html",
        orderable=False,
    )

    class Meta(oscar_tables.ProductTable.Meta):
        sequence = (*oscar_tables.ProductTable.Meta.sequence[:-1], "review", "actions")
