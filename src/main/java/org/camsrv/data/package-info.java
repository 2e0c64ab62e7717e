/** Where CamSrv keeps what it writes: the data directory, crash-safe file writes and the SQLite database. */
package org.camsrv.data;
