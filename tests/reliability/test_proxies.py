"""Proxies and CA bundles from the user's network: a real forward proxy process on 127.0.0.1
(`proxyserver.py`: absolute-form HTTP and CONNECT), the environment's HTTP(S)_PROXY / ALL_PROXY /
NO_PROXY, `proxy=`, loopback never proxied, and `verify=<CA bundle path>` against a local TLS
server. Test host names (`*.timeback.test`) exist only inside the proxy, which sends everything
to 127.0.0.1: a request that reaches its server went through the proxy."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from timeback_gen import AsyncTimeback, Timeback
from timeback_gen.errors import APIConnectionError, ConfigurationError

from .conftest import user_record
from .rawserver import RawServer, send, token_ok
from .test_async_network import http_server, respond

PROXY_SCRIPT = Path(__file__).with_name("proxyserver.py")
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
USER = {"user": user_record("u1")}


class Proxy:
    def __init__(self, url: str, log: Path) -> None:
        self.url = url
        self._log = log

    @property
    def lines(self) -> list[str]:
        return self._log.read_text().splitlines() if self._log.exists() else []


@pytest.fixture()
def proxy(tmp_path: Path) -> Iterator[Proxy]:
    log = tmp_path / "proxy.log"
    proc = subprocess.Popen(
        [sys.executable, str(PROXY_SCRIPT), "--log", str(log), "--lifetime", "60"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().split()
        assert first[:1] == ["PORT"], first
        yield Proxy(f"http://127.0.0.1:{first[1]}", log)
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sets the variables it is about; none leak in from the machine."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture()
def srv() -> Iterator[RawServer]:
    with RawServer(lifetime=30) as server:
        server.token(default=token_ok()).api(default=send(200, USER))
        yield server


def client_at(host_url: str, **options: Any) -> Timeback:
    return Timeback(
        client_id="cid",
        client_secret="csecret",
        api_base_url=host_url,
        token_url=host_url + "/oauth2/token",
        **options,
    )


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/")[0])


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
def test_the_environments_proxy_carries_http_requests(
    srv: RawServer, proxy: Proxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    here = f"http://api.timeback.test:{port_of(srv.url)}"
    with client_at(here) as tb:
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert proxy.lines == [
        f"POST {here}/oauth2/token HTTP/1.1",
        f"GET {here}/ims/oneroster/rostering/v1p2/users/u1 HTTP/1.1",
    ]


def test_no_proxy_sends_a_host_directly(
    srv: RawServer, proxy: Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "elsewhere.example,api.timeback.test")
    here = f"http://api.timeback.test:{port_of(srv.url)}"
    with client_at(here, max_retries=0, timeout=2) as tb, pytest.raises(APIConnectionError):
        tb.oneroster.rostering.get_user("u1")  # direct: the name exists only in the proxy
    assert proxy.lines == []


def test_loopback_never_goes_through_a_proxy(
    srv: RawServer, proxy: Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with Timeback.for_sandbox(srv.url) as tb:  # http://127.0.0.1:<port>
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    with Timeback.for_sandbox(srv.url.replace("127.0.0.1", "localhost")) as tb:
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    with Timeback.for_sandbox(srv.url, proxy=proxy.url) as tb:
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
    assert proxy.lines == []
    assert len(srv.api_requests) == 3


def test_an_explicit_proxy_needs_no_environment(srv: RawServer, proxy: Proxy) -> None:
    here = f"http://api.timeback.test:{port_of(srv.url)}"
    with client_at(here, proxy=proxy.url) as tb:
        assert tb.oneroster.rostering.get_user("u1").user.sourced_id == "u1"
        assert tb.request("GET", "/anything", params={"q": "1"}) == USER
    assert proxy.lines[-1] == f"GET {here}/anything?q=1 HTTP/1.1"


def test_a_bad_proxy_setting_says_what_to_give() -> None:
    with pytest.raises(ConfigurationError, match="proxy must be a URL like"):
        Timeback(client_id="a", client_secret="b", proxy="proxy.example:3128")


# -- TLS: CONNECT tunnels and CA bundles ------------------------------------------------------


def tls_context(ca: trustme.CA, *names: str) -> Any:
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


async def answer_everything(
    body: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """One answer that serves as a token response and as a getUser response."""
    respond(writer, json.dumps({"access_token": "t", **USER}).encode())


async def test_https_goes_through_a_connect_tunnel_and_trusts_the_given_ca(
    proxy: Proxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    async with http_server(
        answer_everything, ssl_context=tls_context(ca, "secure.timeback.test")
    ) as url:
        here = f"https://secure.timeback.test:{port_of(url)}"
        async with AsyncTimeback(
            client_id="cid",
            client_secret="csecret",
            api_base_url=here,
            token_url=here + "/oauth2/token",
            verify=str(ca_file),
        ) as tb:
            assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
    assert proxy.lines == [f"CONNECT secure.timeback.test:{port_of(url)} HTTP/1.1"]


async def test_verify_takes_a_ca_bundle_path(tmp_path: Path) -> None:
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    async with http_server(answer_everything, ssl_context=tls_context(ca, "127.0.0.1")) as url:
        options: dict[str, Any] = {"api_base_url": url, "token_url": url + "/oauth2/token"}
        async with AsyncTimeback(
            client_id="cid", client_secret="csecret", verify=ca_file, **options
        ) as tb:
            assert (await tb.oneroster.rostering.get_user("u1")).user.sourced_id == "u1"
        # The same server without its CA: refused, as a library error.
        async with AsyncTimeback(
            client_id="cid", client_secret="csecret", max_retries=0, **options
        ) as tb:
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await tb.oneroster.rostering.get_user("u1")


def test_verify_refuses_a_missing_bundle_with_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="no such CA bundle"):
        Timeback(client_id="a", client_secret="b", verify=str(tmp_path / "missing.pem"))
    broken = tmp_path / "broken.pem"
    broken.write_text("not a certificate")
    tb = Timeback(client_id="a", client_secret="b", verify=str(broken))
    with pytest.raises(ConfigurationError, match="not a usable CA bundle"):
        tb.oneroster.rostering.get_user("u1")
