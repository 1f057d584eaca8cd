package dev.reckon.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the preview server answers. A page on another site can make the
 * browser send requests to this port under a name it controls (DNS rebinding); such requests carry
 * that foreign name. IP literals and {@code localhost} cannot be rebound, and the name the server
 * was bound to is the author's own choice, so those are the only hosts served.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private final String boundName;

    /** @param boundName the address or name given to {@code --bind} */
    HostCheck(String boundName) {
        this.boundName = boundName.toLowerCase(Locale.ROOT);
    }

    /** True for a Host header naming this machine in a way no other site can control. */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostOf(hostHeader.trim().toLowerCase(Locale.ROOT));
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals(boundName)
                || IPV4.matcher(host).matches() || host.startsWith("[");
    }

    /** The host part of {@code host[:port]} or {@code [v6]:port}. */
    private static String hostOf(String header) {
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            return close < 0 ? header : header.substring(0, close + 1);
        }
        int colon = header.lastIndexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }
}
