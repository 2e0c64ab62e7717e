/** Issuing JWTs, the key the API verifies them with, and the rules that keep old tokens out. */
package org.camsrv.auth.token;
