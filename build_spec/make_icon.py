"""Draw the application icon: kppn_desktop/resources/icons/kppn-desktop.png (256 px, the window
icon) and kppn-desktop.ico (16-256 px, the Windows executable and installer).

    python build_spec/make_icon.py      (needs Pillow, which reportlab brings)

The files are kept in the repository; run this again only to change the drawing.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kppn_desktop" / "resources" / "icons"
FONT = ROOT / "kppn_desktop" / "resources" / "fonts" / "DejaVuSans-Bold.ttf"

BLUE = (0, 59, 115, 255)       # the treasury's dark blue
GOLD = (242, 169, 0, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = size // 16
    d.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 6, fill=BLUE)
    # A speech bubble: the consultation.
    bx0, by0, bx1, by1 = size * 0.22, size * 0.2, size * 0.78, size * 0.66
    d.rounded_rectangle((bx0, by0, bx1, by1), radius=size // 10, fill=WHITE)
    d.polygon([(size * 0.32, by1 - 2), (size * 0.30, size * 0.8), (size * 0.46, by1 - 2)],
              fill=WHITE)
    font = ImageFont.truetype(str(FONT), int(size * 0.34))
    d.text(((bx0 + bx1) / 2, (by0 + by1) / 2), "K", font=font, fill=BLUE, anchor="mm")
    # The clock's tick: a gold bar along the bottom.
    d.rounded_rectangle((size * 0.52, size * 0.74, size * 0.8, size * 0.8), radius=size // 40,
                        fill=GOLD)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "kppn-desktop.png", optimize=True)
    big.save(OUT / "kppn-desktop.ico",
             sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"{OUT}/kppn-desktop.png, kppn-desktop.ico")


if __name__ == "__main__":
    main()
