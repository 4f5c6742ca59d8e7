"""Simple generated logos for the demo organisations: initials on a coloured square."""

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image, ImageDraw, ImageFont

# Dark enough for white initials to pass 4.5:1 contrast.
COLOURS = ("#0a4f8f", "#7a1f5c", "#1d6b3a", "#8a3b00", "#3d3d8f", "#005f66")
STOP_WORDS = {"ry", "rf", "r.y.", "ja", "och", "i", "the"}


def _initials(name):
    words = [w for w in name.replace("-", " ").split() if w.lower() not in STOP_WORDS]
    return "".join(w[0] for w in words[:2]).upper()


def make_logo(name, size=240):
    """A Wagtail image with the organisation's initials, the same every time for `name`."""
    digest = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    canvas = Image.new("RGB", (size, size), COLOURS[digest % len(COLOURS)])
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=size // 3)
    draw.text((size / 2, size / 2), _initials(name), fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    image_file = ImageFile(buffer, name=f"logo-{digest % 10**8}.png")
    return get_image_model().objects.create(title=name, file=image_file)
