package dev.mlquiz.core.report;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryReportStoreTest extends ReportStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected ReportStore store() {
        return storage.stores().reports();
    }
}
