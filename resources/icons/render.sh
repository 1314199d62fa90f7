#!/bin/sh
# Regenerate the raster icons from the SVG sources in this folder.
#
# Needs Debian's librsvg2-bin (rsvg-convert) and imagemagick (convert, for
# the .ico). The .icns is written with Python Pillow when it is importable
# (set PYTHON to an interpreter that has it); otherwise it is skipped.
#
#   annotator.svg            -> 32..512 px PNGs and scalable/apps/annotator.svg
#   small/annotator-16.svg   -> 16 px PNG (simplified, pixel-aligned)
#   small/annotator-24.svg   -> 24 px PNG (simplified, pixel-aligned)
set -eu
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
CONVERT=${CONVERT:-convert}   # ImageMagick's convert

for n in 16 24 32 48 64 128 256 512; do
    dir="hicolor/${n}x${n}/apps"
    mkdir -p "$dir"
    case $n in
        16|24) src="small/annotator-$n.svg" ;;
        *) src="annotator.svg" ;;
    esac
    rsvg-convert -w "$n" -h "$n" "$src" -o "$dir/annotator.png"
done
mkdir -p hicolor/scalable/apps
cp annotator.svg hicolor/scalable/apps/annotator.svg

# Windows icon: 16..256 px in one file.
"$CONVERT" hicolor/16x16/apps/annotator.png hicolor/24x24/apps/annotator.png \
        hicolor/32x32/apps/annotator.png hicolor/48x48/apps/annotator.png \
        hicolor/64x64/apps/annotator.png hicolor/128x128/apps/annotator.png \
        hicolor/256x256/apps/annotator.png annotator.ico

# macOS icon (optional: needs Pillow).
if "$PYTHON" -c 'import PIL' 2>/dev/null; then
    tmp=$(mktemp -d)
    rsvg-convert -w 1024 -h 1024 annotator.svg -o "$tmp/annotator-1024.png"
    ICNS_TMP="$tmp" "$PYTHON" - <<'PY'
import os
from PIL import Image
sizes = [16, 32, 64, 128, 256, 512]
imgs = [Image.open(f"hicolor/{n}x{n}/apps/annotator.png").convert("RGBA") for n in sizes]
big = Image.open(os.path.join(os.environ["ICNS_TMP"], "annotator-1024.png")).convert("RGBA")
big.save("annotator.icns", append_images=imgs)
PY
    rm -rf "$tmp"
else
    echo "render.sh: Pillow not found for $PYTHON; annotator.icns not rewritten" >&2
fi
