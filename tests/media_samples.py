"""Small real media files made in the tests, by the ffmpeg the app uses (nothing downloaded),
carrying the tags and places a phone writes into them."""

import io
import math
import struct
import subprocess
import tempfile
import wave
from array import array
from functools import cache
from pathlib import Path

import imageio_ffmpeg

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()


# Where the phone that made a sample was: the tests look for it in what is served.
LATITUDE, LONGITUDE = "-10.1772", "+123.6070"
SECRET_WORDS = ("Rumah Ana", "Jalan Sasando 7", "10.1772")


def wav(seconds: float = 2.0, rate: int = 8000) -> bytes:
    """A 440 Hz tone, getting louder, as 16-bit mono PCM."""
    frames = int(rate * seconds)
    samples = array("h", (
        int(12000 * (0.2 + 0.8 * n / frames) * math.sin(2 * math.pi * 440 * n / rate))
        for n in range(frames)
    ))  # fmt: skip
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(samples.tobytes())
    return buffer.getvalue()


def _ffmpeg(suffix: str, *arguments: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"sample{suffix}"
        subprocess.run(
            [FFMPEG, "-hide_banner", "-loglevel", "error", "-nostdin", *arguments, str(target)],
            check=True,
        )
        return target.read_bytes()


TAGS = ["-metadata", f"title={SECRET_WORDS[0]}", "-metadata", f"comment={SECRET_WORDS[1]}"]


@cache
def mp3(seconds: int = 3) -> bytes:
    """An MP3 with ID3 tags, a GPS frame (TXXX:GPS) and a cover picture."""
    return _ffmpeg(
        ".mp3",
        "-f", "lavfi", "-i", f"sine=frequency=330:duration={seconds}",
        "-f", "lavfi", "-i", "color=c=red:size=64x64:rate=1:duration=1",
        "-map", "0:a", "-map", "1:v", "-c:v", "mjpeg",
        "-disposition:v", "attached_pic", "-c:a", "libmp3lame", "-b:a", "128k",
        "-id3v2_version", "3", *TAGS, "-metadata", f"GPS={LATITUDE},{LONGITUDE}",
    )  # fmt: skip


def _video(codec: list[str], container: str, seconds: int, size: str) -> bytes:
    return _ffmpeg(
        container,
        "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25:duration={seconds}",
        "-f", "lavfi", "-i", f"sine=frequency=220:duration={seconds}",
        *codec, *TAGS, "-metadata", f"location={LATITUDE}{LONGITUDE}/",
    )  # fmt: skip


@cache
def mp4(seconds: int = 2, size: str = "320x240") -> bytes:
    """An H.264/AAC MP4 with a location box (©xyz), as phones write it."""
    return _video(
        ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
        ".mp4",
        seconds,
        size,
    )


@cache
def hevc(seconds: int = 2, size: str = "320x240") -> bytes:
    """What an iPhone records: HEVC (tagged hvc1) in MP4, with a location box."""
    return _video(
        ["-c:v", "libx265", "-preset", "ultrafast", "-tag:v", "hvc1", "-x265-params",
         "log-level=error", "-c:a", "aac"],
        ".mp4",
        seconds,
        size,
    )  # fmt: skip


@cache
def webm(seconds: int = 2, size: str = "320x240") -> bytes:
    """VP9 and Opus in WebM."""
    return _video(
        ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus"],
        ".webm",
        seconds,
        size,
    )


def _box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mp4_header_then_garbage() -> bytes:
    return _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + b"\x13\x37 rusak " * 500


_WEBM_HEADER_LENGTH = 16


def webm_header_then_garbage() -> bytes:
    return webm()[:_WEBM_HEADER_LENGTH] + b"<!doctype html><script>alert(1)</script>" * 20
