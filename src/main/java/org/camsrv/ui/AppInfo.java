package org.camsrv.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camsrv.camera.CameraService;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the header shows on every page: product version, camera, and the address in use. */
@Named
@ApplicationScoped
public class AppInfo {

    private final String version = readVersion();

    public String getVersion() {
        return version;
    }

    @Inject
    CameraService camera;

    /** The camera in use, as the header shows it. */
    public String getCameraName() {
        var description = camera.description();
        return description.simulated() ? "Simulated camera" : description.model();
    }

    public String getHostAndPort() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestServerName() + ":" + external.getRequestServerPort();
    }

    private static String readVersion() {
        Properties build = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/META-INF/camsrv-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return build.getProperty("version", "unknown");
    }
}
