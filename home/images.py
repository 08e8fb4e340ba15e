"""Alternative text for every image: Wagtail's own `description` field is the alt text.

`AltTextImageForm` (WAGTAILIMAGES_IMAGE_FORM_BASE) makes it required, with a Polish label,
help and error, in every form that creates or edits an image: the image library, the multiple
uploader (which asks for it before the image is saved) and the upload tab of the page editor's
image chooser. A file name is refused as alt text. Templates render `image_alt` (home_tags):
the block's own alt text, "" for a decorative image, else the description, never the title,
which Wagtail fills from the file name ("zdjecie").
"""

import re
from pathlib import PurePath

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

FILE_NAME = re.compile(r"\.(jpe?g|png|gif|webp|avif|svg|heic|tiff?|bmp)$", re.IGNORECASE)


def _words(text):
    return " ".join(re.split(r"[\s_\-.]+", text.casefold())).strip()


def looks_like_file_name(text, *, file_name=""):
    """True for "IMG_1234.jpg", "zdjecie" (the file's own name) and the like."""
    if FILE_NAME.search(text.strip()):
        return True
    stem = PurePath(file_name).stem if file_name else ""
    return bool(stem) and _words(text) == _words(stem)


class AltTextImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.label = _("Alternative text")
            field.help_text = _(
                "What the image shows, read to people who cannot see it, e.g. “Residents "
                "plant trees in the courtyard on Józefińska Street”. Not the file name."
            )
            field.error_messages["required"] = _(
                "Describe what the image shows: the alternative text is read to people who "
                "cannot see the image."
            )

    def clean_description(self):
        text = " ".join((self.cleaned_data.get("description") or "").split())
        upload = self.cleaned_data.get("file") or self.instance.file
        file_name = getattr(upload, "name", "") or ""
        if text and looks_like_file_name(text, file_name=file_name):
            raise forms.ValidationError(
                _("The alternative text is not a file name: describe what the image shows."),
                code="file_name",
            )
        return text
