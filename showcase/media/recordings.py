"""Audio and video uploads, judged by their content (never by name or browser type).

Audio (MP3, M4A/AAC, OGG, WAV) is parsed by mutagen, which also gives the duration. Video is
an MP4 that mutagen can parse, or a WebM (Matroska) file with a proper EBML header. Files are
served as they came (no re-encoding server here), so only these containers are accepted.
"""

import io
from dataclasses import dataclass

import mutagen
from flask_babel import lazy_gettext as _l
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

from . import Refused

AUDIO_TYPES = {
    MP3: "audio/mpeg",
    MP4: "audio/mp4",
    OggVorbis: "audio/ogg",
    OggOpus: "audio/ogg",
    WAVE: "audio/wav",
}
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
SEGMENT = b"\x18\x53\x80\x67"
SEGMENT_OPENERS = {b"\x11\x4d\x9b\x74", b"\x15\x49\xa9\x66", b"\x16\x54\xae\x6b"}


class RecordingRefused(Refused):
    """The upload is not a recording or video we can play."""


@dataclass(frozen=True)
class Recording:
    content_type: str
    duration: float | None


def judge_audio(data: bytes) -> Recording:
    """The recording's type and length, or RecordingRefused."""
    parsed = _parse(data)
    content_type = AUDIO_TYPES.get(type(parsed))
    if content_type is None or not parsed.info.length:
        raise RecordingRefused(
            _l("This is not a recording we can play. Send an MP3, M4A, OGG or WAV file.")
        )
    return Recording(content_type, round(parsed.info.length, 2))


def judge_video(data: bytes) -> Recording:
    if _is_webm(data):
        return Recording("video/webm", None)
    parsed = _parse(data)
    if not isinstance(parsed, MP4) or not parsed.info.length:
        raise RecordingRefused(_l("This is not a video we can play. Send an MP4 or WebM file."))
    return Recording("video/mp4", round(parsed.info.length, 2))


def _is_webm(data: bytes) -> bool:
    """An EBML header whose DocType is webm, followed by a Segment that opens with the
    elements every WebM file has near its start (SeekHead, Info or Tracks)."""
    header = _ebml_element(data, 0)
    if header is None or header[0] != EBML_MAGIC or b"\x42\x82\x84webm" not in header[2]:
        return False
    segment = _ebml_element(data, header[3])
    if segment is None or segment[0] != SEGMENT:
        return False
    first = _ebml_element(data, segment[3] - len(segment[2]))
    return first is not None and first[0] in SEGMENT_OPENERS


def _ebml_element(data: bytes, start: int):
    """(id, size, payload, end) of the EBML element at ``start``, or None."""
    if start >= len(data):
        return None
    id_length = _vint_length(data[start])
    size_at = start + id_length
    if id_length > 4 or size_at >= len(data):
        return None
    size_length = _vint_length(data[size_at])
    if size_length > 8 or size_at + size_length > len(data):
        return None
    size = int.from_bytes(data[size_at : size_at + size_length], "big")
    size &= (1 << (7 * size_length)) - 1
    payload_at = size_at + size_length
    unknown = size == (1 << (7 * size_length)) - 1  # a live stream's Segment
    end = len(data) if unknown else min(len(data), payload_at + size)
    return data[start:size_at], size, data[payload_at:end], end


def _vint_length(first_byte: int) -> int:
    for length in range(1, 9):
        if first_byte & (0x80 >> (length - 1)):
            return length
    return 9


def _parse(data: bytes):
    if not data:
        raise RecordingRefused(_l("The file is empty."))
    try:
        return mutagen.File(io.BytesIO(data))
    except mutagen.MutagenError:
        return None
