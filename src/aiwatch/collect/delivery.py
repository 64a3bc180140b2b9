"""Sending alerts: webhooks (plain JSON, WeCom, Feishu, DingTalk and Slack incoming-webhook
message formats) and email over SMTP.

A target is a dict: ``{"type": "webhook", "url": …, "format": "json|wecom|feishu|dingtalk|slack"}``
or ``{"type": "email", "to": ["a@example.org"]}``.  SMTP settings come from the environment
(``AIWATCH_SMTP_HOST``, ``_PORT``, ``_USER``, ``_PASSWORD``, ``_FROM``, ``_STARTTLS``) or the
config file.  Every send raises ``DeliveryError`` with the reason when it did not get through.
"""

from __future__ import annotations

import hashlib
import json
import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import httpx

from aiwatch.collect.http import USER_AGENT

WEBHOOK_FORMATS = ("json", "wecom", "feishu", "dingtalk", "slack")


class DeliveryError(Exception):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = "aiwatch@localhost"
    starttls: bool = False
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> SmtpSettings:
        env = os.environ
        return cls(
            host=env.get("AIWATCH_SMTP_HOST", "localhost"),
            port=int(env.get("AIWATCH_SMTP_PORT", "25")),
            user=env.get("AIWATCH_SMTP_USER") or None,
            password=env.get("AIWATCH_SMTP_PASSWORD") or None,
            sender=env.get("AIWATCH_SMTP_FROM", "aiwatch@localhost"),
            starttls=env.get("AIWATCH_SMTP_STARTTLS", "") in ("1", "true", "yes"),
        )


def check_target(target: dict[str, Any]) -> dict[str, Any]:
    """A target as the user wrote it, checked; the reason names what is wrong."""
    kind = target.get("type")
    if kind == "webhook":
        url, fmt = target.get("url") or "", target.get("format", "json")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ValueError(f"webhook url {url!r} is not http(s)")
        if not isinstance(fmt, str) or fmt not in WEBHOOK_FORMATS:
            raise ValueError(f"webhook format {fmt!r}; formats: {', '.join(WEBHOOK_FORMATS)}")
        return {"type": "webhook", "url": url, "format": fmt}
    if kind == "email":
        to = target.get("to")
        to = [to] if isinstance(to, str) else list(to or [])
        if not to or not all(isinstance(address, str) and "@" in address for address in to):
            raise ValueError(f"email target needs addresses, got {target.get('to')!r}")
        return {"type": "email", "to": to}
    raise ValueError(f"unknown target type {kind!r} (webhook or email)")


def target_label(target: dict[str, Any]) -> str:
    if target["type"] == "webhook":
        return f"webhook:{target['format']}:{target['url']}"[:300]
    return f"email:{','.join(target['to'])}"[:300]


# message formats -------------------------------------------------------------------------------


def alert_markdown(alert: dict[str, Any]) -> str:
    lines = [f"**{alert['title'] or '(无标题)'}**"]
    meta = " · ".join(x for x in (alert.get("source"), alert.get("published")) if x)
    if meta:
        lines.append(meta)
    if alert.get("summary"):
        lines.append(alert["summary"])
    reasons = "；".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in alert["matched"].items())
    lines.append(f"订阅 {alert['subscription']} 命中 {reasons}")
    if alert.get("url"):
        lines.append(f"[原文]({alert['url']})")
    return "\n\n".join(lines)


def webhook_body(fmt: str, alert: dict[str, Any]) -> dict[str, Any]:
    """The JSON each service's incoming webhook expects."""
    text = alert_markdown(alert)
    if fmt == "wecom":  # 企业微信群机器人
        return {"msgtype": "markdown", "markdown": {"content": text}}
    if fmt == "dingtalk":  # 钉钉自定义机器人
        return {"msgtype": "markdown", "markdown": {"title": alert["title"] or "aiwatch", "text": text}}
    if fmt == "feishu":  # 飞书自定义机器人
        plain = text.replace("**", "")
        return {"msg_type": "text", "content": {"text": plain}}
    if fmt == "slack":
        link = f"<{alert['url']}|原文>" if alert.get("url") else ""
        return {"text": text.replace("**", "*").replace(f"[原文]({alert.get('url')})", link)}
    return {"type": "aiwatch.alert", **alert}


def _service_error(fmt: str, answer: httpx.Response) -> str | None:
    """WeCom, DingTalk and Feishu answer 200 with an error code in the body."""
    if fmt not in ("wecom", "dingtalk", "feishu"):
        return None
    try:
        body = answer.json()
    except ValueError:
        return None
    code = body.get("errcode", body.get("code", body.get("StatusCode", 0)))
    if code not in (0, None):
        return f"{fmt} error {code}: {body.get('errmsg') or body.get('msg') or body}"
    return None


def delivery_key(subscription: str, story: str, target: str) -> str:
    """One alert to one target, the same on every attempt.  Delivery is at least once: a send the
    receiver got but aiwatch could not record (a timeout, a crash right after it) is sent again, so
    every attempt carries this key (``Idempotency-Key`` header, ``delivery_key`` in plain JSON, the
    email's Message-ID) and a receiver drops a repeat by it."""
    return hashlib.sha256(f"{subscription}\0{story}\0{target}".encode()).hexdigest()[:32]


def send_webhook(target: dict[str, Any], body: dict[str, Any], timeout: float = 15.0, key: str | None = None) -> None:
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT}
    if key:
        headers["Idempotency-Key"] = key
    try:
        answer = httpx.post(
            target["url"],
            content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers=headers,
            timeout=timeout,
            trust_env=False,
        )
    except httpx.HTTPError as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from None
    if not 200 <= answer.status_code < 300:
        raise DeliveryError(f"HTTP {answer.status_code}: {answer.text[:200]}")
    problem = _service_error(target["format"], answer)
    if problem:
        raise DeliveryError(problem)


def send_email(
    to: list[str],
    subject: str,
    text: str,
    html: str | None = None,
    smtp: SmtpSettings | None = None,
    key: str | None = None,
) -> None:
    smtp = smtp or SmtpSettings.from_env()
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = smtp.sender
    message["To"] = ", ".join(to)
    if key:  # the same on a resend: mail systems that deduplicate by Message-ID show it once
        message["Message-ID"] = f"<{key}@aiwatch.invalid>"
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
            if smtp.starttls:
                client.starttls()
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"SMTP {smtp.host}:{smtp.port}: {type(exc).__name__}: {exc}") from None


def deliver_alert(
    target: dict[str, Any], alert: dict[str, Any], smtp: SmtpSettings | None = None, key: str | None = None
) -> None:
    """Send one alert; ``key`` (``delivery_key``) marks every attempt of it alike."""
    if target["type"] == "webhook":
        body = webhook_body(target["format"], alert)
        if key and target["format"] == "json":
            body["delivery_key"] = key
        send_webhook(target, body, key=key)
    else:
        subject = f"[aiwatch] {alert['subscription']}: {alert['title'] or '新文章'}"
        send_email(target["to"], subject, alert_markdown(alert), smtp=smtp, key=key)
