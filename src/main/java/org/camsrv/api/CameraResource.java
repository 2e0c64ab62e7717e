package org.camsrv.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import jakarta.ws.rs.core.SecurityContext;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.auth.token.TokenKind;
import org.camsrv.camera.CameraException;
import org.camsrv.camera.CameraRefusedException;
import org.camsrv.camera.Operator;
import org.camsrv.log.RateLimitedLog;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.CameraUnit;

/**
 * raspiCamSrv's camera routes, with its names and messages: plain routes use the active camera,
 * {@code …2} the second one and {@code …_both} both, each through the same per-camera action.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenKind.ACCESS_ROLE)
public class CameraResource {

    /** A plain user's SuperUser camera actions: one line per 10 s, then how many more. */
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(CameraResource.class, Level.WARNING);

    @Inject
    CameraService cameras;

    @Inject
    CameraInfo info;

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    /** Photos are taken off the request threads (see CameraWork). */
    @Inject
    CameraWork work;

    /** Something done with one camera, answering the text raspiCamSrv puts in its message. */
    private interface Action {
        Object on(CameraUnit camera) throws CameraException;
    }

    private static final Action PHOTO = camera -> "Photo taken: " + camera.takePhoto();
    private static final Action RAW_PHOTO = camera -> "Raw photo taken: " + camera.takeRawPhoto();

    @GET
    @Path("take_photo")
    public CompletionStage<Response> takePhoto() {
        return work.later(() -> onActive(PHOTO));
    }

    @GET
    @Path("take_photo2")
    public CompletionStage<Response> takePhoto2() {
        return work.later(() -> onSecond(PHOTO));
    }

    @GET
    @Path("take_photo_both")
    public CompletionStage<Response> takePhotoBoth() {
        return work.later(() -> onBoth(camera -> camera.takePhoto().toString(), "Photo"));
    }

    @GET
    @Path("take_raw_photo")
    public CompletionStage<Response> takeRawPhoto() {
        return work.later(() -> onActive(RAW_PHOTO));
    }

    @GET
    @Path("take_raw_photo2")
    public CompletionStage<Response> takeRawPhoto2() {
        return work.later(() -> onSecond(RAW_PHOTO));
    }

    @GET
    @Path("take_raw_photo_both")
    public CompletionStage<Response> takeRawPhotoBoth() {
        return work.later(() -> onBoth(camera -> camera.takeRawPhoto().toString(), "Photo"));
    }

    /** Reads an optional {"duration": seconds} body, even on GET, as raspiCamSrv clients send it. */
    @GET
    @Path("record_video")
    public Response recordVideo(InputStream body) {
        Operator who = caller();
        return withDuration(body, seconds -> onActive(camera -> "Video recorded to " + camera.startVideo(seconds, who)));
    }

    @GET
    @Path("record_video2")
    public Response recordVideo2(InputStream body) {
        Operator who = caller();
        return withDuration(body, seconds -> onSecond(camera -> "Video recorded to " + camera.startVideo(seconds, who)));
    }

    @GET
    @Path("record_video_both")
    public Response recordVideoBoth(InputStream body) {
        Operator who = caller();
        return withDuration(body, seconds -> onBoth(camera -> camera.startVideo(seconds, who).toString(), "Video "));
    }

    @GET
    @Path("stop_video")
    public Response stopVideo() {
        return stopped(() -> cameras.active().stopVideo(caller()).toString());
    }

    @GET
    @Path("stop_video2")
    public Response stopVideo2() {
        return stopped(() -> cameras.requireSecond().stopVideo(caller()).toString());
    }

    @GET
    @Path("stop_video_both")
    public Response stopVideoBoth() {
        if (cameras.second().isEmpty()) {
            return failure(CameraService.NO_SECOND_CAMERA);
        }
        // raspiCamSrv: {"Video 1": {"Video": p1, "Status": "Stopped"}, "Video 2": {…}}; a camera that records
        // nothing fails the whole answer with its message.
        JsonObjectBuilder message = ApiResponses.object();
        CameraUnit[] both = {cameras.active(), cameras.second().get()};
        Operator who = caller();
        try {
            for (CameraUnit camera : both) {
                camera.requireMayStopVideo(who); // both or neither: no half-stopped pair
            }
        } catch (CameraException e) {
            return failure(e);
        }
        for (int i = 0; i < both.length; i++) {
            try {
                message.add("Video " + (i + 1), ApiResponses.object().add("Video", both[i].stopVideo(who).toString())
                        .add("Status", "Stopped"));
            } catch (CameraException e) {
                // Where two cameras are asked, raspiCamSrv names the one that records nothing.
                return failure(both[i].isRecordingVideo() ? e.getMessage()
                        : "No video recording in progress for camera " + both[i].description().num());
            }
        }
        return ApiResponses.json(Response.Status.OK, ApiResponses.object().add("message", message).build());
    }

    @GET
    @Path("info")
    public Response info(@Context HttpHeaders headers) {
        String host = Optional.ofNullable(headers.getHeaderString("Host")).orElse("");
        return ApiResponses.json(Response.Status.OK, ApiResponses.object().add("message", info.describe(host)).build());
    }

    @GET
    @Path("switch_cameras")
    public Response switchCameras() {
        try {
            cameras.switchCameras(caller());
            return ApiResponses.message("Camera switch successful");
        } catch (CameraException e) {
            return failure(e);
        }
    }

    @GET
    @Path("start_triggered_capture")
    public Response startTriggeredCapture() {
        Operator who = caller();
        return onActive(camera -> {
            who.requireSuperUser("start triggered capture");
            camera.startMotionCapture();
            return "Motion detection started";
        });
    }

    @GET
    @Path("stop_triggered_capture")
    public Response stopTriggeredCapture() {
        Operator who = caller();
        return onActive(camera -> {
            who.requireSuperUser("stop triggered capture");
            camera.stopMotionCapture();
            return "Motion detection stopped";
        });
    }

    private Response onActive(Action action) {
        return run(action, cameras.active());
    }

    private Response onSecond(Action action) {
        Optional<CameraUnit> second = cameras.second();
        return second.isPresent() ? run(action, second.get()) : failure(CameraService.NO_SECOND_CAMERA);
    }

    /** raspiCamSrv's answer for both cameras: {"Photo1": …, "Photo2": …} ("Video 1" with a space), 500 when either failed. */
    private Response onBoth(Action action, String label) {
        Optional<CameraUnit> second = cameras.second();
        if (second.isEmpty()) {
            return failure(CameraService.NO_SECOND_CAMERA);
        }
        JsonObjectBuilder message = ApiResponses.object();
        boolean failed = false;
        CameraUnit[] both = {cameras.active(), second.get()};
        for (int i = 0; i < both.length; i++) {
            try {
                message.add(label + (i + 1), String.valueOf(action.on(both[i])));
            } catch (CameraException e) {
                message.add(label + (i + 1), e.getMessage());
                failed = true;
            }
        }
        return ApiResponses.json(failed ? Response.Status.INTERNAL_SERVER_ERROR : Response.Status.OK,
                ApiResponses.object().add("message", message).build());
    }

    private interface Stop {
        String run() throws CameraException;
    }

    /** raspiCamSrv's answer to a stopped video: {"Video": path, "Status": "Stopped"}. */
    private static Response stopped(Stop stop) {
        try {
            String video = stop.run();
            return ApiResponses.json(Response.Status.OK, ApiResponses.object()
                    .add("message", ApiResponses.object().add("Video", video).add("Status", "Stopped")).build());
        } catch (CameraException e) {
            return failure(e);
        }
    }

    private interface Timed {
        Response with(double seconds);
    }

    /** A duration up to the server's maximum recording length; none (or 0) records until stopped or that maximum. */
    private Response withDuration(InputStream body, Timed action) {
        double max = cameras.limits().maxVideoSeconds();
        try {
            Optional<JsonObject> request = JsonBodies.readOptionalObject(body);
            JsonValue duration = request.map(o -> o.get("duration")).orElse(null);
            if (duration == null || duration.getValueType() == JsonValue.ValueType.NULL) {
                return action.with(0);
            }
            if (duration instanceof JsonNumber number && number.doubleValue() >= 0 && number.doubleValue() <= max) {
                return action.with(number.doubleValue());
            }
            String longest = max == Math.rint(max) ? String.valueOf((long) max) : String.valueOf(max);
            return ApiResponses.error(Response.Status.BAD_REQUEST, "\"duration\" must be a number of seconds from 0 to "
                    + longest + " (the longest recording this server makes)");
        } catch (JsonBodies.BadBodyException e) {
            return ApiResponses.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    private static Response run(Action action, CameraUnit camera) {
        try {
            return ApiResponses.message(action.on(camera));
        } catch (CameraException e) {
            return failure(e);
        }
    }

    /** The token's user, with the SuperUser flag as the database has it now. */
    private Operator caller() {
        String name = security.getUserPrincipal().getName();
        return new Operator(name, users.findByName(name).map(User::superUser).orElse(false));
    }

    /** 403 for an action the user may not take, else raspiCamSrv's 500; both {"message": …}. */
    private static Response failure(CameraException e) {
        if (e instanceof CameraRefusedException) {
            REFUSALS.log(() -> "API camera action refused: " + e.getMessage());
            return ApiResponses.json(Response.Status.FORBIDDEN,
                    ApiResponses.object().add("message", e.getMessage()).build());
        }
        return failure(e.getMessage());
    }

    private static Response failure(String message) {
        return ApiResponses.json(Response.Status.INTERNAL_SERVER_ERROR, ApiResponses.object().add("message", message).build());
    }
}
