package org.cctrainer.backend.exercise;

/** The running build's version (from the jar's manifest), recorded with every exercise. */
public final class SoftwareVersion {
    private SoftwareVersion() {
    }

    public static String get() {
        String version = SoftwareVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
