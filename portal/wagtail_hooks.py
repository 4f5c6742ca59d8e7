"""The coordinators' work inside Wagtail's admin, for those who both edit and coordinate: a
menu item to their workplace and a panel on the dashboard with what waits, stalled first.
And wagtail-localize's translation editor, corrected where it fails WCAG 2.1 AA or speaks
English."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from workflows.registry.permissions import is_coordinator

from .door import ChooseWorkView
from .work import WORKPLACE_URL, waiting_work


class WorkplaceMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


class WaitingWorkPanel(Component):
    name = "waiting_work"
    template_name = "portal/waiting_work_panel.html"
    order = 10  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"work": waiting_work(user), "workplace_url": WORKPLACE_URL}


@hooks.register("register_admin_menu_item")
def workplace_menu_item():
    return WorkplaceMenuItem(_("Coordinators' work"), WORKPLACE_URL, icon_name="group", order=50)


@hooks.register("construct_homepage_panels")
def add_waiting_work(request, panels):
    if is_coordinator(request.user):
        panels.insert(0, WaitingWorkPanel())


@hooks.register("register_admin_urls")
def choose_work_url():
    return [path("work/", ChooseWorkView.as_view(), name="choose_work")]


@hooks.register("insert_global_admin_css")
def admin_css():
    # Every admin page; the translation editor has no stylesheet hook of its own in Wagtail 8.
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_editor_js")
def translation_editor_js():
    return format_html('<script src="{}"></script>', static("js/translation-editor.js"))
