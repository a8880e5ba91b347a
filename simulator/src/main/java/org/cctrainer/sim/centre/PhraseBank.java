package org.cctrainer.sim.centre;

import org.cctrainer.sim.random.RandomStream;

/**
 * What customers write in surveys and what a QA evaluator notes on a failing call: short,
 * realistic texts so a trainee reads evidence, not just scores.
 */
final class PhraseBank {
    static final int QA_FLAG_BELOW = 60;

    private static final String[] POSITIVE = {
        "Sorted in one call, thank you.",
        "Really friendly and knew what they were doing.",
        "Explained everything clearly.",
        "Quick and helpful, no complaints.",
        "The agent went the extra mile for me.",
    };
    private static final String[] NEUTRAL = {
        "Fine, got there in the end.",
        "OK but I had to explain twice.",
        "Helpful enough, a bit rushed.",
        "Answered my question, nothing special.",
    };
    private static final String[] NEGATIVE = {
        "Felt like they wanted me off the phone.",
        "Nobody actually listened to the problem.",
        "I was told it was fixed and it isn't.",
        "Rude and in a hurry.",
        "Had to repeat my details three times.",
    };
    private static final String[] UNRESOLVED = {
        "Still not fixed, I'll have to call again.",
        "Promised a call back that never came.",
        "Third time contacting you about this.",
    };
    private static final String[] LONG_WAIT = {
        "Waited far too long to get through.",
        "The hold time was ridiculous.",
        "Took ages to reach anyone.",
    };
    private static final String[] FLAGGED = {
        "Customer: \"...so is my refund sorted?\" Agent: \"Should be, yeah. Anything else?\" [call ended 4 s later; no refund raised]",
        "Agent skipped identity verification and read out the account address.",
        "Customer: \"I've been bereaved and...\" Agent: \"I just need the account number.\" [no vulnerability noted]",
        "Agent told the customer the complaint was logged; no complaint record exists.",
        "Agent transferred the call without explanation; customer disconnected in transfer.",
        "Customer: \"Can you not just listen?\" Agent talked over the customer twice; no summary given.",
    };

    private PhraseBank() {
    }

    static String verbatim(int csat, boolean resolved, boolean longWait, RandomStream random) {
        if (!resolved && csat <= 3 && random.nextBoolean(0.6)) {
            return pick(UNRESOLVED, random);
        }
        if (longWait && csat <= 3 && random.nextBoolean(0.5)) {
            return pick(LONG_WAIT, random);
        }
        if (csat >= 4) {
            return pick(POSITIVE, random);
        }
        return csat == 3 ? pick(NEUTRAL, random) : pick(NEGATIVE, random);
    }

    /** What a customer whose escalation case was mishandled writes: no draw, the outcome says it all. */
    static String failedCaseVerbatim(int earlierContacts) {
        return earlierContacts > 0
                ? "I've been on to you about this again and again and it's still not sorted. I'm making a formal complaint."
                : "Nobody sorted it out, so I'm having to chase you. I'm making a formal complaint.";
    }

    static String flaggedExcerpt(RandomStream random) {
        return pick(FLAGGED, random);
    }

    private static String pick(String[] phrases, RandomStream random) {
        return phrases[random.nextInt(phrases.length)];
    }
}
