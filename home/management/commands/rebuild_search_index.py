from django.core.management.base import BaseCommand

from home.services import search_index_rebuild


class Command(BaseCommand):
    help = (
        "Write the site search's index (pages and published organizations, with their Polish "
        "stems) again from scratch. Saving and publishing keep it up to date; run this after "
        "the first deployment, an import that bypassed saving, or renaming a district or an area."
    )

    def handle(self, *args, **options):
        count = search_index_rebuild()
        self.stdout.write(f"The site search now holds {count} entries.")
