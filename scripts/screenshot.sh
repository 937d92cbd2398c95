#!/bin/bash
# usage: [DELAY=s] [ACTIONS='xdotool ...'] scripts/screenshot.sh OUT.png [app args...]
# Runs the packaged Clientele under Xvfb, optionally acts on it with xdotool, and saves a
# screenshot of its main window. Needs: xvfb, xdotool, imagemagick, fonts-nanum (Debian).
out=$1; shift
disp=:${DISPLAY_NUM:-99}
Xvfb $disp -screen 0 1600x1000x24 >/dev/null 2>&1 &
xpid=$!
sleep 1
DISPLAY=$disp java ${JAVA_OPTS:-} -jar "$(cd "$(dirname "$0")/.." && pwd)/target/clientele.jar" "$@" >"${TMPDIR:-/tmp}/clientele-screenshot.log" 2>&1 &
apid=$!
sleep ${DELAY:-6}
if [ -n "$ACTIONS" ]; then DISPLAY=$disp bash -c "$ACTIONS"; sleep ${AFTER:-1.5}; fi
wid=$(DISPLAY=$disp xdotool search --name '^Clientele' | tail -1)
if [ -n "$wid" ]; then DISPLAY=$disp import -window "$wid" "$out"; else DISPLAY=$disp import -window root "$out"; fi
kill $apid 2>/dev/null; sleep 0.5; kill $xpid 2>/dev/null
