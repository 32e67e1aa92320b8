package folio.serve;

import com.sun.net.httpserver.HttpExchange;
import folio.output.CompactFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Answers the preview's HTTP requests: pages and files of the current snapshot (with the reload
 * script and error overlay injected into HTML), the live-reload event stream, and nothing
 * outside the site.
 */
final class SiteRequests {
    private static final String HEAD_INJECTION = "<link rel=\"stylesheet\" href=\"/_folio/overlay.css\">"
            + "<script src=\"/_folio/reload.js\" defer></script>";

    private final Supplier<SiteSnapshot> snapshot;
    private final LiveReload liveReload;
    private final BooleanSupplier stopped;

    SiteRequests(Supplier<SiteSnapshot> snapshot, LiveReload liveReload, BooleanSupplier stopped) {
        this.snapshot = snapshot;
        this.liveReload = liveReload;
        this.stopped = stopped;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host != null && !isLoopbackName(host)) {
                // DNS rebinding: another web site can point a name of its own at 127.0.0.1 and read the preview from
                // the reader's browser, drafts and error messages included. The browser sends that name as the Host.
                send(exchange, 403, "text/plain; charset=utf-8", ("Forbidden: this preview answers to 127.0.0.1 and "
                        + "localhost only, not to the name '" + host.strip() + "'.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals("/_folio/events")) {
                events(exchange);
                return;
            }
            if (rawPath.equals("/_folio/reload.js") || rawPath.equals("/_folio/overlay.css")) {
                resource(exchange, rawPath.substring("/_folio/".length()));
                return;
            }
            Optional<String> path = RequestPath.resolve(rawPath);
            if (path.isEmpty()) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden: path outside the site.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            SiteSnapshot current = snapshot.get();
            byte[] body = load(current, path.get());
            if (body == null && !path.get().endsWith(".html") && !path.get().contains(".")) {
                body = load(current, path.get() + "/index.html");
                if (body != null) {
                    exchange.getResponseHeaders().set("Location", rawPath + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
            }
            if (body == null) {
                byte[] notFound = load(current, "404.html");
                send(exchange, 404, "text/html; charset=utf-8",
                        notFound == null ? "<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8)
                                : inject(notFound));
                return;
            }
            String type = ContentTypes.of(path.get());
            send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
        }
    }

    /** Whether a Host header names this machine's loopback address ("127.0.0.1:8080", "localhost", "[::1]:8080"). */
    static boolean isLoopbackName(String host) {
        String name = host.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && colon > name.lastIndexOf(']') && name.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            name = name.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static byte[] load(SiteSnapshot current, String path) throws IOException {
        byte[] generated = current.generated().get(path);
        if (generated != null) {
            return generated;
        }
        Path copy = current.copies().get(path);
        return copy == null || !Files.isRegularFile(copy) ? null : CompactFiles.read(path, copy);
    }

    private static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int head = text.indexOf("</head>");
        String injected = head < 0 ? HEAD_INJECTION + text : text.substring(0, head) + HEAD_INJECTION + text.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        liveReload.connect(body);
        // Hold the exchange open: the stream is closed when the page goes away or the server stops.
        try {
            while (!stopped.getAsBoolean()) {
                Thread.sleep(1000);
                if (!isConnected(body)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isConnected(OutputStream body) {
        try {
            body.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void resource(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = SiteRequests.class.getResourceAsStream("/folio/serve/" + name)) {
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            send(exchange, in == null ? 404 : 200, ContentTypes.of(name), bytes);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
