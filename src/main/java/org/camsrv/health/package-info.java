/**
 * MicroProfile Health checks: /health/live and /health/ready, for systemd, containers and monitoring.
 * Readiness looks at what a request needs: the camera adapter, the data directory and the user database.
 */
package org.camsrv.health;
