package folio.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open pages: "reload" after a good rebuild, "error" with the
 * diagnostics after a failed one. A newly connected page is told the current state at once:
 * "ok", "error", or "warning" with the warnings of the last good build.
 */
final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String state = "event: ok\ndata: ok\n\n";

    void connect(OutputStream stream) throws IOException {
        stream.write(": connected\nretry: 500\n\n".getBytes(StandardCharsets.UTF_8));
        stream.write(state.getBytes(StandardCharsets.UTF_8));
        stream.flush();
        clients.add(stream);
    }

    void reload() {
        reload("");
    }

    /** After a good rebuild that gave {@code warnings} (may be empty): reloaded pages show them. */
    void reload(String warnings) {
        state = warnings.isEmpty() ? "event: ok\ndata: ok\n\n" : event("warning", warnings);
        broadcast("event: reload\ndata: reload\n\n");
    }

    void error(String diagnostics) {
        state = event("error", diagnostics);
        broadcast(state);
    }

    private static String event(String name, String lines) {
        StringBuilder event = new StringBuilder("event: " + name + "\n");
        for (String line : lines.split("\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        return event.append('\n').toString();
    }

    /** A comment line keeps idle connections open through proxies and detects closed pages. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int clientCount() {
        return clients.size();
    }

    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // Already gone.
            }
        }
        clients.clear();
    }

    private void broadcast(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
                try {
                    client.close();
                } catch (IOException ignored) {
                    // The page was closed.
                }
            }
        }
    }
}
