/* One-stream camera configurations: generate for a role, set size and format, validate. */
#include "camsrv_camera_configuration.h"

#include <new>

#include <libcamera/geometry.h>
#include <libcamera/pixel_format.h>

#include "camsrv_internal.hpp"

using namespace libcamera;

int camsrv_configuration_create(camsrv_camera *camera, int role, int width, int height,
				unsigned int pixel_format, camsrv_configuration **configuration)
{
	if (!camera || !configuration || width <= 0 || height <= 0)
		return -EINVAL;
	*configuration = nullptr;
	if (role != CAMSRV_ROLE_STILL && role != CAMSRV_ROLE_VIDEO)
		return -EINVAL;

	/* A vector suits both generateConfiguration(const StreamRoles &) of libcamera 0.0.x
	 * and generateConfiguration(Span<const StreamRole>) of later releases. */
	const std::vector<StreamRole> roles{ role == CAMSRV_ROLE_VIDEO ? StreamRole::VideoRecording
								      : StreamRole::StillCapture };
	std::unique_ptr<CameraConfiguration> config = camera->camera->generateConfiguration(roles);
	if (!config || config->empty())
		return -EINVAL;

	StreamConfiguration &stream = config->at(0);
	stream.size = Size(static_cast<unsigned int>(width), static_cast<unsigned int>(height));
	stream.pixelFormat = PixelFormat(pixel_format);
	if (config->validate() == CameraConfiguration::Invalid)
		return -EINVAL;

	camsrv_configuration *created = new (std::nothrow) camsrv_configuration();
	if (!created)
		return -ENOMEM;
	created->config = std::move(config);
	*configuration = created;
	return CAMSRV_OK;
}

void camsrv_configuration_destroy(camsrv_configuration *configuration)
{
	delete configuration;
}

int camsrv_configuration_stream(camsrv_configuration *configuration, int *width, int *height,
				int *stride, int *frame_size, unsigned int *pixel_format)
{
	if (!configuration || !width || !height || !stride || !frame_size || !pixel_format)
		return -EINVAL;
	const StreamConfiguration &stream = configuration->config->at(0);
	*width = static_cast<int>(stream.size.width);
	*height = static_cast<int>(stream.size.height);
	*stride = static_cast<int>(stream.stride);
	*frame_size = static_cast<int>(stream.frameSize);
	*pixel_format = stream.pixelFormat.fourcc();
	return CAMSRV_OK;
}
