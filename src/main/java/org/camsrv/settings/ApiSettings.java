package org.camsrv.settings;

/**
 * The API settings of the Settings / API screen: whether the API is allowed, where the secrets
 * file lives and how long tokens live. Only the path is kept, never the key itself, so this
 * value can be stored and shown freely.
 */
public record ApiSettings(boolean apiAllowed, String secretsFilePath, int accessMinutes, int refreshDays) {

    /** Ten years in minutes (365 × 24 × 60 × 10): longer is surely a typing error. */
    public static final int MAX_ACCESS_MINUTES = 5_256_000;
    /** Ten years in days. */
    public static final int MAX_REFRESH_DAYS = 3650;

    static final String MINUTES_LABEL = "Access Token Expiration in Minutes";
    static final String DAYS_LABEL = "Refresh Token Expiration in Days";

    public ApiSettings {
        secretsFilePath = secretsFilePath == null ? "" : secretsFilePath.strip();
        String problem = minutesProblem(accessMinutes);
        if (problem == null) {
            problem = daysProblem(refreshDays);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public boolean hasSecretsPath() {
        return !secretsFilePath.isEmpty();
    }

    public ApiSettings withApiAllowed(boolean allowed) {
        return new ApiSettings(allowed, secretsFilePath, accessMinutes, refreshDays);
    }

    public ApiSettings withSecretsFilePath(String path) {
        return new ApiSettings(apiAllowed, path, accessMinutes, refreshDays);
    }

    public ApiSettings withAccessMinutes(int minutes) {
        return new ApiSettings(apiAllowed, secretsFilePath, minutes, refreshDays);
    }

    public ApiSettings withRefreshDays(int days) {
        return new ApiSettings(apiAllowed, secretsFilePath, accessMinutes, days);
    }

    /** The user-facing reason why {@code minutes} is refused, or null when it is fine. */
    static String minutesProblem(long minutes) {
        return rangeProblem(MINUTES_LABEL, minutes, MAX_ACCESS_MINUTES);
    }

    /** The user-facing reason why {@code days} is refused, or null when it is fine. */
    static String daysProblem(long days) {
        return rangeProblem(DAYS_LABEL, days, MAX_REFRESH_DAYS);
    }

    private static String rangeProblem(String label, long value, int max) {
        if (value < 0) {
            return label + " must be 0 or more";
        }
        if (value > max) {
            return label + " must be at most " + max + " (ten years)";
        }
        return null;
    }
}
