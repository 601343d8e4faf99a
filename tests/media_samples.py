"""Small real media files made in code, for the upload tests (nothing downloaded)."""

import io
import struct
import wave


def wav(seconds: float = 2.0) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x10" * int(8000 * seconds))
    return buffer.getvalue()


def mp3(frames: int = 200) -> bytes:
    """MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz) of silence: about 5 seconds."""
    return (bytes([0xFF, 0xFB, 0x90, 0x64]) + b"\x00" * 413) * frames


def _box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def _full_box(kind: bytes, payload: bytes) -> bytes:
    return _box(kind, b"\x00\x00\x00\x00" + payload)


def mp4(seconds: int = 5) -> bytes:
    """An MP4 container with a movie header and one video track."""
    movie = _full_box(b"mvhd", struct.pack(">IIII", 0, 0, 1000, seconds * 1000) + b"\x00" * 80)
    media_header = _full_box(b"mdhd", struct.pack(">IIIIHH", 0, 0, 1000, seconds * 1000, 0, 0))
    handler = _full_box(b"hdlr", b"\x00" * 4 + b"vide" + b"\x00" * 12 + b"video\x00")
    track = _box(b"trak", _box(b"mdia", media_header + handler))
    return (
        _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")
        + _box(b"moov", movie + track)
        + _box(b"mdat", b"\x00" * 256)
    )


def mp4_header_then_garbage() -> bytes:
    return _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + b"\x13\x37 rusak " * 500


def _ebml(element_id: bytes, payload: bytes) -> bytes:
    assert len(payload) < 127  # a one-byte size is all these samples need
    return element_id + bytes([0x80 | len(payload)]) + payload


def webm() -> bytes:
    """An EBML header (DocType webm) and a Segment that opens with an Info element."""
    header = _ebml(b"\x1a\x45\xdf\xa3", b"\x42\x86\x81\x01" + b"\x42\x82\x84webm")
    info = _ebml(b"\x15\x49\xa9\x66", b"\x2a\xd7\xb1\x83\x0f\x42\x40")
    return header + _ebml(b"\x18\x53\x80\x67", info + b"\xec\x81\x00")


_WEBM_HEADER_LENGTH = 16


def webm_header_then_garbage() -> bytes:
    return webm()[:_WEBM_HEADER_LENGTH] + b"<!doctype html><script>alert(1)</script>" * 20
