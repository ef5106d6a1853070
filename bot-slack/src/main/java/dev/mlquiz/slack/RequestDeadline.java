package dev.mlquiz.slack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;

/**
 * Closes a connection that has not brought in a new complete request within each deadline: its first
 * one, and every later one on a kept-alive connection. The idle timeout only notices silence; a client
 * that trickles header bytes (a slowloris) is never silent, so without this it could hold a connection
 * for as long as it keeps trickling, after one cheap request as well as before.
 */
final class RequestDeadline implements Connection.Listener {
    private final Connector connector;
    private final Duration deadline;

    RequestDeadline(Connector connector, Duration deadline) {
        this.connector = connector;
        this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
        checkLater(connection, 0);
    }

    private void checkLater(Connection connection, long requestsBefore) {
        connector
                .getScheduler()
                .schedule(
                        () -> {
                            if (!connection.getEndPoint().isOpen()) {
                                return;
                            }
                            long requests = connection.getMessagesIn();
                            if (requests == requestsBefore) {
                                connection.getEndPoint().close();
                            } else {
                                checkLater(connection, requests);
                            }
                        },
                        deadline.toMillis(),
                        TimeUnit.MILLISECONDS);
    }
}
