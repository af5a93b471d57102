#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The engine links GLib and GMP only: no file under engine/ may include GTK, GDK,
# GSK, libadwaita or GtkSourceView.
engine_dir=${1:?usage: check-engine-deps.sh ENGINE_DIR}
found=$(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|gsk|adwaita|gtksourceview|libadwaita)[^>"]*[>"]' \
  "$engine_dir"/*.c "$engine_dir"/*.h 2>/dev/null)
if [ -n "$found" ]; then
  echo "the engine must not include GTK, GDK or libadwaita headers:"
  echo "$found"
  exit 1
fi
count=$(ls "$engine_dir"/*.c "$engine_dir"/*.h | wc -l)
if [ "$count" -lt 5 ]; then
  echo "expected the engine's sources in $engine_dir, found $count files"
  exit 1
fi
echo "checked $count engine files: no GTK, GDK or libadwaita includes"
