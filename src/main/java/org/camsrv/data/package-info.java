/** Where CamSrv keeps what it writes: the data directory and crash-safe file writes. */
package org.camsrv.data;
