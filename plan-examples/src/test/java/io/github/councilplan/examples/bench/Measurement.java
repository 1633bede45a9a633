package io.github.councilplan.examples.bench;

/**
 * One benchmark's result at one document size.
 *
 * @param benchmark the benchmark, as {@code Class.method}, such as {@code "LoadBenchmark.load"}
 * @param size the document size label, such as {@code "2MB"}
 * @param microsPerOp the average time of one operation, in microseconds
 * @param errorMicros the 99.9 % confidence half-interval of that time (NaN when JMH has none)
 * @param bytesPerOp the bytes allocated by one operation ({@code gc.alloc.rate.norm}), NaN if unknown
 */
record Measurement(String benchmark, String size, double microsPerOp, double errorMicros, double bytesPerOp) {
    /** Returns the class part of {@link #benchmark()}. */
    String benchmarkClass() {
        return benchmark.substring(0, benchmark.indexOf('.'));
    }

    /** Returns the method part of {@link #benchmark()}. */
    String method() {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    /** Returns the throughput over a document of {@code bytes} bytes, in MB/s (10^6 bytes a second). */
    double megabytesPerSecond(long bytes) {
        return bytes / microsPerOp;
    }

    /** Returns the bytes allocated per byte of a document of {@code bytes} bytes. */
    double allocationPerInputByte(long bytes) {
        return bytesPerOp / bytes;
    }
}
