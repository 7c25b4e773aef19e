"""Fault injection: latency, 500/503 shares, 429 bursts, lost answers, short pages, token expiry.

Off by default. Configured from flags/env at start and at runtime via POST /_sandbox/faults.
Random choices come from one ``random.Random(seed)`` so a run is reproducible.
"""

from __future__ import annotations

import json
import os
import random
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any

from .web import ApiError, imsx_body

ENV_VAR = "TIMEBACK_SANDBOX_FAULTS"


@dataclass
class FaultConfig:
    latency_ms: float = 0.0  # added to every API request
    error_500_rate: float = 0.0  # share (0..1) of API requests answered 500
    error_503_rate: float = 0.0  # share (0..1) answered 503
    rate_429: float = 0.0  # share (0..1) answered 429
    burst_429: int = 0  # the next N API requests are answered 429
    retry_after: int = 1  # Retry-After seconds on 429 (and 503)
    short_page_rate: float = 0.0  # share (0..1) of list pages cut short (the total stays right)
    # share (0..1) of API requests carried out (a create stored) whose answer is then lost: 503
    lost_answer_rate: float = 0.0
    seed: int | None = None

    def validate(self) -> None:
        for name in (
            "error_500_rate",
            "error_503_rate",
            "rate_429",
            "short_page_rate",
            "lost_answer_rate",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within 0..1, got {value}")
        if self.latency_ms < 0 or self.burst_429 < 0 or self.retry_after < 0:
            raise ValueError("latency_ms, burst_429 and retry_after must not be negative")


_NAMES = {f.name for f in fields(FaultConfig)}


class Faults:
    def __init__(self, config: FaultConfig | None = None) -> None:
        self._lock = threading.Lock()
        self.config = config or FaultConfig()
        self.config.validate()
        self._rng = random.Random(self.config.seed)
        self.injected: dict[str, int] = {}

    def update(self, changes: dict[str, Any], *, replace: bool = False) -> FaultConfig:
        unknown = set(changes) - _NAMES - {"expire_tokens", "reset"}
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        base = FaultConfig() if replace or changes.get("reset") else self.config
        values = asdict(base)
        for key, value in changes.items():
            if key in _NAMES:
                values[key] = value
        try:
            new = FaultConfig(
                latency_ms=float(values["latency_ms"]),
                error_500_rate=float(values["error_500_rate"]),
                error_503_rate=float(values["error_503_rate"]),
                rate_429=float(values["rate_429"]),
                burst_429=int(values["burst_429"]),
                retry_after=int(values["retry_after"]),
                short_page_rate=float(values["short_page_rate"]),
                lost_answer_rate=float(values["lost_answer_rate"]),
                seed=None if values["seed"] is None else int(values["seed"]),
            )
        except (TypeError, ValueError) as exc:
            raise ValueError(f"invalid fault settings: {exc}") from exc
        new.validate()
        with self._lock:
            self.config = new
            if "seed" in changes or replace or changes.get("reset"):
                self._rng = random.Random(new.seed)
        return new

    def _count(self, kind: str) -> None:
        self.injected[kind] = self.injected.get(kind, 0) + 1

    def latency_seconds(self) -> float:
        return self.config.latency_ms / 1000.0

    def before_request(self) -> None:
        """Raise an ApiError if this API request is chosen to fail."""
        with self._lock:
            cfg = self.config
            if cfg.burst_429 > 0:
                cfg.burst_429 -= 1
                self._count("429")
                raise _too_many(cfg.retry_after)
            roll = (
                self._rng.random()
                if (cfg.rate_429 or cfg.error_500_rate or cfg.error_503_rate)
                else 1.0
            )
            if roll < cfg.rate_429:
                self._count("429")
                raise _too_many(cfg.retry_after)
            roll -= cfg.rate_429
            if roll < cfg.error_503_rate:
                self._count("503")
                raise ApiError(
                    503,
                    imsx_body("Service unavailable (injected by the sandbox)", "server_busy"),
                    {"Retry-After": str(cfg.retry_after)},
                )
            roll -= cfg.error_503_rate
            if roll < cfg.error_500_rate:
                self._count("500")
                raise ApiError(
                    500,
                    imsx_body(
                        "Internal server error (injected by the sandbox)", "internal_server_error"
                    ),
                )

    def after_request(self) -> None:
        """Raise a 503 if the answer to this API request, already carried out, is to be lost
        (what a client sees when the platform stored its create and the answer never came)."""
        if self.config.lost_answer_rate <= 0:  # the common case: no lock taken
            return
        with self._lock:
            if self._rng.random() >= self.config.lost_answer_rate:
                return
            self._count("lost_answer")
            raise ApiError(
                503,
                imsx_body(
                    "Service unavailable (answer lost, injected by the sandbox)", "server_busy"
                ),
                {"Retry-After": str(self.config.retry_after)},
            )

    def short_page(self, page_len: int) -> int:
        """The number of items to actually return for a full page of ``page_len``."""
        with self._lock:
            if page_len < 2 or self.config.short_page_rate <= 0:
                return page_len
            if self._rng.random() >= self.config.short_page_rate:
                return page_len
            self._count("short_page")
            return max(1, page_len // 2)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {**asdict(self.config), "injected": dict(self.injected)}


def _too_many(retry_after: int) -> ApiError:
    return ApiError(
        429,
        imsx_body("Too many requests (injected by the sandbox)", "server_busy"),
        {"Retry-After": str(retry_after)},
    )


def config_from_env(environ: dict[str, str] | None = None) -> dict[str, Any]:
    raw = (environ if environ is not None else dict(os.environ)).get(ENV_VAR, "").strip()
    if not raw:
        return {}
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError(f"{ENV_VAR} must be a JSON object")
    return data
