/** The camera: one interface, its libcamera and simulated adapters, the producer that picks them and the service that shares them. */
package org.camsrv.camera;
