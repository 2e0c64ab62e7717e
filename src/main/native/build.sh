#!/bin/sh
# Builds the libcamera shim, libcamsrv_libcamera.so, into <classes-dir>/<JNA platform folder>/
# (e.g. linux-x86-64, linux-aarch64), where JNA finds it on the class path and the WAR carries
# it. Without libcamera-dev or g++ it says so in one line and succeeds: CamSrv then runs on its
# simulated camera. CAMSRV_SKIP_NATIVE=1 skips it on purpose; CXX picks another compiler.
set -eu

out=${1:?usage: build.sh <classes-dir>}
here=$(cd "$(dirname "$0")" && pwd)
cxx=${CXX:-g++}
library=libcamsrv_libcamera.so

if [ "${CAMSRV_SKIP_NATIVE:-0}" = 1 ]; then
    echo "camsrv: CAMSRV_SKIP_NATIVE=1; the native camera shim is not built, the simulated camera will be used"
    exit 0
fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcamera; then
    echo "camsrv: libcamera-dev not found; the native camera shim is not built, the simulated camera will be used"
    exit 0
fi
if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "camsrv: $cxx not found; the native camera shim is not built, the simulated camera will be used"
    exit 0
fi

# JNA's folder names the architecture the library is built for. Ask the compiler, not
# `uname -m`: 32-bit Raspberry Pi OS runs a 64-bit kernel (aarch64) under an armhf userland.
machine=$("$cxx" -dumpmachine 2>/dev/null || uname -m)
case ${machine%%-*} in
    x86_64 | amd64) platform=linux-x86-64 ;;
    aarch64 | arm64) platform=linux-aarch64 ;;
    arm*) platform=linux-arm ;;
    i?86) platform=linux-x86 ;;
    *) platform=linux-${machine%%-*} ;;
esac

target=$out/$platform/$library
if [ -f "$target" ] && [ -z "$(find "$here" -newer "$target" \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name build.sh \))" ]; then
    exit 0
fi
mkdir -p "$out/$platform"
# shellcheck disable=SC2046 # pkg-config's output is meant to be split into words
"$cxx" -std=c++17 -O2 -Wall -Wextra -fPIC -shared -fvisibility=hidden \
    -Wl,-Bsymbolic -Wl,--no-undefined -Wl,-soname,$library \
    -o "$target" "$here"/*.cpp $(pkg-config --cflags --libs libcamera)
echo "camsrv: built $platform/$library against libcamera $(pkg-config --modversion libcamera)"
