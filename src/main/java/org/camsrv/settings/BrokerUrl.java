package org.camsrv.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A broker address as the Integrations tab takes it: {@code mqtt://host[:port]} or
 * {@code mqtts://host[:port]} (TLS), nothing else: no user in it (the password must not end up in
 * the stored configuration), no path, no query. Ports default to MQTT's 1883 and 8883.
 */
public record BrokerUrl(boolean tls, String host, int port) {

    public static final int PLAIN_PORT = 1883;
    public static final int TLS_PORT = 8883;
    /** A DNS name or an IPv4 address; IPv6 literals come in brackets. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?");

    public BrokerUrl {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The broker address needs a host: mqtt://host[:port]");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The broker port must be from 1 to 65535");
        }
    }

    /** Reads what the owner typed; the message of the exception says what is wrong, in the page's words. */
    public static BrokerUrl parse(String text) {
        String url = text == null ? "" : text.strip();
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("The broker address must look like mqtt://host[:port] or mqtts://host[:port]");
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("mqtt") && !scheme.equals("mqtts")) {
            throw new IllegalArgumentException("The broker address must start with mqtt:// or mqtts://, not " + shorten(scheme) + "://");
        }
        String rest = url.substring(schemeEnd + 3);
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.contains("@")) {
            throw new IllegalArgumentException("Give the broker's user and password in their own fields, not in the address");
        }
        if (rest.contains("/") || rest.contains("?") || rest.contains("#")) {
            throw new IllegalArgumentException("The broker address takes no path or query: mqtt://host[:port]");
        }
        URI uri;
        try {
            uri = new URI("mqtt://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The broker address " + shorten(url) + " is not a valid address");
        }
        boolean tls = scheme.equals("mqtts");
        String host = uri.getHost();
        if (host == null || !(host.startsWith("[") || HOST_NAME.matcher(host).matches())) {
            int colon = rest.lastIndexOf(':');
            boolean hostThenPort = colon > 0 && !rest.startsWith("[") && HOST_NAME.matcher(rest.substring(0, colon)).matches();
            throw new IllegalArgumentException(hostThenPort
                    ? "The broker port must be a number from 1 to 65535" : "The broker address needs a host: mqtt://host[:port]");
        }
        int port = uri.getPort();
        if (port == -1 && rest.endsWith(":")) {
            throw new IllegalArgumentException("The broker port must be a number from 1 to 65535");
        }
        if (port == 0 || port > 65535) {
            throw new IllegalArgumentException("The broker port must be from 1 to 65535, not " + port);
        }
        return new BrokerUrl(tls, host, port == -1 ? (tls ? TLS_PORT : PLAIN_PORT) : port);
    }

    /** The address in Paho's form: tcp:// or ssl://. */
    public String clientUri() {
        return (tls ? "ssl://" : "tcp://") + host + ":" + port;
    }

    /** The host without an IPv6 literal's brackets, for a name lookup. */
    public String hostForLookup() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return (tls ? "mqtts://" : "mqtt://") + host + ":" + port;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
