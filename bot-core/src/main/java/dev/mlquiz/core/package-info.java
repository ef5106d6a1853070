/** The platform-neutral quiz engine. Knows nothing of Discord or Slack. */
package dev.mlquiz.core;
