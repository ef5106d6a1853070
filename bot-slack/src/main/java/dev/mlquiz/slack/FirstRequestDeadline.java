package dev.mlquiz.slack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;

/**
 * Closes a connection whose first request has not arrived in full by the deadline. The idle timeout
 * only notices silence; a client that trickles header bytes (a slowloris) is never silent, so without
 * this it could hold a connection for as long as it keeps trickling.
 */
final class FirstRequestDeadline implements Connection.Listener {
    private final Connector connector;
    private final Duration deadline;

    FirstRequestDeadline(Connector connector, Duration deadline) {
        this.connector = connector;
        this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
        connector
                .getScheduler()
                .schedule(
                        () -> {
                            if (connection.getMessagesIn() == 0) {
                                connection.getEndPoint().close();
                            }
                        },
                        deadline.toMillis(),
                        TimeUnit.MILLISECONDS);
    }
}
