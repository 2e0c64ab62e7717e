package org.camsrv.mqtt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.camera.CameraEvent;
import org.camsrv.camera.CameraException;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.CameraUnit;
import org.camsrv.camera.LiveFrame;
import org.camsrv.log.RateLimitedLog;
import org.camsrv.log.SafeLog;

/**
 * Between the cameras and the broker: the state Home Assistant shows (motion, recording, motion
 * detection, status, last media), the events JSON, a picture on motion and every snapshot interval,
 * and the commands from the broker. Pictures and commands run on threads of their own, so neither a
 * slow camera nor a slow broker holds up the other.
 */
@ApplicationScoped
public class CameraBridge {

    private static final SafeLog LOG = SafeLog.of(CameraBridge.class);
    private static final long FRAME_WAIT_MILLIS = 5000;
    private static final int WAITING_COMMANDS = 4;

    @Inject
    CameraService cameraService;

    @Inject
    UserService users;

    private final RateLimitedLog refused = new RateLimitedLog(LOG, Level.WARNING, Duration.ofSeconds(10), Clock.systemUTC());
    private volatile Topics topics;
    private volatile Predicate<Message> sink = message -> false;
    private volatile ScheduledExecutorService pictures;
    private volatile ThreadPoolExecutor commands;

    synchronized void start(Topics newTopics, Predicate<Message> newSink, int snapshotSeconds) {
        stop();
        topics = newTopics;
        sink = newSink;
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemon("camsrv-mqtt-snapshot"));
        scheduler.setRemoveOnCancelPolicy(true);
        pictures = scheduler;
        if (snapshotSeconds > 0) {
            scheduler.scheduleWithFixedDelay(this::publishSnapshots, snapshotSeconds, snapshotSeconds, TimeUnit.SECONDS);
        }
        commands = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_COMMANDS),
                daemon("camsrv-mqtt-command"), (task, pool) -> refused.log("MQTT command ignored: "
                        + WAITING_COMMANDS + " commands are waiting already"));
    }

    synchronized void stop() {
        sink = message -> false;
        if (pictures != null) {
            pictures.shutdownNow();
            commands.shutdownNow();
            pictures = null;
            commands = null;
        }
    }

    /** What a new connection publishes: discovery, then every state (all retained), then a picture of each camera. */
    List<Message> onConnect(Topics at, String version) {
        List<CameraUnit> units = cameraService.all();
        String models = String.join(", ", units.stream().map(unit -> unit.description().model()).distinct().toList());
        Discovery discovery = new Discovery(at, new Discovery.Device(models, version));
        List<Message> messages = new ArrayList<>(discovery.messages(units.stream()
                .map(unit -> new Discovery.Camera(unit.description().num(), unit.description().model())).toList()));
        for (CameraUnit unit : units) {
            int n = unit.description().num();
            messages.add(state(at, n, "motion", "OFF"));
            messages.add(state(at, n, Discovery.RECORD, onOff(unit.isRecordingVideo())));
            messages.add(state(at, n, Discovery.MOTION_CAPTURE, onOff(unit.isCapturingMotion())));
            messages.add(state(at, n, "status", status(unit)));
            messages.add(state(at, n, "last_media", newestMedia(n)));
        }
        ScheduledExecutorService scheduler = pictures;
        if (scheduler != null) {
            scheduler.schedule(this::publishSnapshots, 1, TimeUnit.SECONDS);
        }
        return messages;
    }

    void cameraEvent(CameraEvent event) {
        Topics at = topics;
        if (at == null) {
            return;
        }
        int n = event.camera();
        sink.test(Message.text(at.events(), Json.createObjectBuilder()
                .add("event", event.kind().word())
                .add("camera", n)
                .add("media", event.media())
                .add("time", event.time().toString())
                .build().toString(), false));
        switch (event.kind()) {
            case MOTION_START -> {
                sink.test(state(at, n, "motion", "ON"));
                ScheduledExecutorService scheduler = pictures;
                if (scheduler != null) {
                    unit(n).ifPresent(unit -> scheduler.execute(() -> publishSnapshot(unit)));
                }
            }
            case MOTION_END -> sink.test(state(at, n, "motion", "OFF"));
            case PHOTO_TAKEN -> sink.test(state(at, n, "last_media", event.media()));
            case VIDEO_STARTED -> sink.test(state(at, n, Discovery.RECORD, "ON"));
            case VIDEO_RECORDED -> {
                sink.test(state(at, n, Discovery.RECORD, "OFF"));
                sink.test(state(at, n, "last_media", event.media()));
            }
            case MOTION_CAPTURE_STARTED -> sink.test(state(at, n, Discovery.MOTION_CAPTURE, "ON"));
            case MOTION_CAPTURE_STOPPED -> sink.test(state(at, n, Discovery.MOTION_CAPTURE, "OFF"));
            default -> { }
        }
        unit(n).ifPresent(unit -> sink.test(state(at, n, "status", status(unit))));
    }

    /**
     * A message on a command topic, on Paho's thread: checked here, run on the command thread with the rights of
     * the SuperUser who configured MQTT. Anything else is ignored with one (rate-limited) line.
     */
    void command(Topics at, String configuredBy, String topic, byte[] payload) {
        Optional<Topics.CommandTopic> parsed = at.parseCommand(topic);
        if (parsed.isEmpty()) {
            return;
        }
        Topics.CommandTopic command = parsed.get();
        String text = payload.length > 64 ? "(" + payload.length + " bytes)" : new String(payload, StandardCharsets.UTF_8);
        Optional<Commands.Action> action = Commands.parse(command.command(), text);
        Optional<CameraUnit> unit = unit(command.camera());
        if (action.isEmpty() || unit.isEmpty()) {
            refused.log("MQTT command ignored on " + Topics.camera(command.camera()) + "/" + command.command() + ": "
                    + (unit.isEmpty() ? "no such camera" : "it takes " + Commands.expected(command.command())));
            return;
        }
        Optional<User> actor = users.findByName(configuredBy).filter(User::superUser);
        if (actor.isEmpty()) {
            refused.log("MQTT command ignored: " + (configuredBy.isEmpty() ? "no SuperUser has configured MQTT"
                    : configuredBy + ", who configured MQTT, is no SuperUser any more"));
            return;
        }
        ThreadPoolExecutor runner = commands;
        if (runner != null) {
            runner.execute(() -> run(command, action.get(), unit.get(), actor.get()));
        }
    }

    private void run(Topics.CommandTopic command, Commands.Action action, CameraUnit unit, User actor) {
        try {
            action.runOn(unit);
            LOG.info(() -> "MQTT command " + command.command() + " on camera " + command.camera() + " run as " + actor.name());
        } catch (CameraException | RuntimeException e) {
            refused.log("MQTT command " + command.command() + " on camera " + command.camera() + " failed: " + e.getMessage());
            Topics at = topics;
            if (at != null) {
                sink.test(state(at, command.camera(), Discovery.RECORD, onOff(unit.isRecordingVideo())));
                sink.test(state(at, command.camera(), Discovery.MOTION_CAPTURE, onOff(unit.isCapturingMotion())));
            }
        }
    }

    private void publishSnapshots() {
        cameraService.all().forEach(this::publishSnapshot);
    }

    /** One current live frame, as /photo_feed takes it: the camera gives frames only while somebody watches. */
    private void publishSnapshot(CameraUnit unit) {
        Topics at = topics;
        if (at == null) {
            return;
        }
        long after = unit.latestLiveFrameNumber();
        var watcher = unit.startViewing();
        try {
            LiveFrame frame = unit.nextLiveFrame(after, FRAME_WAIT_MILLIS);
            if (frame != null) {
                sink.test(new Message(at.state(unit.description().num(), "image"), frame.jpeg(), 0, true));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            unit.stopViewing(watcher);
        }
    }

    /** The newest photo or video of a camera among the last few taken, or "none". */
    private String newestMedia(int camera) {
        try {
            return cameraService.library().list(0, 50).items().stream().filter(item -> item.camera() == camera)
                    .map(item -> item.name()).findFirst().orElse("none");
        } catch (java.io.IOException | RuntimeException e) {
            return "none";
        }
    }

    private Optional<CameraUnit> unit(int number) {
        return cameraService.all().stream().filter(unit -> unit.description().num() == number).findFirst();
    }

    private static String status(CameraUnit unit) {
        if (unit.isRecordingVideo()) {
            return "recording";
        }
        if (unit.isCapturingMotion()) {
            return "motion detection";
        }
        return unit.isLiveStreamActive() ? "live view" : "idle";
    }

    private static Message state(Topics at, int camera, String what, String value) {
        return Message.text(at.state(camera, what), value, true);
    }

    private static String onOff(boolean on) {
        return on ? "ON" : "OFF";
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
