package org.camsrv.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
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

    /** The camera in use; the camera adapter fills this in. */
    public String getCameraName() {
        return "no camera yet";
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
