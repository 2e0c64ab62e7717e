/**
 * The simulated camera and the file formats it writes: a moving test pattern, JPEG photos, DNG raw
 * photos and Motion-JPEG AVI videos, all with the JDK alone so CamSrv works on a machine without a camera.
 */
package org.camsrv.camera.simulated;
