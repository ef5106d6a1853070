package dev.mlquiz.app.admin;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

/** Where the admin endpoints listen: {@code MLQUIZ_ADMIN_HOST} (default loopback) and {@code MLQUIZ_ADMIN_PORT}. */
final class AdminAddress {
    static final String DEFAULT_HOST = "127.0.0.1";

    private AdminAddress() {}

    /**
     * Empty when {@code MLQUIZ_ADMIN_PORT} is unset or blank: then no admin server runs.
     *
     * @throws IllegalArgumentException for a port that is not a number from 0 to 65535
     */
    static Optional<InetSocketAddress> from(Map<String, String> env) {
        Optional<String> port = value(env, "MLQUIZ_ADMIN_PORT");
        if (port.isEmpty()) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(port.get());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65_535) {
            throw new IllegalArgumentException(
                    "MLQUIZ_ADMIN_PORT must be a port number from 0 to 65535, not '" + port.get() + "'");
        }
        return Optional.of(new InetSocketAddress(value(env, "MLQUIZ_ADMIN_HOST").orElse(DEFAULT_HOST), number));
    }

    /** "127.0.0.1:9400", as an operator typed it, without a reverse lookup. */
    static String shown(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
