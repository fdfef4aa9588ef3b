"""Catalogue models: Oscar's product plus the OCOP certificate it must hold.

Following Oscar's fork idiom, our concrete ``Product`` is declared first and
Oscar's remaining models are pulled in at the end.
"""
import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct
from simple_history.models import HistoricalRecords

from . import certificates as rules


class Product(AbstractProduct):
    #: The chủ thể OCOP (producer) that owns the product. Oscar links
    #: partners to products only through stock records, but a listed product
    #: may have no price or stock yet (published lists carry neither), so
    #: the producer is held here.
    producer = models.ForeignKey(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="products",
        null=True,
        blank=True,
        verbose_name=_("Chủ thể OCOP"),
    )

    @cached_property
    def certificate(self):
        """The certificate that governs the product today.

        The valid one with the latest expiry if there is one, otherwise the
        most recently issued (which explains why the product is not listed).
        Uses the prefetched ``certificates`` where the queryset provides them.
        """
        owner = self.parent if self.is_child and self.parent_id else self
        history = sorted(
            owner.certificates.all(), key=lambda c: (c.issued_on, c.pk), reverse=True
        )
        today = timezone.localdate()
        valid = [c for c in history if c.is_valid_on(today)]
        if valid:
            return max(valid, key=lambda c: c.valid_until)
        return history[0] if history else None

    @property
    def sorted_recommended_products(self):
        """Oscar's recommendations, keeping only listed products, in rank order."""
        ranked = self.primary_recommendations.order_by("-ranking", "pk").values_list(
            "recommendation_id", flat=True
        )
        order = list(ranked)
        listed = Product.objects.browsable().base_queryset().in_bulk(order)
        return [listed[pk] for pk in order if pk in listed]

    @property
    def is_listed(self) -> bool:
        """Mirror of ``managers.ProductQuerySet.listed`` for one loaded product."""
        certificate = self.certificate
        return bool(
            self.is_public
            and certificate
            and certificate.is_valid_on(timezone.localdate())
        )

    class Meta(AbstractProduct.Meta):
        indexes = [
            # "Newest listed products" (the home page): browsable() filters
            # parent_id IS NULL, and without statistics SQLite then reads the
            # parent_id index, tests the listing rule on every product and
            # sorts them all (31 ms of SQL at 10,000 products). With this
            # index it walks the newest rows and stops after the first eight
            # listed ones (measured: docs/performance.md, issue 11).
            models.Index(fields=["parent", "-date_created"], name="ocop_product_newest"),
        ]


class OCOPCertificate(models.Model):
    """Giấy chứng nhận sản phẩm OCOP: one decision certifying one product.

    Nothing is deleted: a product keeps its history, and a suspension or
    revocation is a status change recorded with its date and reason.
    """

    class Level(models.TextChoices):
        CENTRAL = "central", _("Trung ương")
        PROVINCE = "province", _("Cấp tỉnh")
        DISTRICT = "district", _("Cấp huyện (trước 2025)")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Còn hiệu lực")
        SUSPENDED = "suspended", _("Tạm đình chỉ")
        REVOKED = "revoked", _("Đã thu hồi")

    number = models.CharField(_("Số giấy chứng nhận"), max_length=64, unique=True)
    product = models.ForeignKey(
        Product, on_delete=models.PROTECT, related_name="certificates"
    )
    stars = models.PositiveSmallIntegerField(
        _("Số sao"), validators=[MinValueValidator(3), MaxValueValidator(5)]
    )
    score = models.DecimalField(
        _("Điểm"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    level = models.CharField(_("Cấp công nhận"), max_length=16, choices=Level.choices)
    issued_by = models.CharField(_("Cơ quan cấp"), max_length=255, blank=True)
    issued_on = models.DateField(_("Ngày cấp"))
    valid_until = models.DateField(_("Có hiệu lực đến"), blank=True)
    status = models.CharField(
        _("Trạng thái"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    status_changed_on = models.DateField(_("Ngày đổi trạng thái"), null=True, blank=True)
    status_reason = models.TextField(_("Lý do"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    #: Every change (who, when, which fields) is kept for audit; the user
    #: comes from django-simple-history's request middleware, or from
    #: ``change_status(by=...)`` outside a request.
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("Giấy chứng nhận OCOP")
        verbose_name_plural = _("Giấy chứng nhận OCOP")
        ordering = ["-issued_on", "number"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stars__gte=3, stars__lte=5), name="ocop_stars_3_5"
            ),
        ]
        #: Covers the listing rule's EXISTS (catalog/managers.py): the
        #: per-product test is answered from the index alone (search bench
        #: at 20,000 products: the rule alone 25 → 14 ms on SQLite).
        indexes = [
            models.Index(
                fields=["product", "status", "stars", "issued_on", "valid_until"],
                name="ocop_cert_listing",
            ),
            # The few certificates suspended or revoked: the search index
            # asks the catalogue's rule about their products at query time
            # (search/backends/embedded.py), found by this index, not a scan.
            models.Index(fields=["status", "product"], name="ocop_cert_status"),
        ]

    def __str__(self):
        return f"{self.number} ({self.stars}★)"

    def clean(self):
        found = rules.problems(
            stars=self.stars,
            score=self.score,
            level=self.level,
            issued_on=self.issued_on,
            valid_until=self.valid_until,
        )
        if found:
            errors: dict = {}
            for field, message in found:
                field = "level" if field == "certificate_level" else field
                errors.setdefault(field, []).append(message)
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.valid_until and self.issued_on:
            self.valid_until = rules.default_valid_until(self.issued_on)
        super().save(*args, **kwargs)

    # --- What the certificate says today ---------------------------------
    def is_valid_on(self, day: dt.date) -> bool:
        """Mirror of ``managers.valid_certificates`` for one loaded object."""
        return (
            self.status == self.Status.ACTIVE
            and self.stars in rules.CERTIFIED_STARS
            and self.issued_on <= day <= self.valid_until
        )

    @property
    def state(self) -> str:
        """valid / expiring / not_yet_valid / expired / suspended / revoked."""
        today = timezone.localdate()
        if self.status != self.Status.ACTIVE:
            return self.status
        if today < self.issued_on:
            return "not_yet_valid"
        if today > self.valid_until:
            return "expired"
        if (self.valid_until - today).days <= rules.EXPIRING_DAYS:
            return "expiring"
        return "valid"

    @property
    def days_left(self) -> int:
        return (self.valid_until - timezone.localdate()).days

    @transaction.atomic
    def change_status(self, status, reason="", on=None, by=None):
        """Suspend, revoke or reinstate, keeping a history row (and who did it)."""
        on = on or timezone.localdate()
        self.status, self.status_reason, self.status_changed_on = status, reason, on
        if by is not None:
            self._history_user = by
        self.save(update_fields=["status", "status_reason", "status_changed_on", "updated_at"])
        self.status_changes.create(status=status, reason=reason, changed_on=on, changed_by=by)


class CertificateStatusChange(models.Model):
    """History of a certificate's status (cấp, tạm đình chỉ, thu hồi…)."""

    certificate = models.ForeignKey(
        OCOPCertificate, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(max_length=16, choices=OCOPCertificate.Status.choices)
    reason = models.TextField(blank=True)
    changed_on = models.DateField()
    recorded_at = models.DateTimeField(auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Người thực hiện"),
    )

    class Meta:
        ordering = ["-changed_on", "-recorded_at"]


class CertificateSubmission(models.Model):
    """A producer's claim "this product holds certificate N", with its scan.

    Nothing is public until an operator checks it against the published
    list and records (or links) the certificate, or rejects it with a reason
    the producer reads.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ kiểm tra")
        RECORDED = "recorded", _("Đã ghi nhận")
        REJECTED = "rejected", _("Bị từ chối")

    product = models.ForeignKey(
        Product, on_delete=models.PROTECT, related_name="certificate_submissions",
        verbose_name=_("Sản phẩm"),
    )
    number = models.CharField(_("Số giấy chứng nhận"), max_length=64)
    stars = models.PositiveSmallIntegerField(
        _("Số sao"), choices=[(n, f"{n} ★") for n in rules.CERTIFIED_STARS]
    )
    issued_on = models.DateField(_("Ngày cấp"))
    document = models.FileField(_("Bản chụp giấy chứng nhận"),
                                upload_to="certificates/submissions/%Y/%m/")
    status = models.CharField(
        _("Trạng thái"), max_length=16, choices=Status.choices, default=Status.PENDING,
        db_index=True,
    )
    reason = models.TextField(_("Lý do từ chối"), blank=True)
    certificate = models.ForeignKey(
        OCOPCertificate, on_delete=models.PROTECT, null=True, blank=True,
        related_name="submissions", verbose_name=_("Giấy chứng nhận đã ghi nhận"),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("Người gửi"),
    )
    submitted_at = models.DateTimeField(_("Ngày gửi"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("Người kiểm tra"),
    )
    decided_at = models.DateTimeField(_("Ngày kiểm tra"), null=True, blank=True)

    class Meta:
        verbose_name = _("Hồ sơ giấy chứng nhận")
        verbose_name_plural = _("Hồ sơ giấy chứng nhận")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.number} · {self.product}"

    @property
    def document_is_pdf(self) -> bool:
        return self.document.name.lower().endswith(".pdf")

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    def published_match(self):
        """The certificate already on file under the claimed number, if any."""
        return (
            OCOPCertificate.objects.select_related("product")
            .filter(number__iexact=self.number.strip())
            .first()
        )

    def _decide(self, status, by, reason="", certificate=None):
        self.status, self.reason, self.certificate = status, reason, certificate
        self.decided_by, self.decided_at = by, timezone.now()
        self.save(update_fields=["status", "reason", "certificate", "decided_by",
                                 "decided_at"])

    def record(self, certificate, by):
        """Accept: ``certificate`` (found or newly recorded) is the product's."""
        if certificate.product_id != self.product_id:
            raise ValidationError(
                _("Giấy chứng nhận số %(number)s thuộc sản phẩm “%(other)s”, không phải "
                  "“%(product)s”.")
                % {"number": certificate.number, "other": certificate.product,
                   "product": self.product}
            )
        self._decide(self.Status.RECORDED, by, certificate=certificate)

    def reject(self, reason, by):
        self._decide(self.Status.REJECTED, by, reason=reason)


class ExpiryNotice(models.Model):
    """One expiry e-mail sent for one certificate at one threshold.

    The unique constraint is what makes ``send_expiry_notices`` idempotent:
    a threshold already noted is never sent again, even by two runs at once.
    """

    certificate = models.ForeignKey(
        OCOPCertificate, on_delete=models.CASCADE, related_name="expiry_notices"
    )
    #: Days before ``valid_until`` (60, 30) or 0 for "has expired".
    threshold = models.PositiveSmallIntegerField(_("Ngưỡng (ngày)"))
    recipients = models.TextField(_("Người nhận"))
    sent_at = models.DateTimeField(_("Ngày gửi"), auto_now_add=True)

    class Meta:
        verbose_name = _("Thông báo hết hiệu lực")
        verbose_name_plural = _("Thông báo hết hiệu lực")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "threshold"], name="expiry_notice_once"
            ),
        ]


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403  (fork idiom)
