#!/bin/sh
# Builds the stub shim, libcamsrv_libcamera_stub.so, into <dir> for the JNA binding tests: the
# real shim's functions (from the same headers) over fake cameras, no libcamera needed. Without
# a C compiler it says so in one line and succeeds; the binding tests are then skipped.
set -eu

out=${1:?usage: build.sh <dir>}
here=$(cd "$(dirname "$0")" && pwd)
cc=${CC:-gcc}
library=libcamsrv_libcamera_stub.so

if ! command -v "$cc" >/dev/null 2>&1; then
    echo "camsrv: $cc not found; the stub camera library is not built, the JNA binding tests will be skipped"
    exit 0
fi

target=$out/$library
if [ -f "$target" ] && [ -z "$(find "$here" "$here/../../main/native" -newer "$target" \( -name '*.c' -o -name '*.h' -o -name build.sh \))" ]; then
    exit 0
fi
mkdir -p "$out"
"$cc" -std=c11 -O2 -Wall -Wextra -fPIC -shared -fvisibility=hidden -Wl,-Bsymbolic \
    -I"$here/../../main/native" -o "$target" "$here"/*.c
