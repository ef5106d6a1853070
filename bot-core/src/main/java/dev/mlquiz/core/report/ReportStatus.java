package dev.mlquiz.core.report;

/** Where a report stands: waiting for an admin, or closed by one. */
public enum ReportStatus {
    OPEN,
    DISMISSED,
    RETIRED
}
