/**
 * What the model's JSON binder and the validator share in how they read a document fast:
 * {@link io.github.councilplan.model.reading.ConcurrentGroups} runs two groups of work at once,
 * the calling thread doing whatever the helper has not begun, so that a busy or refusing helper
 * costs time, never a hang (the binder shares out a large document's lists with it, the validator
 * its walk and its rules); {@link io.github.councilplan.model.reading.ByteWords} reads and tests
 * a document's bytes eight at a time (the binder's search for where a list's items end, the
 * validator's check that the bytes are strictly UTF-8).
 *
 * <p>Exported only to {@code io.github.councilplan.schema}; not an API for users of the library.
 */
package io.github.councilplan.model.reading;
