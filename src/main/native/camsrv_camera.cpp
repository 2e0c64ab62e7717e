/* A camera: acquire, configure, start/stop and one synchronous capture at a time. */
#include "camsrv_camera.h"

#include <chrono>
#include <cstring>
#include <new>

#include "camsrv_internal.hpp"

using namespace libcamera;

void camsrv_camera::requestComplete(Request *completed)
{
	std::lock_guard<std::mutex> lock(mutex);
	if (completed == request.get()) {
		pending = false;
		completion.notify_all();
	}
}

int camsrv_camera_create(camsrv_manager *manager, int index, camsrv_camera **camera)
{
	if (!manager || !camera)
		return -EINVAL;
	*camera = nullptr;
	std::vector<std::shared_ptr<Camera>> cameras = manager->manager->cameras();
	if (index < 0 || static_cast<size_t>(index) >= cameras.size())
		return -ENODEV;
	camsrv_camera *created = new (std::nothrow) camsrv_camera();
	if (!created)
		return -ENOMEM;
	created->camera = cameras[index];
	created->camera->requestCompleted.connect(created, &camsrv_camera::requestComplete);
	*camera = created;
	return CAMSRV_OK;
}

void camsrv_camera_destroy(camsrv_camera *camera)
{
	if (!camera)
		return;
	/* A request in flight refers to our buffers and handler: stop before letting go. */
	if (camera->started)
		camsrv_camera_stop(camera);
	if (camera->acquired)
		camsrv_camera_release(camera);
	camera->camera->requestCompleted.disconnect(camera);
	delete camera;
}

int camsrv_camera_acquire(camsrv_camera *camera)
{
	if (!camera)
		return -EINVAL;
	int ret = camera->camera->acquire();
	if (ret == 0)
		camera->acquired = true;
	return ret;
}

int camsrv_camera_release(camsrv_camera *camera)
{
	if (!camera)
		return -EINVAL;
	int ret = camera->camera->release();
	if (ret == 0)
		camera->acquired = false;
	return ret;
}

int camsrv_camera_configure(camsrv_camera *camera, camsrv_configuration *configuration)
{
	if (!camera || !configuration)
		return -EINVAL;
	return camera->camera->configure(configuration->config.get());
}

int camsrv_camera_start(camsrv_camera *camera)
{
	if (!camera)
		return -EINVAL;
	int ret = camera->camera->start();
	if (ret == 0)
		camera->started = true;
	return ret;
}

int camsrv_camera_stop(camsrv_camera *camera)
{
	if (!camera)
		return -EINVAL;
	/* stop() completes (cancels) every queued request before it returns. */
	int ret = camera->camera->stop();
	if (ret == 0) {
		camera->started = false;
		std::lock_guard<std::mutex> lock(camera->mutex);
		camera->pending = false;
		camera->request.reset();
	}
	return ret;
}

int camsrv_camera_capture(camsrv_camera *camera, camsrv_allocator *allocator,
			  unsigned char *frame, int size, int timeout_ms, int *bytes_used)
{
	if (!camera || !allocator || !frame || size < 0 || timeout_ms < 0 || !bytes_used)
		return -EINVAL;
	*bytes_used = 0;
	const auto timeout = std::chrono::milliseconds(timeout_ms);
	const auto done = [camera] { return !camera->pending; };

	std::unique_lock<std::mutex> lock(camera->mutex);
	if (!camera->completion.wait_for(lock, timeout, done))
		return -ETIMEDOUT;

	const std::vector<std::unique_ptr<FrameBuffer>> &buffers =
		allocator->allocator->buffers(allocator->stream);
	if (buffers.empty())
		return -ENOBUFS;
	const unsigned int index = camera->next_buffer++ % buffers.size();
	FrameBuffer *buffer = buffers[index].get();

	camera->request = camera->camera->createRequest(index);
	if (!camera->request)
		return -ENOMEM;
	int ret = camera->request->addBuffer(allocator->stream, buffer);
	if (ret < 0)
		return ret;
	camera->pending = true;
	Request *request = camera->request.get();

	lock.unlock();
	ret = camera->camera->queueRequest(request);
	lock.lock();
	if (ret < 0) {
		camera->pending = false;
		return ret;
	}
	if (!camera->completion.wait_for(lock, timeout, done))
		return -ETIMEDOUT;

	if (request->status() != Request::RequestComplete)
		return -ECANCELED;
	const FrameMetadata &metadata = buffer->metadata();
	if (metadata.status != FrameMetadata::FrameSuccess)
		return -EIO;

	const std::vector<FrameBuffer::Plane> &planes = buffer->planes();
	size_t copied = 0;
	for (size_t i = 0; i < planes.size(); i++) {
		size_t length = planes[i].length;
		if (i < metadata.planes().size() && metadata.planes()[i].bytesused > 0 &&
		    metadata.planes()[i].bytesused < length)
			length = metadata.planes()[i].bytesused;
		if (copied + length > static_cast<size_t>(size))
			return -ENOSPC;
		std::memcpy(frame + copied, allocator->planes[index][i], length);
		copied += length;
	}
	*bytes_used = static_cast<int>(copied);
	return CAMSRV_OK;
}
