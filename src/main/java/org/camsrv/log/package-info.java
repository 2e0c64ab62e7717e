/**
 * CamSrv's log lines: every class logs through SafeLog, which escapes line breaks and control characters
 * (so no request can forge a line), and refusals go through RateLimitedLog (so a flood cannot rotate the
 * evidence away). Needs nothing else of CamSrv; every package may use it.
 */
package org.camsrv.log;
