/* The stub's cameras: state checks as libcamera makes them, and frames of the known pattern. */
#include <stdlib.h>
#include <string.h>

#include "camsrv_stub_internal.h"

int camsrv_camera_create(camsrv_manager *manager, int index, camsrv_camera **camera)
{
	int failure = camsrv_stub_enter(__func__);
	if (!manager || !camera)
		return -EINVAL;
	*camera = NULL;
	if (failure)
		return failure;
	if (index < 0 || index >= manager->cameras)
		return -ENODEV;
	*camera = calloc(1, sizeof(**camera));
	if (!*camera)
		return -ENOMEM;
	(*camera)->index = index;
	camsrv_stub_live++;
	return CAMSRV_OK;
}

void camsrv_camera_destroy(camsrv_camera *camera)
{
	camsrv_stub_enter(__func__);
	if (camera)
		camsrv_stub_live--;
	free(camera);
}

int camsrv_camera_acquire(camsrv_camera *camera)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!camera)
		return -EINVAL;
	if (camera->acquired)
		return -EBUSY;
	camera->acquired = 1;
	return CAMSRV_OK;
}

int camsrv_camera_release(camsrv_camera *camera)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!camera)
		return -EINVAL;
	if (camera->started)
		return -EBUSY;
	camera->acquired = 0;
	camera->configured = 0;
	return CAMSRV_OK;
}

int camsrv_camera_configure(camsrv_camera *camera, camsrv_configuration *configuration)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!camera || !configuration)
		return -EINVAL;
	if (!camera->acquired || camera->started)
		return -EACCES;
	configuration->applied = 1;
	camera->configured = 1;
	return CAMSRV_OK;
}

int camsrv_camera_start(camsrv_camera *camera)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!camera)
		return -EINVAL;
	if (!camera->configured || camera->started)
		return -EACCES;
	camera->started = 1;
	camera->frames = 0;
	return CAMSRV_OK;
}

int camsrv_camera_stop(camsrv_camera *camera)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!camera)
		return -EINVAL;
	camera->started = 0;
	return CAMSRV_OK;
}

static void writePixel(unsigned char *pixel, unsigned int format, int r, int g, int b)
{
	switch (format) {
	case RG24: /* DRM RGB888 is B, G, R in memory */
	case XR24:
		pixel[0] = b, pixel[1] = g, pixel[2] = r;
		break;
	case BG24:
	case XB24:
		pixel[0] = r, pixel[1] = g, pixel[2] = b;
		break;
	default: /* a two-byte format the Java side does not read: grey */
		pixel[0] = g, pixel[1] = 0x80;
		return;
	}
	if (format == XR24 || format == XB24)
		pixel[3] = 0xFF;
}

int camsrv_camera_capture(camsrv_camera *camera, camsrv_allocator *allocator,
			  unsigned char *frame, int size, int timeout_ms, int *bytes_used)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!camera || !allocator || !frame || size < 0 || timeout_ms < 0 || !bytes_used)
		return -EINVAL;
	*bytes_used = 0;
	if (!camera->started)
		return -EACCES;
	const struct camsrv_configuration *c = allocator->configuration;
	if (c->stride * c->height > size)
		return -ENOSPC;
	const int bpp = camsrv_stub_bytes_per_pixel(c->format);
	const int n = (int)camera->frames++;
	for (int y = 0; y < c->height; y++) {
		unsigned char *row = frame + (size_t)y * c->stride;
		for (int x = 0; x < c->width; x++)
			writePixel(row + x * bpp, c->format, (x + n) & 0xFF, (2 * y) & 0xFF, (x ^ y) & 0xFF);
		memset(row + c->width * bpp, 0xEE, c->stride - c->width * bpp);
	}
	*bytes_used = c->stride * c->height;
	return CAMSRV_OK;
}
