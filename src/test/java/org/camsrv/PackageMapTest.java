package org.camsrv;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package map of the README as rules: the build fails when production code depends on a
 * package it should not. Tests are left out, because a test may reach across packages to set up.
 */
@AnalyzeClasses(packages = "org.camsrv", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageMapTest {

    private static final String LIBCAMERA = "org.camsrv.camera.libcamera..";
    private static final String LOG = "org.camsrv.log..";

    /** api and ui answer requests: nothing below them calls up, and neither calls the other. */
    @ArchTest
    static final ArchRule boundaryIsOnTop = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.camsrv..")
            .layer("api").definedBy("org.camsrv.api..")
            .layer("ui").definedBy("org.camsrv.ui..")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayNotBeAccessedByAnyLayer();

    /** The data directory, its atomic writes and the database are the bottom of the map. */
    @ArchTest
    static final ArchRule dataIsALeaf = noClasses().that().resideInAPackage("org.camsrv.data..")
            .should().dependOnClassesThat(camsrvOutside("org.camsrv.data.."));

    /**
     * The secrets file needs nothing of CamSrv but data's atomic write, which a key file must have too:
     * a second copy of that crash-safe write here would be worse than this one edge down to the bottom.
     */
    @ArchTest
    static final ArchRule secretsIsALeafAboveData = noClasses().that().resideInAPackage("org.camsrv.secrets..")
            .should().dependOnClassesThat(camsrvOutside("org.camsrv.secrets..", "org.camsrv.data.."));

    /** The JNA binding knows only libcamera's shim, so it can be tested against a stub shim alone. */
    @ArchTest
    static final ArchRule libcameraIsAPureBinding = noClasses().that().resideInAPackage(LIBCAMERA)
            .should().dependOnClassesThat(camsrvOutside(LIBCAMERA));

    /**
     * One seam to the binding: the adapter that makes it a Camera. It lives in camera, beside the
     * producer that opens it, so that camera -> camera.libcamera is the only direction.
     */
    @ArchTest
    static final ArchRule onlyTheAdapterUsesLibcamera = noClasses().that().resideOutsideOfPackage(LIBCAMERA)
            .and().doNotHaveFullyQualifiedName("org.camsrv.camera.LibcameraCamera")
            .should().dependOnClassesThat().resideInAPackage(LIBCAMERA);

    /**
     * MQTT sits beside the pages: it drives the cameras with the configuring user's rights and reads the
     * settings, and only the pages and the health check ask it how it is.
     */
    @ArchTest
    static final ArchRule mqttUsesOnlyCameraSettingsAndUsers = noClasses().that().resideInAPackage("org.camsrv.mqtt..")
            .should().dependOnClassesThat(camsrvOutside("org.camsrv.mqtt..", "org.camsrv.camera", "org.camsrv.settings..",
                    "org.camsrv.auth"));

    @ArchTest
    static final ArchRule onlyPagesAndHealthAskMqtt = noClasses().that()
            .resideOutsideOfPackages("org.camsrv.mqtt..", "org.camsrv.ui..", "org.camsrv.health..")
            .should().dependOnClassesThat().resideInAPackage("org.camsrv.mqtt..");

    /** The MQTT client library stays behind the mqtt package, so that it could be swapped there alone. */
    @ArchTest
    static final ArchRule onlyMqttUsesPaho = noClasses().that().resideOutsideOfPackage("org.camsrv.mqtt..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..");

    /** No cycle among the capabilities (auth with auth.token, camera with its subpackages, ...). */
    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles = slices().matching("org.camsrv.(*)..").should().beFreeOfCycles();

    /** Nor among single packages, so that camera and its subpackages also depend one way only. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.camsrv.(**)").should().beFreeOfCycles();

    /** The log's escaping needs nothing of CamSrv, so every package, the leaves too, may log through it. */
    @ArchTest
    static final ArchRule logIsALeaf = noClasses().that().resideInAPackage(LOG)
            .should().dependOnClassesThat(camsrvOutside(LOG));

    /** Every class logs through SafeLog: a logger of its own would write a client's CR LF into the log as it came. */
    @ArchTest
    static final ArchRule everyClassLogsThroughSafeLog = noClasses().that().resideOutsideOfPackage(LOG)
            .should().callMethod(java.util.logging.Logger.class, "getLogger", String.class)
            .orShould().callMethod(java.util.logging.Logger.class, "getLogger", String.class, String.class)
            .orShould().callMethod(java.util.logging.Logger.class, "getAnonymousLogger")
            .orShould().callMethod(java.lang.System.class, "getLogger", String.class);

    /** CamSrv outside {@code packages}; the log package is never counted, as every package may use it. */
    private static DescribedPredicate<JavaClass> camsrvOutside(String... packages) {
        String[] allowed = java.util.stream.Stream.concat(java.util.Arrays.stream(packages), java.util.stream.Stream.of(LOG))
                .toArray(String[]::new);
        return resideInAPackage("org.camsrv..").and(resideOutsideOfPackages(allowed));
    }
}
