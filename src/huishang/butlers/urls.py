app_name = "butlers"
urlpatterns = []
