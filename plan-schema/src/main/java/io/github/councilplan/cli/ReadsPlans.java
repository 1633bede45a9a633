package io.github.councilplan.cli;

/**
 * Marks a subcommand that reads plan documents, so that {@link PlanCommand#main} prepares, on a
 * thread of its own, what reading one needs ({@link ReadingWarmUp}) while picocli parses the
 * arguments. A subcommand that reads none ({@code schema}, {@code template}) does not carry it,
 * and pays nothing for the preparation.
 */
interface ReadsPlans {}
