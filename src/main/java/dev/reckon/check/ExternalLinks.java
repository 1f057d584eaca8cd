package dev.reckon.check;

import dev.reckon.diag.Diagnostic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Checks external links politely: each address once (fragments dropped), one request at a time per
 * host, a few hosts at once, HEAD first and GET only when a server refuses HEAD, a timeout and an
 * honest User-Agent. A 4xx answer is an error (the page is gone); a timeout, refused connection or
 * 5xx is a warning, because it may be the network or the server having a bad minute.
 */
public final class ExternalLinks {
    static final String USER_AGENT = "Reckon-check/0.1 (static-site link checker)";
    private static final int HOSTS_AT_ONCE = 4;

    private final Duration timeout;

    /** @param timeout for connecting and for each request */
    public ExternalLinks(Duration timeout) {
        this.timeout = timeout;
    }

    /** Every problem among {@code uses}, in their order. */
    List<Diagnostic> check(List<PageFacts.LinkUse> uses) {
        Map<String, List<PageFacts.LinkUse>> byHost = new LinkedHashMap<>();
        Map<String, List<PageFacts.LinkUse>> byAddress = new LinkedHashMap<>();
        for (PageFacts.LinkUse use : uses) {
            String address = withoutFragment(use.url().strip());
            if (!byAddress.containsKey(address)) {
                byHost.computeIfAbsent(host(address), h -> new ArrayList<>()).add(use);
            }
            byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(use);
        }
        Map<String, Outcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        Semaphore hosts = new Semaphore(HOSTS_AT_ONCE);
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout).build();
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (List<PageFacts.LinkUse> sameHost : byHost.values()) {
                running.add(pool.submit(() -> {
                    hosts.acquireUninterruptibly();
                    try {
                        for (PageFacts.LinkUse use : sameHost) {
                            String address = withoutFragment(use.url().strip());
                            outcomes.put(address, fetch(client, address));
                        }
                    } finally {
                        hosts.release();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (PageFacts.LinkUse use : uses) {
            Outcome o = outcomes.get(withoutFragment(use.url().strip()));
            if (o != null && o.problem() != null) {
                problems.add(o.error()
                        ? Diagnostic.error(o.problem(), use.span(), use.lineText(), "update or remove the link")
                        : Diagnostic.warning(o.problem(), use.span(), use.lineText(), "try again later; if it persists, update the link"));
            }
        }
        return problems;
    }

    private record Outcome(String problem, boolean error) {
    }

    private Outcome fetch(HttpClient client, String address) {
        try {
            URI uri = URI.create(address);
            int status = send(client, uri, "HEAD");
            // Some servers refuse or mishandle HEAD; a GET is the request a reader's browser makes.
            if (status == 405 || status == 501 || status == 403 || status == 404) {
                status = send(client, uri, "GET");
            }
            if (status >= 400 && status < 500) {
                return new Outcome("external link answers " + status + ": " + address, true);
            }
            if (status >= 500) {
                return new Outcome("external link answers " + status + ": " + address, false);
            }
            return new Outcome(null, false);
        } catch (IllegalArgumentException e) {
            return new Outcome("malformed external link " + address, true);
        } catch (IOException e) {
            return new Outcome("external link could not be reached (" + e.getClass().getSimpleName() + "): " + address, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("external link check interrupted: " + address, false);
        }
    }

    private int send(HttpClient client, URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String host(String address) {
        try {
            String host = URI.create(address).getHost();
            return host == null ? address : host;
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}
