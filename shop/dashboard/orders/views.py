"""Order views where a producer's staff see and move only their own lines.

Oscar gives a producer's staff every order that holds one of its lines and
then every line of it; a basket from three producers makes one order, so
that would show (and let them change) the other producers' goods. Staff
(operators) keep Oscar's behaviour. The list's downloads are the accounting
(e-invoice) export of ``shop.order.exports``, scoped the same way.
"""
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery, Sum
from django.http import HttpResponse
from django.utils import timezone
from oscar.apps.dashboard.orders import views
from oscar.apps.dashboard.orders.views import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_model

from shop.order import exports, receivers

Line = get_model("order", "Line")
Partner = get_model("partner", "Partner")


def lines_for_user(order, user):
    """The lines of ``order`` that ``user`` may see: all for staff, else its producers'."""
    lines = order.lines.select_related("partner", "product", "stockrecord")
    if user.is_staff:
        return lines.all()
    return lines.filter(partner__users=user)


class OrderDetailView(views.OrderDetailView):
    #: What a producer's staff may do: move their own lines along the pipeline.
    producer_line_actions = ("change_line_statuses",)

    def get_order_lines(self):
        return lines_for_user(self.object, self.request.user)

    def get_template_names(self):
        if self.request.user.is_staff:
            return super().get_template_names()
        return ["oscar/dashboard/orders/producer_order_detail.html"]

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        if not self.request.user.is_staff:
            ctx["producer_total"] = sum(line.line_price_incl_tax for line in ctx["lines"])
        return ctx

    def handle_order_action(self, request, order, action):
        if not request.user.is_staff:
            raise PermissionDenied
        return super().handle_order_action(request, order, action)

    def handle_line_action(self, request, order, action):
        if not request.user.is_staff and action not in self.producer_line_actions:
            raise PermissionDenied
        return super().handle_line_action(request, order, action)

    def change_line_statuses(self, request, order, lines, quantities):
        # Several lines moved at once make one e-mail per producer, not one per line.
        with receivers.line_news_batch():
            return super().change_line_statuses(request, order, lines, quantities)


class LineDetailView(views.LineDetailView):
    def get_object(self, queryset=None):
        line = super().get_object(queryset)
        if not lines_for_user(line.order, self.request.user).filter(pk=line.pk).exists():
            raise views.Http404()
        return line


def own_partner_ids(user):
    """The producers whose lines ``user`` sees: ``None`` (all) for staff."""
    if user.is_staff:
        return None
    return set(Partner.objects.filter(users=user).values_list("pk", flat=True))


class OrderListView(views.OrderListView):
    """Oscar's order list; its downloads are the e-invoice export.

    Oscar downloads the filtered list with ``?response_format=csv`` and the
    ticked orders with the "download_selected_orders" action; both now write
    ``shop.order.exports`` (one row per line, what an e-invoice needs), in
    CSV or, with ``response_format=xlsx`` / "download_selected_orders_xlsx",
    XLSX. A producer's staff export only their own lines, and their list
    shows the total of those lines, not the whole order's (which mixes
    other producers' goods).
    """

    actions = ("download_selected_orders", "download_selected_orders_xlsx",
               "change_order_statuses")
    download_formats = ("csv", "xlsx")

    def get_template_names(self):
        if self.request.user.is_staff:
            return super().get_template_names()
        return ["oscar/dashboard/orders/producer_order_list.html"]

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.request.user.is_staff:
            return queryset
        own = Line.objects.filter(order=OuterRef("pk"), partner__users=self.request.user)
        return queryset.annotate(
            producer_total=Subquery(own.values("order").annotate(
                total=Sum("line_price_incl_tax")).values("total")),
            producer_items=Subquery(own.values("order").annotate(
                items=Sum("quantity")).values("items")),
        )

    def download_format(self):
        chosen = self.request.GET.get("response_format")
        return chosen if chosen in self.download_formats else None

    def is_csv_download(self):
        return self.download_format() is not None

    def render_to_response(self, context, **response_kwargs):
        if self.download_format() == "xlsx":
            return self.download_selected_orders_xlsx(self.request, context["object_list"])
        return super().render_to_response(context, **response_kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        for key in ("page", "response_format"):
            query.pop(key, None)
        ctx["export_urls"] = {
            fmt: "?" + "&".join(filter(None, [query.urlencode(), f"response_format={fmt}"]))
            for fmt in self.download_formats
        }
        return ctx

    def get_download_filename(self, request, extension="csv"):
        return f"don-hang-{timezone.localdate():%Y%m%d}.{extension}"

    def download_response(self, content_type, extension):
        response = HttpResponse(content_type=content_type)
        response["Content-Disposition"] = (
            f'attachment; filename="{self.get_download_filename(self.request, extension)}"'
        )
        return response

    def download_selected_orders(self, request, orders):
        response = self.download_response("text/csv; charset=utf-8", "csv")
        exports.write_csv(response, orders, own_partner_ids(request.user))
        return response

    def download_selected_orders_xlsx(self, request, orders):
        response = self.download_response(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"
        )
        response.write(exports.xlsx_bytes(orders, own_partner_ids(request.user)))
        return response

    def change_order_statuses(self, request, orders):
        # An order's status covers every producer's goods: operators only.
        if not request.user.is_staff:
            raise PermissionDenied
        return super().change_order_statuses(request, orders)
