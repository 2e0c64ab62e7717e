/** What every camera's pictures are stored as: JPEG photos, DNG raw photos and Motion-JPEG AVI videos, with the JDK alone. */
package org.camsrv.camera.media;
