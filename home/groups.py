"""The names of Wagtail's two staff groups, in Polish.

Wagtail's migrations create "Moderators" and "Editors" and give them their permissions by those
names (in Wagtail 8.0 only early ones: wagtailcore 0002 and 0005, wagtailimages and wagtaildocs
0002, wagtailadmin 0001). Migration home 0009 renames them after all of these, keeping
every permission, so staff read "Moderatorzy" and "Redaktorzy" in the admin's user and group
pages. Code and tests that need one of them by name use these constants.
"""

MODERATORS = "Moderatorzy"
EDITORS = "Redaktorzy"

# Wagtail's names, which the migrations before home 0009 (ngomap 0002 among them) use.
WAGTAIL_NAMES = {MODERATORS: "Moderators", EDITORS: "Editors"}
