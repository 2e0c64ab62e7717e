package org.camsrv.camera.media;

/**
 * A piece of the live view's fragmented MP4: the init segment (ftyp and moov, which a player needs
 * first) or one media fragment (moof and mdat); {@code keyFrame} says a fragment starts with a key frame,
 * where a new viewer may begin.
 */
public record LiveSegment(byte[] bytes, boolean init, boolean keyFrame) {
}
