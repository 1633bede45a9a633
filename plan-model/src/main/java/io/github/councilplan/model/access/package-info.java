/**
 * The model's builders, accessors, setters and JSON factories as functional interfaces, for the
 * model's structure ({@code io.github.councilplan.model.structure}) and its JSON binding
 * ({@code io.github.councilplan.model.json}), which ask for them once, by type and property name.
 * They are plain calls written from the structure by a generator (in this package's tests) and held
 * to it by a test, rather than method handles or classes spun at run time: a command that reads
 * many plans then has no adapter classes to make and compile. Not exported: nothing outside this
 * module needs it.
 */
package io.github.councilplan.model.access;
