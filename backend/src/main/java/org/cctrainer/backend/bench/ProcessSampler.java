package org.cctrainer.backend.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Samples this JVM's CPU and heap once a second between {@link #start()} and {@link #stop()}.
 * CPU is given as a fraction of the whole machine (1.0 = every core busy), as
 * {@code OperatingSystemMXBean.getProcessCpuLoad} reports it; the average is also checked
 * against the process CPU time spent over the window, which does not depend on sampling.
 */
public final class ProcessSampler {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** What one window looked like; CPU as fractions of the machine, heap in bytes. */
    public record Window(double cpuLoadAverage, double cpuLoadMax, double cpuTimeShare, double machineCpuAverage,
                         long heapUsedAverage, long heapUsedMax, long heapUsedEnd, int samples, long gcCount,
                         long gcMillis) {
        public String describe() {
            return String.format("CPU %.0f%% of the machine (max %.0f%%; by CPU time %.0f%%), machine %.0f%%; "
                            + "heap used avg %d MB, max %d MB, end %d MB; %d GCs, %d ms in GC", cpuLoadAverage * 100,
                    cpuLoadMax * 100, cpuTimeShare * 100, machineCpuAverage * 100, heapUsedAverage >> 20,
                    heapUsedMax >> 20, heapUsedEnd >> 20, gcCount, gcMillis);
        }
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> task;
    private double cpuSum;
    private double cpuMax;
    private double machineSum;
    private long heapSum;
    private long heapMax;
    private int samples;
    private long cpuTimeStart;
    private long wallStart;
    private long gcCountStart;
    private long gcMillisStart;

    public synchronized void start() {
        cpuSum = 0;
        cpuMax = 0;
        machineSum = 0;
        heapSum = 0;
        heapMax = 0;
        samples = 0;
        cpuTimeStart = OS.getProcessCpuTime();
        gcCountStart = gcCount();
        gcMillisStart = gcMillis();
        wallStart = System.nanoTime();
        OS.getProcessCpuLoad(); // the first reading after a while covers the time since the previous one
        task = timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
        double cpu = OS.getProcessCpuLoad();
        double machine = OS.getCpuLoad();
        long heap = MEMORY.getHeapMemoryUsage().getUsed();
        if (cpu >= 0) {
            cpuSum += cpu;
            cpuMax = Math.max(cpuMax, cpu);
        }
        machineSum += Math.max(0, machine);
        heapSum += heap;
        heapMax = Math.max(heapMax, heap);
        samples++;
    }

    public synchronized Window stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        long heapEnd = MEMORY.getHeapMemoryUsage().getUsed();
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpuTime = (OS.getProcessCpuTime() - cpuTimeStart) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        int n = Math.max(1, samples);
        return new Window(cpuSum / n, cpuMax, wall <= 0 ? 0 : cpuTime / wall / cores, machineSum / n, heapSum / n,
                Math.max(heapMax, heapEnd), heapEnd, samples, gcCount() - gcCountStart, gcMillis() - gcMillisStart);
    }

    /** Collections so far, every collector (with G1: young, mixed and concurrent cycles). */
    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /** Time in collections so far; for G1's young and mixed collections this is their pause time. */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    public void shutdown() {
        timer.shutdownNow();
    }

    public static long heapUsed() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
