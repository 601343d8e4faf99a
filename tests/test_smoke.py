def test_home_page_answers(client, make_creator):
    make_creator(display_name="Yusuf Ndun")
    response = client.get("/")
    assert response.status_code == 200
    assert "Yusuf Ndun" in response.get_data(as_text=True)
