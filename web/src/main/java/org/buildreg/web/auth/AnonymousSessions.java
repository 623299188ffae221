package org.buildreg.web.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.buildreg.web.shell.SecurityHeadersFilter;

/**
 * Sessions of visitors who have not logged in are few and short: 登录 and 证书查验 keep none at all (stateless views,
 * the login nonce in a cookie), and the pages that do need one before login (新企业注册, 绑定加密锁, 找回密码) get it for
 * {@link #IDLE_MINUTES} idle minutes, at most {@link #PER_ADDRESS} at a time per source address; past that the
 * address is answered 429 until some expire. At login a session becomes a user's (30 minutes, not counted).
 * One registry per server (static: the filter and the listener are two instances the container makes).
 */
@WebFilter(urlPatterns = "/*")
@WebListener
public class AnonymousSessions extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    static final int PER_ADDRESS = 100;
    static final int IDLE_MINUTES = 10;
    private static final String ADDRESS = "buildreg.anonymousFrom";
    private static final Map<String, Integer> LIVE = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Bounded(request), response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByTooMany(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            SecurityHeadersFilter.apply(request, response);
            response.sendError(429);
        }
    }

    /** The session becomes a logged-in user's: the usual idle time, no longer counted against its address. */
    public static void loggedIn(HttpSession session) {
        Object address = session.getAttribute(ADDRESS);
        if (address != null) {
            session.removeAttribute(ADDRESS);
            release(address.toString());
        }
        session.setMaxInactiveInterval(30 * 60);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object address = event.getSession().getAttribute(ADDRESS);
        if (address != null) {
            release(address.toString());
        }
    }

    private static void release(String address) {
        LIVE.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    private static boolean causedByTooMany(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooMany) {
                return true;
            }
        }
        return false;
    }

    /** A visitor's request whose new session is counted, short-lived, and refused past the address's share. */
    private static final class Bounded extends HttpServletRequestWrapper {

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            String address = getRemoteAddr();
            if (LIVE.merge(address, 1, Integer::sum) > PER_ADDRESS) {
                release(address);
                throw new TooMany();
            }
            HttpSession session = super.getSession(true);
            session.setMaxInactiveInterval(IDLE_MINUTES * 60);
            session.setAttribute(ADDRESS, address);
            return session;
        }
    }

    /** The address holds as many visitor sessions as it may. */
    private static final class TooMany extends IllegalStateException {
        private static final long serialVersionUID = 1L;
    }
}
