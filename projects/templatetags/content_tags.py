"""Template tags shared by the content apps (projects, news, guidebook): JSON-LD, map links."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from ngomap.selectors import map_page_url

register = template.Library()

# As django.utils.html.json_script does: nothing in the data can close the <script> element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A schema.org JSON-LD <script> element for `data` (a dict or a list of dicts)."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def meeting_map_url(context, meeting):
    """The venue of `meeting` on the site's map page (or openstreetmap.org); one query at most."""
    return meeting.map_url(map_page_url=map_page_url(request=context.get("request")))


@register.filter
def plain_text(html, length=300):
    text = " ".join(strip_tags(str(html or "")).split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"
