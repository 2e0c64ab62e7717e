package org.camsrv.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camsrv.auth.User;
import org.camsrv.auth.token.ApiActivation;
import org.camsrv.auth.token.GeneratedToken;
import org.camsrv.auth.token.GeneratedTokens;
import org.camsrv.settings.ApiSettings;
import org.camsrv.settings.ApiStatus;
import org.camsrv.settings.ExpirationInput;
import org.camsrv.settings.SettingsService;

/**
 * The API tab: the three JWT settings, the status line, and generated tokens. A generated token
 * lives only in this request-scoped bean for the one response that shows it: it is never put in
 * the session, the view state or a log, and the response is marked no-store.
 */
@Named
@RequestScoped
public class ApiTab {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    private static final java.time.format.DateTimeFormatter SECONDS = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    public static final String RECOMMENDED_PATH = "/home/<user>/.secrets/raspiCamSrv.secrets";

    @Inject
    SettingsService settings;

    @Inject
    ApiActivation activation;

    @Inject
    GeneratedTokens generatedTokens;

    @Inject
    CurrentUser currentUser;

    private String secretsPath;
    private String minutes;
    private String days;
    private String tokenName;
    private String generatedToken;

    @PostConstruct
    void showCurrent() {
        ApiSettings api = settings.apiSettings();
        secretsPath = api.secretsFilePath();
        minutes = Integer.toString(api.accessMinutes());
        days = Integer.toString(api.refreshDays());
    }

    public ApiStatus getStatus() {
        return settings.apiStatus();
    }

    public String submit() {
        if (!currentUser.maySecureAndRunServer("change the API settings")) {
            return null;
        }
        SettingsService.ApiSubmission submitted = settings.submitApiSettings(secretsPath, minutes, days);
        if (!submitted.errors().isEmpty()) {
            submitted.errors().forEach(error -> Pages.error(componentOf(error.field()), error.message()));
            return null;
        }
        Pages.info(submitted.message());
        return Pages.redirectTo("/settings") + "&tab=api";
    }

    public String generate() {
        noStore();
        if (!activation.isActive()) {
            Pages.error("tokens:name", "The API is not active: tokens can be generated once it is");
            return null;
        }
        User user = currentUser.get().orElseThrow();
        if (tokenName == null || tokenName.isBlank()) {
            tokenName = defaultTokenName(user); // one click, as in raspiCamSrv: the name is optional
        }
        var problem = GeneratedTokens.nameProblem(tokenName);
        if (problem.isPresent()) {
            Pages.error("tokens:name", problem.get());
            return null;
        }
        if (generatedTokens.hasToken(user, tokenName)) {
            Pages.error("tokens:name", "You have a token named \"" + tokenName.strip()
                    + "\" already: revoke it below or choose another name");
            return null;
        }
        try {
            generatedToken = generatedTokens.generate(user, tokenName);
        } catch (IllegalArgumentException e) {
            Pages.error("tokens:name", e.getMessage());
            return null;
        }
        tokenName = null;
        return null;
    }

    /** "Token of 2026-11-30 09:15:02", with " (2)" and so on while that name is taken. */
    private String defaultTokenName(User user) {
        String base = "Token of " + SECONDS.format(java.time.Instant.now());
        String name = base;
        for (int n = 2; generatedTokens.hasToken(user, name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    public String revoke(String id) {
        User user = currentUser.get().orElseThrow();
        if (generatedTokens.revoke(user, id)) {
            Pages.info("Token revoked: scripts using it are refused from now on");
        }
        return Pages.redirectTo("/settings") + "&tab=api";
    }

    public List<GeneratedToken> getTokens() {
        return currentUser.get().map(generatedTokens::listFor).orElse(List.of());
    }

    public String format(java.time.Instant time) {
        return TIME.format(time);
    }

    public boolean isActive() {
        return activation.isActive();
    }

    public String getRecommendedPath() {
        return RECOMMENDED_PATH;
    }

    private static void noStore() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }

    private static String componentOf(String field) {
        return switch (field) {
            case ExpirationInput.MINUTES_FIELD -> "api:minutes";
            case ExpirationInput.DAYS_FIELD -> "api:days";
            default -> "api:path";
        };
    }

    public String getSecretsPath() {
        return secretsPath;
    }

    public void setSecretsPath(String secretsPath) {
        this.secretsPath = secretsPath;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    /** The token just generated, for this one response only. */
    public String getGeneratedToken() {
        return generatedToken;
    }
}
