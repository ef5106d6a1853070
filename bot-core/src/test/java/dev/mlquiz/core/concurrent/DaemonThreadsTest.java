package dev.mlquiz.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {
    static final Runnable NOTHING = () -> {};

    @Test
    void a_named_factory_gives_every_thread_its_name_and_never_holds_the_jvm_open() {
        ThreadFactory factory = DaemonThreads.named("mlquiz-timer");

        assertThat(factory.newThread(NOTHING).getName()).isEqualTo("mlquiz-timer");
        assertThat(factory.newThread(NOTHING)).matches(Thread::isDaemon, "is a daemon");
    }

    @Test
    void a_numbered_factory_counts_its_threads_from_one() {
        ThreadFactory factory = DaemonThreads.numbered("mlquiz-discord");

        assertThat(factory.newThread(NOTHING).getName()).isEqualTo("mlquiz-discord-1");
        Thread second = factory.newThread(NOTHING);
        assertThat(second.getName()).isEqualTo("mlquiz-discord-2");
        assertThat(second).matches(Thread::isDaemon, "is a daemon");
    }
}
