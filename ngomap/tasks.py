from django_tasks import task

from .models import Organization
from .services import organization_geocode


@task()
def geocode_organization(organization_id, force=False):
    """Geocode one organization; the outcome is recorded on it (status, message, date)."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is not None:
        return organization_geocode(organization=organization, force=force)
    return None
