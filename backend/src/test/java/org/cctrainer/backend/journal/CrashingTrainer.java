package org.cctrainer.backend.journal;

/**
 * A trainer process to kill: it journals one exercise and reports on stdout how far it got.
 * Arguments: the journal URL, the flush interval in ms, and "then-wait" (stop appending after
 * the second phase) or "then-keep-going" (append until killed).
 */
public final class CrashingTrainer {
    static final int FLUSHED = 1_000;
    static final int MORE = 500;

    public static void main(String[] args) throws InterruptedException {
        JdbcJournal journal = JdbcJournal.open(args[0], Long.parseLong(args[1]));
        journal.exerciseCreated(Recordings.running("doomed", 1));
        long seq = 0;
        while (seq < FLUSHED) {
            journal.append(Recordings.entry("doomed", ++seq));
        }
        journal.flush();
        System.out.println("stored " + seq);
        while (seq < FLUSHED + MORE) {
            journal.append(Recordings.entry("doomed", ++seq));
        }
        System.out.println("appended " + seq);
        if (args[2].equals("then-wait")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        while (true) {
            journal.append(Recordings.entry("doomed", ++seq));
            if (seq % 1_000 == 0) {
                Thread.sleep(1);
            }
        }
    }
}
