"""Product forms of the catalogue dashboard, plain for producers.

Producers (non-staff partner users) fill in what a shop listing needs:
name, description, GTIN, weight, category, images, price and stock. What
only an operator decides (public or not, recommendations, product type,
structure, SEO, discounts) is not in their form, so it cannot be posted.
Operators keep Oscar's full form. Every image upload is verified and
re-encoded by ``shop.images`` (JPEG/PNG/WebP, size limits, no EXIF).
"""
from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MinValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.apps.dashboard.catalogue.forms import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_model
from oscar.forms.widgets import ImageInput
from stdnum import ean
from stdnum.exceptions import ValidationError as StdnumError

from catalog.groups import GROUP_CODES, WEIGHT_CODE
from shop.images import ACCEPT, clean_upload

Category = get_model("catalogue", "Category")

#: Fields of Oscar's product form that only operators set.
OPERATOR_ONLY_FIELDS = (
    "is_public",
    "is_discountable",
    "structure",
    "slug",
    "meta_title",
    "meta_description",
)
GTIN_LENGTHS = (8, 12, 13, 14)


def is_producer(user):
    """A producer's staff: not an operator (Oscar's partner-scoped user)."""
    return user is not None and not user.is_staff


def clean_gtin(value):
    """A GTIN-8/12/13/14 with a valid check digit, or a clear refusal."""
    value = ean.compact(value or "")
    if not value:
        return None
    if not value.isdigit() or len(value) not in GTIN_LENGTHS:
        raise forms.ValidationError(
            _("Mã GTIN phải gồm 8, 12, 13 hoặc 14 chữ số (đang có %(n)d ký tự).")
            % {"n": len(value)}
        )
    try:
        ean.validate(value)
    except StdnumError:
        raise forms.ValidationError(
            _("Mã GTIN %(gtin)s sai số kiểm tra (chữ số cuối). Hãy xem lại mã in trên bao bì.")
            % {"gtin": value}
        ) from None
    return value


class ProductForm(oscar_forms.ProductForm):
    def __init__(self, product_class, *args, user=None, **kwargs):
        self.user = user
        super().__init__(product_class, *args, **kwargs)
        self.fields["title"].label = _("Tên sản phẩm")
        if "description" in self.fields:
            self.fields["description"].label = _("Mô tả")
        self.fields["upc"].label = _("Mã GTIN (mã vạch)")
        self.fields["upc"].help_text = _("8, 12, 13 hoặc 14 chữ số; để trống nếu chưa có.")
        weight = self.fields.get(f"attr_{WEIGHT_CODE}")
        if weight is not None:
            weight.label = _("Khối lượng (kg)")
            weight.help_text = _("Khối lượng một sản phẩm đã đóng gói, dùng để tính phí giao hàng.")
            weight.validators.append(MinValueValidator(0))
        if is_producer(user):
            self._limit_for_producer()

    def _limit_for_producer(self):
        for name in OPERATOR_ONLY_FIELDS:
            self.fields.pop(name, None)
        self.fields["title"].required = True
        partners = self.user.partners.order_by("name")
        if self.instance.pk is None and len(partners) > 1:
            self.fields["producer"] = forms.ModelChoiceField(
                queryset=partners, label=_("Chủ thể OCOP"), empty_label=None
            )

    def seo_form_fields(self):
        return [] if is_producer(self.user) else super().seo_form_fields()

    def clean_upc(self):
        return clean_gtin(self.cleaned_data.get("upc"))

    def clean(self):
        cleaned = super().clean()
        if is_producer(self.user) and self.instance.pk is None:
            producer = cleaned.get("producer") or self.user.partners.first()
            if producer is None:
                raise forms.ValidationError(
                    _(
                        "Tài khoản của bạn chưa gắn với chủ thể OCOP nào."
                        " Hãy liên hệ ban quản lý sàn."
                    )
                )
            self.instance.producer = producer
            # A producer's new product waits for an operator (moderation).
            self.instance.is_public = False
        return cleaned


class StockRecordForm(oscar_forms.StockRecordForm):
    """Price and stock: applied at once, no review. Prices are in VND."""

    def __init__(self, product_class, user, *args, **kwargs):
        super().__init__(product_class, user, *args, **kwargs)
        if "price" in self.fields:
            self.fields["price"].label = _("Giá bán (₫)")
            self.fields["price"].validators.append(MinValueValidator(0))
        if "num_in_stock" in self.fields:
            self.fields["num_in_stock"].label = _("Số lượng tồn kho")
        if is_producer(user) and "price_currency" in self.fields:
            # The shop sells in đồng only: shown, never taken from the POST.
            self.fields["price_currency"].disabled = True


def ocop_categories():
    """The six OCOP groups and every category below them."""
    roots = Category.get_root_nodes().filter(slug__in=GROUP_CODES)
    below = Q(pk__in=[])
    for root in roots:
        below |= Q(path__startswith=root.path)
    return Category.objects.filter(below)


class ProductCategoryForm(oscar_forms.ProductCategoryForm):
    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].label = _("Nhóm sản phẩm")
        if is_producer(user):
            self.fields["category"].queryset = ocop_categories()


class ProductImageForm(oscar_forms.ProductImageForm):
    # A plain file field: ``shop.images`` opens the upload itself, with its
    # own Vietnamese messages, instead of Django's ImageField check.
    original = forms.FileField(
        label=_("Ảnh"), widget=ImageInput(attrs={"accept": ACCEPT})
    )

    def clean_original(self):
        upload = self.cleaned_data.get("original")
        if isinstance(upload, UploadedFile):
            return clean_upload(upload)
        return upload
