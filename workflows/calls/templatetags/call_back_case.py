"""`record_call_list_view`: a page of a call back shows a resident of a call list, beside
every page of its process in viewflow's UI (`calls/callback/process_data.html`); showing it is
recorded as `help_requests` records a request's."""

from django import template

from ..models import CampaignStaffView

register = template.Library()


@register.simple_tag(takes_context=True)
def record_call_list_view(context, call_back):
    request = context.get("request")
    if request is not None and request.user.is_authenticated:
        CampaignStaffView.objects.create(
            user=request.user,
            campaign_id=call_back.resident.campaign_id,
            page=request.path[:200],
        )
    return ""
