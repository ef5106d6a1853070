/** The Discord adapter: translates platform interactions into core calls and renders core views. */
package dev.mlquiz.discord;
