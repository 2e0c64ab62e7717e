/*
 * The stub's controls and bookkeeping: calls counted per function, one armed failure per
 * function, the number of fake cameras and the format they insist on.
 */
#include <stdlib.h>
#include <string.h>

#include "camsrv_stub_internal.h"

enum { MAX_NAMES = 64, NAME_LENGTH = 64 };

static struct {
	char name[NAME_LENGTH];
	int calls;
	int failure; /* status of the next call, 0 for none */
} functions[MAX_NAMES];

static int cameraCount = -1;
unsigned int camsrv_stub_native_format;
int camsrv_stub_manager_exists;
int camsrv_stub_live;

static int slotOf(const char *name)
{
	for (int i = 0; i < MAX_NAMES; i++) {
		if (functions[i].name[0] == '\0') {
			strncpy(functions[i].name, name, NAME_LENGTH - 1);
			return i;
		}
		if (strcmp(functions[i].name, name) == 0)
			return i;
	}
	return MAX_NAMES - 1;
}

int camsrv_stub_enter(const char *name)
{
	int slot = slotOf(name);
	int failure = functions[slot].failure;
	functions[slot].calls++;
	functions[slot].failure = 0;
	return failure;
}

int camsrv_stub_camera_count(void)
{
	if (cameraCount < 0) {
		const char *configured = getenv("CAMSRV_STUB_CAMERAS");
		cameraCount = configured ? atoi(configured) : 1;
	}
	return cameraCount;
}

int camsrv_stub_copy_string(const char *value, char *buffer, int size)
{
	if (!buffer || size <= 0)
		return -EINVAL;
	if ((int)strlen(value) + 1 > size)
		return -ERANGE;
	memcpy(buffer, value, strlen(value) + 1);
	return CAMSRV_OK;
}

int camsrv_stub_bytes_per_pixel(unsigned int format)
{
	return (format == XR24 || format == XB24) ? 4 : format == RG24 || format == BG24 ? 3 : 2;
}

void camsrv_stub_reset(void)
{
	memset(functions, 0, sizeof(functions));
	cameraCount = -1;
	camsrv_stub_native_format = 0;
}

void camsrv_stub_set_cameras(int count)
{
	cameraCount = count;
}

void camsrv_stub_set_native_format(unsigned int fourcc)
{
	camsrv_stub_native_format = fourcc;
}

void camsrv_stub_fail(const char *function, int status)
{
	functions[slotOf(function)].failure = status;
}

int camsrv_stub_calls(const char *function)
{
	return functions[slotOf(function)].calls;
}

int camsrv_stub_live_handles(void)
{
	return camsrv_stub_live;
}
