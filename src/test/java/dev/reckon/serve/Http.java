package dev.reckon.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP/1.1 client: the request line goes out byte for byte, because the traversal tests must
 * send paths ({@code /../}, {@code %2e%2e}) that ordinary clients would normalise away.
 */
final class Http {
    record Response(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private Http() {
    }

    static Response get(int port, String rawPath) throws IOException {
        return request(port, "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    static Response request(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, split);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new Response(status, head, raw.substring(split + 4));
        }
    }

    /** Reads an event stream until a line equal to {@code line} arrives (the socket timeout bounds the wait). */
    static boolean awaitLine(InputStream in, String line) throws IOException {
        StringBuilder current = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                if (current.toString().equals(line)) {
                    return true;
                }
                current.setLength(0);
            } else if (c != '\r') {
                current.append((char) c);
            }
        }
        return false;
    }
}
