"""Order views where a producer's staff see and move only their own lines.

Oscar gives a producer's staff every order that holds one of its lines and
then every line of it; a basket from three producers makes one order, so
that would show (and let them change) the other producers' goods. Staff
(operators) keep Oscar's behaviour.
"""
from django.core.exceptions import PermissionDenied
from oscar.apps.dashboard.orders import views
from oscar.apps.dashboard.orders.views import *  # noqa: F401,F403  (fork idiom)


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


class LineDetailView(views.LineDetailView):
    def get_object(self, queryset=None):
        line = super().get_object(queryset)
        if not lines_for_user(line.order, self.request.user).filter(pk=line.pk).exists():
            raise views.Http404()
        return line


class OrderListView(views.OrderListView):
    def change_order_statuses(self, request, orders):
        # An order's status covers every producer's goods: operators only.
        if not request.user.is_staff:
            raise PermissionDenied
        return super().change_order_statuses(request, orders)
