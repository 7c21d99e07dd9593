#!/usr/bin/env bash
# Wrap a built bundle into a .deb: /opt/dosebook, /usr/bin/dosebook, menu entry, icons, metainfo.
# Usage: packaging/linux/build_deb.sh BUNDLE_DIR OUT_DIR
set -euo pipefail
bundle=$(realpath "$1")
out=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
linux="$root/packaging/linux"
icons="$root/resources/icons"
app_id=org.dosebook.Dosebook

version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -1)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

install -d "$stage/opt" "$stage/usr/bin" "$stage/DEBIAN"
cp -a "$bundle" "$stage/opt/dosebook"
ln -s /opt/dosebook/dosebook "$stage/usr/bin/dosebook"
install -Dm644 "$linux/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
install -Dm644 "$linux/$app_id.metainfo.xml" "$stage/usr/share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$icons/dosebook.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$icons"/dosebook-*.png; do
  size=$(basename "$png" .png | cut -d- -f2)
  install -Dm644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

# The bundle carries its Python, Qt and most libraries; these come from the system (slim.py
# leaves libcups and libdbus to it; Qt never bundles GL). Debian's triggers refresh the menu
# and the icon cache, so there are no maintainer scripts.
cat > "$stage/DEBIAN/control" <<CONTROL
Package: dosebook
Version: $version
Architecture: $arch
Maintainer: The Dosebook authors <dosebook@localhost>
Installed-Size: $(du -sk "$stage" | cut -f1)
Depends: libc6 (>= 2.28), libgl1, libegl1, libxcb1, libdbus-1-3
Recommends: libcups2t64 | libcups2, libwayland-client0, libwayland-cursor0, libwayland-egl1
Suggests: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: offline, encrypted diary for an injectable protocol
 Dosebook logs injections with a body map for site rotation, a daily symptom
 diary, and lab results against their printed reference ranges, and prints an
 appointment report. The diary is one SQLCipher-encrypted file; nothing leaves
 the computer. It records and charts; it never diagnoses or suggests a dose.
CONTROL

deb="$out/dosebook_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zzstd -z9 --threads-max="$(nproc)" --build "$stage" "$deb" >/dev/null
echo "Package: $deb ($(du -h "$deb" | cut -f1))"
