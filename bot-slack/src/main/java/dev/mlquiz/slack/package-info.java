/** The Slack adapter: translates platform interactions into core calls and renders core views. */
package dev.mlquiz.slack;
