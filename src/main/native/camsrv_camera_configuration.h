/*
 * libcamera::CameraConfiguration with one stream. The caller names the pixel format as a DRM
 * fourcc (libcamera's formats::RGB888 is 'RG24'); validation may adjust size and format, so
 * read back what the camera chose with camsrv_configuration_stream after camsrv_camera_configure.
 */
#ifndef CAMSRV_CAMERA_CONFIGURATION_H
#define CAMSRV_CAMERA_CONFIGURATION_H

#include "camsrv_status.h"
#include "camsrv_camera.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CAMSRV_ROLE_STILL 0 /* StreamRole::StillCapture */
#define CAMSRV_ROLE_VIDEO 1 /* StreamRole::VideoRecording */

/* Generates a configuration for role, sets size and format and validates it (-EINVAL if invalid). */
CAMSRV_API int camsrv_configuration_create(camsrv_camera *camera, int role, int width, int height,
                                           unsigned int pixel_format,
                                           camsrv_configuration **configuration);
CAMSRV_API void camsrv_configuration_destroy(camsrv_configuration *configuration);

/* The stream as configured: size, bytes per row, bytes per frame (0 if unknown), fourcc. */
CAMSRV_API int camsrv_configuration_stream(camsrv_configuration *configuration, int *width,
                                           int *height, int *stride, int *frame_size,
                                           unsigned int *pixel_format);

#ifdef __cplusplus
}
#endif

#endif
