/**
 * Method handles of the model's methods made into functional interfaces, for the model's
 * structure ({@code io.github.councilplan.model.structure}) and its JSON binding
 * ({@code io.github.councilplan.model.json}), which find the model's accessors, builders and
 * setters once, by name. Not exported: nothing outside this module needs it.
 */
package io.github.councilplan.model.invoke;
