"""Listing reviews: what waits for an operator before it is public.

A producer's new product is saved non-public with a pending review of kind
"new"; a change to the title, description or images of a public product is
kept here as a proposal (the public product is untouched) in a pending
review of kind "change". An operator approves (the change is applied in one
transaction, who and when recorded) or rejects with a reason the producer
reads on its product page. Reviews are kept as the product's history.
"""
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model


class ReviewAlreadyDecided(Exception):
    """Another operator decided the review first."""


class ListingReview(models.Model):
    class Kind(models.TextChoices):
        NEW = "new", _("Sản phẩm mới")
        CHANGE = "change", _("Thay đổi nội dung")

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        APPROVED = "approved", _("Đã duyệt")
        REJECTED = "rejected", _("Bị từ chối")

    product = models.ForeignKey(
        "catalogue.Product",
        on_delete=models.CASCADE,
        related_name="listing_reviews",
        verbose_name=_("Sản phẩm"),
    )
    kind = models.CharField(_("Loại"), max_length=16, choices=Kind.choices)
    status = models.CharField(
        _("Trạng thái"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    #: ``None`` means "unchanged"; an empty description is a real proposal.
    proposed_title = models.CharField(_("Tên đề xuất"), max_length=255, null=True, blank=True)
    proposed_description = models.TextField(_("Mô tả đề xuất"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("Người gửi"),
    )
    submitted_at = models.DateTimeField(_("Gửi lúc"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Người duyệt"),
    )
    decided_at = models.DateTimeField(_("Duyệt lúc"), null=True, blank=True)
    reason = models.TextField(_("Lý do từ chối"), blank=True)

    class Meta:
        verbose_name = _("Yêu cầu duyệt sản phẩm")
        verbose_name_plural = _("Yêu cầu duyệt sản phẩm")
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["product"],
                condition=models.Q(status="pending"),
                name="moderation_one_pending_review_per_product",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.product}"

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING

    def _decide(self, status, user, reason=""):
        """Lock the row and record the decision; refuse a decided review."""
        locked = type(self).objects.select_for_update().get(pk=self.pk)
        if locked.status != self.Status.PENDING:
            raise ReviewAlreadyDecided
        self.status, self.decided_by, self.decided_at = status, user, timezone.now()
        self.reason = reason
        self.save(update_fields=["status", "decided_by", "decided_at", "reason"])

    @transaction.atomic
    def approve(self, user):
        """Make the new product public, or apply the proposed change."""
        self._decide(self.Status.APPROVED, user)
        product = self.product
        if self.kind == self.Kind.NEW:
            product.is_public = True
        if self.proposed_title is not None:
            product.title = self.proposed_title
        if self.proposed_description is not None:
            product.description = self.proposed_description
        product.save()
        ProductImage = get_model("catalogue", "ProductImage")
        order = product.images.count()
        for offset, proposed in enumerate(self.images.all()):
            with proposed.original.open("rb") as source:
                copy = ContentFile(source.read(), name=proposed.original.name.rsplit("/", 1)[-1])
            ProductImage.objects.create(
                product=product,
                original=copy,
                caption=proposed.caption,
                display_order=order + offset,
            )

    @transaction.atomic
    def reject(self, user, reason):
        self._decide(self.Status.REJECTED, user, reason)


class ProposedImage(models.Model):
    """A new image of a public product, waiting with its review."""

    review = models.ForeignKey(
        ListingReview, on_delete=models.CASCADE, related_name="images"
    )
    original = models.ImageField(_("Ảnh"), upload_to="moderation/proposed/%Y/%m/")
    caption = models.CharField(_("Chú thích"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Ảnh đề xuất")
        verbose_name_plural = _("Ảnh đề xuất")
        ordering = ["pk"]
