/** A user's module: requires the library's modules as any named module would. */
module example.consumer {
    requires io.github.councilplan.examples;
}
