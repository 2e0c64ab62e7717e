package org.camsrv.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camsrv.camera.CameraService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the header shows on every page: product version, camera, and the address in use. */
@Named
@ApplicationScoped
public class AppInfo {

    @Inject
    @ConfigProperty(name = "camsrv.version")
    String version;

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
}
