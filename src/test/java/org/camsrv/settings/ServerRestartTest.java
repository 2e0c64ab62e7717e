package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.DynamicMBean;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.Context;
import javax.naming.spi.InitialContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Restarting through Liberty's ApplicationMBean, with the two things Liberty provides played here:
 * a JNDI context that knows the application's name, and a management bean under Liberty's name.
 */
class ServerRestartTest {
    // Equivalent mutant PIT leaves alive: not restoring the interrupt flag when the pause is
    // interrupted; the restart thread ends right after either way.

    /**
     * A name of its own for each test: a restart thread left over from an earlier run in the same JVM
     * (PIT runs many mutants in one) must not find this run's bean.
     */
    static volatile String app;

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private ObjectName registered;

    /** Answers every lookup with the application's name, as java:app/AppName would. */
    public static final class AppNameContextFactory implements InitialContextFactory {
        @Override
        public Context getInitialContext(Hashtable<?, ?> environment) {
            return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                    (proxy, method, args) -> method.getName().equals("lookup") ? app : null);
        }
    }

    /** Liberty's ApplicationMBean, reduced to its restart operation. */
    private static final class Application implements DynamicMBean {
        final CountDownLatch restarted = new CountDownLatch(1);
        volatile Thread thread;
        volatile long restartedAt;

        @Override
        public Object invoke(String actionName, Object[] params, String[] signature) {
            if ("restart".equals(actionName)) {
                thread = Thread.currentThread();
                restartedAt = System.nanoTime();
                restarted.countDown();
            }
            return null;
        }

        @Override
        public MBeanInfo getMBeanInfo() {
            return new MBeanInfo(Application.class.getName(), "application", null, null,
                    new MBeanOperationInfo[] {new MBeanOperationInfo("restart", "restarts", new MBeanParameterInfo[0],
                            "void", MBeanOperationInfo.ACTION)}, null);
        }

        @Override
        public Object getAttribute(String attribute) {
            throw new UnsupportedOperationException(attribute);
        }

        @Override
        public void setAttribute(Attribute attribute) {
            throw new UnsupportedOperationException(attribute.getName());
        }

        @Override
        public AttributeList getAttributes(String[] attributes) {
            return new AttributeList();
        }

        @Override
        public AttributeList setAttributes(AttributeList attributes) {
            return new AttributeList();
        }
    }

    @BeforeEach
    void nameTheApplication() {
        app = "camsrv-restart-test-" + UUID.randomUUID();
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
        if (registered != null) {
            server.unregisterMBean(registered);
        }
    }

    private Application registerApplication() throws Exception {
        Application application = new Application();
        registered = new ObjectName("WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + app);
        server.registerMBean(application, registered);
        return application;
    }

    @Test
    void outsideLibertyThereIsNoWayToRestartAndItSaysSo() {
        // No JNDI here: the application's name cannot be looked up.
        assertFalse(new ServerRestart().restartApplication());
    }

    @Test
    void withoutTheApplicationsManagementBeanThereIsNoRestart() {
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, AppNameContextFactory.class.getName());

        assertFalse(new ServerRestart().restartApplication());
    }

    @Test
    void theRestartComesAfterTheAnswerOnADaemonThread() throws Exception {
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, AppNameContextFactory.class.getName());
        Application application = registerApplication();
        long asked = System.nanoTime();

        assertTrue(new ServerRestart().restartApplication());

        assertEquals(1, application.restarted.getCount(), "the page that asked is answered first");
        assertTrue(application.restarted.await(10, TimeUnit.SECONDS), "restart never invoked");
        long pause = TimeUnit.NANOSECONDS.toMillis(application.restartedAt - asked);
        assertTrue(pause >= 400, "restarted after only " + pause + " ms");
        assertEquals("camsrv-restart", application.thread.getName());
        assertTrue(application.thread.isDaemon(), "a pending restart must not keep a stopping server alive");
    }
}
