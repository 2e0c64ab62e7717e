/* The stub's configurations and allocators: sizes and formats adjusted as a camera would. */
#include <stdlib.h>
#include <string.h>

#include "camsrv_stub_internal.h"

int camsrv_configuration_create(camsrv_camera *camera, int role, int width, int height,
				unsigned int pixel_format, camsrv_configuration **configuration)
{
	int failure = camsrv_stub_enter(__func__);
	if (!camera || !configuration || width <= 0 || height <= 0)
		return -EINVAL;
	*configuration = NULL;
	if (failure)
		return failure;
	if (role != CAMSRV_ROLE_STILL && role != CAMSRV_ROLE_VIDEO)
		return -EINVAL;
	camsrv_configuration *created = calloc(1, sizeof(*created));
	if (!created)
		return -ENOMEM;
	/* Adjusts like a real camera's validate(): to its size limits and its formats. */
	created->width = width < CAMSRV_STUB_MAX_WIDTH ? width : CAMSRV_STUB_MAX_WIDTH;
	created->height = height < CAMSRV_STUB_MAX_HEIGHT ? height : CAMSRV_STUB_MAX_HEIGHT;
	if (camsrv_stub_native_format)
		created->format = camsrv_stub_native_format;
	else if (pixel_format == RG24 || pixel_format == BG24 || pixel_format == XR24 || pixel_format == XB24)
		created->format = pixel_format;
	else
		created->format = RG24;
	created->stride = created->width * camsrv_stub_bytes_per_pixel(created->format) + CAMSRV_STUB_ROW_PADDING;
	*configuration = created;
	camsrv_stub_live++;
	return CAMSRV_OK;
}

void camsrv_configuration_destroy(camsrv_configuration *configuration)
{
	camsrv_stub_enter(__func__);
	if (configuration)
		camsrv_stub_live--;
	free(configuration);
}

int camsrv_configuration_stream(camsrv_configuration *configuration, int *width, int *height,
				int *stride, int *frame_size, unsigned int *pixel_format)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!configuration || !width || !height || !stride || !frame_size || !pixel_format)
		return -EINVAL;
	*width = configuration->width;
	*height = configuration->height;
	*stride = configuration->stride;
	*frame_size = configuration->stride * configuration->height;
	*pixel_format = configuration->format;
	return CAMSRV_OK;
}

int camsrv_allocator_create(camsrv_camera *camera, camsrv_configuration *configuration,
			    camsrv_allocator **allocator)
{
	int failure = camsrv_stub_enter(__func__);
	if (!camera || !configuration || !allocator)
		return -EINVAL;
	*allocator = NULL;
	if (failure)
		return failure;
	if (!configuration->applied)
		return -EACCES;
	*allocator = calloc(1, sizeof(**allocator));
	if (!*allocator)
		return -ENOMEM;
	(*allocator)->configuration = configuration;
	camsrv_stub_live++;
	return CAMSRV_OK;
}

void camsrv_allocator_destroy(camsrv_allocator *allocator)
{
	camsrv_stub_enter(__func__);
	if (allocator)
		camsrv_stub_live--;
	free(allocator);
}
