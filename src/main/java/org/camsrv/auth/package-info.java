/** Users: the embedded user database, password hashing, browser and API login rules. */
package org.camsrv.auth;
