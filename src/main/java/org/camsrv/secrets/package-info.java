/**
 * The secrets file: reads, validates and completes the JWT key material in its jwtSecrets section,
 * keeping every other part of the file as it is and never putting key material in a message or log.
 */
package org.camsrv.secrets;
