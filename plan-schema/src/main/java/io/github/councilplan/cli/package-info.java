/**
 * The {@code plan} command line: {@code plan validate [--format text|json|sarif|junit] [--strict]
 * FILE...} checks plan documents (or the documents below directories) with the
 * {@link io.github.councilplan.schema.PlanValidator} and reports every problem, located, for
 * people, as JSON, as SARIF for code scanning tools or as JUnit XML for CI servers;
 * {@code plan schema [--output OUT]} writes the bundled JSON Schema for other validators;
 * {@code plan trace [--format text|json] FILE ID}
 * tells where an element sits, its links and what it serves or is served by; and
 * {@code plan render --format markdown|mermaid|csv|html [--output OUT] FILE} writes a plan through the
 * renderings of {@code io.github.councilplan.render}.
 * {@link io.github.councilplan.cli.PlanCommand} is the main class of the
 * {@code plan-schema-VERSION-cli.jar}.
 *
 * <p>A command that needs one valid plan takes the {@code PlanFile} mixin, which validates the
 * document, reports its problems as {@code plan validate} does and fails with exit code 1 when it
 * is invalid; a command fails by throwing {@code CommandFailure} with its message and exit code.
 * Adding such a command is one class and a line in {@code PlanCommand}'s subcommands.
 *
 * <p>Not exported from the module and not an API: the commands, their output and their exit codes
 * are the contract, as docs/cli.md describes them.
 */
package io.github.councilplan.cli;
