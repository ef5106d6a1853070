/**
 * Installations of the app in many workspaces (Slack's distributed apps): what serving a workspace needs,
 * its token kept sealed by the adapter, and the one-time states of installs in progress. Every process on
 * the database sees both, so an install may start on one process and finish on another.
 */
package dev.mlquiz.core.install;
