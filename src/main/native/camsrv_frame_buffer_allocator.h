/*
 * libcamera::FrameBufferAllocator for the configured stream, with every buffer mapped into
 * memory so that camsrv_camera_capture can copy frames out. Create after camsrv_camera_configure,
 * destroy after camsrv_camera_stop and before camsrv_camera_release.
 */
#ifndef CAMSRV_FRAME_BUFFER_ALLOCATOR_H
#define CAMSRV_FRAME_BUFFER_ALLOCATOR_H

#include "camsrv_status.h"
#include "camsrv_camera.h"

#ifdef __cplusplus
extern "C" {
#endif

CAMSRV_API int camsrv_allocator_create(camsrv_camera *camera, camsrv_configuration *configuration,
                                       camsrv_allocator **allocator);
CAMSRV_API void camsrv_allocator_destroy(camsrv_allocator *allocator);

#ifdef __cplusplus
}
#endif

#endif
