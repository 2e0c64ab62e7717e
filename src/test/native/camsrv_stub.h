/*
 * Controls that only the stub shim has: how many fake cameras it reports, which pixel format
 * its cameras insist on, which call fails next, and how often each function was called.
 *
 * Frames follow a known pattern: pixel (x, y) of the n-th frame since camsrv_camera_start is
 * R = (x + n) & 0xFF, G = (2 * y) & 0xFF, B = (x ^ y) & 0xFF, laid out in the configured
 * format, with CAMSRV_STUB_ROW_PADDING bytes of 0xEE after each row (stride > width * bpp).
 */
#ifndef CAMSRV_STUB_H
#define CAMSRV_STUB_H

#include "camsrv_status.h"

#define CAMSRV_STUB_ROW_PADDING 32
#define CAMSRV_STUB_MAX_WIDTH 4056
#define CAMSRV_STUB_MAX_HEIGHT 3040

/* Forgets calls and failures (not live handles); cameras from $CAMSRV_STUB_CAMERAS (default 1); any RGB format. */
CAMSRV_API void camsrv_stub_reset(void);
CAMSRV_API void camsrv_stub_set_cameras(int count);
/* 0: cameras accept RG24, BG24, XR24 and XB24; otherwise they adjust every request to fourcc. */
CAMSRV_API void camsrv_stub_set_native_format(unsigned int fourcc);
/* The next call of function (e.g. "camsrv_camera_acquire") answers status and does nothing. */
CAMSRV_API void camsrv_stub_fail(const char *function, int status);
CAMSRV_API int camsrv_stub_calls(const char *function);
/* Managers, cameras, configurations and allocators created and not yet destroyed. */
CAMSRV_API int camsrv_stub_live_handles(void);

#endif
