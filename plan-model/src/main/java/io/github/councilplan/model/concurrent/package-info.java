/**
 * How one document's work is shared between the calling thread and a helper:
 * {@link io.github.councilplan.model.concurrent.ConcurrentGroups} runs two groups of work at once,
 * the calling thread doing whatever the helper has not begun, so that a busy or refusing helper
 * costs time, never a hang. The JSON binder shares out a large document's lists with it, and the
 * validator its walk and its rules.
 *
 * <p>Exported only to {@code io.github.councilplan.schema}; not an API for users of the library.
 */
package io.github.councilplan.model.concurrent;
