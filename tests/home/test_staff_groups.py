"""Wagtail's staff groups have Polish names (migration home 0009) and keep every permission that
Wagtail's and the map's migrations gave them under their English names."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from home.groups import EDITORS, MODERATORS
from tests.home.admin_text import english, visible_text

pytestmark = pytest.mark.django_db


def test_the_staff_groups_are_renamed_with_their_permissions():
    names = set(Group.objects.values_list("name", flat=True))
    assert {MODERATORS, EDITORS} <= names
    assert not {"Moderators", "Editors"} & names
    moderators, editors = Group.objects.get(name=MODERATORS), Group.objects.get(name=EDITORS)
    for group in (moderators, editors):
        assert group.permissions.filter(codename="access_admin").exists()
        assert group.permissions.filter(codename="add_image").exists()
        assert GroupPagePermission.objects.filter(
            group=group, permission__codename="add_page"
        ).exists()
    assert GroupPagePermission.objects.filter(
        group=moderators, permission__codename="publish_page"
    ).exists()
    # The map's migration gave moderators the organizations, editors only adding and changing.
    assert moderators.permissions.filter(codename="publish_organization").exists()
    assert editors.permissions.filter(codename="change_organization").exists()
    assert not editors.permissions.filter(codename="publish_organization").exists()


def test_the_admins_group_list_names_them_in_polish(client, admin_user, home_page):
    client.force_login(admin_user)
    html = client.get("/admin/groups/").content.decode()
    text = visible_text(html)
    assert "Moderatorzy" in text and "Redaktorzy" in text
    assert english(text) == []
