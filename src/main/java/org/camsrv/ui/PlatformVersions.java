package org.camsrv.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** The versions under CamSrv, read at run time: Open Liberty from its install folder, and the Java in use. */
final class PlatformVersions {

    static final String UNKNOWN = "unknown";
    private static final String LIBERTY_VERSION_FILE = "lib/versions/openliberty.properties";

    private PlatformVersions() {
    }

    /** Liberty names its install folder in a system property; its start script also in the environment. */
    static String openLiberty() {
        return openLiberty(Optional.ofNullable(System.getProperty("wlp.install.dir"))
                .or(() -> Optional.ofNullable(System.getenv("WLP_INSTALL_DIR"))));
    }

    static String openLiberty(Optional<String> installFolder) {
        if (installFolder.isEmpty() || installFolder.get().isBlank()) {
            return UNKNOWN;
        }
        Properties product = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(installFolder.get()).resolve(LIBERTY_VERSION_FILE))) {
            product.load(in);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
        return product.getProperty("com.ibm.websphere.productVersion", UNKNOWN).strip();
    }

    /** "17.0.12+7 (Eclipse Adoptium)". */
    static String java() {
        return Runtime.version() + " (" + System.getProperty("java.vendor", UNKNOWN) + ")";
    }

    /** "Linux 6.6.51+rpt-rpi-2712 (aarch64)". */
    static String operatingSystem() {
        return System.getProperty("os.name", UNKNOWN) + " " + System.getProperty("os.version", "") + " ("
                + System.getProperty("os.arch", UNKNOWN) + ")";
    }
}
