package org.cctrainer.backend.core.scripts;

import org.cctrainer.backend.core.Trainee;

/** How an expert and a costly-wrong trainee play one shipped scenario (a passive one does nothing). */
public interface ScenarioScripts {
    String scenario();

    /** The right actions at the right times. */
    void expert(Trainee trainee);

    /** Busy, expensive and wrong: the common mistakes the marking scheme's penalties name. */
    void costlyWrong(Trainee trainee);
}
