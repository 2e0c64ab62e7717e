/*
 * What the stub's handles hold and the helpers its sources share; not part of any API (the
 * library is built with -fvisibility=hidden, so none of this is exported).
 */
#ifndef CAMSRV_STUB_INTERNAL_H
#define CAMSRV_STUB_INTERNAL_H

#include "camsrv_camera.h"
#include "camsrv_camera_configuration.h"
#include "camsrv_camera_manager.h"
#include "camsrv_frame_buffer_allocator.h"
#include "camsrv_stub.h"

#define FOURCC(a, b, c, d) \
	((unsigned int)(a) | ((unsigned int)(b) << 8) | ((unsigned int)(c) << 16) | ((unsigned int)(d) << 24))
#define RG24 FOURCC('R', 'G', '2', '4')
#define BG24 FOURCC('B', 'G', '2', '4')
#define XR24 FOURCC('X', 'R', '2', '4')
#define XB24 FOURCC('X', 'B', '2', '4')

struct camsrv_manager {
	int cameras;
};

struct camsrv_camera {
	int index;
	int acquired;
	int configured;
	int started;
	unsigned int frames;
};

struct camsrv_configuration {
	int width;
	int height;
	int stride;
	unsigned int format;
	int applied;
};

struct camsrv_allocator {
	const struct camsrv_configuration *configuration;
};

extern unsigned int camsrv_stub_native_format;
extern int camsrv_stub_manager_exists;
extern int camsrv_stub_live;

/* Counts the call and answers the failure armed for it, if any (then disarms it). */
int camsrv_stub_enter(const char *name);
int camsrv_stub_camera_count(void);
int camsrv_stub_copy_string(const char *value, char *buffer, int size);
int camsrv_stub_bytes_per_pixel(unsigned int format);

#endif
