package org.cctrainer.backend.alerts;

/**
 * What a rule says about one reading: the alert's title ("Billing below SLA"), a sentence a
 * supervisor understands at a glance, and the threshold the sentence measures against.
 */
public record Description(String title, String message, double threshold) {
}
