"""Logging in and out through the real app: session fixation, logout, idle timeout, tokens, throttling."""

from __future__ import annotations

from flask import Flask

from catalog import activity
from catalog.account_changes import create_token, revoke_token
from catalog.accounts import LOGIN_FAILURES_ALLOWED
from tests.helpers.accounts import (
    PASSWORD,
    TEST_ACTOR,
    USERS,
    Clock,
    csrf_of,
    log_in,
    logged_in_client,
)


def session_cookie(client: object) -> str | None:
    cookie = client.get_cookie("session")  # type: ignore[attr-defined]
    return cookie.value if cookie else None


def catalog_of(app: Flask):
    return app.extensions["photodesk"].catalog


def test_the_login_page_is_where_an_anonymous_browser_goes_and_comes_back_from(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    refused = client.get("/search?q=storm")
    assert refused.status_code == 303
    assert refused.headers["Location"].startswith("/login?next=")
    page = client.get(refused.headers["Location"])
    assert page.status_code == 200 and b'type="password"' in page.data
    response = client.post("/login", data={"name": "vera", "password": PASSWORD, "csrf_token": csrf_of(client),
                                           "next": "/search?q=storm"})
    assert response.status_code == 303 and response.headers["Location"] == "/search?q=storm"
    assert client.get("/search?q=storm").status_code == 200


def test_login_goes_only_to_a_page_of_this_site(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example", "/\n/evil.example",
                   " //evil.example"):
        response = client.post("/login", data={"name": "vera", "password": PASSWORD, "csrf_token": csrf_of(client),
                                               "next": target})
        assert response.headers["Location"] == "/search", target
        client.post("/logout", data={"csrf_token": csrf_of(client)})


def test_the_session_cookie_changes_at_login_and_the_old_one_opens_nothing(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    csrf_before = csrf_of(client)
    before = session_cookie(client)
    assert before
    assert log_in(client, "eddie").status_code == 303
    after = session_cookie(client)
    assert after and after != before
    assert csrf_of(client) != csrf_before  # a token planted before the login is worth nothing after it
    planted = accounts_app.test_client()
    planted.set_cookie("session", before)
    assert planted.get("/").status_code == 303


def test_the_cookie_is_httponly_samesite_and_secure_over_https(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    csrf = csrf_of(client)
    plain = client.post("/login", data={"name": "vera", "password": PASSWORD, "csrf_token": csrf})
    header = plain.headers["Set-Cookie"]
    assert "HttpOnly" in header and "SameSite=Lax" in header and "Secure" not in header
    secure_client = accounts_app.test_client()
    secure_client.get("/login", base_url="https://desk.example")
    with secure_client.session_transaction(base_url="https://desk.example") as session:
        token = session["csrf_token"]
    secure = secure_client.post("/login", base_url="https://desk.example",
                                data={"name": "vera", "password": PASSWORD, "csrf_token": token})
    assert secure.status_code == 303
    assert "Secure" in secure.headers["Set-Cookie"]


def test_logout_ends_the_session_on_the_server_so_a_copied_cookie_stops_working(accounts_app: Flask) -> None:
    client = logged_in_client(accounts_app, "editor")
    copied = session_cookie(client)
    assert client.post("/logout", data={"csrf_token": csrf_of(client)}).status_code == 303
    thief = accounts_app.test_client()
    thief.set_cookie("session", copied)
    assert thief.get("/").status_code == 303
    assert catalog_of(accounts_app).activity(user="eddie", action=activity.LOGOUT)


def test_a_session_idle_longer_than_the_limit_ends(accounts_app: Flask, clock: Clock) -> None:
    idle = accounts_app.config["PHOTODESK_SETTINGS"].session_idle_minutes
    client = logged_in_client(accounts_app, "viewer")
    clock.advance(minutes=idle - 1)
    assert client.get("/").status_code == 200  # used: the idle time starts again
    clock.advance(minutes=idle - 1)
    assert client.get("/").status_code == 200
    clock.advance(minutes=idle + 1)
    response = client.get("/")
    assert response.status_code == 303 and "/login" in response.headers["Location"]


def test_a_password_change_ends_the_accounts_sessions(accounts_app: Flask) -> None:
    from catalog.account_changes import change_password

    client = logged_in_client(accounts_app, "viewer")
    change_password(catalog_of(accounts_app), TEST_ACTOR, "vera", "another long password")
    assert client.get("/").status_code == 303


def test_an_api_token_acts_for_its_account_until_revoked(accounts_app: Flask) -> None:
    catalog = catalog_of(accounts_app)
    token, secret = create_token(catalog, TEST_ACTOR, "vera", "newsroom CMS")
    client = accounts_app.test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/search?q=storm", headers=headers).status_code == 200
    assert client.get("/rights", headers=headers).status_code == 403  # a viewer's token
    assert client.get("/api/search?q=storm", headers={"Authorization": "Bearer pd_nothing"}).status_code == 401
    revoke_token(catalog, TEST_ACTOR, token.id)
    refused = client.get("/api/search?q=storm", headers=headers)
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"].lower().startswith("bearer")
    assert secret not in str([entry.to_record() for entry in catalog.activity()])


def test_the_eleventh_failed_login_in_a_minute_is_refused_even_with_the_right_password(
    accounts_app: Flask, clock: Clock
) -> None:
    client = accounts_app.test_client()
    for attempt in range(LOGIN_FAILURES_ALLOWED):
        assert log_in(client, "eddie", f"wrong {attempt}").status_code == 401
    refused = log_in(client, "eddie", PASSWORD)
    assert refused.status_code == 429
    assert b"Too many failed logins" in refused.data
    clock.advance(seconds=61)
    assert log_in(client, "eddie", PASSWORD).status_code == 303


def test_failed_logins_are_counted_per_address_across_accounts(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    for attempt in range(LOGIN_FAILURES_ALLOWED):
        log_in(client, list(USERS.values())[attempt % 3], "wrong", address="203.0.113.9")
    assert log_in(client, "ada", PASSWORD, address="203.0.113.9").status_code == 429
    assert log_in(client, "ada", PASSWORD, address="198.51.100.7").status_code == 303  # another address


def test_a_password_is_never_logged_even_when_typed_as_the_name(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    log_in(client, "hunter2-secret-password", "x")
    log_in(client, "vera", "my-wrong-password")
    entries = catalog_of(accounts_app).activity(action=activity.LOGIN_FAILED)
    assert len(entries) == 2
    text = str([entry.to_record() for entry in entries])
    assert "hunter2" not in text and "my-wrong-password" not in text
    assert [entry.who for entry in entries] == ["vera", None]


def test_a_login_form_without_its_csrf_token_is_refused(accounts_app: Flask) -> None:
    client = accounts_app.test_client()
    response = client.post("/login", data={"name": "vera", "password": PASSWORD})
    assert response.status_code == 400
    assert not catalog_of(accounts_app).activity(action=activity.LOGIN)


def test_behind_an_https_proxy_the_cookie_can_be_marked_secure_on_every_answer(accounts_settings, clock) -> None:
    from tests.helpers.accounts import add_accounts
    from web import create_app

    add_accounts(accounts_settings)
    app = create_app(accounts_settings, TESTING=True, PHOTODESK_CLOCK=clock, SESSION_COOKIE_SECURE=True)
    try:
        client = app.test_client()
        client.get("/login")
        with client.session_transaction() as session:
            token = session["csrf_token"]
        response = client.post("/login", data={"name": "vera", "password": PASSWORD, "csrf_token": token})
        assert response.status_code == 303 and "Secure" in response.headers["Set-Cookie"]
    finally:
        app.extensions["photodesk"].desk.close()


def test_a_login_clears_the_catalog_of_sessions_nobody_came_back_to(accounts_app: Flask, clock: Clock) -> None:
    logged_in_client(accounts_app, "viewer")
    logged_in_client(accounts_app, "editor")
    clock.advance(hours=3)
    logged_in_client(accounts_app, "admin")
    rows = catalog_of(accounts_app)._db.execute("SELECT user_name FROM sessions").fetchall()
    assert [row[0] for row in rows] == ["ada"]
