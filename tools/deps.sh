# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by tools/run and tools/test: installs the Debian 12 packages a step needs.

ys_build_packages="gcc pkg-config meson ninja-build gettext libglib2.0-dev libgmp-dev \
libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev libjson-glib-dev libcmark-dev \
appstream desktop-file-utils"
ys_test_packages="python3 xvfb xauth"

# ys_need_packages PKG...: installs the packages that are missing; safe to run again.
ys_need_packages () {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing the Debian packages this needs: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "error: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q || return 1
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null || return 1
}

# ys_setup DIR [MESON OPTIONS...]: configures DIR once, reconfigures when options change.
ys_setup () {
  local dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
}
