/** What the simulated camera shows: a moving, switchable test pattern drawn with the JDK alone. */
package org.camsrv.camera.simulated;
