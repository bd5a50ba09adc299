"""Public URLs of learning that are not pages: marking a module done, saving and downloading planners."""

app_name = "learning"

urlpatterns = []
