"""Recordings for demo musicians, synthesised: plucked strings (Karplus-Strong, the sound of a
sasando) and gongs (inharmonic partials dying away, as in gong waning). WAV files, which every
browser plays; seeded, so a work always gets the same tune.
"""

from __future__ import annotations

import functools
import io
import math
import random
import wave
from array import array

RATE = 16000
# A pentatonic scale, as the sasando gong is tuned (Hz).
PENTATONIC = (262, 294, 330, 392, 440, 523, 587, 659)


def _pluck(frequency: float, seconds: float, rng: random.Random) -> list[float]:
    """One plucked string: a burst of noise circulating in a delay line that softens it."""
    period = max(2, int(RATE / frequency))
    line = [rng.uniform(-1, 1) for _ in range(period)]
    out = []
    for index in range(int(RATE * seconds)):
        current = line[index % period]
        following = line[(index + 1) % period]
        line[index % period] = 0.996 * 0.5 * (current + following)
        out.append(current)
    return out


@functools.cache
def _gong(frequency: float, seconds: float) -> tuple[float, ...]:
    partials = ((1.0, 1.0, 1.2), (2.76, 0.5, 2.2), (5.4, 0.25, 3.5), (1.003, 0.6, 1.0))
    samples = []
    for index in range(int(RATE * seconds)):
        t = index / RATE
        attack = min(1.0, t * 60)
        value = sum(
            level * math.exp(-decay * t) * math.sin(math.tau * frequency * ratio * t)
            for ratio, level, decay in partials
        )
        samples.append(attack * value / 2.4)
    return tuple(samples)


def _mix(into: list[float], sound, start: float, gain: float) -> None:
    offset = int(start * RATE)
    for index, value in enumerate(sound):
        if offset + index < len(into):
            into[offset + index] += value * gain


def _wav(samples: list[float]) -> bytes:
    peak = max(0.01, max(abs(value) for value in samples))
    pcm = array("h", (int(value / peak * 0.8 * 32767) for value in samples))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())
    return buffer.getvalue()


def sasando(seed: str, seconds: float = 6.0) -> bytes:
    """A short pentatonic tune on plucked strings, with a drone of the tonic."""
    rng = random.Random(f"sasando:{seed}")
    track = [0.0] * int(RATE * seconds)
    beat = rng.choice([0.3, 0.36, 0.42])
    time, note = 0.0, rng.randrange(len(PENTATONIC))
    while time < seconds - 1.2:
        note = max(0, min(len(PENTATONIC) - 1, note + rng.choice([-2, -1, 1, 1, 2])))
        _mix(track, _pluck(PENTATONIC[note], 1.2, rng), time, 0.7)
        if rng.random() < 0.3:  # the lower string answers
            _mix(track, _pluck(PENTATONIC[note] / 2, 1.2, rng), time, 0.4)
        time += beat * rng.choice([1, 1, 2])
    _mix(track, _pluck(PENTATONIC[0] / 2, seconds, rng), 0, 0.35)
    return _wav(track)


def gongs(seed: str, seconds: float = 6.0) -> bytes:
    """A pattern of gongs, with a plucked line above it."""
    rng = random.Random(f"gong:{seed}")
    track = [0.0] * int(RATE * seconds)
    pitches = rng.sample([147, 165, 196, 220, 247], 3)
    time = 0.0
    while time < seconds - 0.5:
        _mix(track, _gong(rng.choice(pitches), 2.0), time, 0.8)
        time += rng.choice([0.5, 0.5, 1.0])
    _mix(track, _pluck(PENTATONIC[4], 1.5, rng), 1.0, 0.4)
    return _wav(track)
