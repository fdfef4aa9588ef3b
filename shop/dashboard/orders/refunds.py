"""The refund page of an order in the dashboard: operators only.

An order of several producers is paid as one, so giving money back is an
operator's decision (producers fulfil lines; they never touch payments).
The page shows what was paid and what is left to refund, and takes an
amount in đồng (prefilled with all that is left: a full refund is one
click, a partial one an edit). The rules (ceiling, provider call, records)
are in ``shop.payment.refunds``; this module only asks and tells.
"""
import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import generic
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency

from shop.payment import refunds

Order = get_model("order", "Order")

#: Whole đồng, grouped by thousands as Vietnamese (dots) or English (commas)
#: write them: "50000", "50.000", "1,250,000".
AMOUNT = re.compile(r"\d+|\d{1,3}(?:[.,\s]\d{3})+")


class RefundForm(forms.Form):
    amount = forms.CharField(label=gettext_lazy("Số tiền hoàn (₫)"), max_length=20)
    note = forms.CharField(
        label=gettext_lazy("Ghi chú"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, manual=False, **kwargs):
        super().__init__(*args, **kwargs)
        if manual:
            # Money given back by hand leaves no trace elsewhere: say how.
            self.fields["note"].required = True
            self.fields["note"].help_text = _(
                "Ghi cách đã hoàn tiền (tiền mặt, chuyển khoản, số giao dịch…)."
            )

    def clean_amount(self):
        text = self.cleaned_data["amount"].replace("₫", "").replace("\xa0", " ").strip()
        if not AMOUNT.fullmatch(text):
            raise forms.ValidationError(_("Hãy nhập số tiền bằng đồng, ví dụ 50.000."))
        amount = int(re.sub(r"\D", "", text))
        if amount <= 0:
            raise forms.ValidationError(_("Số tiền hoàn phải lớn hơn 0."))
        return amount


class OrderRefundView(generic.FormView):
    template_name = "oscar/dashboard/orders/order_refund.html"
    form_class = RefundForm

    def dispatch(self, request, *args, **kwargs):
        # The URL's permission already says operators; a view that moves
        # money says it again rather than trust one decorator.
        if not request.user.is_authenticated or not request.user.is_staff:
            raise PermissionDenied
        self.order = get_object_or_404(Order, number=kwargs["number"])
        self.source, self.method = refunds.payment_of(self.order)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["manual"] = bool(self.method and self.method.manual_refund)
        return kwargs

    def get_initial(self):
        left = refunds.refundable(self.order)
        return {"amount": int(left)} if left else {}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx.update(
            order=self.order,
            source=self.source,
            method=self.method,
            refundable=refunds.refundable(self.order),
            refund_events=self.order.payment_events.filter(
                event_type__name=refunds.REFUND_EVENT
            ).order_by("date_created"),
        )
        return ctx

    def form_valid(self, form):
        amount = form.cleaned_data["amount"]
        try:
            refunds.refund(self.order, amount, form.cleaned_data["note"], self.request.user)
        except refunds.RefundRefused as refused:
            form.add_error(None, str(refused))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Đã hoàn %(amount)s cho đơn hàng %(number)s.")
            % {"amount": currency(amount, self.order.currency), "number": self.order.number},
        )
        return redirect("dashboard:order-detail", number=self.order.number)
