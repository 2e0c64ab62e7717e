/*
 * A stand-in for the libcamera shim, for testing the JNA binding where there is no camera (and
 * no libcamera): the same functions from the same headers over fake cameras. It keeps just
 * enough state to refuse calls in the wrong order the way libcamera does (-EACCES, -EBUSY), so
 * that the Java wrapper's ordering is tested too. This file: the camera manager.
 */
#include <stdlib.h>
#include <string.h>

#include "camsrv_stub_internal.h"

int camsrv_manager_create(camsrv_manager **manager)
{
	int failure = camsrv_stub_enter(__func__);
	if (!manager)
		return -EINVAL;
	*manager = NULL;
	if (failure)
		return failure;
	if (camsrv_stub_manager_exists)
		return -EBUSY;
	*manager = calloc(1, sizeof(**manager));
	if (!*manager)
		return -ENOMEM;
	(*manager)->cameras = camsrv_stub_camera_count();
	camsrv_stub_manager_exists = 1;
	camsrv_stub_live++;
	return CAMSRV_OK;
}

void camsrv_manager_destroy(camsrv_manager *manager)
{
	camsrv_stub_enter(__func__);
	if (!manager)
		return;
	free(manager);
	camsrv_stub_manager_exists = 0;
	camsrv_stub_live--;
}

int camsrv_manager_version(char *version, int size)
{
	int failure = camsrv_stub_enter(__func__);
	return failure ? failure : camsrv_stub_copy_string("v0.0.0-camsrv-stub", version, size);
}

int camsrv_manager_camera_count(camsrv_manager *manager, int *count)
{
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!manager || !count)
		return -EINVAL;
	*count = manager->cameras;
	return CAMSRV_OK;
}

int camsrv_manager_camera_id(camsrv_manager *manager, int index, char *id, int size)
{
	static const char *ids[] = { "/base/soc/i2c0mux/i2c@1/imx219@10",
				     "/base/scb/pcie@7d500000/pci@0,0/usb@0,0-1.2:1.0-046d:0825" };
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!manager)
		return -EINVAL;
	if (index < 0 || index >= manager->cameras)
		return -ENODEV;
	return camsrv_stub_copy_string(index < 2 ? ids[index] : "/base/stub/camera", id, size);
}

int camsrv_manager_camera_model(camsrv_manager *manager, int index, char *model, int size)
{
	static const char *models[] = { "imx219", "UVC Camera (046d:0825)" };
	int failure = camsrv_stub_enter(__func__);
	if (failure)
		return failure;
	if (!manager)
		return -EINVAL;
	if (index < 0 || index >= manager->cameras)
		return -ENODEV;
	return camsrv_stub_copy_string(index < 2 ? models[index] : "", model, size);
}
