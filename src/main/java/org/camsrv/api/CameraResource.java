package org.camsrv.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
import org.camsrv.auth.token.TokenKind;
import org.camsrv.camera.CameraException;
import org.camsrv.camera.CameraService;

/**
 * raspiCamSrv's camera routes, with its names and messages. One camera here, so the second-camera
 * variants answer that it is not available, from one method rather than a copy per route.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenKind.ACCESS_ROLE)
public class CameraResource {

    static final String NO_SECOND_CAMERA = "Second camera is not available";

    @Inject
    CameraService camera;

    @Inject
    CameraInfo info;

    @GET
    @Path("take_photo")
    public Response takePhoto() {
        return run(() -> "Photo taken: " + camera.takePhoto());
    }

    @GET
    @Path("take_raw_photo")
    public Response takeRawPhoto() {
        return run(() -> "Raw photo taken: " + camera.takeRawPhoto());
    }

    /** Reads an optional {"duration": seconds} body, even on GET, as raspiCamSrv clients send it. */
    @GET
    @Path("record_video")
    public Response recordVideo(InputStream body) {
        double seconds;
        try {
            Optional<JsonObject> request = JsonBodies.readOptionalObject(body);
            JsonValue duration = request.map(o -> o.get("duration")).orElse(null);
            if (duration == null || duration.getValueType() == JsonValue.ValueType.NULL) {
                seconds = 0;
            } else if (duration instanceof JsonNumber number && number.doubleValue() >= 0 && number.doubleValue() <= 24 * 3600) {
                seconds = number.doubleValue();
            } else {
                return ApiResponses.error(Response.Status.BAD_REQUEST, "\"duration\" must be a number of seconds from 0 to 86400");
            }
        } catch (JsonBodies.BadBodyException e) {
            return ApiResponses.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        return run(() -> "Video recorded to " + camera.startVideo(seconds));
    }

    @GET
    @Path("stop_video")
    public Response stopVideo() {
        return run(() -> "Video recording stopped: " + camera.stopVideo());
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
        return failure("No other camera available");
    }

    @GET
    @Path("start_triggered_capture")
    public Response startTriggeredCapture() {
        return run(() -> {
            camera.startMotionCapture();
            return "Motion detection started";
        });
    }

    @GET
    @Path("stop_triggered_capture")
    public Response stopTriggeredCapture() {
        return run(() -> {
            camera.stopMotionCapture();
            return "Motion detection stopped";
        });
    }

    @GET
    @Path("{route: take_photo2|take_photo_both|take_raw_photo2|take_raw_photo_both|record_video2|stop_video2"
            + "|record_video_both|stop_video_both}")
    public Response secondCamera() {
        return failure(NO_SECOND_CAMERA);
    }

    private interface CameraAction {
        String run() throws CameraException;
    }

    private static Response run(CameraAction action) {
        try {
            return ApiResponses.message(action.run());
        } catch (CameraException e) {
            return failure(e.getMessage());
        }
    }

    private static Response failure(String message) {
        return ApiResponses.json(Response.Status.INTERNAL_SERVER_ERROR, ApiResponses.object().add("message", message).build());
    }
}
