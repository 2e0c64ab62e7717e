package it.org.camsrv.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;

/**
 * Test code only, added to the WAR of in-container tests: Arquillian runs those tests through a
 * servlet of its own, which CamSrv's login guard (deny by default) would send to the login page. This
 * filter goes before the guard for that one servlet's path and hands the request straight to it.
 */
@WebListener
public class TestRunnerPassage implements ServletContextListener {

    static final String RUNNER_SERVLET = "ArquillianServletRunnerEE9";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        FilterRegistration.Dynamic passage = event.getServletContext().addFilter("testRunnerPassage", Passage.class);
        passage.setAsyncSupported(true);
        // By path and before the declared mappings: filters mapped by servlet name would come after the guard.
        passage.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/" + RUNNER_SERVLET);
    }

    /** Forwards to the test runner; a forward meets no REQUEST filter, so the login guard is not asked. */
    public static class Passage extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            request.getServletContext().getNamedDispatcher(RUNNER_SERVLET).forward(request, response);
        }
    }
}
