"""Alerts for data-quality failures: always a log line; Slack and e-mail when a connection is configured."""

from __future__ import annotations

import json
import logging
import os
import smtplib
import sys
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

log = logging.getLogger(__name__)

SLACK_CONN_ID = "newsfacts_alerts_slack"
SMTP_CONN_ID = "newsfacts_alerts_smtp"


@dataclass(frozen=True)
class AlertConnection:
    """The parts of an Airflow connection an alert needs."""

    host: str | None = None
    port: int | None = None
    login: str | None = None
    password: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _from_env(conn_id: str) -> AlertConnection | None:
    """`AIRFLOW_CONN_<ID>` as Airflow's JSON form, or (for Slack) the bare webhook URL."""
    raw = os.environ.get(f"AIRFLOW_CONN_{conn_id.upper()}")
    if not raw:
        return None
    if raw.lstrip().startswith("{"):
        data = json.loads(raw)
        extra = data.get("extra") or {}
        return AlertConnection(
            host=data.get("host"),
            port=data.get("port"),
            login=data.get("login"),
            password=data.get("password"),
            extra=json.loads(extra) if isinstance(extra, str) else extra,
        )
    return AlertConnection(host=raw)


def connection(conn_id: str) -> AlertConnection | None:
    """An alert connection from the environment, else from Airflow (only inside an Airflow process)."""
    found = _from_env(conn_id)
    if found or "airflow" not in sys.modules:
        return found
    try:
        from airflow.sdk import BaseHook

        conn = BaseHook.get_connection(conn_id)
    except Exception:  # not configured: the log line is the alert
        return None
    return AlertConnection(
        host=conn.host,
        port=conn.port,
        login=conn.login,
        password=conn.password,
        extra=conn.extra_dejson or {},
    )


def _slack(conn: AlertConnection, subject: str, body: str) -> None:
    import requests

    # The Slack provider keeps the webhook URL (or its token path) in the password; a bare URL is the host.
    url = conn.password if conn.password and conn.password.startswith("http") else conn.host
    if not url:
        raise ValueError(f"connection {SLACK_CONN_ID} has no webhook URL")
    response = requests.post(url, json={"text": f"*{subject}*\n{body}"}, timeout=10)
    response.raise_for_status()


def _email(conn: AlertConnection, subject: str, body: str) -> None:
    recipients = conn.extra.get("to")
    if not conn.host or not recipients:
        raise ValueError(f"connection {SMTP_CONN_ID} needs a host and extra.to")
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = conn.extra.get("from") or conn.login or "newsfacts@localhost"
    msg["To"] = recipients if isinstance(recipients, str) else ", ".join(recipients)
    msg.set_content(body)
    with smtplib.SMTP(conn.host, conn.port or 25, timeout=10) as smtp:
        if conn.extra.get("starttls", (conn.port or 25) == 587):
            smtp.starttls()
        if conn.login and conn.password:
            smtp.login(conn.login, conn.password)
        smtp.send_message(msg)


def send_alert(subject: str, body: str) -> list[str]:
    """Log the alert, then deliver it on every configured channel; returns the channels that took it.

    A channel that fails is logged and skipped: an alert must never hide the failure it reports.
    """
    log.error("%s: %s", subject, body)
    delivered = ["log"]
    for name, conn_id, deliver in (("slack", SLACK_CONN_ID, _slack), ("email", SMTP_CONN_ID, _email)):
        conn = connection(conn_id)
        if conn is None:
            continue
        try:
            deliver(conn, subject, body)
            delivered.append(name)
        except Exception as exc:
            log.warning("alert via %s (%s) failed: %s: %s", name, conn_id, type(exc).__name__, exc)
    return delivered
