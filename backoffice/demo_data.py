"""Demo accounts, one per back-office role, for ``manage.py load_demo``.

A newcomer who runs ``make run`` can log in as each role and see what it
sees. The accounts exist only where the demo was loaded (a development
database); their password comes from ``OCOP_DEMO_PASSWORD``.
"""
import os

from django.contrib.auth import get_user_model
from django.db.models import Count
from oscar.core.loading import get_model

from . import roles

DEFAULT_PASSWORD = "ocop-demo-2026"
DOMAIN = "demo.ocop.vn"


def _account(username, first_name, password):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@{DOMAIN}", password=password, first_name=first_name
    )
    return user


def load(stdout) -> str:
    password = os.environ.get("OCOP_DEMO_PASSWORD", DEFAULT_PASSWORD)
    Partner = get_model("partner", "Partner")
    producer = (
        Partner.objects.filter(is_demo=True)
        .annotate(n=Count("products"))
        .order_by("-n", "pk")
        .first()
    )
    roles.make_operator(_account("vanhanh", "Vận hành", password))
    roles.make_producer_staff(_account("chuthe", "Chủ thể", password), producer)
    roles.make_officer(_account("socongthuong", "Cán bộ", password), producer.province_code)
    roles.make_editor(_account("bientap", "Biên tập", password))
    for line in (
        f"vanhanh@{DOMAIN}: vận hành sàn (/dashboard/, /django-admin/)",
        f"chuthe@{DOMAIN}: chủ thể {producer.name} (/dashboard/)",
        f"socongthuong@{DOMAIN}: cán bộ Sở Công Thương {producer.province_name} (/dashboard/)",
        f"bientap@{DOMAIN}: biên tập viên (/cms-admin/)",
    ):
        stdout.write(f"  {line}")
    return f"Tài khoản mẫu (mật khẩu {password}), đăng nhập tại /dashboard/login/:"
