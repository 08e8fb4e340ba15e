from django_tasks import task

from .models import Organization
from .services import organization_geocode, organization_search_entry_save


@task()
def geocode_organization(organization_id, force=False):
    """Geocode one organization; the outcome is recorded on it (status, message, date)."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is not None:
        return organization_geocode(organization=organization, force=force)
    return None


@task()
def update_organization_search_entry(organization_id):
    """Index one organization for the site search as it is published now (or remove it)."""
    organization_search_entry_save(organization_id=organization_id)
