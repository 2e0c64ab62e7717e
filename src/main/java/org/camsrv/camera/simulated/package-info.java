/** The simulated camera: a moving test pattern drawn with the JDK alone, so CamSrv works on a machine without a camera. */
package org.camsrv.camera.simulated;
