package folio.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open pages: "reload" after a good rebuild, "error" with the
 * diagnostics after a failed one. A newly connected page is told the current state at once.
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
        state = "event: ok\ndata: ok\n\n";
        broadcast("event: reload\ndata: reload\n\n");
    }

    void error(String diagnostics) {
        StringBuilder event = new StringBuilder("event: error\n");
        for (String line : diagnostics.split("\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        state = event.append('\n').toString();
        broadcast(state);
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
