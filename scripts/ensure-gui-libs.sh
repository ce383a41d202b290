#!/bin/sh
# Install the X11 libraries Qt's xcb plugin needs but a minimal Debian lacks, and the spell-check
# library and dictionaries (only what is missing).
# Offscreen use (tests, CLI verbs) needs none of them.
missing=""
for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-cursor.so.0:libxcb-cursor0 \
           libenchant-2.so.2:libenchant-2-2; do
    so=${lib%%:*}; pkg=${lib##*:}
    ldconfig -p 2>/dev/null | grep -q "$so" || missing="$missing $pkg"
done
# Spell-check dictionaries for the two columns (the editor runs without them, unchecked).
for dic in fr_BE:hunspell-fr nl_BE:hunspell-nl; do
    [ -e "/usr/share/hunspell/${dic%%:*}.dic" ] || missing="$missing ${dic##*:}"
done
[ -z "$missing" ] && exit 0
echo "Installing Qt's X11 libraries:$missing"
if [ "$(id -u)" = 0 ]; then
    apt-get update -q && apt-get install -y -q --no-install-recommends $missing
elif command -v sudo >/dev/null; then
    sudo apt-get update -q && sudo apt-get install -y -q --no-install-recommends $missing
else
    echo "Please install:$missing (apt-get install$missing)" >&2
fi
