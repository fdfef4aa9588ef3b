"""Catalogue dashboard views: Oscar's, with the producer's limits.

- A producer (non-staff partner user) sees and changes only its own
  products (``utils.partner_product_visibility_q``), including in the
  product lookup, which Oscar leaves unfiltered.
- It cannot make products public or non-public in bulk: listing goes
  through moderation.
- A new product, or a content change (title, description, images) of a
  public one, goes to the operators' queue (``moderation.submissions``);
  price and stock are saved at once.
Operators (staff) keep Oscar's behaviour.
"""
from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from oscar.apps.dashboard.catalogue import views as oscar_views
from oscar.apps.dashboard.catalogue.views import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_class, get_model

from moderation.models import ListingReview
from moderation.submissions import latest_review, propose_change, request_listing

is_producer = get_class("dashboard.catalogue.forms", "is_producer")
Product = get_model("catalogue", "Product")

#: Bulk actions that would publish or hide products without moderation.
MODERATED_ACTIONS = ("make_products_public", "make_products_non_public")
#: Fields of a public product that change only after an operator approves.
MODERATED_FIELDS = ("title", "description")


def _text(value):
    return " ".join((value or "").split())


class ModeratedBulkActionsMixin:
    """Drop the public/non-public bulk actions for producers."""

    def dispatch(self, request, *args, **kwargs):
        if is_producer(request.user):
            self.intermediate_actions = {
                name: action
                for name, action in self.intermediate_actions.items()
                if name not in MODERATED_ACTIONS
            }
        return super().dispatch(request, *args, **kwargs)


class ProductListView(ModeratedBulkActionsMixin, oscar_views.ProductListView):
    def get_queryset(self):
        pending = ListingReview.objects.filter(status=ListingReview.Status.PENDING)
        return super().get_queryset().prefetch_related(
            Prefetch("listing_reviews", queryset=pending, to_attr="pending_reviews")
        )


class ProductBulkActionConfirmView(
    ModeratedBulkActionsMixin, oscar_views.ProductBulkActionConfirmView
):
    pass


class ProductCreateUpdateView(oscar_views.ProductCreateUpdateView):
    published = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if is_producer(request.user):
            # Recommendations are the operators' choice.
            self.formsets = {
                name: formset
                for name, formset in self.formsets.items()
                if name != "recommended_formset"
            }

    @transaction.atomic
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def get_object(self, queryset=None):
        parent_pk = self.kwargs.get("parent_pk")
        if parent_pk is not None and is_producer(self.request.user):
            # Oscar looks the parent up unscoped.
            get_object_or_404(self.get_queryset(), pk=parent_pk)
        product = super().get_object(queryset)
        if product is not None:
            #: What the public sees now, before the form touches the instance.
            self.published = {name: getattr(product, name) for name in MODERATED_FIELDS}
            self.published["is_public"] = product.is_public
        return product

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["is_producer"] = is_producer(self.request.user)
        if self.object is not None and self.object.pk:
            ctx["listing_review"] = latest_review(self.object)
        return ctx

    def forms_valid(self, form, formsets):
        user = self.request.user
        if not is_producer(user):
            return super().forms_valid(form, formsets)
        if self.creating or not self.published["is_public"]:
            response = super().forms_valid(form, formsets)
            request_listing(self.object, user)
            messages.info(
                self.request,
                _("Sản phẩm đang chờ ban quản lý sàn duyệt trước khi hiển thị công khai."),
            )
            return response
        proposal = {}
        for name in MODERATED_FIELDS:
            value = form.cleaned_data.get(name)
            # Editors re-wrap text; only a real change goes to review.
            if name in form.cleaned_data and _text(value) != _text(self.published[name]):
                proposal[name] = value
            setattr(form.instance, name, self.published[name])
        images = formsets["image_formset"].proposed_images()
        response = super().forms_valid(form, formsets)
        if propose_change(self.object, user, images=images, **proposal):
            messages.info(
                self.request,
                _(
                    "Thay đổi tên, mô tả hoặc ảnh đang chờ duyệt; trang công khai giữ"
                    " nội dung cũ đến khi được duyệt. Giá và tồn kho đã được cập nhật."
                ),
            )
        return response


class ProductLookupView(oscar_views.PartnerProductFilterMixin, oscar_views.ProductLookupView):
    """Oscar's lookup (recommendations widget), scoped like the list."""

    def get_queryset(self):
        return self.filter_queryset(super().get_queryset())

    def get_args(self):
        initial = self.request.GET.get("initial") or None
        if initial:
            initial = ",".join(pk for pk in initial.split(",") if pk.strip().isdigit()) or "0"
        page, limit = self._number("page", 1), self._number("page_limit", 20)
        return (initial, self.request.GET.get("q"), page, limit)

    def _number(self, name, default):
        value = self.request.GET.get(name, "")
        return min(int(value), 100) if value.isdigit() and int(value) > 0 else default
