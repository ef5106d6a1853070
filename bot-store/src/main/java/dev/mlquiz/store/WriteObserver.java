package dev.mlquiz.store;

import java.time.Duration;

/**
 * Told of every transaction the database's single writer ran: how many units it held and how long it took,
 * committed or not. The launcher turns this into metrics; a plain interface keeps this package free of any
 * metrics library. Called on the writer thread, so it must be quick.
 */
@FunctionalInterface
public interface WriteObserver {

    void transactionWritten(int units, Duration took);

    WriteObserver NONE = (units, took) -> {};
}
