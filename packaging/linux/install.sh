#!/bin/sh
# Install a built bundle (dist/minutetaker) for the current user, no root needed:
#   the program in   ~/.local/lib/minutetaker/
#   the command      ~/.local/bin/minutetaker
#   the menu entry   ~/.local/share/applications/org.minutetaker.MinuteTaker.desktop
#   the icons        ~/.local/share/icons/hicolor/*/apps/org.minutetaker.MinuteTaker.*
#   the metainfo     ~/.local/share/metainfo/org.minutetaker.MinuteTaker.metainfo.xml
#
#   sh packaging/linux/install.sh [BUNDLE]          install (or update)
#   sh packaging/linux/install.sh --uninstall       remove all of the above
#
# The archive of meetings (~/.local/share/minutetaker) is never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=org.minutetaker.MinuteTaker
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/minutetaker
bin=$HOME/.local/bin

remove() {
    rm -rf "$lib"
    rm -f "$bin/minutetaker" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
    rm -f "$data"/icons/hicolor/*/apps/"$id".png "$data/icons/hicolor/scalable/apps/$id.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    echo "Removed minutetaker (the archive of meetings is left where it is)."
    exit 0
fi

bundle=${1:-$root/dist/minutetaker}
if [ ! -x "$bundle/minutetaker" ]; then
    echo "install.sh: no bundle at $bundle (run 'make package' first)" >&2
    exit 1
fi

remove
mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo" "$data/icons/hicolor"
cp -a "$bundle/." "$lib/"
ln -s "$lib/minutetaker" "$bin/minutetaker"
# The menu entry names the program by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed "s|^Exec=minutetaker|Exec=$lib/minutetaker|" "$here/$id.desktop" \
    > "$data/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
mkdir -p "$data/icons/hicolor"
cp -r "$root/resources/icons/hicolor/." "$data/icons/hicolor/"
if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
fi
echo "Installed minutetaker in $lib; it is in the applications menu, and 'minutetaker' runs it."
