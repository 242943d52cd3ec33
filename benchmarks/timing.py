"""What the interactive benchmarks print about a series of timings: p50, p95 and the
worst, with this process's own CPU time beside the wall clock (on a machine shared
with other work, a wall-clock figure well above its CPU figure is the machine, not
the code)."""

from __future__ import annotations

FRAME_MS = 1000 / 60  # one frame at 60 Hz


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def spread(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
        f"max {max(values):.1f} ms"
    )


def report(label: str, wall: list[float], cpu: list[float], target_ms: float) -> bool:
    """Prints the spread of `wall` and of `cpu` (milliseconds, one per try) and
    whether the wall-clock p95 is within `target_ms`; returns that."""
    share = 100 * sum(cpu) / sum(wall) if sum(wall) else 0.0
    print(f"{label}: {spread(wall)}")
    print(f"  of which this process's CPU: {spread(cpu)} ({share:.0f}% of the wall clock)")
    met = percentile(wall, 0.95) <= target_ms
    print(f"  target p95 ≤ {target_ms:.1f} ms: {'met' if met else 'MISSED'}")
    return met
