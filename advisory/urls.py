from django.urls import path

from . import views

urlpatterns = [
    path("odwolanie/<str:token>/", views.booking_cancel, name="advisory_cancel"),
]
