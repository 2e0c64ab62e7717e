package org.camsrv.mqtt;

import java.util.Optional;

/**
 * CamSrv's topics for one node: {@code camsrv/<node>/availability}, {@code camsrv/<node>/events},
 * {@code camsrv/<node>/<camera>/<state>} and {@code camsrv/<node>/<camera>/<command>/set}, plus Home
 * Assistant's discovery topics under the prefix. Cameras are named cam0, cam1 by their number.
 */
record Topics(String prefix, String node) {

    static final String ROOT = "camsrv";
    /** The availability payloads; offline is also the last will the broker sends when CamSrv vanishes. */
    static final String ONLINE = "online";
    static final String OFFLINE = "offline";

    String base() {
        return ROOT + "/" + node;
    }

    String availability() {
        return base() + "/availability";
    }

    String events() {
        return base() + "/events";
    }

    static String camera(int number) {
        return "cam" + number;
    }

    /** A camera's state topic: image, motion, record, motion_capture, status, last_media. */
    String state(int camera, String what) {
        return base() + "/" + camera(camera) + "/" + what;
    }

    String command(int camera, String command) {
        return state(camera, command) + "/set";
    }

    /** What CamSrv subscribes to: every command of every camera. */
    String commandFilter() {
        return base() + "/+/+/set";
    }

    /** Home Assistant's {@code <prefix>/<component>/<node_id>/<object_id>/config}. */
    String discovery(String component, String objectId) {
        return prefix + "/" + component + "/" + node + "/" + objectId + "/config";
    }

    /** A command topic of this node read back: the camera's number and the command, or empty for any other topic. */
    Optional<CommandTopic> parseCommand(String topic) {
        String start = base() + "/cam";
        if (topic == null || !topic.startsWith(start) || !topic.endsWith("/set")) {
            return Optional.empty();
        }
        String[] parts = topic.substring(start.length(), topic.length() - "/set".length()).split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,2}") || !parts[1].matches("[a-z_]{1,32}")) {
            return Optional.empty();
        }
        return Optional.of(new CommandTopic(Integer.parseInt(parts[0]), parts[1]));
    }

    record CommandTopic(int camera, String command) {
    }
}
