package org.cctrainer.backend.http;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.List;

/**
 * The Origin check on WebSocket upgrades: a browser page may open a stream only if it was
 * served by this trainer (same host and port as the request) or by an origin configured with
 * {@code --allowed-origin}. Clients that send no Origin (not a browser) are judged by their
 * credentials alone.
 */
final class Origins {
    private Origins() {
    }

    static boolean allowed(HttpServerRequest request, List<String> configured) {
        String origin = request.getHeader("origin");
        if (origin == null) {
            return true;
        }
        if (configured.contains(origin)) {
            return true;
        }
        String host = request.getHeader("host");
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority)
                    || host.equalsIgnoreCase(uri.getHost() + ":" + defaultPort(uri.getScheme())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
