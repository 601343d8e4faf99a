"""Benchmark the media pipelines: photos (``showcase.media.images.process``) on a 12-megapixel
JPEG, and recordings and videos (``showcase.media.transcode``) as the task queue makes them.

Measures, on a 4000x3000 JPEG with real detail and EXIF orientation 6 made in memory:

- ``median_s``: median seconds of 5 runs of ``process(data)`` (all derivatives);
- ``floor_s``: median of 5 runs of plain Pillow doing the same work with the same settings
  (same draft size, exif_transpose, RGB, LANCZOS + UnsharpMask, WebP 320/640/1280 and JPEG 640),
  timed in the same run, interleaved with the pipeline; ``ratio = median_s / floor_s``;
- ``no_draft_s``: the pipeline's median with JPEG draft mode switched off;
- ``peak_mb``: peak RSS of a fresh process that runs ``process(data)`` once (Pillow's image
  memory is invisible to tracemalloc, which is shown alongside for the Python heap only).

Recordings and video, made here by the bundled ffmpeg: a 3-minute 48 kHz stereo WAV (tones
and noise, like a sasando in a room) and a 60 s 1080p30 phone-like H.264/AAC video at about
12 Mbit/s, its index at the end as phones write it:

- ``audio_rtf`` and ``video_rtf``: processing seconds per second of media (analysis, both
  renditions, the still);
- ``first_play_kb``: what a buyer downloads before a video starts playing: the poster the page
  shows, then the 480p file up to the end of its index (``moov``, first with +faststart) and
  its first two seconds. The original would need all of it (its index is last).

Targets: ratio <= 1.3, peak_mb < 300, audio_rtf <= 0.05, video_rtf <= 1.0 (on the 2-core
development machine), first_play_kb <= 300. ``--photos-only`` skips recordings and video.
Run from the repo root:

    .venv/bin/python bench/media.py
"""

import io
import multiprocessing
import resource
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from unittest import mock

import imageio_ffmpeg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

from showcase.media import images, transcode  # noqa: E402

RUNS = 5
SIZE = (4000, 3000)
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
RECORDING_SECONDS = 180
VIDEO_SECONDS = 60
PLAYBACK_START_SECONDS = 2  # buffered before a browser starts playing


def make_jpeg() -> bytes:
    """A tenun-like woven pattern with noise blended in, so the JPEG has real detail."""
    image = Image.new("RGB", SIZE, (120, 30, 40))
    draw = ImageDraw.Draw(image)
    palette = [(180, 40, 50), (230, 180, 60), (30, 60, 110), (240, 230, 210), (20, 20, 20)]
    for y in range(0, SIZE[1], 24):  # weft bands of varying colour and thickness
        draw.rectangle((0, y, SIZE[0], y + 6 + y % 17), fill=palette[(y // 24) % len(palette)])
    for x in range(0, SIZE[0], 160):  # rows of diamonds (the ikat motif)
        for y in range(0, SIZE[1], 200):
            colour = palette[(x // 160 + y // 200) % len(palette)]
            draw.polygon([(x + 80, y), (x + 160, y + 100), (x + 80, y + 200), (x, y + 100)], colour)
            draw.line([(x, y + 100), (x + 160, y + 100)], fill=palette[4], width=3)
    noise = Image.merge("RGB", [Image.effect_noise(SIZE, 40) for _ in range(3)])
    image = Image.blend(image, noise, 0.3)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to view
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, exif=exif)
    return buffer.getvalue()


def floor(data: bytes) -> None:
    """Pillow alone: the same decode, draft, transpose, resize, sharpen and encodes."""
    image = Image.open(io.BytesIO(data))
    image.draft("RGB", images._draft_size(image, images.WEBP_WIDTHS[-1]))
    image = ImageOps.exif_transpose(image).convert("RGB")
    jobs = [("WEBP", width) for width in images.WEBP_WIDTHS] + [("JPEG", images.JPEG_WIDTH)]
    for format_, width in jobs:
        height = round(image.height * width / image.width)
        small = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        small = small.filter(ImageFilter.UnsharpMask(radius=0.8, percent=60, threshold=2))
        options = (
            {"quality": images.WEBP_QUALITY, "method": 4}
            if format_ == "WEBP"
            else {"quality": images.JPEG_QUALITY, "optimize": True, "progressive": True}
        )
        small.save(io.BytesIO(), format_, **options)


def seconds(function, data: bytes) -> float:
    start = time.perf_counter()
    function(data)
    return time.perf_counter() - start


def peak_in_child(connection) -> None:
    """Run one process() in this fresh process; send back peak RSS and tracemalloc peak (MB)."""
    data = connection.recv()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    tracemalloc.start()
    images.process(data)
    python_heap = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    connection.send((before, after, python_heap))


def make_recording(folder: Path) -> Path:
    path = folder / "sasando.wav"
    tones = "+".join(
        f"{gain}*sin({frequency}*2*PI*t)*(0.6+0.4*sin({speed}*t))"
        for gain, frequency, speed in ((0.3, 392, 1.1), (0.2, 587, 0.7), (0.15, 784, 1.9))
    )
    _ffmpeg(
        "-f", "lavfi", "-i", f"aevalsrc={tones}|{tones}:s=48000:d={RECORDING_SECONDS}",
        "-f", "lavfi", "-i", f"anoisesrc=a=0.02:c=pink:r=48000:d={RECORDING_SECONDS}",
        "-filter_complex", "[0][1]amix=inputs=2:normalize=0", "-c:a", "pcm_s16le", str(path),
    )  # fmt: skip
    return path


def make_video(folder: Path) -> Path:
    path = folder / "VID_20261203.mp4"
    _ffmpeg(
        "-f", "lavfi",
        "-i", f"testsrc2=size=1920x1080:rate=30:d={VIDEO_SECONDS},noise=alls=10:allf=t",
        "-f", "lavfi", "-i", f"sine=f=220:r=48000:d={VIDEO_SECONDS}",
        "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "12M", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "192k", "-metadata", "location=-10.1772+123.6070/", str(path),
    )  # fmt: skip
    return path


def _ffmpeg(*arguments: str) -> None:
    command = [FFMPEG, "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *arguments]
    subprocess.run(command, check=True)


def index_end(data: bytes) -> int:
    """Where an MP4's index (moov) ends: what must arrive before anything can play."""
    offset = 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        if size == 1:
            size = struct.unpack(">Q", data[offset + 8 : offset + 16])[0]
        if kind == b"moov":
            return offset + size
        offset += size or len(data)
    return len(data)


def media_rows() -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    limits = transcode.Limits(FFMPEG)
    with tempfile.TemporaryDirectory(prefix="etalase-bench-") as folder:
        folder = Path(folder)
        recording, video = make_recording(folder), make_video(folder)
        (folder / "audio").mkdir()
        (folder / "video").mkdir()
        start = time.perf_counter()
        found = transcode.probe(limits, recording)
        sound = transcode.recording(limits, recording, folder / "audio", found.duration)
        audio_s = time.perf_counter() - start
        start = time.perf_counter()
        found = transcode.probe(limits, video)
        film = transcode.video(limits, video, folder / "video", found)
        video_s = time.perf_counter() - start
        poster = images.process(film.still.read_bytes())
        poster_bytes = len(next(d.data for d in poster.derivatives if d.variant.startswith("jpeg")))
        small = film.files["video-480"].read_bytes()
        rate = len(small) / found.duration
        first_play = poster_bytes + index_end(small) + rate * PLAYBACK_START_SECONDS
        original = video.read_bytes()
        sizes = {
            name: path.stat().st_size
            for name, path in {
                **sound.files,
                **film.files,
                "wav": recording,
                "phone": video,
            }.items()
        }
    audio_rtf, video_rtf = audio_s / RECORDING_SECONDS, video_s / VIDEO_SECONDS
    wav_mb, phone_mb = sizes["wav"] / 2**20, sizes["phone"] / 2**20
    rows = [
        ("recording (s)", f"{audio_s:.2f}", f"{RECORDING_SECONDS} s WAV, {wav_mb:.1f} MB"),
        ("audio_rtf (<= 0.05)", f"{audio_rtf:.3f}", ""),
        ("  opus / aac (KB)", f"{sizes['audio-opus'] // 1024}", f"{sizes['audio-aac'] // 1024}"),
        ("video (s)", f"{video_s:.2f}", f"{VIDEO_SECONDS} s 1080p, {phone_mb:.1f} MB"),
        ("video_rtf (<= 1.0)", f"{video_rtf:.3f}", ""),
        ("  480p / 720p (KB)", f"{sizes['video-480'] // 1024}", f"{sizes['video-720'] // 1024}"),
        ("first_play_kb (<= 300)", f"{first_play / 1024:.0f}",
         f"poster {poster_bytes // 1024} + index {index_end(small) // 1024} + "
         f"{PLAYBACK_START_SECONDS} s; the original: {index_end(original) // 1024} KB"),
    ]  # fmt: skip
    figures = {
        "audio_rtf": f"{audio_rtf:.3f}",
        "video_rtf": f"{video_rtf:.3f}",
        "first_play_kb": f"{first_play / 1024:.0f}",
    }
    return rows, figures


def main() -> None:
    # Start the child while this process is small: a spawned child inherits the parent's
    # ru_maxrss (Linux keeps the high-water mark across fork and exec).
    spawn = multiprocessing.get_context("spawn")
    connection, child_end = spawn.Pipe()
    child = spawn.Process(target=peak_in_child, args=(child_end,))
    child.start()
    child_end.close()  # so recv() fails instead of hanging if the child dies
    data = make_jpeg()
    connection.send(data)
    rss_before, rss_after, python_heap = connection.recv()
    child.join()
    print(f"input: {SIZE[0]}x{SIZE[1]} JPEG q92, EXIF orientation 6, {len(data) / 2**20:.1f} MB")

    images.process(data), floor(data)  # warm up (codec set-up, caches)
    pipeline_runs, floor_runs = [], []
    for _ in range(RUNS):  # interleaved, so drift in machine load hits both alike
        pipeline_runs.append(seconds(images.process, data))
        floor_runs.append(seconds(floor, data))
    with mock.patch.object(images, "_draft_size", lambda image, _width: image.size):
        no_draft_runs = [seconds(images.process, data) for _ in range(RUNS)]

    median_s = statistics.median(pipeline_runs)
    floor_s = statistics.median(floor_runs)
    no_draft_s = statistics.median(no_draft_runs)
    ratio = median_s / floor_s
    peak_mb = round(rss_after)
    rows = [
        ("pipeline median (s)", f"{median_s:.3f}", "  ".join(f"{t:.3f}" for t in pipeline_runs)),
        ("floor median (s)", f"{floor_s:.3f}", "  ".join(f"{t:.3f}" for t in floor_runs)),
        ("ratio (target <= 1.3)", f"{ratio:.2f}", ""),
        ("no-draft median (s)", f"{no_draft_s:.3f}", "  ".join(f"{t:.3f}" for t in no_draft_runs)),
        ("peak RSS (MB, < 300)", f"{peak_mb}", f"before process(): {rss_before:.0f}"),
        ("tracemalloc peak (MB)", f"{python_heap:.1f}", "Python heap only"),
    ]
    figures = {}
    if "--photos-only" not in sys.argv:
        media, figures = media_rows()
        rows += media
    for name, value, detail in rows:
        print(f"{name:<24}{value:>8}   {detail}")
    print(
        f"summary: ratio={ratio:.2f} peak_mb={peak_mb} median_s={median_s:.2f} "
        f"floor_s={floor_s:.2f} no_draft_s={no_draft_s:.2f} "
        + " ".join(f"{name}={value}" for name, value in figures.items())
    )


if __name__ == "__main__":
    main()
