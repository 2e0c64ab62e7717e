/*
 * libcamera::CameraManager. libcamera allows one manager per process (a second one aborts the
 * process), so camsrv_manager_create answers -EBUSY while another manager exists.
 */
#ifndef CAMSRV_CAMERA_MANAGER_H
#define CAMSRV_CAMERA_MANAGER_H

#include "camsrv_status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct camsrv_manager camsrv_manager;

/* Constructs and starts a camera manager. */
CAMSRV_API int camsrv_manager_create(camsrv_manager **manager);
/* Stops and deletes the manager; every camera of it must be destroyed first. NULL is ignored. */
CAMSRV_API void camsrv_manager_destroy(camsrv_manager *manager);

/* libcamera's version string, e.g. "v0.0.3" (NUL-terminated; -ERANGE if it does not fit). */
CAMSRV_API int camsrv_manager_version(char *version, int size);
CAMSRV_API int camsrv_manager_camera_count(camsrv_manager *manager, int *count);
/* Id and model (properties::Model, "" if the camera has none) of camera index, 0-based. */
CAMSRV_API int camsrv_manager_camera_id(camsrv_manager *manager, int index, char *id, int size);
CAMSRV_API int camsrv_manager_camera_model(camsrv_manager *manager, int index, char *model, int size);

#ifdef __cplusplus
}
#endif

#endif
