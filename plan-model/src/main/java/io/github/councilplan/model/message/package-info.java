/**
 * How messages show values from outside: {@link io.github.councilplan.model.message.ShownValue}
 * quotes a value in an exception's or a problem's message, shortened and with every character
 * that could act on a terminal escaped.
 *
 * <p>Exported only to {@code io.github.councilplan.schema}, whose validator and command line
 * quote values the same way; not an API for users of the library.
 */
package io.github.councilplan.model.message;
