#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with translatable strings is listed in po/POTFILES.in, and every listed
# file exists.
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done
for f in $(grep -lE '(^|[^a-zA-Z_])N?_\("' app/*.c widgets/*.c 2>/dev/null) \
         $(grep -l 'translatable="yes"' data/ui/*.ui data/gtk/*.ui 2>/dev/null) \
         data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml; do
  if ! echo "$listed" | grep -qx "$f"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(echo "$listed" | wc -l) files with translatable strings"
exit $status
