package dev.mlquiz.slack;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Closes a new connection when its remote address already holds the maximum, so one client cannot take
 * every connection slot. (Behind a reverse proxy every connection shares the proxy's address: the
 * maximum is generous for that reason.)
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private final int max;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /**
     * Each counted connection's address, as it was when it opened: once the connection is closed its
     * endpoint no longer tells it, and a close that is not counted would shrink the address's share for
     * good (behind a load balancer, Slack's whole share).
     */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) {
            return;
        }
        counted.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > max) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getAddress() : null;
    }
}
