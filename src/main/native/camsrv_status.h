/*
 * Status codes of the camsrv_* shim: 0 is success, a negative value is an error. Errors are
 * negative errno values, as libcamera itself returns them (-EBUSY from an acquired camera,
 * -EACCES from a call in the wrong state), so the Java side names them with one table.
 */
#ifndef CAMSRV_STATUS_H
#define CAMSRV_STATUS_H

#include <errno.h>

#define CAMSRV_OK 0

/* Marks the shim's exported functions; the library is built with -fvisibility=hidden. */
#define CAMSRV_API __attribute__((visibility("default")))

#endif
