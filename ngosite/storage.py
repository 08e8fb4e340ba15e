"""Static files in production: WhiteNoise's compressed manifest storage, tolerant of one thing only.

Django's manifest storage rewrites every reference inside CSS and JS to the hashed name of its
target, and fails `collectstatic` when a target does not exist. That strictness is worth keeping
for `url()` and `@import` (a missing image or font is a real bug), but third-party packages ship
files whose `sourceMappingURL` comment names a map they do not ship: xstatic's
`leaflet.markercluster.js` ends with `//# sourceMappingURL=leaflet.markercluster.js.map`, and no
such file exists. A source map is a debugging aid that only a browser's developer tools ever
request, so a missing one is left exactly as written; a map that exists is still hashed.

Neither setting that looks related helps: `WHITENOISE_MANIFEST_STRICT` (Django's `manifest_strict`)
only decides what `{% static %}` does at run time for a name missing from the manifest, not what
`collectstatic` does with a broken reference; and `support_js_module_import_aggregation` adds
patterns for ES module imports, it removes none.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def url_converter(self, name, hashed_files, template=None):
        converter = super().url_converter(name, hashed_files, template)
        if template is None or "sourceMappingURL" not in template:
            return converter

        def keep_missing_source_map(matchobj):
            try:
                return converter(matchobj)
            except ValueError:  # the package does not ship the map its comment names
                return matchobj["matched"]

        return keep_missing_source_map
