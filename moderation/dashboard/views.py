"""Queue, review page and decisions of the listing moderation.

The queue shows the current (public) values beside the proposed ones, so
an operator decides from the list or opens a review for the details.
Decisions are POST only and go through ``ListingReview.approve/reject``.
"""
from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic
from oscar.core.loading import get_class, get_model

from moderation.models import ListingReview, ReviewAlreadyDecided

RejectForm = get_class("moderation_dashboard.forms", "RejectForm")
ProductImage = get_model("catalogue", "ProductImage")


def reviews_with_details():
    return ListingReview.objects.select_related(
        "product__producer", "submitted_by", "decided_by"
    ).prefetch_related(
        "images",
        Prefetch("product__images", queryset=ProductImage.objects.order_by("display_order")),
    )


class ReviewQueueView(generic.ListView):
    template_name = "moderation/dashboard/review_list.html"
    context_object_name = "reviews"
    paginate_by = 25

    def get_queryset(self):
        return reviews_with_details().filter(status=ListingReview.Status.PENDING)


class ReviewDetailView(generic.DetailView):
    template_name = "moderation/dashboard/review_detail.html"
    context_object_name = "review"

    def get_queryset(self):
        return reviews_with_details()

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx.setdefault("reject_form", RejectForm())
        return ctx


class DecisionView(generic.detail.SingleObjectMixin, generic.View):
    """POST only: decide a pending review, then back to the queue."""

    http_method_names = ["post"]

    def get_queryset(self):
        return ListingReview.objects.select_related("product")

    def post(self, request, *args, **kwargs):
        self.object = review = self.get_object()
        try:
            response = self.decide(review)
        except ReviewAlreadyDecided:
            messages.warning(request, _("Yêu cầu này đã được xử lý trước đó."))
            return HttpResponseRedirect(reverse("dashboard:moderation-review-list"))
        return response or HttpResponseRedirect(reverse("dashboard:moderation-review-list"))


class ReviewApproveView(DecisionView):
    def decide(self, review):
        review.approve(self.request.user)
        messages.success(self.request, _("Đã duyệt “%(title)s”.") % {"title": review.product.title})


class ReviewRejectView(DecisionView):
    def decide(self, review):
        form = RejectForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("Hãy ghi lý do từ chối."))
            return HttpResponseRedirect(
                reverse("dashboard:moderation-review-detail", args=[review.pk])
            )
        review.reject(self.request.user, form.cleaned_data["reason"])
        messages.success(
            self.request, _("Đã từ chối “%(title)s”.") % {"title": review.product.title}
        )
