package org.camsrv.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camsrv.settings.GeneralParameters;
import org.camsrv.settings.SettingsService;

/** The Parameters tab: Allow access through API and the general parameters. */
@Named
@RequestScoped
public class ParametersTab {

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser currentUser;

    private boolean apiAllowed;
    private String photoType;
    private String rawPhotoType;
    private String videoType;
    private boolean streamingNeedsLogin;
    private String motionThreshold;

    @PostConstruct
    void showCurrent() {
        apiAllowed = settings.apiSettings().apiAllowed();
        GeneralParameters parameters = settings.parameters();
        photoType = parameters.photoType();
        rawPhotoType = parameters.rawPhotoType();
        videoType = parameters.videoType();
        streamingNeedsLogin = parameters.streamingNeedsLogin();
        motionThreshold = Integer.toString(parameters.motionThreshold());
    }

    public String submit() {
        if (!currentUser.maySecureAndRunServer("change the parameters")) {
            return null;
        }
        int threshold;
        try {
            threshold = Integer.parseInt(motionThreshold == null ? "" : motionThreshold.strip());
        } catch (NumberFormatException e) {
            Pages.error("parameters:motionThreshold", "Please enter a whole number from 1 to " + GeneralParameters.MAX_MOTION_THRESHOLD);
            return null;
        }
        try {
            settings.submitParameters(apiAllowed,
                    new GeneralParameters(photoType, rawPhotoType, videoType, streamingNeedsLogin, threshold));
        } catch (IllegalArgumentException e) {
            Pages.error("parameters:motionThreshold", e.getMessage());
            return null;
        }
        Pages.info("Parameters changed: store the configuration to keep them");
        return Pages.redirectTo("/settings") + "&tab=parameters";
    }

    public List<String> getPhotoTypes() {
        return GeneralParameters.PHOTO_TYPES;
    }

    public List<String> getRawPhotoTypes() {
        return GeneralParameters.RAW_PHOTO_TYPES;
    }

    public List<String> getVideoTypes() {
        return GeneralParameters.VIDEO_TYPES;
    }

    public String getMediaPath() {
        return settings.mediaFolder().toString();
    }

    public boolean isApiAllowed() {
        return apiAllowed;
    }

    public void setApiAllowed(boolean apiAllowed) {
        this.apiAllowed = apiAllowed;
    }

    public String getPhotoType() {
        return photoType;
    }

    public void setPhotoType(String photoType) {
        this.photoType = photoType;
    }

    public String getRawPhotoType() {
        return rawPhotoType;
    }

    public void setRawPhotoType(String rawPhotoType) {
        this.rawPhotoType = rawPhotoType;
    }

    public String getVideoType() {
        return videoType;
    }

    public void setVideoType(String videoType) {
        this.videoType = videoType;
    }

    public String getMotionThreshold() {
        return motionThreshold;
    }

    public void setMotionThreshold(String motionThreshold) {
        this.motionThreshold = motionThreshold;
    }

    public boolean isStreamingNeedsLogin() {
        return streamingNeedsLogin;
    }

    public void setStreamingNeedsLogin(boolean streamingNeedsLogin) {
        this.streamingNeedsLogin = streamingNeedsLogin;
    }
}
