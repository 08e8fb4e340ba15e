"""HTTP as a browser behind the reverse proxy sees it, for the production check: cookies kept,
`X-Forwarded-Proto: https` and `X-Real-IP` sent as nginx would, forms read and posted."""

import html
import http.client
import re
import urllib.parse
from http.cookies import SimpleCookie


class CheckFailed(Exception):
    pass


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def header(self, name):
        return self.headers.get(name, "")


class Browser:
    """One visitor behind the reverse proxy: HTTPS as far as Django knows, cookies kept."""

    def __init__(self, base_url, client_ip):
        parsed = urllib.parse.urlsplit(base_url)
        self.host, self.port = parsed.hostname, parsed.port
        self.origin = f"https://{self.host}:{self.port}"
        self.client_ip = client_ip
        self.cookies = {}

    def request(self, method, path, *, data=None, headers=None, secure=True):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        sent = {"Host": f"{self.host}:{self.port}", "X-Real-IP": self.client_ip}
        if secure:
            sent["X-Forwarded-Proto"] = "https"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = self.origin
            sent["Referer"] = self.origin + path
        sent.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=sent)
            raw = connection.getresponse()
            response = Response(raw.status, raw.headers, raw.read())
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for key, morsel in cookie.items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = morsel.value
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, data=data, **kwargs)


class FormParser:
    """The POST form of a page: its action and its fields with their current values."""

    FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S | re.I)
    FIELD = re.compile(r"<(input|textarea|select)\b([^>]*)>", re.I)
    ATTR = re.compile(r'([\w-]+)(?:="([^"]*)")?')

    @classmethod
    def post_form(cls, page_html, must_have):
        for form_attrs, inner in cls.FORM.findall(page_html):
            attrs = dict(cls.ATTR.findall(form_attrs))
            if attrs.get("method", "").lower() != "post":
                continue
            fields = {}
            for _tag, field_attrs in cls.FIELD.findall(inner):
                field = dict(cls.ATTR.findall(field_attrs))
                if "name" in field and field.get("type") not in ("checkbox", "submit"):
                    fields[field["name"]] = html.unescape(field.get("value", ""))
            if must_have in fields:
                return html.unescape(attrs.get("action", "")), fields
        raise CheckFailed(f"no POST form with the field {must_have!r} on the page")
