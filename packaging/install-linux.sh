#!/usr/bin/env bash
# Install the Linux bundle (dist/ombuds-desk, from scripts/build_bundle.sh) for the current
# user: the folder under ~/.local/lib, `ombuds-desk` on the PATH (~/.local/bin), the icon in
# the hicolor theme and the menu entry. Run again to update; --remove takes it all away.
#
#     packaging/install-linux.sh [BUNDLE_DIR]      # default: dist/ombuds-desk
#     packaging/install-linux.sh --remove
#
# For every user of a machine, run it as root with PREFIX=/usr/local (the bundle then goes
# to /usr/local/lib/ombuds-desk, the entry to /usr/local/share/applications).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PREFIX="${PREFIX:-$HOME/.local}"
LIB="$PREFIX/lib/ombuds-desk"
BIN="$PREFIX/bin"
SHARE="$PREFIX/share"

if [[ "${1:-}" == "--remove" ]]; then
    rm -rf "$LIB" "$BIN/ombuds-desk" "$SHARE/applications/ombuds-desk.desktop"
    rm -f "$SHARE"/icons/hicolor/*/apps/ombuds-desk.{png,svg}
    echo "Ombuds Desk removed from $PREFIX (the databases in the data folder are kept)."
    exit 0
fi

BUNDLE="${1:-dist/ombuds-desk}"
if [[ ! -x "$BUNDLE/ombuds-desk" ]]; then
    echo "install-linux: no bundle at $BUNDLE: build it with scripts/build_bundle.sh" >&2
    exit 1
fi
rm -rf "$LIB"
mkdir -p "$LIB" "$BIN" "$SHARE/applications"
cp -a "$BUNDLE/." "$LIB/"
ln -sf "$LIB/ombuds-desk" "$BIN/ombuds-desk"
for png in packaging/icons/ombuds-desk-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -Dm644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/ombuds-desk.png"
done
install -Dm644 packaging/icons/ombuds-desk.svg "$SHARE/icons/hicolor/scalable/apps/ombuds-desk.svg"
# The entry starts the bundle by its full path, whatever the desktop's PATH holds.
sed -e "s|^Exec=ombuds-desk|Exec=$LIB/ombuds-desk|" -e "s|^TryExec=ombuds-desk|TryExec=$LIB/ombuds-desk|" \
    packaging/ombuds-desk.desktop >"$SHARE/applications/ombuds-desk.desktop.new"
mv "$SHARE/applications/ombuds-desk.desktop.new" "$SHARE/applications/ombuds-desk.desktop"
update-desktop-database "$SHARE/applications" 2>/dev/null || true
gtk-update-icon-cache -q "$SHARE/icons/hicolor" 2>/dev/null || true
echo "Ombuds Desk $("$LIB/ombuds-desk" --version | cut -d' ' -f2) installed in $LIB; menu entry and icon added."
