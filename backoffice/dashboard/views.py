"""Producer onboarding (invitations, acceptance, profile) and producer reports.

Operators (staff) invite; producers (``partner.dashboard_access``) see and
change only the producers they belong to: every lookup goes through
``ProducerScopeMixin.producers()``, so another producer's id answers 404.
"""
import copy
from smtplib import SMTPException

from django.contrib import messages
from django.contrib.auth import login
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView, TemplateView, View
from oscar.core.loading import get_class, get_model

from backoffice import invitations, reports

Partner = get_model("partner", "Partner")
Invitation = get_model("backoffice", "Invitation")
InvitationForm = get_class("backoffice_dashboard.forms", "InvitationForm")
AcceptForm = get_class("backoffice_dashboard.forms", "AcceptForm")
ProfileForm = get_class("backoffice_dashboard.forms", "ProfileForm")
ProducerChoiceForm = get_class("backoffice_dashboard.forms", "ProducerChoiceForm")

EMAIL_BACKEND = "oscar.apps.customer.auth_backends.EmailBackend"


# --- Invitations (operators) ------------------------------------------------
class InvitationListView(ListView):
    template_name = "backoffice/dashboard/invitation_list.html"
    context_object_name = "invitations"
    paginate_by = 50

    def get_queryset(self):
        invitations = Invitation.objects.select_related("producer", "invited_by", "accepted_by")
        self.status = self.request.GET.get("status", "")
        if self.status in Invitation.Status.values:
            return invitations.with_status(self.status)
        return invitations

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=Invitation.Status.choices, status=self.status, **kwargs)


def _send(request, invitation):
    """Send (or resend) within a transaction: a mail failure changes nothing."""
    try:
        with transaction.atomic():
            invitations.send_invitation(invitation, request)
    except (SMTPException, OSError):
        messages.error(request, _("Không gửi được email tới %(email)s. Chưa có gì thay đổi, "
                                  "hãy thử lại sau.") % {"email": invitation.email})
        return False
    return True


class InvitationCreateView(FormView):
    template_name = "backoffice/dashboard/invitation_form.html"
    form_class = InvitationForm

    def form_valid(self, form):
        with transaction.atomic():
            invitation = form.save(invited_by=self.request.user)
            sent = _send(self.request, invitation)
            if not sent:
                transaction.set_rollback(True)
                return self.render_to_response(self.get_context_data(form=form))
        messages.success(self.request, _("Đã gửi lời mời tới %(email)s cho %(producer)s.")
                         % {"email": invitation.email, "producer": invitation.producer.name})
        return HttpResponseRedirect(reverse("dashboard:producer-invitation-list"))


class InvitationActionView(View):
    """POST only: act on an open invitation, then back to the list."""

    def post(self, request, pk):
        invitation = get_object_or_404(Invitation.objects.select_related("producer"), pk=pk)
        if not invitation.is_open:
            messages.error(request, _("Lời mời tới %(email)s không còn hiệu lực (%(status)s), "
                                      "không thể thay đổi.")
                           % {"email": invitation.email,
                              "status": invitation.get_status_display().lower()})
        else:
            self.act(request, invitation)
        return HttpResponseRedirect(reverse("dashboard:producer-invitation-list"))


class InvitationResendView(InvitationActionView):
    def act(self, request, invitation):
        if _send(request, invitation):
            messages.success(request, _("Đã gửi lại lời mời tới %(email)s; liên kết cũ không "
                                        "còn dùng được.") % {"email": invitation.email})


class InvitationCancelView(InvitationActionView):
    def act(self, request, invitation):
        invitation.cancelled_at = timezone.now()
        invitation.save(update_fields=["cancelled_at"])
        messages.success(request, _("Đã hủy lời mời tới %(email)s.") % {"email": invitation.email})


# --- Accepting (anyone holding the link) -------------------------------------
REFUSALS = {
    Invitation.Status.ACCEPTED: gettext_lazy(
        "Lời mời này đã được sử dụng. Nếu bạn đã tạo tài khoản, hãy đăng nhập bằng email và "
        "mật khẩu của mình."),
    Invitation.Status.CANCELLED: gettext_lazy(
        "Lời mời này đã bị hủy. Hãy liên hệ ban quản lý sàn nếu bạn cần được mời lại."),
    Invitation.Status.EXPIRED: gettext_lazy(
        "Lời mời này đã hết hạn (lời mời có hiệu lực 14 ngày). Hãy liên hệ ban quản lý sàn để "
        "được gửi lại."),
}


class AcceptInvitationView(View):
    """The link in the email. Served without login (see ``apps.py``)."""

    template_name = "backoffice/accept.html"

    def dispatch(self, request, token):
        self.invitation = Invitation.objects.by_token(token)
        if self.invitation is None:
            return self.refuse(_("Liên kết mời không hợp lệ. Hãy kiểm tra lại đường dẫn trong "
                                 "email, hoặc liên hệ ban quản lý sàn."), status=404)
        if self.invitation.status != Invitation.Status.PENDING:
            return self.refuse(REFUSALS[self.invitation.status], status=410)
        self.account = invitations.existing_account(self.invitation)
        if self.account and request.user != self.account:
            return render(request, self.template_name, {
                "invitation": self.invitation, "login_first": True,
                "login_url": reverse("customer:login") + "?" + urlencode({"next": request.path}),
            })
        return super().dispatch(request, token)

    def refuse(self, reason, status):
        return render(request=self.request, template_name="backoffice/accept_refused.html",
                      context={"reason": reason}, status=status)

    def get(self, request, token):
        return self.show(AcceptForm(user=None) if not self.account else None)

    def show(self, form):
        return render(self.request, self.template_name,
                      {"invitation": self.invitation, "form": form})

    def post(self, request, token):
        try:
            if self.account:
                user = invitations.accept_for(self.invitation, self.account)
            else:
                form = AcceptForm(user=None, data=request.POST)
                if not form.is_valid():
                    return self.show(form)
                user = invitations.accept_with_password(
                    self.invitation, form.cleaned_data["new_password1"])
                login(request, user, backend=EMAIL_BACKEND)
        except invitations.AlreadyUsed:
            return self.refuse(REFUSALS[Invitation.Status.ACCEPTED], status=410)
        messages.success(request, _("Chào mừng %(producer)s! Hãy hoàn thiện hồ sơ chủ thể.")
                         % {"producer": self.invitation.producer.name})
        return HttpResponseRedirect(producer_url("dashboard:producer-profile",
                                                 self.invitation.producer))


# --- The producer's own pages -----------------------------------------------
def producer_url(name, producer):
    return reverse(name) + "?" + urlencode({"producer": producer.pk})


class ProducerScopeMixin:
    """The producer a page is about, among those the user may see.

    Operators see every producer; producer staff only their own
    (``Partner.users``). ``?producer=<id>`` outside that set is a 404.
    Without the parameter, a user of a single producer gets that one;
    anyone else is asked which (``choice_template``). ``get_for`` answers
    for the chosen producer.
    """

    choice_template = "backoffice/dashboard/producer_choice.html"

    def producers(self):
        if self.request.user.is_staff:
            return Partner.objects.all()
        return self.request.user.partners.all()

    def get_producer(self):
        pk = self.request.GET.get("producer")
        if pk:
            if not pk.isdigit():
                raise Http404
            return get_object_or_404(self.producers(), pk=pk)
        if not self.request.user.is_staff:
            mine = list(self.producers()[:2])
            if len(mine) == 1:
                return mine[0]
        return None

    def get(self, request):
        producer = self.get_producer()
        if producer is None:
            form = ProducerChoiceForm(producers=self.producers())
            return render(request, self.choice_template, {"form": form, "title": self.title})
        return self.get_for(producer)


class ProfileView(ProducerScopeMixin, View):
    template_name = "backoffice/dashboard/profile.html"
    title = gettext_lazy("Hồ sơ chủ thể")

    def get_for(self, producer):
        return self.show(producer, ProfileForm(instance=copy.copy(producer)))

    def show(self, producer, form):
        return render(self.request, self.template_name,
                      {"producer": producer, "form": form, "title": self.title})

    def post(self, request):
        producer = self.get_producer()
        if producer is None:
            raise Http404
        # The form works on a copy: a refused form leaves ``producer`` as stored.
        form = ProfileForm(request.POST, request.FILES, instance=copy.copy(producer))
        if not form.is_valid():
            messages.error(request, _("Hồ sơ chưa được lưu: hãy sửa các lỗi bên dưới."))
            return self.show(producer, form)
        form.save()
        messages.success(request, _("Đã lưu hồ sơ %(producer)s.") % {"producer": producer.name})
        return HttpResponseRedirect(producer_url("dashboard:producer-profile", producer))


class ReportsView(ProducerScopeMixin, TemplateView):
    """GET only (a POST answers 405); ``?format=xlsx`` downloads the tables."""

    template_name = "backoffice/dashboard/reports.html"
    title = gettext_lazy("Báo cáo chủ thể")

    def get_for(self, producer):
        request = self.request
        tables = reports.producer_report(producer)
        if request.GET.get("format") == "xlsx":
            response = HttpResponse(reports.as_xlsx(tables), content_type=reports.XLSX_TYPE)
            response["Content-Disposition"] = (
                f'attachment; filename="bao-cao-{producer.code or producer.pk}.xlsx"')
            return response
        return self.render_to_response({
            "producer": producer, "tables": tables, "title": self.title,
            "xlsx_url": producer_url("dashboard:producer-reports", producer) + "&format=xlsx",
            "choice": ProducerChoiceForm(producers=self.producers(),
                                         initial={"producer": producer.pk})
            if request.user.is_staff or len(self.producers()[:2]) > 1 else None,
        })
