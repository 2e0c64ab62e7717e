/* Frame buffers for the configured stream, each dmabuf mapped once for reading. */
#include "camsrv_frame_buffer_allocator.h"

#include <map>
#include <new>
#include <sys/mman.h>
#include <unistd.h>

#include "camsrv_internal.hpp"

using namespace libcamera;

camsrv_allocator::~camsrv_allocator()
{
	for (const auto &mapping : mappings)
		munmap(mapping.first, mapping.second);
}

namespace {

/* Maps every plane of every buffer; planes sharing a dmabuf share one mapping. */
int mapBuffers(camsrv_allocator *allocator)
{
	std::map<int, const unsigned char *> byFd;
	for (const std::unique_ptr<FrameBuffer> &buffer : allocator->allocator->buffers(allocator->stream)) {
		std::vector<const unsigned char *> planes;
		for (const FrameBuffer::Plane &plane : buffer->planes()) {
			const int fd = plane.fd.get();
			auto known = byFd.find(fd);
			if (known == byFd.end()) {
				off_t length = lseek(fd, 0, SEEK_END);
				if (length < 0)
					length = static_cast<off_t>(plane.offset) + plane.length;
				void *address = mmap(nullptr, length, PROT_READ, MAP_SHARED, fd, 0);
				if (address == MAP_FAILED)
					return -errno;
				allocator->mappings.emplace_back(address, static_cast<size_t>(length));
				known = byFd.emplace(fd, static_cast<const unsigned char *>(address)).first;
			}
			planes.push_back(known->second + plane.offset);
		}
		allocator->planes.push_back(std::move(planes));
	}
	return CAMSRV_OK;
}

} /* namespace */

int camsrv_allocator_create(camsrv_camera *camera, camsrv_configuration *configuration,
			    camsrv_allocator **allocator)
{
	if (!camera || !configuration || !allocator)
		return -EINVAL;
	*allocator = nullptr;
	Stream *stream = configuration->config->at(0).stream();
	if (!stream)
		return -EACCES; /* the configuration was not applied with camsrv_camera_configure */

	std::unique_ptr<camsrv_allocator> created(new (std::nothrow) camsrv_allocator());
	if (!created)
		return -ENOMEM;
	created->allocator = std::make_unique<FrameBufferAllocator>(camera->camera);
	created->stream = stream;
	int ret = created->allocator->allocate(stream);
	if (ret < 0)
		return ret;
	ret = mapBuffers(created.get());
	if (ret < 0)
		return ret;
	*allocator = created.release();
	return CAMSRV_OK;
}

void camsrv_allocator_destroy(camsrv_allocator *allocator)
{
	delete allocator;
}
