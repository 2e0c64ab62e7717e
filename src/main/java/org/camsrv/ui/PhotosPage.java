package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.MediaLibrary;
import org.camsrv.log.SafeLog;

/** The Photos page: the media, newest first, a page at a time; a SuperUser may delete. */
@Named
@RequestScoped
public class PhotosPage {

    private static final SafeLog LOG = SafeLog.of(PhotosPage.class);
    static final int PER_PAGE = 24;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    CameraService cameras;

    @Inject
    CurrentUser currentUser;

    private MediaLibrary.Page shown;

    /** A file as the page shows it. */
    public record Entry(String name, String kind, String camera, String size, String time) {
        public boolean isPhoto() {
            return "photo".equals(kind);
        }

        public boolean isVideo() {
            return "video".equals(kind);
        }
    }

    public List<Entry> getEntries() {
        return page().items().stream().map(item -> new Entry(item.name(), item.kind().word(), "Camera " + item.camera(),
                HumanSizes.size(item.size()), TIME.format(item.time()))).toList();
    }

    public int getPageNumber() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        try {
            return asked == null ? 1 : Math.max(1, Integer.parseInt(asked.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageCount() {
        return Math.max(1, (page().total() + PER_PAGE - 1) / PER_PAGE);
    }

    /** How videos are recorded, and why not H.264 when they are not: AVI does not play in a browser. */
    public String getVideoEncoding() {
        return cameras.encoders().videos();
    }

    public boolean isVideosPlayInBrowser() {
        return getVideoEncoding().startsWith("H.264");
    }

    public int getTotal() {
        return page().total();
    }

    /** Deletes the file the post names (checked against the names the server makes, like every media name). */
    public String delete() {
        if (!currentUser.maySecureAndRunServer("delete media")) {
            return null;
        }
        String name = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mediaName");
        if (cameras.library().find(name).isEmpty()) {
            Pages.error(null, "No such media file");
            return null;
        }
        try {
            if (cameras.library().delete(name)) {
                LOG.info(() -> "Media file " + name + " deleted by " + currentUser.getName());
                Pages.info(name + " deleted");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Deleting media failed", e);
            Pages.error(null, name + " could not be deleted: " + e.getMessage());
            return null;
        }
        return Pages.redirectTo("/photos") + "&page=" + getPageNumber();
    }

    private MediaLibrary.Page page() {
        if (shown == null) {
            try {
                shown = cameras.library().list((getPageNumber() - 1) * PER_PAGE, PER_PAGE);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The media folder could not be listed", e);
                shown = new MediaLibrary.Page(List.of(), 0);
            }
        }
        return shown;
    }
}
