package org.staffroom;

import java.util.Arrays;
import java.util.function.Supplier;

/** What every benchmark measures the same way: a few warm-up runs, then the median of many. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The median milliseconds of {@code runs} calls of {@code operation}, after {@code warmup} unmeasured ones. */
    public static double medianMillis(Supplier<?> operation, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            operation.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = millis(operation::get);
        }
        return median(millis);
    }

    public static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
