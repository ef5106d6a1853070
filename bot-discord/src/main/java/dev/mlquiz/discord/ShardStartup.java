package dev.mlquiz.discord;

import java.util.HashSet;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Waits at start until every shard of this process is connected. The shard manager logs shards in one
 * after another, as Discord's identify limit allows, so there is no single "ready" to wait for.
 */
final class ShardStartup implements EventListener {
    private final Set<Integer> connected = new HashSet<>(); // guarded by this
    private boolean stopped; // guarded by this

    @Override
    public void onEvent(GenericEvent event) {
        if (!(event instanceof StatusChangeEvent)) {
            return;
        }
        JDA.Status status = ((StatusChangeEvent) event).getNewStatus();
        int shard = event.getJDA().getShardInfo().getShardId();
        synchronized (this) {
            if (status == JDA.Status.CONNECTED) {
                connected.add(shard);
            } else if (status == JDA.Status.SHUTDOWN || status == JDA.Status.FAILED_TO_LOGIN) {
                stopped = true;
            }
            notifyAll();
        }
    }

    /** @return false if a shard stopped (a rejected token, say) before all {@code expected} connected */
    synchronized boolean await(int expected) throws InterruptedException {
        while (connected.size() < expected && !stopped) {
            wait();
        }
        return !stopped;
    }
}
