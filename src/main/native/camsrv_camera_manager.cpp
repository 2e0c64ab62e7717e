/* The camera manager: start, stop and the list of cameras with their ids and models. */
#include "camsrv_camera_manager.h"

#include <cstring>
#include <new>

#include <libcamera/property_ids.h>

#include "camsrv_internal.hpp"

using namespace libcamera;

namespace {

/* libcamera aborts the process on a second CameraManager; refuse it instead. */
std::mutex managerMutex;
bool managerExists = false;

std::shared_ptr<Camera> cameraAt(camsrv_manager *manager, int index)
{
	std::vector<std::shared_ptr<Camera>> cameras = manager->manager->cameras();
	if (index < 0 || static_cast<size_t>(index) >= cameras.size())
		return nullptr;
	return cameras[index];
}

} /* namespace */

int camsrv_copy_string(const std::string &value, char *buffer, int size)
{
	if (!buffer || size <= 0)
		return -EINVAL;
	if (value.size() + 1 > static_cast<size_t>(size))
		return -ERANGE;
	std::memcpy(buffer, value.c_str(), value.size() + 1);
	return CAMSRV_OK;
}

int camsrv_manager_create(camsrv_manager **manager)
{
	if (!manager)
		return -EINVAL;
	*manager = nullptr;
	std::lock_guard<std::mutex> lock(managerMutex);
	if (managerExists)
		return -EBUSY;
	try {
		auto created = std::make_unique<camsrv_manager>();
		created->manager = std::make_unique<CameraManager>();
		int ret = created->manager->start();
		if (ret < 0)
			return ret;
		managerExists = true;
		*manager = created.release();
		return CAMSRV_OK;
	} catch (const std::bad_alloc &) {
		return -ENOMEM;
	}
}

void camsrv_manager_destroy(camsrv_manager *manager)
{
	if (!manager)
		return;
	std::lock_guard<std::mutex> lock(managerMutex);
	manager->manager->stop();
	delete manager;
	managerExists = false;
}

int camsrv_manager_version(char *version, int size)
{
	return camsrv_copy_string(CameraManager::version(), version, size);
}

int camsrv_manager_camera_count(camsrv_manager *manager, int *count)
{
	if (!manager || !count)
		return -EINVAL;
	*count = static_cast<int>(manager->manager->cameras().size());
	return CAMSRV_OK;
}

int camsrv_manager_camera_id(camsrv_manager *manager, int index, char *id, int size)
{
	if (!manager)
		return -EINVAL;
	std::shared_ptr<Camera> camera = cameraAt(manager, index);
	if (!camera)
		return -ENODEV;
	return camsrv_copy_string(camera->id(), id, size);
}

int camsrv_manager_camera_model(camsrv_manager *manager, int index, char *model, int size)
{
	if (!manager)
		return -EINVAL;
	std::shared_ptr<Camera> camera = cameraAt(manager, index);
	if (!camera)
		return -ENODEV;
	const auto value = camera->properties().get(properties::Model);
	return camsrv_copy_string(value ? *value : std::string(), model, size);
}
