package org.camsrv.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.camsrv.log.SafeLog;

/**
 * Restarts this application inside the running Liberty server through Liberty's ApplicationMBean,
 * so that a stored configuration takes effect, as raspiCamSrv's Restart Server does. The restart
 * runs on its own thread after a short pause, so that the page that asked for it is answered first.
 */
@ApplicationScoped
public class ServerRestart {

    private static final SafeLog LOG = SafeLog.of(ServerRestart.class);
    private static final long PAUSE_MILLIS = 500;

    /** Starts the restart; answers false when the server offers no way to restart the application. */
    public boolean restartApplication() {
        ObjectName application;
        try {
            String name = (String) new InitialContext().lookup("java:app/AppName");
            application = new ObjectName("WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + name);
            if (!ManagementFactory.getPlatformMBeanServer().isRegistered(application)) {
                LOG.warning("Restart not possible: the server has no management bean for application " + name);
                return false;
            }
        } catch (NamingException | JMException e) {
            LOG.log(Level.WARNING, "Restart not possible", e);
            return false;
        }
        Thread restart = new Thread(() -> invokeRestart(application), "camsrv-restart");
        restart.setDaemon(true);
        restart.start();
        return true;
    }

    private static void invokeRestart(ObjectName application) {
        try {
            Thread.sleep(PAUSE_MILLIS);
            LOG.info("Restarting the application");
            ManagementFactory.getPlatformMBeanServer().invoke(application, "restart", null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JMException e) {
            LOG.log(Level.WARNING, "The application could not be restarted", e);
        }
    }
}
