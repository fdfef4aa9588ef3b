"""Trade fairs and livestream sales sessions, with an "add to calendar" file.

Times are stored in UTC and entered and shown in Asia/Ho_Chi_Minh (the
project's TIME_ZONE); the .ics file carries UTC times, which every calendar
converts to its owner's zone.
"""
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from shop.divisions import province_choices, province_name

from ..calendar import event_ics
from .base import IndexPageMixin, IntroMixin, ProductSelectionMixin, body_field


class EventIndexPage(IndexPageMixin, Page):
    """Sự kiện: upcoming events first, then past ones."""

    template = "cms/event_index_page.html"
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang sự kiện")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live().public()
        now = timezone.now()
        context["upcoming"] = events.filter(end__gte=now).order_by("start")
        context["past"] = events.filter(end__lt=now).order_by("-start")[:12]
        return context


class EventPage(RoutablePageMixin, ProductSelectionMixin, IntroMixin, Page):
    class Kind(models.TextChoices):
        TRADE_FAIR = "trade_fair", _("Hội chợ, triển lãm")
        LIVESTREAM = "livestream", _("Phiên livestream bán hàng")

    kind = models.CharField(_("Loại sự kiện"), max_length=16, choices=Kind.choices)
    start = models.DateTimeField(_("Bắt đầu"))
    end = models.DateTimeField(_("Kết thúc"))
    place = models.CharField(_("Địa điểm"), max_length=255, blank=True)
    # The place is free text; the province (2025 code) is what the API and
    # provincial portals filter on. Optional: a livestream has no place.
    province_code = models.CharField(
        _("Tỉnh/thành"), max_length=2, blank=True, choices=province_choices,
        help_text=_("Tỉnh/thành nơi diễn ra sự kiện (danh mục 34 tỉnh/thành năm 2025)."),
    )
    stream_url = models.URLField(_("Đường dẫn phát trực tiếp"), blank=True)
    producers = ParentalManyToManyField(
        "partner.Partner", verbose_name=_("Chủ thể tham gia"), blank=True,
        related_name="events",
    )
    body = body_field()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("start"), FieldPanel("end"),
             FieldPanel("place"), FieldPanel("province_code"), FieldPanel("stream_url")],
            heading=_("Thời gian và địa điểm (giờ Việt Nam)"),
        ),
        FieldPanel("intro"),
        FieldPanel("producers"),
        FieldPanel("products"),
        FieldPanel("body"),
    ]
    search_fields = IntroMixin.search_fields + [
        index.SearchField("place"), index.FilterField("start"),
        index.FilterField("province_code"),
    ]
    parent_page_types = ["cms.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Sự kiện")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Thời gian kết thúc phải sau thời gian bắt đầu.")
        if self.kind == self.Kind.LIVESTREAM and not self.stream_url:
            errors["stream_url"] = _("Phiên livestream cần đường dẫn phát trực tiếp.")
        if self.kind == self.Kind.TRADE_FAIR and not self.place:
            errors["place"] = _("Hội chợ cần địa điểm.")
        if errors:
            raise ValidationError(errors)

    @property
    def province_name(self):
        return province_name(self.province_code)

    @property
    def ics_url(self):
        return self.url + self.reverse_subpage("ics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["participants"] = self.producers.order_by("name")
        return context

    @path("lich/", name="ics")
    def calendar(self, request):
        """Tệp .ics "Thêm vào lịch" for this event."""
        response = HttpResponse(
            event_ics(self, request), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = content_disposition_header(True, f"{self.slug}.ics")
        return response
