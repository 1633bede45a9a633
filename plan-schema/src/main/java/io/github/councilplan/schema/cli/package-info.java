/**
 * The {@code plan} command line: {@code plan validate [--format text|json] [--strict] FILE...}
 * checks plan documents with the {@link io.github.councilplan.schema.PlanValidator} and reports
 * every problem, located, for people or as JSON. {@link io.github.councilplan.schema.cli.PlanCommand}
 * is the main class of the {@code plan-schema-VERSION-cli.jar}.
 *
 * <p>Not exported from the module and not an API: the commands, their output and their exit codes
 * are the contract, as the README describes them.
 */
package io.github.councilplan.schema.cli;
