"""Recordings and videos made for phones on slow data, by ffmpeg.

The binary comes from the imageio-ffmpeg wheel (libx264, libopus, AAC) unless
``FFMPEG_BINARY`` names another. Every run reads a file on disk (never a pipe of the upload),
has a time limit and an address-space limit, and writes into a directory the caller owns.
What ffmpeg cannot read is refused with a message (TranscodeRefused), never a crash.

Recordings: one analysis pass (loudness by EBU R128, and 8 kHz mono samples for the
waveform), then one encoding pass to Opus in WebM (64 kbit/s) and AAC in MP4 (96 kbit/s),
both brought to -16 LUFS with a gain, every tag and picture left behind. Videos: H.264/AAC
MP4 at 480p and, when the source is larger, 720p, never upscaled, ``+faststart``, no metadata;
and a still for the poster.
"""

import contextlib
import logging
import re
import resource
import subprocess
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from flask_babel import lazy_gettext as _l

from . import Refused

log = logging.getLogger(__name__)
TARGET_LUFS = -16.0
PEAK_CEILING = -1.0  # dBFS: the gain never pushes the loudest sample past this
WAVEFORM_BARS = 64
ANALYSIS_RATE = 8000
# What leaves every output: the source's tags, chapters, and the muxer's own "encoder".
NO_METADATA = ["-map_metadata", "-1", "-map_chapters", "-1", "-fflags", "+bitexact"]
BITEXACT = ["-flags:v", "+bitexact", "-flags:a", "+bitexact"]
# Short side, video bitrate, its ceiling, and the audio's.
VIDEO_SIZES = {
    "video-480": (480, "500k", "560k", "64k"),
    "video-720": (720, "1300k", "1400k", "96k"),
}


class TranscodeRefused(Refused):
    """ffmpeg cannot make what pages play from this file."""


@dataclass(frozen=True)
class Limits:
    binary: str
    memory_mb: int = 1536
    base_seconds: int = 60
    seconds_per_second: float = 3.0  # of media: a 10-minute video may take 30 minutes

    def timeout(self, duration: float | None) -> float:
        return self.base_seconds + self.seconds_per_second * (duration or 0)


@dataclass(frozen=True)
class Probe:
    duration: float | None
    has_audio: bool
    size: tuple[int, int] | None  # of the first real video stream (not cover art), shown way up


@dataclass
class Made:
    """What a run wrote: rendition files by variant, and for recordings the waveform."""

    files: dict[str, Path] = field(default_factory=dict)
    peaks: list[int] = field(default_factory=list)
    still: Path | None = None


def run(limits: Limits, arguments: list[str], duration: float | None = None):
    """Run ffmpeg with ``arguments``; refuses when it fails or takes too long."""
    finished = _execute(limits, ["-y", *arguments], limits.timeout(duration))
    if finished.returncode != 0:
        log.warning("ffmpeg failed (%s): %s", finished.returncode, finished.stderr[-600:])
        raise TranscodeRefused(
            _l("We could not read this file. Send an MP3, M4A, WAV, MP4 or MOV.")
        )
    return finished


def _execute(limits: Limits, arguments: list[str], timeout: float):
    """Run ffmpeg on local files of the formats people send only (a playlist or a concat list
    could make it read other files), in at most ``limits.memory_mb`` of address space."""
    command = [limits.binary, "-hide_banner", "-nostdin", *_guarded(arguments)]
    process = subprocess.Popen(  # noqa: S603 - our binary, our arguments, our file paths
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    size = limits.memory_mb * 1024 * 1024
    with contextlib.suppress(ProcessLookupError):  # (it has already ended)
        # Set from outside: preexec_fn is not safe in the consumer's threads.
        resource.prlimit(process.pid, resource.RLIMIT_AS, (size, size))
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as error:
        process.kill()
        process.communicate()
        raise TranscodeRefused(
            _l("This file took too long to prepare. Try a shorter one.")
        ) from error
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


INPUT_FORMATS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,mp3,ogg,wav,flac,aac,amr"


def _guarded(arguments: list[str]) -> list[str]:
    guarded = []
    for argument in arguments:
        if argument == "-i":
            guarded += ["-protocol_whitelist", "file", "-format_whitelist", INPUT_FORMATS]
        guarded.append(argument)
    return guarded


DURATION = re.compile(rb"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
STREAM = re.compile(rb"Stream #0:\d+[^:]*: (Audio|Video): (.*)")
SIZE = re.compile(rb", (\d{2,5})x(\d{2,5})")
ROTATION = re.compile(rb"rotation of (-?\d+(?:\.\d+)?) degrees")


def probe(limits: Limits, source: Path) -> Probe:
    """What a file holds, read from ``ffmpeg -i`` (the wheel has no ffprobe)."""
    # ffmpeg -i exits 1 for want of an output: its stderr is the answer.
    stderr = _execute(limits, ["-i", str(source)], limits.base_seconds).stderr
    streams = STREAM.findall(stderr)
    if not streams:
        raise TranscodeRefused(
            _l("We could not read this file. Send an MP3, M4A, WAV, MP4 or MOV.")
        )
    found = DURATION.search(stderr)
    duration = None
    if found:
        hours, minutes, seconds = found.groups()
        duration = round(int(hours) * 3600 + int(minutes) * 60 + float(seconds), 2) or None
    videos = [details for kind, details in streams if kind == b"Video"]
    real = [details for details in videos if b"attached pic" not in details]
    size = None
    if real and (match := SIZE.search(real[0])):
        width, height = int(match[1]), int(match[2])
        rotation = ROTATION.search(stderr)
        if rotation and abs(float(rotation[1])) % 180 == 90:
            width, height = height, width
        size = (width, height)
    return Probe(duration, any(kind == b"Audio" for kind, _ in streams), size)


def recording(limits: Limits, source: Path, workdir: Path, duration: float | None) -> Made:
    """Opus/WebM and AAC/MP4 at -16 LUFS, and the waveform's peaks."""
    samples = workdir / "analysis.pcm"
    analysis = run(
        limits,
        [
            "-i", str(source), "-vn", "-sn", "-dn",
            "-af", "ebur128=peak=sample:framelog=quiet,"
            f"aresample={ANALYSIS_RATE},aformat=channel_layouts=mono:sample_fmts=s16",
            "-f", "s16le", str(samples),
        ],
        duration,
    )  # fmt: skip
    gain = loudness_gain(analysis.stderr)
    made = Made(
        files={"audio-opus": workdir / "audio.webm", "audio-aac": workdir / "audio.m4a"},
        peaks=peaks(samples.read_bytes()),
    )
    levelled = f"volume={gain:.2f}dB"
    run(
        limits,
        [
            "-i", str(source),
            "-vn", "-sn", "-dn", *NO_METADATA, "-af", levelled,
            "-c:a", "libopus", "-b:a", "64k", "-vbr", "constrained",
            *BITEXACT, str(made.files["audio-opus"]),
            "-vn", "-sn", "-dn", *NO_METADATA, "-af", levelled,
            "-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart",
            *BITEXACT, str(made.files["audio-aac"]),
        ],
        duration,
    )  # fmt: skip
    return made


def loudness_gain(stderr: bytes) -> float:
    """The gain (dB) to reach TARGET_LUFS without the peak passing PEAK_CEILING, from ebur128's
    summary. Silence (-70 LUFS) gets none."""
    summary = stderr[stderr.rfind(b"Summary:") :]
    integrated = re.search(rb"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(rb"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if integrated is None or integrated[1] == b"-inf" or float(integrated[1]) <= -70:
        return 0.0
    gain = TARGET_LUFS - float(integrated[1])
    if peak is not None and peak[1] != b"-inf":
        gain = min(gain, PEAK_CEILING - float(peak[1]))
    return max(-30.0, min(gain, 30.0))


def peaks(pcm: bytes, bars: int = WAVEFORM_BARS) -> list[int]:
    """The loudest sample of each of ``bars`` slices, 0-100 of the loudest slice."""
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    if not samples:
        return []
    step = max(1, len(samples) // bars)
    loudest = [
        max(max(chunk), -min(chunk))
        for start in range(0, len(samples), step)
        if (chunk := samples[start : start + step])
    ][:bars]
    top = max(loudest) or 1
    return [round(100 * value / top) for value in loudest]


def video(limits: Limits, source: Path, workdir: Path, found: Probe) -> Made:
    """480p (and 720p when the source is larger) H.264/AAC MP4s, and a still."""
    short_side = min(found.size)
    sizes = {
        variant: settings
        for variant, settings in VIDEO_SIZES.items()
        if variant == "video-480" or short_side > VIDEO_SIZES["video-480"][0]
    }
    made = Made(files={variant: workdir / f"{variant}.mp4" for variant in sizes})
    branches = [f"[v{number}]" for number in range(len(sizes))]
    graph = [f"[0:v:0]split={len(sizes)}{''.join(branches)}"]
    outputs = []
    for branch, (variant, (side, rate, ceiling, audio_rate)) in zip(
        branches, sizes.items(), strict=True
    ):
        side = min(side, short_side) // 2 * 2
        graph.append(f"{branch}{_scaled(side)},setsar=1,format=yuv420p[{variant}]")
        outputs += [
            "-map", f"[{variant}]", "-map", "0:a:0?", *NO_METADATA,
            "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main", "-threads", "2",
            "-b:v", rate, "-maxrate", ceiling, "-bufsize", ceiling,
            "-c:a", "aac", "-b:a", audio_rate, "-ac", "2",
            "-movflags", "+faststart", *BITEXACT, str(made.files[variant]),
        ]  # fmt: skip
    run(
        limits,
        ["-threads", "2", "-i", str(source), "-filter_complex", ";".join(graph), *outputs],
        found.duration,
    )
    made.still = workdir / "still.jpg"
    at = min(1.0, (found.duration or 0) / 3)
    run(
        limits,
        ["-ss", f"{at:.2f}", "-i", str(made.files["video-480"]), "-frames:v", "1",
         "-q:v", "3", *NO_METADATA, str(made.still)],
        found.duration,
    )  # fmt: skip
    return made


def _scaled(side: int) -> str:
    """Scale so the short side is ``side`` (even), keeping the shape: landscape or portrait."""
    return f"scale=w='if(gt(iw,ih),-2,{side})':h='if(gt(iw,ih),{side},-2)'"
