package it.org.camsrv.support;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build made, deployed as it is except for its MicroProfile Config defaults: each
 * test class gives the app its own data directory and presets, as an owner would through the
 * environment.
 */
public final class CamsrvArchive {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private final Map<String, String> config = new LinkedHashMap<>();

    private CamsrvArchive(Path dataDirectory) {
        config.put("camsrv.data.dir", dataDirectory.toString());
        // In-container tests read where to send their HTTP requests from here.
        config.put("it.base.url", "http://localhost:" + System.getProperty("it.http.port", "9080") + "/");
    }

    public static CamsrvArchive withDataDirectory(Path dataDirectory) {
        return new CamsrvArchive(dataDirectory);
    }

    /** A fresh temporary data directory for one test class. */
    public static Path newDataDirectory(String testName) {
        try {
            return Files.createTempDirectory("camsrv-" + testName + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CamsrvArchive with(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** The usual start: SuperUser "owner" (password "owner-password") and the API active on a secrets file in the data directory. */
    public static CamsrvArchive ownerWithApi(Path dataDirectory) {
        return withDataDirectory(dataDirectory).admin("owner", "owner-password")
                .with("camsrv.api.secrets.file", secretsFileIn(dataDirectory).toString());
    }

    /** {@link #ownerWithApi} on two simulated cameras, so that the second-camera routes have a camera. */
    public static CamsrvArchive ownerWithApiAndTwoCameras(Path dataDirectory) {
        return ownerWithApi(dataDirectory).with("camsrv.camera", "simulated").with("camsrv.camera.simulated.count", "2");
    }

    /** Where {@link #ownerWithApi} puts the secrets file. */
    public static Path secretsFileIn(Path dataDirectory) {
        return dataDirectory.resolve("camsrv.secrets");
    }

    public CamsrvArchive admin(String name, String password) {
        return with("camsrv.admin.user", name).with("camsrv.admin.password", password);
    }

    public WebArchive build() {
        File war = new File(System.getProperty("it.war", "target/camsrv.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "camsrv.war").importFrom(war).as(WebArchive.class);
        Properties merged = new Properties();
        try (var in = archive.get(CONFIG).getAsset().openStream()) {
            merged.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        merged.putAll(config);
        StringWriter text = new StringWriter();
        try {
            merged.store(text, "test configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archive.delete(CONFIG);
        archive.add(new StringAsset(text.toString()), CONFIG);
        archive.addAsWebInfResource(new StringAsset(
                "<web-ext xmlns=\"http://websphere.ibm.com/xml/ns/javaee\" version=\"1.0\"><context-root uri=\"/\"/></web-ext>"),
                "ibm-web-ext.xml");
        return archive;
    }
}
