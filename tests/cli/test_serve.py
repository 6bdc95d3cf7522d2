"""``hookhub sandbox serve``: endpoints and env lines printed, any client served, clean stop."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import httpx
import pytest

import hookhub
from hookhub.cli._profiles import provider_profile
from tests.cli.conftest import CHILD_TIMEOUT, clean_env, start_serve


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_serves_the_chosen_providers_and_stops_cleanly(signum: int) -> None:
    served = start_serve("-p", "sentdm", "-p", "kallima")
    try:
        sandboxes = served.document["sandboxes"]
        assert [item["provider"] for item in sandboxes] == ["sentdm", "kallima"]
        for item in sandboxes:
            profile = provider_profile(item["provider"])
            assert item["env"] == {
                profile.api_key_env: served.document["api_key"],
                profile.base_url_env: item["base_url"],
            }
            assert item["base_url"].startswith("http://127.0.0.1:")
        # Any client works with what was printed: here the facade, configured by env only.
        env = served.env("sentdm")
        with hookhub.WebhookClient(
            "sentdm", api_key=env["SENT_DM_API_KEY"], base_url=env["SENT_BASE_URL"]
        ) as hooks:
            assert hooks.list() == []
        # And a plain HTTP client without hookhub.
        response = httpx.get(
            sandboxes[1]["base_url"] + "/v1/webhooks",
            headers={"Authorization": f"Bearer {served.document['api_key']}"},
        )
        assert response.status_code != 404
    finally:
        code = served.stop(signum)
    assert code == 0
    assert "sandboxes stopped" in served.stderr_path.read_text()
    assert "Traceback" not in served.stderr_path.read_text()
    served.stderr_path.unlink()


def _two_free_ports() -> int:
    """A port N such that N and N+1 could both be bound just now."""
    while True:
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
            with socket.socket() as second:
                try:
                    second.bind(("127.0.0.1", port + 1))
                except OSError:
                    continue
        return port


def test_port_gives_consecutive_ports_in_the_order_listed() -> None:
    # Other processes on the machine may take a port between our probe and the server's
    # bind (exit 3, "cannot serve"); a few fresh pairs make that race harmless.
    for _ in range(5):
        port = _two_free_ports()
        try:
            served = start_serve("--port", str(port), "-p", "flip", "-p", "polytomic")
        except AssertionError as error:
            assert "cannot serve" in str(error)
            continue
        try:
            urls = [item["base_url"] for item in served.document["sandboxes"]]
        finally:
            served.stop()
            served.stderr_path.unlink()
        assert urls == [f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port + 1}"]
        return
    pytest.fail("no free pair of ports in five tries")


def test_human_output_has_an_export_line_per_provider() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "hookhub", "sandbox", "serve", "-p", "shipping_channels"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=clean_env(),
    )
    assert process.stdout is not None
    lines = []
    try:
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("export "):
                break
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=CHILD_TIMEOUT)
        process.stdout.close()
    profile = provider_profile("shipping_channels")
    export = lines[-1].split()
    assert export[0] == "export"
    assert export[1] == f"{profile.api_key_env}=sk_sandbox_hookhub"
    assert export[2].startswith(f"{profile.base_url_env}=http://127.0.0.1:")
    assert code == 0


def test_a_taken_port_is_one_error_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "hookhub", "sandbox", "serve", "-p", "kallima"]
        result = subprocess.run(
            [*command, "--port", str(port)],
            capture_output=True,
            text=True,
            env=clean_env(),
            timeout=CHILD_TIMEOUT,
            check=False,
        )
    assert result.returncode == 3
    assert result.stderr.splitlines()[-1] == f"Error: cannot serve kallima on 127.0.0.1:{port}"
    assert "Traceback" not in result.stderr


def test_without_the_server_library_one_line_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['uvicorn'] = None\n"
        "from hookhub.cli import main\n"
        "main(['sandbox', 'serve', '-p', 'kallima'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=CHILD_TIMEOUT,
        check=False,
    )

    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "pip install 'hookhub[sandbox]'" in lines[0]
    assert result.stdout == ""
