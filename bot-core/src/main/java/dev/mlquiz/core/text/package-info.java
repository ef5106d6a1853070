/**
 * What mlquiz says, apart from the language it says it in: message keys ({@link dev.mlquiz.core.text.Msg}),
 * texts that carry a key and its arguments ({@link dev.mlquiz.core.text.Text}), and the catalog that
 * resolves them from a resource bundle ({@link dev.mlquiz.core.text.Catalog}). Views carry texts; renderers
 * resolve them. A new language is a new {@code messages_xx.properties}.
 */
package dev.mlquiz.core.text;
