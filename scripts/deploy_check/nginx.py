"""deploy/nginx/training-hub.conf on loopback ports, with a certificate made now.

The site file is used as it is, but for the strings its header lists (host name,
certificate folder, VAR_DIR, log folder, ports, app servers), replaced here. A small
main nginx.conf stands for Debian's /etc/nginx/nginx.conf around it, with its pid,
temp folders and error log in the check's folder.
"""

import os
import subprocess
from pathlib import Path

from .procs import CommandFailed

SITE = Path("deploy/nginx/training-hub.conf")

MAIN_CONF = """\
{user}
worker_processes 2;
pid {folder}/nginx.pid;
error_log {logs}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {folder}/client_body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    gzip on;
    include {folder}/training-hub.conf;
}}
"""


def make_certificate(folder: Path, host: str):
    """A self-signed certificate for `host` (an IP address), valid two days."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            f"/CN={host}",
            "-addext",
            f"subjectAltName=IP:{host},DNS:localhost",
            "-keyout",
            folder / "privkey.pem",
            "-out",
            folder / "fullchain.pem",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return folder / "fullchain.pem"


def render_site(root: Path, *, host, http_port, https_port, app_ports, dirs) -> str:
    text = (root / SITE).read_text()
    replacements = [
        ("/etc/letsencrypt/live/training-hub.example.org/", f"{dirs['tls']}/"),
        ("training-hub.example.org", host),
        ("/srv/training-hub/var/", f"{dirs['var']}/"),
        ("/var/log/nginx/", f"{dirs['logs']}/"),
        ("root /var/www/html;", f"root {dirs['www']};"),
        ("https://$host$request_uri", f"https://$host:{https_port}$request_uri"),
        ("listen [::]:80;\n", ""),
        ("listen [::]:443 ssl http2;\n", ""),
        ("listen 80;", f"listen {host}:{http_port};"),
        ("listen 443 ssl http2;", f"listen {host}:{https_port} ssl http2;"),
        ("127.0.0.1:8001", f"127.0.0.1:{app_ports[0]}"),
        ("127.0.0.1:8002", f"127.0.0.1:{app_ports[1]}"),
    ]
    for old, new in replacements:
        if old not in text:
            raise CommandFailed(f"{SITE}: the placeholder {old!r} is missing")
        text = text.replace(old, new)
    return text


def write_config(folder: Path, logs: Path, site: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "training-hub.conf").write_text(site)
    user = "user www-data;" if os.geteuid() == 0 else ""
    main = folder / "nginx.conf"
    main.write_text(MAIN_CONF.format(user=user, folder=folder, logs=logs))
    return main


def command(main_conf: Path) -> list:
    prefix = main_conf.parent
    return ["nginx", "-p", f"{prefix}/", "-c", str(main_conf), "-g", "daemon off;"]


def test_config(runner, main_conf: Path):
    prefix = main_conf.parent
    runner.run("nginx-t", ["nginx", "-t", "-p", f"{prefix}/", "-c", str(main_conf)])
