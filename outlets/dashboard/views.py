"""The provincial officers' outlet pages in the Oscar dashboard.

Officers are not staff (staff would open every dashboard section); the
section's ``permissions_map`` lets them in by their outlets permissions,
and every view below looks records up through ``outlets.scoping``: pages
that read use ``readable`` (every province), pages that change use
``scope`` (the officer's province only), so another province's outlet or
inspection answers 404 by GET and by POST and nothing changes.
"""
from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView, View
from oscar.core.loading import get_model

from shop import divisions

from ..assortment import add_product
from ..coverage import as_csv, as_xlsx, coverage
from ..models import Inspection, Outlet, OutletProduct
from ..models.inspection import overdue_q
from ..scoping import managed_province, may_manage, readable, scope
from .forms import (
    AssortmentForm,
    InspectionForm,
    OpeningExceptionFormSet,
    OpeningPeriodFormSet,
    OutletFilterForm,
    OutletForm,
    OutletPhotoFormSet,
    StatusForm,
)

Product = get_model("catalogue", "Product")


def managed_outlet(request, pk):
    """The outlet ``pk`` if the user may change it, else 404."""
    return get_object_or_404(scope(Outlet.objects.all(), request.user), pk=pk)


def detail_url(outlet):
    return reverse("dashboard:outlets-detail", kwargs={"pk": outlet.pk})


def _form_errors(form):
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


class OutletListView(ListView):
    """Every province's outlets, filterable; edit links only where the user may edit."""

    template_name = "outlets/dashboard/outlet_list.html"
    context_object_name = "outlets"
    paginate_by = 30

    def get_queryset(self):
        self.form = OutletFilterForm(self.request.GET or None)
        outlets = readable(Outlet.objects.all(), self.request.user).annotate(
            overdue_count=Count("inspections", filter=overdue_q("inspections__")))
        return self.form.apply(outlets).order_by("province_code", "slug")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        for outlet in context["outlets"]:
            outlet.may_edit = may_manage(user, outlet.province_code)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(form=self.form, query=query.urlencode(),
                       managed_province=managed_province(user),
                       may_add=user.has_perm("outlets.add_outlet"))
        return context


class OutletDetailView(TemplateView):
    """One outlet, read by any officer; its forms shown to those who may change it."""

    template_name = "outlets/dashboard/outlet_detail.html"

    def get_context_data(self, pk, **kwargs):
        outlet = get_object_or_404(readable(Outlet.objects.all(), self.request.user), pk=pk)
        rows = list(outlet.assortment.select_related("product").order_by("product__title"))
        listed = set(Product.objects.listed().filter(outlet_listings__outlet=outlet)
                     .values_list("pk", flat=True))
        for row in rows:
            row.still_listed = row.product_id in listed
        return super().get_context_data(
            outlet=outlet,
            may_edit=may_manage(self.request.user, outlet.province_code),
            assortment=rows,
            to_remove=[row for row in rows if not row.still_listed],
            periods=outlet.opening_periods.all(),
            exceptions=outlet.opening_exceptions.all(),
            photos=outlet.photos.all(),
            inspections=outlet.inspections.all(),
            status_changes=outlet.status_changes.all(),
            status_form=StatusForm(initial={"status": outlet.status}),
            assortment_form=AssortmentForm(),
            **kwargs,
        )


class OutletEditView(TemplateView):
    """Create an outlet, or change one the user manages, with hours and photos."""

    template_name = "outlets/dashboard/outlet_form.html"
    formsets = {"periods": OpeningPeriodFormSet, "exceptions": OpeningExceptionFormSet,
                "photos": OutletPhotoFormSet}

    def dispatch(self, request, *args, pk=None, **kwargs):
        self.object = managed_outlet(request, pk) if pk is not None else None
        return super().dispatch(request, *args, **kwargs)

    def build(self, data=None, files=None):
        form = OutletForm(data, files, instance=self.object, user=self.request.user)
        parent = self.object or Outlet()
        formsets = {name: cls(data, files, instance=parent, prefix=name)
                    for name, cls in self.formsets.items()}
        return form, formsets

    def get_context_data(self, **kwargs):
        if "form" not in kwargs:
            kwargs["form"], kwargs["formsets"] = self.build()
        return super().get_context_data(outlet=self.object, **kwargs)

    def post(self, request, *args, **kwargs):
        form, formsets = self.build(request.POST, request.FILES)
        valid = form.is_valid() & all([f.is_valid() for f in formsets.values()])
        if not valid:
            return self.render_to_response(self.get_context_data(form=form, formsets=formsets))
        with transaction.atomic():
            outlet = form.save()
            for formset in formsets.values():
                formset.instance = outlet
                formset.save()
        messages.success(request, _("Đã lưu điểm bán “%(name)s”.") % {"name": outlet.name})
        return redirect(detail_url(outlet))


class OutletActionView(View):
    """A one-form POST on a managed outlet (a button on its page): act, say what
    happened or why not, and go back to the page."""

    form_class = None

    def post(self, request, pk):
        outlet = managed_outlet(request, pk)
        form = self.form_class(request.POST)
        if form.is_valid():
            messages.success(request, self.act(outlet, form.cleaned_data))
        else:
            messages.error(request, _form_errors(form))
        return redirect(detail_url(outlet))


class OutletStatusView(OutletActionView):
    """Suspend, close or reopen a managed outlet, keeping the reason in its history."""

    form_class = StatusForm

    def act(self, outlet, data):
        outlet.change_status(data["status"], reason=data["reason"])
        return _("Đã đổi trạng thái: %(status)s.") % {"status": outlet.get_status_display()}


class AssortmentAddView(OutletActionView):
    """Add a listed product; an unlisted one is refused with its reason (the form)."""

    form_class = AssortmentForm

    def act(self, outlet, data):
        add_product(outlet, data["product"])
        return _("Đã thêm «%(title)s».") % {"title": data["product"].get_title()}


class AssortmentRemoveView(View):
    """Take a product off a managed outlet (one click for a lapsed one)."""

    def post(self, request, pk, row_pk):
        outlet = managed_outlet(request, pk)
        row = get_object_or_404(OutletProduct.objects.select_related("product"),
                                outlet=outlet, pk=row_pk)
        row.delete()
        messages.success(request, _("Đã bỏ «%(title)s» khỏi điểm bán.") % {
            "title": row.product.get_title()})
        return redirect(detail_url(outlet))


class InspectionEditView(TemplateView):
    """Record an inspection of a managed outlet, or update one (follow-up done)."""

    template_name = "outlets/dashboard/inspection_form.html"

    def dispatch(self, request, *args, pk=None, inspection_pk=None, **kwargs):
        if inspection_pk is not None:
            self.object = get_object_or_404(
                scope(Inspection.objects.select_related("outlet"), request.user,
                      field="outlet__province_code"), pk=inspection_pk)
            self.outlet = self.object.outlet
        else:
            self.object, self.outlet = None, managed_outlet(request, pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", InspectionForm(instance=self.object))
        return super().get_context_data(outlet=self.outlet, inspection=self.object, **kwargs)

    def post(self, request, *args, **kwargs):
        form = InspectionForm(request.POST, instance=self.object or Inspection(
            outlet=self.outlet))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("Đã lưu kết quả kiểm tra."))
        return redirect(detail_url(self.outlet))


def _province_param(request):
    """The ``province`` asked for, else the user's own (``None``: all)."""
    found = divisions.find_province(request.GET.get("province", "") or "")
    if found is not None:
        return divisions.province_code(found)
    return managed_province(request.user) or None


class OverdueListView(ListView):
    """Follow-ups past their deadline, the user's province first."""

    template_name = "outlets/dashboard/overdue_list.html"
    context_object_name = "inspections"
    paginate_by = 50

    def get_queryset(self):
        self.province = _province_param(self.request)
        inspections = readable(Inspection.objects.overdue(), self.request.user)
        if self.province:
            inspections = inspections.filter(outlet__province_code=self.province)
        return inspections.select_related("outlet").order_by("follow_up_deadline", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for inspection in context["inspections"]:
            inspection.may_edit = may_manage(self.request.user, inspection.outlet.province_code)
        context.update(province=self.province, provinces=divisions.province_choices())
        return context


class CoverageView(TemplateView):
    """A province's coverage (every province readable), as a page, XLSX or CSV."""

    template_name = "outlets/dashboard/coverage.html"

    def get(self, request, *args, **kwargs):
        province = _province_param(request)
        self.report = coverage(province) if province else None
        fmt = request.GET.get("format", "")
        if self.report and fmt in ("xlsx", "csv"):
            return self.download(fmt)
        return super().get(request, *args, **kwargs)

    def download(self, fmt):
        if fmt == "xlsx":
            response = HttpResponse(as_xlsx(self.report), content_type=(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        else:
            response = HttpResponse(as_csv(self.report), content_type="text/csv; charset=utf-8")
        name = f"do-phu-diem-ban-{self.report.province_code}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=self.report,
                                        provinces=divisions.province_choices(), **kwargs)
