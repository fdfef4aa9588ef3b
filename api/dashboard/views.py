"""API keys: producers create and revoke their own; operators revoke any.

Every lookup goes through ``tokens_for(user)``, so another producer's key
answers 404 to GET and POST alike. A new key is shown once, on the page
that answers the creation (never stored, never sent again).
"""
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, ListView
from oscar.core.loading import get_class, get_model

ApiToken = get_model("api", "ApiToken")
TokenForm = get_class("api_dashboard.forms", "TokenForm")


def tokens_for(user):
    tokens = ApiToken.objects.select_related("producer", "user", "revoked_by")
    return tokens if user.is_staff else tokens.filter(producer__users=user)


class TokenListView(ListView):
    template_name = "api/dashboard/token_list.html"
    context_object_name = "tokens"
    paginate_by = 50

    def get_queryset(self):
        return tokens_for(self.request.user)


class TokenCreateView(FormView):
    template_name = "api/dashboard/token_form.html"
    form_class = TokenForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(),
                "producers": self.request.user.partners.order_by("name")}

    def form_valid(self, form):
        token, key = ApiToken.issue(name=form.cleaned_data["name"],
                                    producer=form.cleaned_data["producer"],
                                    user=self.request.user)
        response = render(self.request, "api/dashboard/token_created.html",
                          {"token": token, "key": key})
        response.headers["Cache-Control"] = "no-store"
        return response


class TokenRevokeView(View):
    template_name = "api/dashboard/token_revoke.html"

    def get_token(self, pk):
        return get_object_or_404(tokens_for(self.request.user), pk=pk)

    def get(self, request, pk):
        return render(request, self.template_name, {"token": self.get_token(pk)})

    def post(self, request, pk):
        token = self.get_token(pk)
        token.revoke(by=request.user)
        messages.success(request, _("Đã thu hồi khóa “%(name)s”. Khóa này không dùng được nữa.")
                         % {"name": token.name})
        return redirect("dashboard:api-token-list")
