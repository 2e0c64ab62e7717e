package org.camsrv.migration;

/** A raspiCamSrv user that cannot be taken over, and why in a few words ("unknown hash format"). */
public record SkippedUser(String name, String reason) {
}
