/** The REST API under /api: raspiCamSrv's routes and JSON shapes, and the filters that guard them. */
package org.camsrv.api;
