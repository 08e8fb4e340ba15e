# ruff: noqa: E501  (msgids must match Wagtail's exactly; they are not wrapped)
"""Polish for the strings of Wagtail 8.0 that Wagtail's own Polish catalogue lacks.

Nothing imports this module at run time: it is here so that `make messages` extracts these
msgids into locale/pl/LC_MESSAGES/django.po, where the Polish lives. Django looks a string up in
the project's catalogue (LOCALE_PATHS) before the apps' catalogues, so the admin shows ours.
Regenerate the list after a Wagtail upgrade: every msgid of wagtail's `en` catalogue that its
`pl` catalogue does not translate (tests/home/test_admin_polish.py catches what shows).
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = [
    gettext_noop("any"),
    gettext_noop("%(range_start)s - %(range_end)s"),
    gettext_noop("You do not have permission to access the admin."),
    gettext_noop("Minimum"),
    gettext_noop("Maximum"),
    gettext_noop("Usage count"),
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Use server time zone"),
    gettext_noop("Please select another parent."),
    gettext_noop("Expiry date/time must be in the future."),
    gettext_noop('You do not have permission to publish pages at "%(page_title)s"'),
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),
    gettext_noop("Tag(s) %(value_too_long)s are over %(max_tag_length)d characters."),
    gettext_noop("item"),
    gettext_noop("items"),
    gettext_noop("Go to the first error"),
    gettext_noop("Actions (footer)"),
    gettext_noop(
        'There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),
    gettext_noop("Scheduling…"),
    gettext_noop("Schedule to publish"),
    gettext_noop(
        "This page was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    gettext_noop("%(field_label)s:"),
    gettext_noop("Saved"),
    gettext_noop("Autosave is paused"),
    gettext_noop("View latest version"),
    gettext_noop("Currently idle"),
    gettext_noop("Proceeding will overwrite the changes you made in that window."),
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    gettext_noop("A network error occurred"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),
    gettext_noop("account"),
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("Readability"),
    gettext_noop("This data explained"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Once scheduled:"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop("This %(model_name)s hasn't been submitted for moderation yet"),
    gettext_noop("Disable custom ordering"),
    gettext_noop("Enable custom ordering"),
    gettext_noop("Checks"),
    gettext_noop(
        'Why not <a class="create-one-now" href="#tab-new" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">create one now</a>?'
    ),
    gettext_noop("Cancelled by %(cancelled_by)s"),
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),
    gettext_noop("Application"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Add or show comments"),
    gettext_noop("Text editing"),
    gettext_noop("Toggle checks"),
    gettext_noop("(blank)"),
    gettext_noop("'%(page_title)s' has been moved successfully."),
    gettext_noop(
        "Focus on the drag button and press up or down arrows to move the item, then press enter to submit the change."
    ),
    gettext_noop("Empty frame title found"),
    gettext_noop("Input button text is empty"),
    gettext_noop("Meta description is empty"),
    gettext_noop("Add a concise description for search engines"),
    gettext_noop("%(classname)s object (%(id)s)"),
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("%(model_name)s '%(title)s' is now unlocked."),
    gettext_noop("%(model_name)s '%(object)s' has been scheduled for publishing."),
    gettext_noop("%(model_name)s '%(object)s' created and scheduled for publishing."),
    gettext_noop(
        "%(model_name)s '%(object)s' is live and this version has been scheduled for publishing."
    ),
    gettext_noop("%(model_name)s '%(object)s' updated and published."),
    gettext_noop("%(model_name)s '%(object)s' created and published."),
    gettext_noop("%(model_name)s '%(object)s' has been submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' created and submitted for moderation."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been restarted."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been cancelled."),
    gettext_noop("Saving will overwrite a newer version."),
    gettext_noop("The %(model_name)s could not be saved as it is locked"),
    gettext_noop(
        "You are viewing a previous version of this %(model_name)s from <b>%(created_at)s</b> by %(user)s"
    ),
    gettext_noop("%(model_name)s '%(object)s' has been replaced with version from %(timestamp)s."),
    gettext_noop("Version from %(timestamp)s of %(model_name)s '%(object)s' has been published."),
    gettext_noop(
        "Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing."
    ),
    gettext_noop("Sort item order"),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("Compare"),
    gettext_noop("Preview for %(block_label)s (%(block_type)s)"),
    gettext_noop("The %(model_name)s '%(title)s' is not currently awaiting moderation."),
    gettext_noop(
        "The %(model_name)s '%(title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),
    gettext_noop("Privacy is inherited from the ancestor page - %(ancestor_page)s"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been deleted"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been published"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been unpublished"),
    gettext_noop("Request to create %(model_name)s was blocked by hook."),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("Request to edit %(model_name)s was blocked by hook."),
    gettext_noop("The page could not be saved as it is locked."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Is commenting action"),
    gettext_noop(
        "The slug '%(page_slug)s' is already in use at the selected parent page. Make sure the slug is unique and try again."
    ),
    gettext_noop("Placeholder title"),
    gettext_noop("Locked by"),
    gettext_noop("Anyone"),
    gettext_noop("unknown number"),
    gettext_noop("Layout"),
    gettext_noop(
        'Why not <a class="upload-one-now" href="#tab-upload" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">upload one now</a>?'
    ),
    gettext_noop("Grid layout"),
    gettext_noop("List layout"),
    gettext_noop("Usage count: (low to high)"),
    gettext_noop("Usage count: (high to low)"),
    gettext_noop("The filter options you have selected are not valid."),
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    gettext_noop("The file could not be found. Please change the source or delete the document."),
    gettext_noop("Enable custom keyboard shortcuts specific to Wagtail."),
    gettext_noop("Yes, revoke"),
    gettext_noop("No, don't revoke"),
    gettext_noop(
        'The token "%(name)s" has been created, copy it now, it will never be shown again.'
    ),
    gettext_noop("API token"),
    gettext_noop("Copy token"),
    gettext_noop("Back to API tokens"),
    gettext_noop("Copying failed — please select and copy the token manually."),
    gettext_noop("Revoked"),
    gettext_noop("Toggle all add permissions"),
    gettext_noop("Toggle all change permissions"),
    gettext_noop("Toggle all delete permissions"),
    gettext_noop("Toggle all custom permissions"),
    gettext_noop("Last used"),
    gettext_noop("Token"),
    gettext_noop("Revoke"),
    gettext_noop("API token created"),
    gettext_noop("Never"),
    gettext_noop("Are you sure you want to revoke this API token?"),
    gettext_noop("API token '%(name)s' revoked."),
    gettext_noop("API tokens"),
    gettext_noop("Wagtail API v3"),
    gettext_noop("- Select an option -"),
    gettext_noop("Date cannot be in the future."),
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop("Only reviewers can edit and approve the %(model_name)s"),
    gettext_noop("A human-readable label to identify this token."),
    gettext_noop("created"),
    gettext_noop("revoked at"),
    gettext_noop("last used at"),
    gettext_noop(
        "The slug '%(page_slug)s' is already in use within the parent page at '%(parent_url_path)s'."
    ),
    gettext_noop("Cannot overwrite a revision that is not the latest for this %(model_name)s."),
    gettext_noop("Cannot overwrite a revision that was not created by the current user."),
    gettext_noop("will be set to the default %(model_name)s"),
    gettext_noop("will be set to a %(model_name)s specified by the system"),
    gettext_noop("will unset the reference"),
    gettext_noop("group site permission"),
    gettext_noop("group site permissions"),
    gettext_noop("Private, accessible with a shared password"),
    gettext_noop("Private, accessible to any logged-in users"),
    gettext_noop("shared password"),
    gettext_noop(
        "Shared passwords should not be used to protect sensitive content. Anyone who has this password will be able to view the content."
    ),
    gettext_noop("Create API token"),
    gettext_noop("Revoke API token"),
    gettext_noop("API token revoked"),
    gettext_noop("%(model_name)s scheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s scheduled for publishing"),
    gettext_noop("%(model_name)s unscheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s unscheduled from publishing"),
    gettext_noop("Removed the '%(restriction)s' view restriction. The page is public."),
    gettext_noop("%(model)s permissions"),
    gettext_noop(
        "The name '%(duplicate_clean_name)s' is already assigned to this field and cannot be changed. Please enter a different label for the conflicting field."
    ),
    gettext_noop(
        "Field name '%(duplicate_clean_name)s' conflicts with another field. Please change the label."
    ),
    gettext_noop('File format of type "%(extension)s" is not supported.'),
    gettext_noop("Imported file has a wrong encoding: %(error_message)s."),
    gettext_noop("%(error)s encountered while trying to read file: %(filename)s."),
]

PLURALS = [
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
        1,
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translation of this page.",
        "This will also delete %(descendant_count)s more child pages. Deleting this page will also delete %(translation_count)s translations of this page.",
        1,
    ),
    ngettext_lazy(
        "This will also move one translation of this page and its child pages",
        "This will also move %(translations_to_move_count)s translations of this page and their child pages",
        1,
    ),
    ngettext_lazy(
        "This will also unpublish one translation of the page.",
        "This will also unpublish all %(translation_count)s translations of the page.",
        1,
    ),
    ngettext_lazy(
        "This page has one subpage and its translations have a combined one translated child page. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a combined one translated child page. Unpublish these too",
        1,
    ),
    ngettext_lazy(
        "This page has one child page and its translations have a combined %(translation_descendant_count)s translated child pages. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a combined %(translation_descendant_count)s translated child pages. Unpublish these too",
        1,
    ),
    ngettext_lazy(
        "This action will delete <b>%(total_pages_formatted)s</b> page in total.",
        "This action will delete <b>%(total_pages_formatted)s</b> pages in total.",
        1,
    ),
    ngettext_lazy(
        "%(num_parent_objects)d page has been deleted",
        "%(num_parent_objects)d pages have been deleted",
        1,
    ),
    ngettext_lazy("%(num_parent_objects)d page", "%(num_parent_objects)d pages", 1),
    ngettext_lazy("%(num_child_objects)d child page", "%(num_child_objects)d child pages", 1),
    ngettext_lazy(
        "%(num_parent_objects)d page has been published",
        "%(num_parent_objects)d pages have been published",
        1,
    ),
    ngettext_lazy(
        "%(num_parent_objects)d page has been unpublished",
        "%(num_parent_objects)d pages have been unpublished",
        1,
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
]


# Strings Wagtail's Polish catalogue translates with a model name in the nominative where
# Polish needs another case ("Dodaj organizacja", "Organizacja … utworzony"): reworded so the
# name stands alone ("Dodano: organizacja „…”").
REWORDED = [
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("Are you sure you want to delete this %(model_name)s?"),
    gettext_noop("New: %(model_name)s"),
    gettext_noop("The %(model_name)s could not be created due to errors."),
    gettext_noop("The %(model_name)s could not be saved due to errors."),
    gettext_noop("Editing %(object)s"),
    gettext_noop("Create new %(object)s"),
    gettext_noop("Inspecting %(object)s"),
    gettext_noop("Confirm deletion of %(object)s"),
    gettext_noop("Edit this %(object)s"),
    gettext_noop("Delete this %(object)s"),
    gettext_noop("Inspect this %(object)s"),
    gettext_noop("Add a new %(object)s"),
    gettext_noop("Unpublish this %(object)s"),
    gettext_noop("Copy this %(object)s"),
    gettext_noop("Delete %(snippet_type_name)s"),
    gettext_noop("Are you sure you want to delete this %(snippet_type_name)s?"),
    gettext_noop("Choose %(object)s"),
    gettext_noop("Choose another %(object)s"),
    gettext_noop(
        'You haven\'t created any %(snippet_type_name)s snippets. Why not <a href="%(wagtailsnippets_create_snippet_url)s" target="_blank" rel="noreferrer">create one now</a>?'
    ),
    gettext_noop("Publish %(model_name)s"),
    gettext_noop("Are you sure you want to unpublish this %(model_name)s?"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop("Back to %(model_name)s list"),
    gettext_noop("Create a new %(model_name)s"),
    gettext_noop("%(model_name)s could not be deleted"),
    gettext_noop("Would you still like to publish this %(model_name)s?"),
    gettext_noop("Publishing this %(model_name)s will cancel the current workflow."),
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),
    gettext_noop("One or more references to this %(model_name)s prevent it from being deleted."),
    gettext_noop(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This %(model_name)s is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),
    gettext_noop("No one can make changes while the %(model_name)s is locked"),
    gettext_noop("Only you can make changes while the %(model_name)s is locked"),
    gettext_noop("Only %(user)s can make changes while the %(model_name)s is locked"),
]


# Strings Wagtail's Polish catalogue leaves partly English ("Wersja Live", "Workflow: start").
ENGLISH_IN_POLISH = [
    gettext_noop("Compare with live version"),
    gettext_noop("Live version"),
    gettext_noop(
        "This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> workflow."
    ),
    gettext_noop("workflow"),
    gettext_noop("workflow page"),
    gettext_noop("workflow pages"),
    gettext_noop("Workflow '%(workflow_name)s' on %(model_name)s '%(title)s': %(status)s"),
    gettext_noop("Workflow state"),
    gettext_noop("Workflow states"),
    gettext_noop("workflow task order"),
    gettext_noop("workflow task orders"),
    gettext_noop(
        "Active tasks can be added to workflows. Deactivating a task does not remove it from existing workflows."
    ),
    gettext_noop("workflow state"),
    gettext_noop("Workflow: start"),
    gettext_noop("Workflow started"),
    gettext_noop("Workflow: approve task"),
    gettext_noop("Workflow task approved"),
    gettext_noop("Workflow: reject task"),
    gettext_noop("Workflow task rejected. Workflow complete"),
    gettext_noop("Workflow: resume task"),
    gettext_noop("Resubmitted '%(task)s'. Workflow resumed"),
    gettext_noop("Workflow task resubmitted. Workflow resumed"),
    gettext_noop("Workflow: cancel"),
    gettext_noop("Workflow cancelled"),
]

# wagtail-modeladmin's list filters: its Polish "Przez %(filter_title)s" reads "Przez data".
MODELADMIN_STRINGS = [
    gettext_noop("By %(filter_title)s"),
]
