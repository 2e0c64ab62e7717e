/** Moving from raspiCamSrv: reading its user database and checking its werkzeug password hashes. */
package org.camsrv.migration;
