/** The camera: one interface, a simulated and a libcamera implementation, and the service that shares it. */
package org.camsrv.camera;
