from home.tests.factories import StandardPageFactory


def test_home_page_renders(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert home_page.hero_heading in response.content.decode()


def test_standard_page_renders(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert page.intro in response.content.decode()
