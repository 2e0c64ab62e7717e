/*
 * What the opaque camsrv_* handles hold on the C++ side. Only the shim's own sources include
 * this; the C API in the camsrv_*.h headers never shows a libcamera type.
 */
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <libcamera/camera.h>
#include <libcamera/camera_manager.h>
#include <libcamera/framebuffer_allocator.h>
#include <libcamera/request.h>
#include <libcamera/stream.h>

struct camsrv_manager {
	std::unique_ptr<libcamera::CameraManager> manager;
};

struct camsrv_camera {
	std::shared_ptr<libcamera::Camera> camera;
	bool acquired = false;
	bool started = false;

	/* The one request in flight and its completion, signalled from libcamera's thread. */
	std::mutex mutex;
	std::condition_variable completion;
	std::unique_ptr<libcamera::Request> request;
	bool pending = false;
	unsigned int next_buffer = 0;

	void requestComplete(libcamera::Request *completed);
};

struct camsrv_configuration {
	std::unique_ptr<libcamera::CameraConfiguration> config;
};

struct camsrv_allocator {
	std::unique_ptr<libcamera::FrameBufferAllocator> allocator;
	libcamera::Stream *stream = nullptr;
	/* mmap'ed dmabufs (address, length), one per distinct file descriptor. */
	std::vector<std::pair<void *, size_t>> mappings;
	/* For each buffer, the address of each of its planes inside mappings. */
	std::vector<std::vector<const unsigned char *>> planes;

	~camsrv_allocator();
};

/* Copies value with its NUL into buffer; -ERANGE if it does not fit. */
int camsrv_copy_string(const std::string &value, char *buffer, int size);
