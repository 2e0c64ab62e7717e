/*
 * libcamera::Camera: exclusive access, configuration, start/stop and capturing one frame.
 * Order of use: create, acquire, configure, (allocator), start, capture..., stop, (allocator
 * destroyed), release, destroy. Captures are synchronous: one request is in flight at a time.
 */
#ifndef CAMSRV_CAMERA_H
#define CAMSRV_CAMERA_H

#include "camsrv_status.h"
#include "camsrv_camera_manager.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct camsrv_camera camsrv_camera;
typedef struct camsrv_configuration camsrv_configuration;
typedef struct camsrv_allocator camsrv_allocator;

/* A handle on camera index of the manager (not yet acquired). */
CAMSRV_API int camsrv_camera_create(camsrv_manager *manager, int index, camsrv_camera **camera);
/* Drops the handle; stops and releases the camera first if the caller has not. NULL is ignored. */
CAMSRV_API void camsrv_camera_destroy(camsrv_camera *camera);

CAMSRV_API int camsrv_camera_acquire(camsrv_camera *camera);
CAMSRV_API int camsrv_camera_release(camsrv_camera *camera);
CAMSRV_API int camsrv_camera_configure(camsrv_camera *camera, camsrv_configuration *configuration);
CAMSRV_API int camsrv_camera_start(camsrv_camera *camera);
CAMSRV_API int camsrv_camera_stop(camsrv_camera *camera);

/*
 * Queues one request with the next buffer of allocator, waits up to timeout_ms for it to
 * complete and copies the frame's planes into frame (size bytes; -ENOSPC if they do not fit).
 * Rows are as the stream lays them out: see camsrv_configuration_stream for the stride.
 * -ETIMEDOUT leaves the request in flight; the next capture waits for it first.
 */
CAMSRV_API int camsrv_camera_capture(camsrv_camera *camera, camsrv_allocator *allocator,
                                     unsigned char *frame, int size, int timeout_ms,
                                     int *bytes_used);

#ifdef __cplusplus
}
#endif

#endif
