package org.camsrv.auth.viewer;

/** Who brought an accepted key: the key's row and its owner, whose cameras the key opens while it lives. */
public record ViewerKeyHolder(long keyId, long userId) {
}
